import { LabelledSpan } from './tags';
import { HASH_SEED, hashStep, LEX, Lexicon } from './lexicon';
import { foldChar } from './normalise';
import { charTable, COMPANY_TRADE, GENERIC_COMPANY_WORD, isHan, isSurname, ORG_HEAD_AT_END, startsWord } from './lists';
import { isPlainWord, LEADING_FUNCTION, Scored } from './list-rules';
import { NOT_SPREAD_CONFIDENCE } from './consolidate';
import { ORG_HEADS_LONGEST_FIRST } from './org-rules';
import { joinAdjacent, replacedBy, takeInside } from './span-edges';
import { soundsOnly } from './foreign-places';
import { isCountryName } from './countries';

/**
 * Companies the model, trained on 1998 text, misses in modern news: named before a title or a word only
 * companies have (华为常务董事…余承东, 比亚迪股价), with a title read inside (小米集团CEO雷军), with a
 * regional division (普洛斯中国区), or by a short name and its trade (碚圣药业).
 */
/** Titles only a company gives (a ministry has no 董事长): the word before one names the company. */
const COMPANY_TITLE = /(?:副董事长|董事长|常务董事|副总裁|总裁|总经理|首席执行官|创始人|CEO)/g;
/** What starts a clause: the company is named at its start (华为常务董事、终端BG董事长余承东透露). */
const CLAUSE_START = /[，。；：“（、\s]/;
/**
 * Determiners and adverbs that refer to a company without naming it (该公司, 其, 原), a verb or 代 (acting)
 * before the title (公司代总经理; 时代 ends names, 宁德时代; 吕宏强向董事长), a place in a photo (右三为总经理).
 */
const REFERS_TO_COMPANY = '该其本原前现副他她它这那此各每某我你的了是在和与及等';
const VERB_BEFORE_TITLE = '[任兼向对给跟被让把]$';
const NOT_COMPANY = new RegExp(`[${REFERS_TO_COMPANY}新总]|${VERB_BEFORE_TITLE}|(?<!时)代$|^[左右后上下图]`);
/**
 * In a list of company, title and person, only function words, pronouns and the words that qualify a title
 * (轮值董事长, 名誉董事长) rule a word out (新希望 is a company).
 */
const NOT_LISTED_COMPANY = new RegExp(`[${REFERS_TO_COMPANY}]|${VERB_BEFORE_TITLE}|^(?:轮值|名誉|执行|常务|高级|联席|首席|独立|荣誉|代理|终身|创始|联合)$`);

/**
 * 华为常务董事、终端BG董事长余承东: a word of 2–4 characters at the start of a clause, right before a
 * title only companies give, and a person named after the titles, is the company (an ORG). A word the
 * dictionary knows as a plain word (公司, 集团) names none.
 */
