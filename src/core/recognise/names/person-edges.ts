import { LEX, Lexicon } from './lexicon';
import { isHan, NEW_WORDS } from './lists';
import { isCompoundSurname, isSurname } from './rules';
import { isCountryName } from './countries';
import type { Scored } from './list-rules';
import { overlapsAny, replacedBy } from './span-edges';

/**
 * People the model ends one character short where the last character of the name is rare in the 1998
 * corpora: 刘宽忍涉嫌 → 刘宽, 郑钦文说 → 郑钦, 林孝埈与 → 林孝, 萨巴伦卡排名 → 萨巴伦. The character after
 * such a name is taken in when a clause, a verb of saying or a function word follows it, and it makes no
 * word with what follows.
 */

/** A player's move in a match report (李源一左路传中, 廖力生前场断球). */
const PLAY = '左路|右路|前场|后场|禁区|头球|射门|破门|传中|断球|抢断|补射|助攻|进球|扳平|建功';
/** Verbs of saying and adverbs of acting at once, which only a name or a word of its own may stand before (李明说, 戴双善毫不犹豫). */
const SAYS_OR_ACTS = '说|表示|称|涉嫌|指出|认为|坦言|透露|介绍|回应|强调|宣布|回答|提到|谈到|直言|告诉|毫不|毅然|当即|随即|立即';
/** What follows a name: a break, or a word that starts a predicate or joins names. */
const AFTER_NAME = new RegExp(`^(?:[，。、；：！？”）\\s]|${SAYS_OR_ACTS}|在|与|和|的|是|等|曾|也|则|对|被|将|已|于|排名|以|夺得|获得|率|带领|出任|担任|当选|达成|签约|加盟|执教|${PLAY}|$)`);
/** After a Chinese name, only a break, a verb of saying or acting at once, or a play of a match: a function word may follow a word as well (杨影正在). */
const AFTER_CHINESE_NAME = new RegExp(`^(?:[，。、；：！？”）]|${SAYS_OR_ACTS}|${PLAY})`);
/** Characters that are words of their own after a name (王五岁的, 王强等, 李明说), not the end of one. */
const NOT_NAME_END = /[时边案作绘书撰画译编供图说称在与和及的是等曾也则对被将已于以岁年月日人家们个位名都就又还才到为从向把让给了着过这那有无不很更最再并而或第摄长所由小上正各敢村滩镇乡县区市省路街站院部局委会处科室队组团社中里外内前后均亲即没未亦便仍遂却终皆首]/;
/** Characters that end transliterated names (萨巴伦卡, 阿尔特曼, 伊万诺夫). */
const FOREIGN_NAME_END = /[卡斯尔特克夫娃娜诺基亚奇德勒曼森顿纳拉罗里莱茨维耶]/;

export function namesCutShort<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s, k) => {
    if (s.label !== 'PER') return s;
    const c = text[s.end];
    if (!c || !/[\u4e00-\u9fff]/.test(c) || NOT_NAME_END.test(c)) return s;
    if (k + 1 < spans.length && spans[k + 1].start <= s.end) return s;
    const after = text.slice(s.end + 1, s.end + 3);
    if (!AFTER_NAME.test(after)) return s;
    const length = s.end - s.start;
    const chinese = length === 2 && isSurname(text[s.start]) && AFTER_CHINESE_NAME.test(after);
    const foreign = length >= 3 && FOREIGN_NAME_END.test(c);
    // 蒲彬 + 彬: a given name of one character said twice (蒲彬彬率…), unless the second begins a word (王明明确表示).
    const doubled = length === 2 && c === text[s.end - 1] && isSurname(text[s.start]) && !lex.isWordAt(text, s.end);
    if (!chinese && !foreign && !doubled) return s;
    // 王明月: a given name and the character after it may make a word (明月) — then the name is the shorter one.
    if (!doubled && lex.lookup(text.slice(s.end - 1, s.end + 1)) & LEX.WORD) return s;
    const longer = lex.lookup(text.slice(s.start, s.end + 1));
    if (longer & (LEX.LOC | LEX.ORG) && !(longer & LEX.PER)) return s;
    return { ...s, end: s.end + 1 };
  });
}

