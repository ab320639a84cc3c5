import { Scored } from './list-rules';
import { LEX, Lexicon } from './lexicon';
import { overlapsAny, takeInside, withoutSpansInside } from './span-edges';
import { LabelledSpan } from './tags';
import { concatInTextOrder } from '../../text/sorted-spans';

/** What follows a news site's name and nothing else ending in 网: a byline, a source, a dateline (南海网10月29日消息), the paper's mark (】, ·) or its paper in brackets (（湖北日报网）). */
const AFTER_SITE = /^(?:[】·”）)]|[（(][\u4e00-\u9fff]{2,8}[网报][）)]|讯|记者|报道|消息|客户端|援引|获悉|注意到|发布|评论|独家|梳理|统计|[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:消息|讯|电))/;

/** What follows a site read whole as a person and never a person's name (a byline's bracket may: （记者 王小网）). */
const AFTER_SITE_NOT_PERSON = /^(?:·|[（(][\u4e00-\u9fff]{2,8}[网报][）)]|讯|援引|消息|客户端)/;

/**
 * 财新网, 齐鲁网·闪电新闻, 观察者网援引: a name the model reads without the 网 of its site (财新 as an
 * organisation, 齐鲁 as a place or a person) is the site when what follows is what follows a source.
 */
export function webOutletsWhole<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('网') < 0) return spans;
  return spans.map((s, k) => {
    // 齐鲁网 read whole as a person or a place: the site all the same.
    if (s.label !== 'ORG' && s.end - s.start >= 3 && text[s.end - 1] === '网' && AFTER_SITE_NOT_PERSON.test(text.slice(s.end, s.end + 12))) return { ...s, label: 'ORG' };
    if (s.end - s.start < 2 || text[s.end] !== '网' || !AFTER_SITE.test(text.slice(s.end + 1, s.end + 13))) return s;
    const next = spans[k + 1];
    if (next && next.start <= s.end) return s;
    return { ...s, end: s.end + 1, label: 'ORG', confidence: Math.max(s.confidence, 0.7) };
  });
}

/** What follows the 讯 that closes an outlet's opening: a byline's bracket, 记者, a space or a date. */
const AFTER_OPENING_XUN = /^[（(\s　【]|^记者|^[0-9０-９]/;

/** Words that end in 讯 (资讯, 通讯, 喜讯, 闻讯), not an opening's; but 新闻 + 讯 is an outlet's. */
const XUN_WORD = /(?:[资通音喜电简快视应传审]|(?<!新)闻)讯$/;

/**
 * 北京商报讯(记者 胡永新): the model may read the 讯 of a story's opening into the outlet's name; the outlet ends
 * before it (讯 is "reports", as 电 of a dateline).
 */
export function reportingWordOffOutlets<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('讯') < 0) return spans;
  return spans.map((s) =>
    s.label === 'ORG' && s.end - s.start >= 3 && text[s.end - 1] === '讯' && !XUN_WORD.test(text.slice(s.end - 3, s.end)) && AFTER_OPENING_XUN.test(text.slice(s.end, s.end + 3))
      ? { ...s, end: s.end - 1 }
      : s,
  );
}

/**
 * 记者 崔力 摄/视觉重庆, 图/视觉中国: a photo agency named 视觉 + its place after a credit's slash is an
 * organisation; the model reads the place alone.
 */
export function photoAgencies<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('视觉') < 0) return spans;
  return spans.map((s) =>
    s.label === 'LOC' && text.slice(s.start - 2, s.start) === '视觉' && /[摄图][/／]\s*$/.test(text.slice(Math.max(0, s.start - 6), s.start - 2))
      ? { ...s, start: s.start - 2, label: 'ORG' }
      : s,
  );
}

/** 方东旭摄（人民视觉）, 张光辉摄(人民图片网): the agency in brackets after a photo credit's 摄. */
const CREDITED_AGENCY = /摄\s*[（(]([\u4e00-\u9fff]{2,6}(?:视觉|图片网|图片社|图库|网|社|报))[）)]/g;

const NOT_AGENCY_NAME = /[为于自来转拍左右上下的是在据见由]/;

/** The photo agency a credit names in brackets: an organisation, the place the model read in it (人民 | 视觉) inside it. */
export function creditedAgencies<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  if (text.indexOf('摄') < 0) return spans;
  let out = spans;
  for (const m of text.matchAll(CREDITED_AGENCY)) {
    // 摄（来自互联网）, （上图为合作社）, （转自新华网）: a note on the picture, not an agency's name alone.
    if (NOT_AGENCY_NAME.test(m[1])) continue;
    const start = m.index! + m[0].indexOf(m[1]);
    out = takeInside(out, make({ start, end: start + m[1].length, label: 'ORG' })) ?? out;
  }
  return out;
}