export function companiesBeforeTitles<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex?: Lexicon): T[] {
  if (!spans.some((s) => s.label === 'PER')) return spans;
  let out = spans;
  for (const title of text.matchAll(COMPANY_TITLE)) {
    // 小米 CEO 雷军: text set with spaces around a Latin title.
    const end = text[title.index! - 1] === ' ' ? title.index! - 1 : title.index!;
    // 阿维塔科技董事长: a name of three characters and its trade make five.
    const longest = COMPANY_TRADE.test(text.slice(Math.max(0, end - 3), end)) ? 5 : 4;
    for (let start = end - 2; start >= Math.max(0, end - longest); start--) {
      // 据蜂巢能源董事长: a source named after 据 starts its clause too; so does one after 的 (56岁的小米科技创始人).
      if (start > 0 && !CLAUSE_START.test(text[start - 1]) && text[start - 1] !== '据' && text[start - 1] !== '的') continue;
      const word = text.slice(start, end);
      // 马云、飞鹤乳业董事长冷友斌、新希望董事长刘永好: in a list of people each after a company and a title, the
      // word before the title is the company's name even where it is a plain word (小米) or opens with 新.
      const listed = text[start - 1] === '、' && out.some((o) => o.label === 'PER' && o.start === end + title[0].length && o.confidence >= 0.6);
      if (!/^[\u4e00-\u9fff]+$/.test(word) || (listed ? NOT_LISTED_COMPANY.test(word) : NOT_COMPANY.test(word)) || LEADING_FUNCTION.has(word[0])) break;
      // 据市场总经理: a plain word at its end (市场) makes the word no company's name.
      // A trade may end it (蜂巢能源), and so may a word after a place that starts it (宁德 + 时代; not 重庆 + 市场).
      const afterPlace = word.length === 4 && lex !== undefined && (lex.lookup(word.slice(0, 2)) & LEX.LOC) !== 0 && !/^(?:市场|地区|分公司|公司)$/.test(word.slice(2));
      const plain = isPlainWord(lex, word) || (isPlainWord(lex, word.slice(-2)) && !(word.length >= 4 && COMPANY_TRADE.test(word)) && !afterPlace);
      // Before a title in Latin letters (小米 CEO) a plain word is a company's name as well.
      if (plain && (!(listed || title[0] === 'CEO') || GENERIC_COMPANY_WORD.test(word))) break;
      // A place or person the model read inside the word is a piece of the company's name (宁德 of 宁德时代).
      const overlapping = out.filter((o) => o.start < end && start < o.end);
      // The model's own weaker reading of the same word as an organisation is confirmed as a company's.
      // A person read as the whole word is none: no title stands between two people (赛力斯董事长张兴海).
      const same = (o: T) => o.start === start && o.end === end && ((o.label === 'ORG' && o.confidence < 0.6) || o.label === 'PER');
      const piece = (o: T) => o.label === 'LOC' && o.start >= start && o.end <= end && o.end - o.start < end - start;
      if (overlapping.some((o) => !same(o) && !piece(o))) break;
      // A person must follow within the clause, after the titles (a chain of them: 华为常务董事、终端BG董事长、…BU董事长余承东).
      const clauseEnd = text.slice(end).search(/[，。；！？]/);
      const limit = clauseEnd < 0 ? text.length : end + clauseEnd;
      // Where the model read the word as a person, the other person stands right after the title.
      const readAsPerson = overlapping.some((o) => o.label === 'PER');
      let titleEnd = title.index! + title[0].length;
      if (text[titleEnd] === ' ') titleEnd++;
      if (!out.some((o) => o.label === 'PER' && o.start > end && o.start < limit && (readAsPerson ? o.start === titleEnd : o.start - end <= 40))) break;
      out = replacedBy(out, overlapping, make({ start, end, label: 'ORG' }));
      break;
    }
  }
  return out;
}

/** Words only a company is the subject of: its results, its shares, what it owns. */
// Every position one starts at (a lookahead: 发布财报 and its 财报 are both tried, as ends of different names).
// 华峰年产45万吨: a plant's yearly output, after the company that builds it (not a place's harvest: PLACE_OUTPUT).
const COMPANY_WORD_AT = /(?=旗下|财报|股价(?!指数)|市值|营收|归母净利润|净利润|发布财报|发布公告|公告称|市占率|出货量|年产(?:能)?[0-9０-９一二三四五六七八九十两百千万])/g;
/** Subjects of a yearly output that are places or plants, not companies (奉节年产脐橙, 该厂年产, 全县年产). */
const PLACE_OUTPUT = /[省市区县镇乡村厂园]$|项目$|基地$|^全/;
/** Subjects of those words that name no company: kinds, times (also at the end: 预计全年), totals, 归母 (attributable to the parent: 公司归母净利润), an adjustment (经调整后净利润, 扣非后, 税后). */
const GENERIC_SUBJECT =
  /(?:公司|集团|企业|行业|平台|品牌|板块|市场|个股|大盘|产品|门店|业务|银行|车企|厂商|全年|今年|去年|同期|当年|半年|季度|归母|后)$|^(?:扣非|经调|经调整|今年|去年|全年|同期|当年|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|整体|总体|国内|全球|海外|全市|全省|全国|其中|目前|此前|截至|预计|短期|长期|近期|当期|本期|当前|同比|环比|总|平均)$/;
/** What starts a clause before a company's name, or joins it to another (比亚迪和宁德时代). */
const BEFORE_COMPANY = /[，。；：“（、\s据和与及而但的]/;

/**
 * 比亚迪股价, 小米旗下, 宁德时代财报: a word of 2–4 characters at the start of a clause, right before a word
 * only a company is the subject of, is the company (an ORG), replacing a person or place the model read
 * there. A plain word of the dictionary (公司, 行业) or a place the dictionary uses often names none.
 */