/** What stands before a name in a list or a byline: a list's comma or a space (not a clause's comma: ，由刘松担任, ，但永辉仍). */
const BEFORE_LISTED_NAME = /[、\s]/;

/**
 * 陈贵云、但彦铮、王昱, 奚金燕 蓝伊旎: the model, which rarely saw a surname such as 但, starts the name after it. A person of
 * two characters right after a surname that follows a list's comma or a space starts at the surname, unless the surname and the name's
 * first character make a word (和平) or another name ends there. Only in a list or a byline (、 or a space before): after a
 * clause's comma such a surname is more often a preposition or conjunction (由, 但).
 */
export function surnamesLeftOut<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s, k) => {
    if (s.label !== 'PER' || s.end - s.start !== 2 || s.start < 2) return s;
    if (!isSurname(text[s.start - 1]) || !BEFORE_LISTED_NAME.test(text[s.start - 2])) return s;
    if (k > 0 && spans[k - 1].end > s.start - 2) return s;
    if (lex.lookup(text.slice(s.start - 1, s.start + 1)) & LEX.WORD) return s;
    return { ...s, start: s.start - 1 };
  });
}

/**
 * 老江, 老马, 小贺: a surname with 老 or 小 before it is a way of addressing someone, not their name
 * (GUIDELINES.md), though People's Daily marks it. A name the dictionary knows as a person's stays (小平).
 */
export function familiarAddressNoNames<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.filter((s) => {
    if (s.label !== 'PER' || s.end - s.start !== 2) return true;
    if (!/[老小]/.test(text[s.start]) || !isSurname(text[s.start + 1])) return true;
    return (lex.lookup(text.slice(s.start, s.end)) & LEX.PER) !== 0;
  });
}

/** 昨 and 今 (yesterday, today) after a name in Hong Kong and Macao reports (行政长官岑浩辉昨(21)日, 李家超今日): when, not who. */
const DAY_AFTER_NAME = /^(?:[^\u4e00-\u9fff]|[日天晨早晚午夜])/;

/** 岑浩辉昨 → 岑浩辉: a day word the model reads onto the end of a name of two characters or more before it. */
export function dayWordsOffPeople<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  return spans.map((s) => {
    if (s.label !== 'PER' || s.end - s.start < 3 || !/[昨今]/.test(text[s.end - 1])) return s;
    return DAY_AFTER_NAME.test(text.slice(s.end, s.end + 1)) || s.end === text.length ? { ...s, end: s.end - 1 } : s;
  });
}

/**
 * A name a report masks with 某 in the middle (漆某芳, 王某军): a surname, 某 and a given name's character, before a title,
 * a verb of saying or a break. 黄某 and 郭某某 keep only the surname, no name (GUIDELINES); 某某, 某些, 某种 are no name.
 */
const MASKED_NAME = /([\u4e00-\u9fff])某([\u4e00-\u9fff])(?=老师|先生|女士|同学|医生|律师|法官|民警|经理|主任|书记|表示|说|称|介绍|坦言|告诉|报警|等人|二人|两人|被|涉嫌|因|在|[（(，。、；：！？”）,;:!?)\s]|$)/g;
const NOT_MASKED_GIVEN = /[某些种个地处类项位家人天年月日时次件公村镇乡区县市省厂店企校院所部局队员说称讲表指认等和与及在是的了也都被把将向对因涉报二两经]/;