/** A journal named as one right before its title (学术期刊《, 杂志“《). */
const JOURNAL_WORD_BEFORE = /(?:期刊|杂志|刊物|学报)[^\u4e00-\u9fff]?$/;

/** 在学术期刊《物理评论快报》在线发表, 于《自然》上发表: a work published in the title, which is a journal's or paper's. */
function publishedIn(text: string, start: number, end: number): boolean {
  const after = text.slice(end + 1, end + 8);
  const before = text.slice(Math.max(0, start - 5), start - 1);
  // A journal named as one before its title, or 上 (in its pages) after it; a work's own publication (于《论持久战》发表
  // 80周年之际, 在《实践论》发表后) is no journal's.
  const named = JOURNAL_WORD_BEFORE.test(before);
  const journal = named ? /^(?:上)?(?:在线)?发表/.test(after) : /^(?:上|在线)(?:在线)?发表/.test(after);
  return journal && (named || /[在于]/.test(before)) && !/^(?:上)?(?:在线)?发表(?:后|时|之际|以来|[0-9０-９一二三四五六七八九十]+周年)/.test(after);
}

/** A title in 《》 of two to eight characters. */
const TITLE = /《([\u4e00-\u9fff]{2,8})》/g;
/** What only a periodical has after its title: its office, editor-in-chief, founding (with its date), issues, articles and reporters (not 杂志, which People's Daily takes into the name: 《当代》杂志). */
const PERIODICAL_AFTER = /^(?:编辑部|(?:[0-9]{4}年(?:[0-9]{1,2}月)?)?创刊|新刊|刊发|刊登|刊物|社长|主编|总编辑|记者)/;

/** A paper's title in 《》: three characters or more before its 报 (《中国新闻出版广电报》, 《宁波晚报》). */
const PAPER_TITLE = /《([\u4e00-\u9fff]{3,12}报)》/g;
/** Titles ending in 报 that are a document or a kind of notice, not a paper (《政府工作年报》, 《新闻公报》, 《天气预报》, 《寒潮预警快报》; not 电报,
 * the end of 《中国新闻出版广电报》). */
const NOT_PAPER_END = /(?:年报|季报|月报|简报|情报|海报|通报|喜报|公报|汇报|警报|战报|捷报|预报|申报|举报|回报|(?:预警|信息|工作|情况|统计|数据|动态)快报)$/;

/**
 * 据日本《读卖新闻》报道: a title in 《》 that the dictionary of proper nouns knows as an organisation and no place
 * is the paper or magazine, where nothing was read in it (the model leaves foreign papers out; books and
 * films are no organisations there); so is one before what only a periodical has (《人民文学》创刊, 《X》杂志社), and one
 * a work is published in (在国际学术期刊《物理评论快报》在线发表).
 */
export function titledOutlets<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (text.indexOf('《') < 0) return spans;
  // 《中国新闻出版广电报》: a paper's title is the paper whole, over the place and the piece the model read in it.
  for (const m of text.matchAll(PAPER_TITLE)) {
    if (NOT_PAPER_END.test(m[1])) continue;
    const start = m.index! + 1;
    spans = takeInside(spans, make({ start, end: start + m[1].length, label: 'ORG' })) ?? spans;
  }
  const added: T[] = [];
  for (const m of text.matchAll(TITLE)) {
    const start = m.index! + 1;
    const end = start + m[1].length;
    const cls = lex.lookup(m[1]);
    if (cls & (LEX.LOC | LEX.NAME_LOC | LEX.PER | LEX.NAME_PER)) continue;
    // 《人民文学》主编, 《X》杂志社: a title the dictionary does not know, before what only a periodical has.
    if ((cls & LEX.NAME_ORG) === 0 && !PERIODICAL_AFTER.test(text.slice(end + 1, end + 12)) && !publishedIn(text, start, end)) continue;
    if (!overlapsAny(spans, start, end)) added.push(make({ start, end, label: 'ORG' }));
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}