export function companiesBeforeBusinessWords<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex?: Lexicon): T[] {
  let out = spans;
  for (const m of text.matchAll(COMPANY_WORD_AT)) {
    const end = m.index!;
    for (let start = end - 2; start >= Math.max(0, end - 4); start--) {
      if (start > 0 && !BEFORE_COMPANY.test(text[start - 1])) continue;
      const word = text.slice(start, end);
      // 比 opens 比亚迪 where the model read the word as a name.
      const read = out.some((o) => o.start === start && o.end === end);
      if (!/^[\u4e00-\u9fff]+$/.test(word) || NOT_COMPANY.test(word) || /^[使令让]/.test(word) || (LEADING_FUNCTION.has(word[0]) && !read)) break;
      // 公司股价, 今年营收 and a place the dictionary uses often (重庆市值) name no company.
      // A plain word of the dictionary (股票, 今日) only where the model read it as a name.
      if (GENERIC_SUBJECT.test(word) || (isPlainWord(lex, word) && !read) || (lex && lex.frequency(word) >= 7 && lex.lookup(word) & LEX.LOC)) break;
      // Before a yearly output only a word the model read as a name (华峰 as a person): an unread one is as often the
      // clause's own words (规模达到年产, 满负荷年产, 一期工程年产).
      if (text.startsWith('年产', end) && (!read || PLACE_OUTPUT.test(word) || (lex && lex.lookup(word) & LEX.LOC) || out.some((o) => o.label === 'LOC' && o.start < end && start < o.end))) break;
      // The model's reading of the word itself, or of a place at its start, gives way; a longer name stays.
      out = takeInside(out, make({ start, end, label: 'ORG' }), (o) => o.label === 'ORG' && o.confidence >= 0.6) ?? out;
      break;
    }
  }
  return out;
}

/** A word only a company is the subject of, at the end of a name the model read (华芯半导体 | 财报, 海蓝药业 | 净利润). */
const COMPANY_WORD_AT_END = /(?:发布财报|财报|归母净利润|净利润|营收|股价|市值|市占率|出货量)$/;

/** 华芯半导体财报显示, 海蓝药业净利润下降: the company's results are no part of its name; the name ends before them. */
export function businessWordsOffCompanies<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  return spans.map((s) => {
    if (s.label !== 'ORG') return s;
    const m = COMPANY_WORD_AT_END.exec(text.slice(s.start, s.end));
    return m && m.index >= 2 ? { ...s, end: s.start + m.index } : s;
  });
}

/** A title inside an organisation the model read: 小米集团 | CEO | 雷军. */
const TITLE_INSIDE = /副董事长|董事长|总裁|总经理|首席执行官|创始人|CEO|CTO|CFO|COO/;

/**
 * 小米集团CEO雷军: the model reads a company, a title and a person as one organisation. Cut at the title:
 * the company (when it ends in an organisation head) and the person (when the rest looks like a name).
 */
export function titlesInsideOrgs<T extends Scored>(text: string, spans: T[], looksLikeName: (s: string) => boolean): T[] {
  if (!TITLE_INSIDE.test(text)) return spans;
  const out: T[] = [];
  for (const s of spans) {
    const m = s.label === 'ORG' ? TITLE_INSIDE.exec(text.slice(s.start, s.end)) : null;
    if (!m || m.index < 2) {
      out.push(s);
      continue;
    }
    const titleStart = s.start + m.index;
    const titleEnd = titleStart + m[0].length;
    const company = text.slice(s.start, titleStart);
    if (ORG_HEADS_LONGEST_FIRST.some((h) => company.endsWith(h) && company.length > h.length)) out.push({ ...s, end: titleStart });
    if (titleEnd < s.end && looksLikeName(text.slice(titleEnd, s.end))) out.push({ ...s, start: titleEnd, label: 'PER' });
  }
  return out;
}

/**
 * A company's division for a region (福特汽车公司 + 中国区, 普洛斯 + 中国区, 霍尼韦尔 + 中国 + 总裁, 大众汽车集团 + （中国） +
 * 董事长, 麦当劳 + 中国，): one organisation, the region inside it. 中国 alone or in brackets only before a title its head
 * holds or, 中国 after an organisation, a break.
 */
const DIVISION = /^(?:大中华区|中国区|亚太区|(?:中国|（中国）)(?=总裁|首席|董事长|总经理|副总裁|执行总裁|CEO))/;
const DIVISION_BEFORE_BREAK = /^中国(?=[，。、；])/;

export function regionalDivisions<T extends Scored>(text: string, spans: T[]): T[] {
  if (!text.includes('区') && !text.includes('中国')) return spans;
  let out: T[] | undefined;
  for (const s of spans) {
    if ((s.label !== 'ORG' && s.label !== 'PER') || s.end - s.start < 2) continue;
    const m = DIVISION.exec(text.slice(s.end, s.end + 8)) ?? (s.label === 'ORG' ? DIVISION_BEFORE_BREAK.exec(text.slice(s.end, s.end + 3)) : null);
    if (!m) continue;
    // Before 中国 and a title, a person of two or three characters opening with a surname is someone, no company
    // (王刚 + 中国首席代表), unless the rest is written by its sounds (戴尔中国); before 中国区 the division's
    // word shows the company (普洛斯中国区).
    if (m[0].replace(/[（）]/g, '') === '中国' && s.label === 'PER' && s.end - s.start <= 3 && isSurname(text[s.start]) && !soundsOnly(text.slice(s.start + 1, s.end))) continue;
    const end = s.end + m[0].length;
    const current = out ?? spans;
    const inside = current.filter((o) => o.start < end && s.start < o.end);
    if (inside.some((o) => o.start < s.start || o.end > end)) continue;
    out = replacedBy(current, inside, { ...s, end, label: 'ORG' });
  }
  return out ?? spans;
}