export function maskedNames<T extends { start: number; end: number; label: string }>(text: string, spans: T[], make: (s: { start: number; end: number; label: 'PER' }) => T): T[] {
  if (text.indexOf('某') < 0) return spans;
  let out = spans;
  for (const m of text.matchAll(MASKED_NAME)) {
    let start = m.index!;
    // 欧阳某峰: a surname of two characters opens the name one character earlier.
    const compound = start > 0 && isCompoundSurname(text.slice(start - 1, start + 1));
    if ((!isSurname(m[1]) && !compound) || NOT_MASKED_GIVEN.test(m[2]) || text[start - 1] === '某') continue;
    const end = start + 3;
    if (compound) start--;
    if (overlapsAny(out, start, end)) continue;
    out = replacedBy(out, [], make({ start, end, label: 'PER' }));
  }
  return out;
}

/**
 * Malaysian honorifics conferred by the states and the king (拿督 Datuk, 拿督斯里 Datuk Seri, 丹斯里 Tan Sri, 拿汀 Datin,
 * 潘丝里 Puan Sri), written before the name in the Chinese press of Malaysia: titles, which GUIDELINES.md leaves out of a
 * person's name (拿督斯里魏家祥 → 魏家祥). Longest first.
 */
const HONORIFIC = /^(?:拿督斯里巴杜卡|拿督斯里|拿汀斯里|拿督巴杜卡|拿汀巴杜卡|拿督威拉|丹斯里|潘丝里|拿督|拿汀)/;

/** A person read with an honorific before the name is the name after it; an honorific alone is no one. */
export function honorificsOffNames<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (!/拿督|拿汀|丹斯里|潘丝里/.test(text)) return spans;
  const out: T[] = [];
  for (const s of spans) {
    if (s.label !== 'PER') {
      out.push(s);
      continue;
    }
    // 丹斯里拿督斯里杨忠礼: titles may follow one another.
    let start = s.start;
    for (let m = HONORIFIC.exec(text.slice(start, s.end)); m; m = HONORIFIC.exec(text.slice(start, s.end))) start += m[0].length;
    // 拿督斯里 | 安华: a name of two characters or more after them; 拿督 alone, or one character left, names no one.
    if (start === s.start) out.push(s);
    else if (s.end - start >= 2) out.push({ ...s, start });
  }
  return out;
}

/** 山水林田湖草沙: the ecological system's parts, a slogan the model reads pieces of as a name. */
const SLOGAN = /山水林田湖草沙?/g;
/**
 * Adverbs said twice that the model reads as a doubled given name (殷殷 of 总书记殷殷嘱托); the dictionary lists
 * them as people too, as it does 卡卡 and 丽丽, so its word class cannot tell them apart.
 */
const DOUBLED_ADVERB = /^(?:殷殷|谆谆|切切|深深|默默|渐渐|久久|悄悄|处处|时时|事事|步步|层层|声声|代代)$/;

/** The stewards of rivers, lakes, forests and roads (区总河长, 副总河长, 村级林长): titles, which no name ends with. */
const STEWARD_TITLE = /(?:河长|湖长|林长|田长|路长)$/;

/**
 * A slogan's or a title's two halves joined by a dot, read as a foreign name (“骏马迎春·福满崆峒”, 《枝叶关情·郑板桥》): a dotted
 * name inside quotes that runs on into the quoted words on either side.
 */
function dottedHalvesInQuotes(text: string, s: { start: number; end: number }): boolean {
  if (!/[·•]/.test(text.slice(s.start, s.end)) || !(isHan(text.charCodeAt(s.start - 1)) || isHan(text.charCodeAt(s.end)))) return false;
  const open = Math.max(text.lastIndexOf('“', s.start), text.lastIndexOf('《', s.start));
  if (open < 0 || s.start - open > 12 || /[”》]/.test(text.slice(open, s.start))) return false;
  const close = text.slice(s.end, s.end + 13).search(/[”》]/);
  return close >= 0 && !/[“《]/.test(text.slice(s.end, s.end + close));
}