/** A brand or channel joined to an outlet's name by a dot or a hyphen (中青报·中青网, 第1眼TV-华龙网). */
const BRAND_BEFORE = /(?:^|[^\u4e00-\u9fffA-Za-z0-9])([\u4e00-\u9fffA-Za-z0-9]{2,8})[·•\-－]$/;
/** A province's or city's new-media brand (新甘肃, 新重庆, 新湖南). */
const NEW_MEDIA_BRAND = /^新[\u4e00-\u9fff]{2,3}$/;
/** An outlet's name: a site, paper, station, agency or app. */
const OUTLET_END = /(?:网|报|台|社|客户端|新闻|TV)$/;
/** A channel after an outlet and the dot (齐鲁网·闪电新闻), up to what follows a source. */
const CHANNEL_AFTER = /^[·•\-－]((?![0-9０-９])[\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?=讯|记者|消息|[0-9０-９]|[（(\s])/;

/**
 * 中青报·中青网, 新甘肃·甘肃日报, 第1眼TV-华龙网, 齐鲁网·闪电新闻: an outlet named with its group's brand or its channel,
 * joined by a dot or a hyphen in a dateline or byline, is one organisation (the seed's 新重庆-重庆日报); the model
 * reads one half.
 */
export function outletsWithTheirBrands<T extends Scored>(text: string, spans: T[]): T[] {
  if (!/[·•\-－]/.test(text)) return spans;
  // A name the join took in (新甘肃 of 新甘肃·甘肃日报) goes.
  return withoutSpansInside(spans.map((s, k) => {
    if (s.label !== 'ORG' || !OUTLET_END.test(text.slice(s.start, s.end))) return s;
    const prev = spans[k - 1];
    const before = BRAND_BEFORE.exec(text.slice(Math.max(0, s.start - 10), s.start));
    if (before) {
      // The brand is a name read right before the dot (新甘肃 · 甘肃日报), or a short outlet's name of its own
      // (中青报 · 中青网, 第1眼TV - 华龙网) — not a clause's run of characters (记者从新华社 - 新华网).
      const brandStart = s.start - 1 - before[1].length;
      const read = prev && prev.end === s.start - 1 && prev.start >= brandStart && prev.label !== 'PER' ? prev.start : -1;
      const brand = OUTLET_END.test(before[1]) || NEW_MEDIA_BRAND.test(before[1]);
      const own = before[1].length <= 5 && brand && (!prev || prev.end <= brandStart || prev.start >= brandStart) ? brandStart : -1;
      const start = read >= 0 ? read : own;
      if (start >= 0) return { ...s, start };
    }
    const next = spans[k + 1];
    const after = CHANNEL_AFTER.exec(text.slice(s.end, s.end + 12));
    if (after && (!next || next.start >= s.end + after[0].length)) return { ...s, end: s.end + after[0].length };
    return s;
  }));
}

/** 中国 + a field + 报 (中国工业报, 中国证券报), with its 社; not a report, a word or a verb opening with 报 (中国工业报告, 报名). */
const NATIONAL_PAPER = /中国([\u4e00-\u9fff]{2,4}?)报(社)?(?![告道名送销到表考刊纸])/g;
/** What the field never holds: a function word or a verb of a clause (中国的报刊, 中国申报). */
const NOT_IN_FIELD = /[的了是在和与及等将被把对向申]/;

/**
 * 中国工业报, 中国证券报, 《中国电子报》: China's national papers named by their field, which the model reads as 中国
 * alone (the sets of current news mark 21 of 22 whole). The field is a word of the dictionary.
 */
export function nationalPapers<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (text.indexOf('中国') < 0 || text.indexOf('报') < 0) return spans;
  let out = spans;
  for (const m of text.matchAll(NATIONAL_PAPER)) {
    const field = m[1];
    if (NOT_IN_FIELD.test(field) || (lex.lookup(field) & LEX.WORD) === 0) continue;
    const start = m.index!;
    const end = start + m[0].length;
    // 中国企业报价, 中国公民报警: 报 begins a word with what follows (the paper's 社 aside).
    if (!m[2] && lex.isWordAt(text, end - 1)) continue;
    out = takeInside(out, make({ start, end, label: 'ORG' }), (o) => o.label === 'ORG' && o.start === start) ?? out;
  }
  return out;
}

/** An outlet's name as it ends (央视, 湖南卫视, 国际在线, 央视新闻, 重庆广电). */
const CHANNEL_OUTLET_END = /(?:央视|电视台|卫视|在线|新闻|网|广电|广播电台|总台)$/;
/** A channel's field or city between the outlet and 频道 (财经, 重庆: two characters; People's Daily splits a longer one off, 四川有线电视台 | 妇女儿童频道), with no function word. */
const CHANNEL = /^([\u4e00-\u9fff]{0,2}?)频道/;

/**
 * 央视财经频道, 央视新闻频道, 国际在线重庆频道: an outlet's channel named by its field or city is one organisation (the sets of
 * current news mark 6 of 6 whole); the rules read the outlet alone, and the city in it as a place.
 */
export function channelsOfOutlets<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('频道') < 0) return spans;
  let out = spans;
  for (const s of spans) {
    if (s.label !== 'ORG' || !CHANNEL_OUTLET_END.test(text.slice(s.start, s.end))) continue;
    const m = CHANNEL.exec(text.slice(s.end, s.end + 7));
    if (!m || /[的了是在和与及等]/.test(m[1])) continue;
    out = takeInside(out, { ...s, end: s.end + m[0].length }) ?? out;
  }
  return out;
}