/**
 * Trades a company's short name ends in (碚圣药业, 友蓝能源, 国鸿氢能, 海通证券): COMPANY_TRADE's without those that end
 * terms of technology too (具身智能, 固态电池); not where the trade runs on into a longer word (能源局, 信息化).
 */
// Finance and consumer trades too (海通证券, 嘉实基金, 博裕投资, 山东黄金), not before a word they open (证券业, 基金会, 投资司, 证券市场).
const TRADE =
  /(?:新能源|半导体|机器人|药业|制药|能源|氢能|工贸|电子|科技|实业|化工|电气|电器|通信|软件|光电|传媒|物流|置业|医药|汽车|控股|股份|氨纶|证券|基金|资本|投资|信托|期货|人寿|寿险|财险|银行|黄金|乳业|食品|饮料|咖啡|酒业|矿业|重工|环保|科工|茶业|机械|摩托(?!车))(?![局部厅委化员性型上信园城馆业法会司处市所额者人])/y;
/** The first two characters of TRADE's words: the sticky match is tried only where two of them stand. */
const TRADE_OPENINGS = new Set(
  /\(\?:([^)]*)\)/.exec(TRADE.source)![1].split('|').map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)),
);
/** Their first characters, by UTF-16 code: most positions are ruled out by one look-up. */
const OPENS_TRADE = new Uint8Array(0x10000);
for (const key of TRADE_OPENINGS) OPENS_TRADE[Math.floor(key / 65536)] = 1;
const FINANCE_TRADE = /^(?:证券|基金|银行|信托|期货|寿险|财险)$/;
/** The dictionary's log-frequency class at or below which a word before a finance trade may be a firm's name. */
const RARE_WORD = 12;
/** 基金经理, 基金管理人, 基金行业, 期货交易所: a word the trade opens, not a firm's name. */
const NOT_AFTER_FINANCE_FIRM = /^(?:经|管|行业|交易|投资|产品|规模|份额|市场)/;
/** Words that say what kind of fund, bank or market a finance word is (产业基金, 商业银行, 股票期货), not whose. */
const FINANCE_KIND =
  /^(?:产业|投资|股票|货币|指数|公募|私募|养老|商业|中央|地方|政府|国有|外资|民营|相关|主要|大型|头部|中小|上市|纾困|创投|科创|境外|海外|国内|全球|政策|开发|农村|城市|专项|社保|医保|互助|慈善|科技|创业|风险|天使|并购|引导|国家|发展|战略|合作|社会|区域|绿色|数字|普惠|村镇|网络|民间|理财|混合|债券|量化|主题|行业|成长|价值|红利|平衡|稳健|保本|封闭|开放|分级|保险|信贷|贷款|储蓄|存款|外汇|黄金|原油|商品|金融|资产|共同|对冲|母基|子基|基础|设施|住房|公积|教育|医疗|农业|工业|环保|能源|文化|体育|旅游|交通|海洋|乡村|人才|创新|产投|城投|投行|券商|中外|合资|独资|全国|省级|市级|县级|本地|各类|多家|多个|一家|这家|该家|此类|同类|其他|跨国|旗下|明星|过去|发挥|担当|成渝|京津|长三|大湾|首只|新发|百亿|千亿)$/;
/**
 * Words of a field or kind of firm newer than jieba's dictionary, which stand before a trade as a description
 * (冷链物流, 四足机器人, 具身机器人, 央企投资, 规上汽车), not as a firm's name.
 */