/** Whether a person read at [start, end) is the slogan's, a doubled adverb or a new compound, no mention of anyone (also for the document pass). */
export function noPersonInPhrase(text: string, s: { start: number; end: number }): boolean {
  if (dottedHalvesInQuotes(text, s)) return true;
  // 国王登基, 女王出席: the 王 of a monarch's title opens no name.
  if (text[s.start] === '王' && /[国女亲君帝]/.test(text[s.start - 1] ?? '')) return true;
  if (DOUBLED_ADVERB.test(text.slice(s.start, s.end)) || NEW_WORDS.has(text.slice(s.start, s.end))) return true;
  if (STEWARD_TITLE.test(text.slice(s.start, s.end))) return true;
  if (text.indexOf('林田湖草') < 0) return false;
  for (const m of text.matchAll(SLOGAN)) if (m.index! <= s.start && s.end <= m.index! + m[0].length) return true;
  return false;
}

export function phrasesNoPeople<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  return spans.filter((s) => s.label !== 'PER' || !noPersonInPhrase(text, s));
}

/**
 * Whether 部 ending at `end` and the 长 after it make the title of a ministry's head (外交部长王毅), not 长 opening a
 * word of its own (商务部长期关注, 水利部长江水利委员会, 交通部长寿区): `isWord` says which strings are words.
 */
export function ministerTitleAt(text: string, end: number, isWord: (s: string) => boolean): boolean {
  return text[end - 1] === '部' && text[end] === '长' && !isWord(text.slice(end, end + 2)) && !isWord(text.slice(end, end + 3));
}

/**
 * 外交部长王毅, 国防部长, 贸易部长: 部长 is the title of the ministry's head, and the field before it names no
 * organisation (21 of 28 mentions of 外交部长 unmarked in the sets of current news, every other field's too). The model
 * reads 外交部 there. Only a field of two characters and 部: a ministry named with its country (韩外交部, 德国联邦外交部)
 * or a bureau's head (市公安局长, GUIDELINES.md's body before a title) keeps its name; before 部长, a country named in full
 * and a field (马来西亚交通部长) is the place, the rest the title.
 */
export function ministersNotMinistries<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  if (text.indexOf('部长') < 0) return spans;
  const isWord = (w: string) => (lex.lookup(w) & LEX.WORD) !== 0;
  return spans.flatMap((s) => {
    if (s.label !== 'ORG' || !ministerTitleAt(text, s.end, isWord)) return [s];
    if (s.end - s.start === 3) return [];
    // 马来西亚交通部长, 美国农业部长: the country before the minister's title is the place (中国财政部长 → 中国).
    const country = text.slice(s.start, s.end - 3);
    return isCountryName(country) ? [{ ...s, end: s.end - 3, label: 'LOC' } as T] : [s];
  });
}

/** Below this a person may be read across a company's last characters. */
const WEAK_ACROSS = 0.75;

/** What may follow a person's name of three characters: a break, a particle or a verb of speaking or leading. */
const AFTER_FULL_NAME = /^(?:[，。、；：！？”）\s]|在|的|说|表示|是|和|与|带领|率|等|称|将|也|则|认为|指出|介绍|强调|透露)/;

/**
 * 赛力斯 + 张兴海: a company the dictionary knows, written right before a person's name, which the model
 * reads across (赛力[斯张]兴海). The company is an organisation and the person's name starts after it.
 */