const FIELD_WORD = /^(?:冷链|四足|具身|人形|央企|国企|民企|外企|规上|非遗|算力|储能|低空|智算|数智|信创|网联|共同|赴台|涉外|跨境|预制)$/;
/** Verbs that set up a fund or bank, whose object is a kind of one (设立纾困基金, 发起创投基金), not a firm. */
const FUND_MAKING = /^(?:设立|成立|发起|组建|设有|打造|推出|发行|募集|筹建|新设|创设)$/;
/** What a firm does that a kind of fund or bank does not: announce, hold posts, act (…基金发布公告, …证券担任财务顾问). */
const FIRM_SHOWN_AFTER = /^(?:发布|公告|宣布|旗下|担任|动用|认购|获配|成立|董事|总经|披露|以[0-9０-９])/;
/** Verbs whose object is a firm whatever its trade: buying, merging, taking a stake. */
const ACQUIRING = /^(?:收购|并购|合并|入股|参股|控股|增持|减持)$/;
/** What may stand right before such a name: a clause break or a conjunction (not the middle of a word). */
const BEFORE_TRADE_NAME = /[^\u4e00-\u9fff]|[、和与及在是的由继据]/;
/** A preposition or adverb before a company's two-character name (以科瑞制药, 继百亚股份): no third character of it. */
const PREPOSITION_FIRST = /^[以继据经自于向对把被将让使由从为当随至如若因凭按依同跟给替用后前又再仍已均共今昨明本该这那其此各每某全原现]/;
/**
 * The verbs of policy prose before an industry (做大新能源汽车产业, 筑牢食品安全防线, 激活银行卡), most of them too new or too
 * plain for the dictionary: no firm's name.
 */
const POLICY_VERB = /^(?:做大|做强|做优|做精|做实|筑牢|织密|擦亮|打响|壮大|夯实|兜牢|守牢|抓实|抓好|办好|用好|管好|激活|盘活|搞活|拓展|深耕|赋能|发力|布局)$/;
/** Characters no company's two-character name holds: function words, dates, levels. */
// Pronouns and aspect particles too (他学过机械: a clause, no firm).
const NOT_IN_TRADE_NAME = /[的了是在和与及等个这那为对把被从向到也都将就年月日省市区县该其此各每某他她它我你咱们过着]/;

/**
 * 碚圣药业, 国鸿氢能 (兴泰濠药业: three characters none of whose pairs is a word): two characters that make no word of the dictionary, before a trade, at the start
 * of a clause or after a conjunction, are a company's short name (an ORG), replacing a person or place
 * the model read inside. A word (新型材料, 国家能源) names none; nor does a trade that goes on into a
 * longer word (能源局, 信息化).
 */
export function companiesByTrade<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex?: Lexicon): T[] {
  if (!lex) return spans;
  let out = spans;
  // The trades are found first (a few a paragraph), then the two characters before each.
  for (let at = 0; at < text.length; at++) {
    if (OPENS_TRADE[text.charCodeAt(at)] === 0 || !TRADE_OPENINGS.has(text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1))) continue;
    TRADE.lastIndex = at;
    const m = TRADE.exec(text);
    // 股份有限公司: the legal form, not a trade (the legal-name rules read those).
    if (!m || (m[0] === '股份' && text[at + 2] === '有')) continue;
    let start = at - 2;
    const end = at + m[0].length;
    // The next trade is looked for after this one, as a global search would.
    at = end - 1;
    if (start < 0) continue;
    // 以科瑞制药、兴泰濠药业为代表: 以 opens a list of examples only when 为代表 (or 为首, 为龙头) closes it.
    const opensExamples = text[start - 1] === '以' && /为(?:代表|首|龙头)/.test(text.slice(end, end + 24));
    // 兴泰濠药业: a name of three characters none of whose pairs is a word of the dictionary.
    // 收购国融证券, 吸收信达证券: a verb of two characters before a finance firm's name ends where the name starts
    // (not before other trades: 学过机械, 走办实业).
    // After a verb of acquisition any trade's firm is one (收购龙盛新能源, 吸收合并澎立生物).
    const verb = text.slice(start - 2, start);
    const afterVerb = start >= 2 && (FINANCE_TRADE.test(m[0]) || ACQUIRING.test(verb)) && lex.isVerb(verb) && !FUND_MAKING.test(verb) && !lex.isWordAt(text, start - 1);
    if (start > 0 && !BEFORE_TRADE_NAME.test(text[start - 1]) && !opensExamples && !afterVerb) {
      const three = text.slice(start - 1, m.index!);
      if (start - 1 > 0 && !BEFORE_TRADE_NAME.test(text[start - 2])) continue;
      if (!/^[\u4e00-\u9fff]{3}$/.test(three) || NOT_IN_TRADE_NAME.test(three) || PREPOSITION_FIRST.test(three) || lex.lookup(three) & (LEX.WORD | LEX.LOC)) continue;
      if (lex.isWordAt(three, 0) || lex.isWordAt(three, 1)) continue;
      start -= 1;
    }
    const name = text.slice(start, m.index!);
    // 西永电子: a place before a trade names the place's industry, not a company.
    if (!/^[\u4e00-\u9fff]{2,3}$/.test(name) || NOT_IN_TRADE_NAME.test(name) || POLICY_VERB.test(name)) continue;
    // 信达证券, 民生银行, 华安基金: before a finance trade a word or place is a firm's name too, unless it says what kind of fund or bank it is.
    const finance =
      FINANCE_TRADE.test(m[0]) &&
      !FINANCE_KIND.test(name) &&
      !/[一二三四五六七八九十百千万亿两几多]/.test(name) &&
      !NOT_AFTER_FINANCE_FIRM.test(text.slice(end, end + 2)) &&
      // A rare word (信达, 民生, 中信), not an everyday one (享受银行, 推进证券, 如果银行), unless what follows
      // shows a firm (招商基金发布公告, 南方基金以350亿元).
      (lex.frequency(name) <= RARE_WORD || FIRM_SHOWN_AFTER.test(text.slice(end, end + 2)));
    if (!finance && lex.lookup(name) & (LEX.WORD | LEX.LOC)) continue;
    // 公募基金, 冷链物流, 四足机器人: a kind of fund, or a field's word newer than the dictionary, names no firm.
    if (FINANCE_TRADE.test(m[0]) ? FINANCE_KIND.test(name) : FIELD_WORD.test(name)) continue;
    // A longer name the model or a rule found keeps it (国鸿氢能科技有限公司), and so does an organisation it read.
    out = takeInside(out, make({ start, end, label: 'ORG' }), (o) => o.label === 'ORG') ?? out;
  }
  return out;
}

/** A district or county before a company's legal name that opens with a place of its own (长寿区 + 重庆恩捷…有限公司). */
const DISTRICT_FIRST = /^[\u4e00-\u9fff]{2,4}?[区县]/;
const LEGAL_NAME_END = /(?:有限公司|有限责任公司|集团)$/;

/**
 * 在长寿区重庆恩捷新材料科技有限公司: where a company's registered name opens with a city (重庆…), the
 * district the model read before it is where the company is, a place of its own.
 */
export function districtsBeforeCompanies<T extends Scored>(text: string, spans: T[], lex?: Lexicon): T[] {
  if (!lex || text.indexOf('公司') < 0) return spans;
  const out: T[] = [];
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    const m = s.label === 'ORG' && LEGAL_NAME_END.test(name) ? DISTRICT_FIRST.exec(name) : null;
    const rest = m ? name.slice(m[0].length) : '';
    if (m && rest.length >= 6 && lex.lookup(rest.slice(0, 2)) & LEX.LOC && lex.lookup(m[0].slice(0, -1)) & LEX.LOC) {
      out.push({ ...s, end: s.start + m[0].length, label: 'LOC' }, { ...s, start: s.start + m[0].length });
    } else out.push(s);
  }
  return out;
}

/** Trades that follow a brand to name its company (小米 + 汽车, 华为 + 技术, 新华 + 保险); longest first. */
const BRAND_TRADE = /^(?:新能源|汽车|科技|技术|集团|控股|电子|通信|能源|智能|医药|保险|信托|证券|基金|期货|地产|生物|物业)/;
/** An international body's name (欧盟, 联合国, 世界卫生组织): no brand either. */
const INTERNATIONAL_BODY = /(?:盟|国|组织|机构)$/;

/**
 * 小米 + 汽车, 小米汽车、芯片: a company the model found by its brand alone, with a trade right after it, is
 * named with the trade (GUIDELINES: the longest proper name). Not an organ or institution (市政府汽车…).
 */
export function brandsWithTrades<T extends Scored>(text: string, spans: T[]): T[] {
  return spans.map((s, i) => {
    const name = text.slice(s.start, s.end);
    if (s.label !== 'ORG' || name.length < 2 || ORG_HEAD_AT_END.test(name) || INTERNATIONAL_BODY.test(name)) return s;
    const m = BRAND_TRADE.exec(text.slice(s.end, s.end + 3));
    if (!m || (spans[i + 1] && spans[i + 1].start < s.end + m[0].length)) return s;
    // 小米汽车产业: the trade must end a word there (a clause break, a verb or 的 after it).
    const after = text[s.end + m[0].length] ?? '';
    if (/[\u4e00-\u9fff]/.test(after) && !/[的在将已也还与和及是有不可从于把被、]/.test(after) && !FIRM_SHOWN_AFTER.test(text.slice(s.end + m[0].length, s.end + m[0].length + 2))) return s;
    return { ...s, end: s.end + m[0].length };
  });
}

/** Characters that end the word before a company's name. */
const BEFORE_COMPANY_WORD = charTable('、，。；：“”（《和与及在是的据由对向从把被将为让使同跟到至给于');
const NOT_DICTIONARY_COMPANY = /(?:的|理论|主义|思想|精神)$/;
/** After a company's name: a product's code in Latin letters and digits, or a word only a company is the subject of. */
const COMPANY_SHOWN_AFTER = /^(?:\s?[A-Z]{1,3}\d|手机|创始人|董事长|首席执行官|CEO|股价|财报|旗下)/;