export function companiesBeforePeople<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  const isOrg = (w: string) => (lex.lookup(w) & (LEX.NAME_ORG | LEX.ORG)) !== 0;
  let out: T[] | undefined;
  for (const s of spans) {
    // The model is never sure of a name it reads across a company (赛力[斯张] 0.51).
    if (s.label !== 'PER' || s.end - s.start < 2 || s.confidence >= WEAK_ACROSS) continue;
    for (let k = 1; k <= 2 && k < s.end - s.start; k++) {
      const at = s.start + k;
      if (!isSurname(text[at])) continue;
      const company = [4, 3].map((n) => text.slice(at - n, at)).find((w) => w.length >= 3 && isOrg(w) && !(lex.lookup(w) & LEX.PER));
      // 赛力斯 + 华为: a second company after the first is no person.
      if (!company || isOrg(text.slice(at, at + 2)) || isOrg(text.slice(at, at + 3))) continue;
      const three = AFTER_FULL_NAME.test(text.slice(at + 3, at + 5)) && /^[\u4e00-\u9fff]{3}$/.test(text.slice(at, at + 3));
      const end = Math.max(s.end, at + (three ? 3 : 2));
      const current = out ?? spans;
      if (current.some((o) => o !== s && o.start < end && at - company.length < o.end)) continue;
      out = current.flatMap((o) => (o === s ? [{ ...s, start: at - company.length, end: at, label: 'ORG' }, { ...s, start: at, end }] : [o]));
      break;
    }
  }
  return out ?? spans;
}

/** A monarch's or pope's regnal number after the name (费利佩六世, 查尔斯三世, 利奥十四世). */
const REGNAL = /^[一二三四五六七八九十]{1,3}世(?![纪界代英])/;
/** A monarch's title before the name or after the number. */
// 王 ends 国王, 女王, 英王, 法老王 too.
const MONARCH_BEFORE = /(?:王储|皇帝|教皇|教宗|沙皇|法老|苏丹|国君|埃米尔|大公|王)$/;
const MONARCH_AFTER = /^(?:国王|女王|皇帝|教皇|教宗|沙皇|陛下)/;

/** 费利佩 + 六世: the regnal number is part of the person's name, as the model never saw it. */
export function regnalNumbers<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (text.indexOf('世') < 0) return spans;
  return spans.map((s, k) => {
    if (s.label !== 'PER') return s;
    const m = REGNAL.exec(text.slice(s.end, s.end + 5));
    if (!m || (spans[k + 1] && spans[k + 1].start < s.end + m[0].length)) return s;
    // A name of two characters takes it only by a monarch's title (not 李四一世, 刘二世居此地); a longer one, as monarchs'
    // names in Chinese are (米哈伊一世), also alone.
    const monarch = MONARCH_BEFORE.test(text.slice(Math.max(0, s.start - 3), s.start)) || MONARCH_AFTER.test(text.slice(s.end + m[0].length, s.end + m[0].length + 2));
    if (s.end - s.start < 3 && !monarch) return s;
    return { ...s, end: s.end + m[0].length };
  });
}

/** What 作 or 做 opens after a name: a speech, a report, a summary (郑春作 | 致辞 is 郑春 + 作致辞). */
const MAKES_SPEECH = /^[作做](?:致辞|报告|讲话|发言|总结|部署|说明|动员|表态|批示|指示|交流|汇报|点评|辅导|宣讲)/;

/**
 * 郑春作致辞, 张桂梅思政大讲堂: a Chinese name the model runs on by one character, which opens a verb of speaking with 作 or a
 * word with the character after it (思政), ends before that character. Only a name of a surname and two given characters
 * or more, so that a name of three keeps its last (王小明天 is 王小明 + 天: no cut below three).
 */
export function namesRunOnByOne<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s) => {
    if (s.label !== 'PER' || !isSurname(text[s.start]) || isCompoundSurname(text.slice(s.start, s.start + 2))) return s;
    const length = s.end - s.start;
    const last = s.end - 1;
    if (length === 3 && MAKES_SPEECH.test(text.slice(last, last + 3))) return { ...s, end: last };
    const word = text.slice(last, last + 2);
    if (length === 4 && ((lex.lookup(word) & LEX.WORD) !== 0 || NEW_WORDS.has(word)) && !(lex.lookup(text.slice(s.start, s.end)) & LEX.PER)) return { ...s, end: last };
    return s;
  });
}