/** dictionaryCompanies' scratch arrays (a paragraph's pair of fresh ones cost more than the scan they serve). */
let scratchBlocked = new Uint8Array(1024);
let scratchRead = new Uint8Array(1024);

/**
 * 华为昨天发布, 对华为实施: a company the dictionary of proper nouns knows (LEX.NAME_ORG: 华为, 字节跳动) where
 * the model marks nothing, or only 华 (China) after 对/向 or the whole word as a person or place. Not a
 * common word the dictionary also knows (苹果, 百度 as words), which the model and the company rules read
 * from their context.
 */
export function dictionaryCompanies<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  let out = spans;
  const n = text.length;
  // Where a name other than a person or 华 begins or lies, no company of the dictionary is read: skip it unprobed.
  if (scratchBlocked.length < n) {
    scratchBlocked = new Uint8Array(n * 2);
    scratchRead = new Uint8Array(n * 2);
  }
  const blocked = scratchBlocked;
  const read = scratchRead;
  blocked.fill(0, 0, n);
  read.fill(0, 0, n);
  // A place's first character stays open: the model reads the place at the head of a company the
  // dictionary knows (英 of 英伟达, 比亚 of 比亚迪).
  for (const o of spans) if (o.label !== 'PER') blocked.fill(1, o.label === 'LOC' ? o.start + 1 : o.start, o.end);
  // Where the model read a person or place, the word starts there whatever stands before it (助力星巴克).
  for (const o of spans) if (o.label === 'PER' || o.label === 'LOC') read[o.start] = 1;
  for (let i = 0; i + 1 < n; i++) {
    if (blocked[i] === 1) continue;
    const afterBreak = startsWord(text, i, BEFORE_COMPANY_WORD);
    if (!afterBreak && read[i] === 0) continue;
    let h = HASH_SEED;
    let best = 0;
    let bestClass = 0;
    for (let len = 1; len <= 8 && i + len <= n; len++) {
      const c = text.charCodeAt(i + len - 1);
      if (!isHan(c)) break;
      h = hashStep(h, foldChar(c));
      // Every character is some word's start: the table is asked from two characters on.
      if (len === 1) continue;
      const cls = lex.lookupHash(h);
      if (cls === 0) break;
      if (len >= 2 && cls & LEX.NAME_ORG) {
        best = len;
        bestClass = cls;
      }
    }
    // A common word (苹果, 百度 as words), a place the other sources know (中南海, 山水), an adjective's 的
    // (美的) or a doctrine (邓小平理论) is left to the model and the company rules.
    // Unless what follows shows the company: a product's code (小米 SU7, 小鹏G9) or a word only companies have
    // (小米创始人, 百度股价; not 汽车 or 集团, which make a longer name the other rules read whole).
    const shown = best > 0 && COMPANY_SHOWN_AFTER.test(text.slice(i + best, i + best + 4));
    const commonWord = (bestClass & LEX.WORD) !== 0 && (bestClass & (LEX.PER | LEX.ORG)) === 0;
    if (!best || (commonWord && !shown) || bestClass & LEX.LOC || NOT_DICTIONARY_COMPANY.test(text.slice(i, i + best))) continue;
    // Two characters make words by chance (的好时候: 好时, Hershey's): only a brand jieba takes for a person (华为).
    if (best === 2 && !(bestClass & LEX.PER) && !shown) continue;
    const end = i + best;
    // Inside a run of text, only the very word the model read as a person or place (not 伊斯兰 of
    // 伊斯兰国家, not 雷诺 of 雷诺氏, a person's clan name).
    if (!afterBreak && (text[end] === '氏' || !out.some((o) => o.start === i && o.end === end && (o.label === 'PER' || o.label === 'LOC')))) continue;
    const overlapping = out.filter((o) => o.start < end && i < o.end);
    // What the model read there instead: 华 (China) after 对/向 (对华为), or the whole word as a person or
    // a place (西雅图的星巴克; a word the other sources know as a place was passed over above).
    // Or a place that is only the head of a longer company (英伟达, 比亚迪 read as 英, 比亚).
    const replaceable = (o: T) =>
      (o.start === i && o.end === end && (o.label === 'PER' || o.label === 'LOC')) ||
      (o.label === 'LOC' && o.start === i && o.end === i + 1 && text[i] === '华') ||
      (o.label === 'LOC' && o.start === i && o.end < end && best >= 3) ||
      // 亮相于华为: 于 as a surname with the company's first character, a weak person.
      (o.label === 'PER' && o.start === i - 1 && o.end === i + 1 && text[i - 1] === '于' && o.confidence < 0.6);
    if (overlapping.some((o) => !replaceable(o))) continue;
    const company = make({ start: i, end, label: 'ORG' });
    // A common word shown a company here (小米 SU7) is not sure enough to be spread to its other mentions (小米粥).
    if (commonWord) company.confidence = Math.min(company.confidence, NOT_SPREAD_CONFIDENCE);
    out = replacedBy(out, overlapping, company);
    i = end - 1;
  }
  return out;
}

/** A branch named by its province or city (广东分公司, 重庆市分行), read on its own after the company. */
const BRANCH = /^([\u4e00-\u9fff]{2,4}?)(?:省|市)?(?:分公司|分行|支行)$/;

/**
 * 人保财险 + 广东分公司: a company and its branch named by a place, written together, are one organisation (GUIDELINES: the
 * longest name; the sets of current news mark 人保财险广东分公司 and 西南油气田分公司 whole), where the model reads them as two.
 */
export function branchesWithTheirCompanies<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  if (!/分公司|分行|支行/.test(text)) return spans;
  return joinAdjacent(spans, (a, b) => {
    if (a.label !== 'ORG' || b.label !== 'ORG') return undefined;
    const m = BRANCH.exec(text.slice(b.start, b.end));
    return m && lex.lookup(m[1]) & LEX.LOC ? { ...a, end: b.end, confidence: Math.max(a.confidence, b.confidence) } : undefined;
  });
}

/** A finance firm's trade after the place it is named by, and its legal form if written (长江证券, 四川信托有限公司). */
const PLACE_FIRM_TRADE = /^(?:证券|期货|信托)(?:股份有限公司|有限责任公司|有限公司|公司)?/;
/** What makes the trade a market's or an industry's, not a firm's (上海证券交易所, 深圳证券市场, 中国证券业协会, 证券时报). */
const MARKET_AFTER_TRADE = /^(?:交易|市场|业|行业|监管|监督|从业|投资|法|化|类|报|时报|日报|账户|登记|结算|公司法|商|策略|分析|经纪|综合|指数|价格|合约|期货|行情|品种|现货)/;

/**
 * An airline named by its country, province or city (埃塞俄比亚航空, 四川航空, 厦门航空公司); not the aviation of a place, its
 * industry, services or schools (四川航空应急救援, 北京航空管制, 成都航空经济, 航空工业, 航空航天大学, 航空港).
 */
const AIRLINE =
  /^航空(?:股份有限公司|有限公司|公司|集团)?(?!应急|救援|管制|经济|护林|培训|旅游|运动|爱好|文化|科普|展|节|表演|医疗|器材|材料|零部件|体育|俱乐部|工业|航天|业|器|港|枢纽|运输|物流|货运|领域|产业|制造|发动机|学会|大学|学院|职业|学校|市场|安全|口岸|城|小镇|科技|博物馆|母舰|兵|事业|发展|服务|产品|技术|人才|气象|测绘|遥感|摄影|资源|基地|主题|知识|模型|飞行营地|研究|试验|测试|维修|油料|燃油|医学|馆)/;

/**
 * 长江证券, 西南证券, 四川信托: a securities, futures or trust firm named by a place (the sets of current news mark the whole;
 * the model reads the place alone). Not a country's (中国证券报, 美国证券策略师), nor a place's market or industry (上海证券交易所).
 * So is an airline named by a place (四川航空, 埃塞俄比亚航空).
 */
export function placeNamedFinanceFirms<T extends Scored>(text: string, spans: T[]): T[] {
  const finance = /证券|期货|信托/.test(text);
  const airline = text.indexOf('航空') >= 0;
  if (!finance && !airline) return spans;
  return spans.map((s, k) => {
    if (s.label !== 'LOC' || s.end - s.start < 2) return s;
    const place = text.slice(s.start, s.end);
    // A country's securities are its market's (美国证券策略师, 日本证券商); a country's airline is a firm (埃塞俄比亚航空).
    const trade = finance && !isCountryName(place) ? PLACE_FIRM_TRADE.exec(text.slice(s.end, s.end + 9)) : null;
    const flag = !trade && airline && place !== '中国' ? AIRLINE.exec(text.slice(s.end, s.end + 9)) : null;
    const tail = flag ?? (trade && !MARKET_AFTER_TRADE.test(text.slice(s.end + 2, s.end + 5)) ? trade : null);
    const next = spans[k + 1];
    return !tail || (next && next.start < s.end + tail[0].length) ? s : { ...s, end: s.end + tail[0].length, label: 'ORG' };
  });
}
