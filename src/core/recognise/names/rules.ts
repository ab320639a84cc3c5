import { LabelledSpan } from './tags';
import { isSurname, ORG_SUFFIXES, SURNAMES, TITLES } from './lists';
import { LEX, Lexicon } from './lexicon';
import { isDictionaryCompany, isPlainWord } from './list-rules';
import { abbreviationRuns, compassZones } from './place-abbreviations';
import { newAreasAfterPlaces } from './new-areas';
import { listedLines, numberedRoads, transitLines } from './transport-lines';
import { compassRegions } from './regions';
import { levelOrgans, ministries, nationalShortNames, numberedBureaus, numberedHospitals, townOrgans, institutionCommittees, inspectionTeams } from './organ-rules';
import { overlapsAny } from './span-edges';

/**
 * Rules that align the model's output with GUIDELINES.md and catch layouts the corpora lack
 * (bylines with spaces, photo credits, name lists on their own lines, organs named by
 * abbreviation). Each returns spans with a fixed confidence; the recogniser lets them replace
 * model spans they overlap.
 */
export interface RuleSpan extends LabelledSpan {
  confidence: number;
  rule: string;
}

const COMPOUND_SURNAMES = SURNAMES.filter((s) => s.length === 2);
export { isSurname };
export const isCompoundSurname = (s: string): boolean => COMPOUND_SURNAMES.includes(s);
const HAN = '\\u4e00-\\u9fff';

/** Whether `s` looks like a Chinese personal name: a known surname and one or two given-name characters. */
const ALL_HAN = new RegExp(`^[${HAN}]+$`);

export function looksLikeName(s: string): boolean {
  // 周某, 郭某某: a surname masked by 某 is no name (漆某芳, with a given name's character, is).
  if (!ALL_HAN.test(s) || /^[\u4e00-\u9fff]{1,2}某某?$/.test(s)) return false;
  if (COMPOUND_SURNAMES.some((c) => s.startsWith(c))) return s.length >= 3 && s.length <= 4;
  return isSurname(s[0]) && s.length >= 2 && s.length <= 3;
}

const CREDIT_ROLES = '(?:首席记者|见习记者|实习记者|特约记者|记者|通讯员|实习生|摄影|摄|编辑|责任编辑|美编|校对|审核|作者|文|图)';
/** A colon after the role in a credit line (作者：王志辉 焦光耀, 文:张三). */
const ROLE_COLON = '[:：]?';

/** 记者 何春阳 邱小雅: names separated by spaces after a byline role. */
const BYLINE = new RegExp(`${CREDIT_ROLES}[ \\u3000]+((?:[${HAN}]{2,4}(?:[ \\u3000]+|$|(?=[^${HAN}])))+)`, 'gd');

/** 记者汪伟 毛雪 刘辉报道, （记者李欣瑶 朱婕 孟捷）, (作者:王志辉 焦光耀 马子新 王雷): the first name right after the role, the others after spaces, to 报道 or the bracket's end. */
// The names end at 报道, a bracket, the line's end or the next credit's role (记者戴永君 田恒 通讯员何成).
const BYLINE_TIGHT = new RegExp(`${CREDIT_ROLES}${ROLE_COLON}((?:[${HAN}]{2,3}?)(?:[ \\u3000]+[${HAN}]{2,3}?)+)(?=[ \\u3000]*(?:报道|[）)]|$|${CREDIT_ROLES}))`, 'gd');

/**
 * 责任编辑：葛思琪 校对：任雪, 实习生：方可欣: one name after a person's role and its colon, to a space, a bracket, a break or the
 * line's end (not after 图： or 文：, which may name an agency: 图：新华社).
 */
const CREDIT_AFTER_COLON = new RegExp(`(?:记者|通讯员|实习生|编辑|责任编辑|美编|校对|审核|作者)[:：][ \\u3000]?([${HAN}]{2,3})(?=[ \\u3000）)，。；]|$)`, 'gd');

/** （记者郭宇靖、吉宁）: names joined by 、 after the role, to the bracket's end or 报道. */
const BYLINE_LIST = new RegExp(`${CREDIT_ROLES}${ROLE_COLON}((?:[${HAN}]{2,3}?)(?:、[${HAN}]{2,3}?)+)(?=[ \\u3000]*(?:报道|[）)]))`, 'gd');

function bylines(text: string, out: RuleSpan[], lex?: Lexicon): void {
  // Cheap pre-checks: the patterns need a space after the role, names joined by 、 or a colon (most paragraphs have none).
  const spaced = text.indexOf(' ') >= 0 || text.indexOf('\u3000') >= 0;
  const listed = text.indexOf('、') >= 0 && (text.indexOf('记者') >= 0 || text.indexOf('通讯员') >= 0);
  const colon = text.indexOf('：') >= 0 || text.indexOf(':') >= 0;
  if (!spaced && !listed && !colon) return;
  const matches = [
    ...(spaced ? [...text.matchAll(BYLINE), ...text.matchAll(BYLINE_TIGHT)] : []),
    ...(listed ? text.matchAll(BYLINE_LIST) : []),
    ...(colon ? text.matchAll(CREDIT_AFTER_COLON) : []),
  ];
  for (const m of matches) {
    let pos = m.indices![1][0];
    for (const part of m[1].split(/([ \u3000、]+)/)) {
      // 新华社记者 龙雷摄: the photographer's 摄 (took the photo) right after the last name is no part of it.
      const name = part.length >= 3 && part.endsWith('摄') && looksLikeName(part.slice(0, -1)) ? part.slice(0, -1) : part;
      if (name && !/^[ \u3000、]+$/.test(name) && looksLikeName(name)) {
        // 记者孙燕 常州报道: a place the dictionary knows (and no name), last before 报道 and not first after the role, is where
        // the story was filed (记者 金华 王芳: 金华 is a reporter).
        const last = /^[ \u3000]*报道/.test(text.slice(pos + name.length, pos + name.length + 4));
        const place = lex !== undefined && pos > m.indices![1][0] && last && lex.isPlaceOnly(name);
        // Two patterns may find one name (the first after a role and its colon).
        if (!out.some((o) => o.start === pos && o.end === pos + name.length)) {
          out.push({ start: pos, end: pos + name.length, label: place ? 'LOC' : 'PER', confidence: place ? 0.8 : 0.9, rule: 'byline' });
        }
      }
      pos += part.length;
    }
  }
}

/** （记者齐某某拍摄）, 记者 张三 摄: a name between a credit role and 摄/拍摄. */
const CREDIT = new RegExp(`(?:记者|通讯员|摄影|摄影记者)[ \\u3000]?([${HAN}]{2,4}?)[ \\u3000]?(?:拍摄|摄|供图|/摄)`, 'gd');

function photoCredits(text: string, out: RuleSpan[]): void {
  // Cheap pre-check: every role the pattern starts with contains 记者, 通讯员 or 摄影.
  if (text.indexOf('记者') < 0 && text.indexOf('通讯员') < 0 && text.indexOf('摄影') < 0) return;
  for (const m of text.matchAll(CREDIT)) {
    if (!looksLikeName(m[1])) continue;
    const start = m.indices![1][0];
    // 记者 龙雷摄: read by the byline rule already.
    if (out.some((o) => o.start === start && o.end === start + m[1].length)) continue;
    out.push({ start, end: start + m[1].length, label: 'PER', confidence: 0.9, rule: 'credit' });
  }
}

/** Whether the dictionary knows `word` as a place or an organisation (华为, 张家口), whatever else it knows it as. */
function knownAsPlaceOrOrganisation(lex: Lexicon | undefined, word: string): boolean {
  return lex !== undefined && (lex.lookup(word) & (LEX.LOC | LEX.ORG | LEX.NAME_ORG | LEX.NAME_LOC)) !== 0;
}

/** （蔡晨晨 陈正 孙雨静）, (张立 何兴安): names set apart by spaces in brackets, the story's credit without a role. */
const BRACKETED_NAMES = new RegExp(`[（(]([${HAN}]{2,5}(?:[ \\u3000]+[${HAN}]{2,5})+)[）)]`, 'gd');
/** Items of such a credit that are no names: a role (实习生) or the outlet (温州日报, 东方视频). */
const CREDIT_ITEM_NO_NAME = /^(?:实习生|见习记者|记者|通讯员|编辑|摄影)$|(?:报|网|台|社|视频|新闻|客户端)$/;

function bracketedCredits(text: string, out: RuleSpan[], lex?: Lexicon): void {
  if (text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0) return;
  for (const m of text.matchAll(BRACKETED_NAMES)) {
    const items: Array<[string, number]> = [];
    for (const w of m[1].matchAll(/[^ \u3000]+/g)) if (!CREDIT_ITEM_NO_NAME.test(w[0])) items.push([w[0], m.indices![1][0] + w.index!]);
    // (详细 内容), (北京 上海): words of the dictionary or places make no credit.
    if (items.some(([w]) => isPlainWord(lex, w) || knownAsPlaceOrOrganisation(lex, w))) continue;
    const names = items.filter(([w]) => looksLikeName(w));
    if (names.length < 2) continue;
    for (const [w, start] of names) if (!overlapsAny(out, start, start + w.length)) out.push({ start, end: start + w.length, label: 'PER', confidence: 0.8, rule: 'bracketed-credit' });
  }
}

/**
 * A paragraph that is only a name (photo captions listing people): 高健 / 王志杰. A line the
 * dictionary knows as a place or organisation and never as a person (金沙江) is none; one it knows
 * as a common word (花边饺, a headline) stays a weak guess, below what the document pass spreads.
 */
function nameLine(text: string, out: RuleSpan[], lex?: Lexicon): void {
  const t = text.trim();
  if (!looksLikeName(t)) return;
  const cls = lex ? lex.lookup(t) : 0;
  if (cls & (LEX.LOC | LEX.ORG) && !(cls & LEX.PER)) return;
  const confidence = isPlainWord(lex, t) ? 0.5 : 0.8;
  const start = text.indexOf(t);
  out.push({ start, end: start + t.length, label: 'PER', confidence, rule: 'name-line' });
}

/** Nouns for ordinary people that news puts right before a name (村民谭某某说): no title, but as telling. */
const PEOPLE_NOUNS = '村民|居民|市民|农户|种植户|养殖户|患者|志愿者|游客|店主|快递员|骑手|老人|学生|工人|党员|选手|球员';
/** 居民文成贵今年, 村民牟德芬笑着说: a three-character name after such a noun, before a verb or a break. */
const PERSON_AFTER_NOUN = new RegExp(`(?:${PEOPLE_NOUNS})([${HAN}]{3})(?=[，。、：（(”]|说|今年|告诉|笑着|正在|表示|介绍|指出|认为)`, 'gd');

const ANY_PEOPLE_NOUN = new RegExp(PEOPLE_NOUNS);

function peopleAfterNouns(text: string, out: RuleSpan[], lex?: Lexicon): void {
  // Cheap pre-check without the capture and the lookahead (most paragraphs have none of the nouns).
  if (!ANY_PEOPLE_NOUN.test(text)) return;
  for (const m of text.matchAll(PERSON_AFTER_NOUN)) {
    const name = m[1];
    // 居民楼: the noun ends a longer word; a name the dictionary knows as a place or word (北京市) is none.
    if (!looksLikeName(name) || (lex && lex.lookup(name) & (LEX.LOC | LEX.ORG | LEX.WORD))) continue;
    // 干部来, 常常只, 陈露等, 都明白: a common word at either end, or a function word, makes it no name.
    if (isPlainWord(lex, name.slice(0, 2)) || isPlainWord(lex, name.slice(1)) || /[等的了都和也就还才只]/.test(name)) continue;
    const start = m.indices![1][0];
    // 选手王越说，: a two-character name and 说 before the clause break.
    const said = /[说称]$/.test(name) && /[，：]/.test(text[start + 3] ?? '');
    out.push({ start, end: start + (said ? 2 : 3), label: 'PER', confidence: 0.75, rule: 'person-after-noun' });
  }
}

/** Second characters of two-character nouns for people or firms (高管, 白领, 房企, 股民, 车主, 网友). */
const PEOPLE_OR_FIRMS_END = /[管领企商民众工友家方员者手长师生人士客户农主]/;
const SPEAKER_AFTER_QUOTE = new RegExp(`”([${HAN}]{2,3}?)(?=(?:说|称|表示|强调|指出|介绍|坦言|透露)[。，：:,])`, 'gd');

/** ”曾毓群称。, ”王建国说，: the speaker named right after a quotation closes, before a verb of saying and a break. */
function speakersAfterQuotes(text: string, out: RuleSpan[], lex?: Lexicon): void {
  if (text.indexOf('”') < 0) return;
  for (const m of text.matchAll(SPEAKER_AFTER_QUOTE)) {
    const name = m[1];
    // 公司称, 信中称, 他们说: a common word, a word of place or a pronoun's plural makes it no name; so does a word the
    // dictionary knows as a place or organisation (华为称).
    if (!looksLikeName(name) || /[中上下里内外们等都也是这那]/.test(name.slice(1)) || isPlainWord(lex, name.slice(0, 2)) || isPlainWord(lex, name.slice(-2))) continue;
    if (knownAsPlaceOrOrganisation(lex, name)) continue;
    // 高管透露, 白领透露, 房企表示: a noun for people or firms whose first character is also a surname.
    if (name.length === 2 && PEOPLE_OR_FIRMS_END.test(name[1])) continue;
    const start = m.indices![1][0];
    out.push({ start, end: start + name.length, label: 'PER', confidence: 0.7, rule: 'speaker-after-quote' });
  }
}

/** `lex` (the model's dictionary) keeps the name-line rule off places and common words. */
export function ruleSpans(text: string, lex?: Lexicon): RuleSpan[] {
  const out: RuleSpan[] = [];
  bylines(text, out, lex);
  photoCredits(text, out);
  bracketedCredits(text, out, lex);
  nameLine(text, out, lex);
  peopleAfterNouns(text, out, lex);
  speakersAfterQuotes(text, out, lex);
  levelOrgans(text, out);
  numberedHospitals(text, out);
  numberedBureaus(text, out);
  townOrgans(text, out, lex);
  institutionCommittees(text, out);
  inspectionTeams(text, out);
  ministries(text, out, lex);
  nationalShortNames(text, out, lex);
  abbreviationRuns(text, out, lex);
  numberedRoads(text, out, lex);
  listedLines(text, out, lex);
  transitLines(text, out);
  newAreasAfterPlaces(text, out, lex);
  compassRegions(text, out);
  compassZones(text, out);
  return out;
}

/** What people listed in news do right after their names: attend, accompany, lead, speak. */
const PEOPLE_DO = /^(?:参加|出席|陪同|一行|等[同领人]|分别|共同|主持|调研|考察|视察|讲话|致辞|表示|同志|先后|率队|带队|参会)/;

/**
 * Coordination: in 长安、赛力斯等 or 京东方、康宁、奥特斯, an unlabelled item next to a labelled one
 * across 、 takes the same label (items of two to six Chinese characters, nothing labelled inside).
 */
export function coordinate<T extends { start: number; end: number; label: string }>(
  text: string,
  spans: T[],
  make: (s: { start: number; end: number; label: T['label'] }) => T,
  lex?: Lexicon,
): T[] {
  const out = spans.slice();
  const free = (s: number, e: number) => !out.some((o) => o.start < e && s < o.end);
  // A common word (苹果、豆角 after a spurious name) does not take a neighbour's label, unless it is also a
  // company the dictionary of proper nouns knows and the neighbour an organisation (vivo、小米).
  // A person taken from a neighbour must look like one: a surname and a given name, or a name the
  // dictionary knows (黑猫警长、蓝精灵 beside 孙悟空 are not people); 的 never stands inside a name.
  const isItem = (s: string, label: string) =>
    /^[\u4e00-\u9fff]{2,6}$/.test(s) &&
    !s.includes('的') &&
    !endsInTitle(s) &&
    // 立足重庆、辐射全国、服务全省: an item opening with a verb or a noun of action (tagged as 服务) is a clause of a slogan,
    // no name (a road or park may:
    // 创新大道; so may a place or organisation the dictionary knows: 保定市, 联想集团, though jieba has 保定 and 联想 as verbs).
    !(lex !== undefined && s.length >= 3 && (lex.isVerb(s.slice(0, 2)) || lex.taggedLike(s.slice(0, 2), '服务')) && !/(?:路|街|大道|园|城)$/.test(s) && !(lex.lookup(s) & (LEX.LOC | LEX.ORG | LEX.NAME_LOC | LEX.NAME_ORG))) &&
    (!isPlainWord(lex, s) || (label === 'ORG' && isDictionaryCompany(lex!, s))) &&
    !(label !== 'PER' && lex !== undefined && genericItem(lex, s)) &&
    (label !== 'PER' || looksLikeName(s) || (lex !== undefined && (lex.lookup(s) & LEX.PER) !== 0));
  // Items of one list are names of a kind and of like length: a one-character neighbour (公、检、法、司)
  // is an abbreviation, and an item more than two characters longer than its neighbour runs on into
  // the clause (柏枝、冬青扎成把, 人大、政府发贺电).
  const fits = (length: number, neighbour: { start: number; end: number }) =>
    neighbour.end - neighbour.start >= 2 && length <= neighbour.end - neighbour.start + 2;
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (let i = text.indexOf('、'); i >= 0; i = text.indexOf('、', i + 1)) {
      const left = out.find((o) => o.end === i && o.label !== 'NUM');
      const right = out.find((o) => o.start === i + 1 && o.label !== 'NUM');
      if (left && !right) {
        const end = itemEnd(text, i + 1);
        if (end > 0 && fits(end - i - 1, left) && isItem(text.slice(i + 1, end), left.label) && free(i + 1, end)) {
          out.push(make({ start: i + 1, end, label: left.label }));
          changed = true;
        } else if (left.label === 'PER') {
          // The last of a list of people, run into what they do (市领导顾文瑜、钱晴参加走访调研).
          const k = [4, 3, 2].find((n) => {
            const name = text.slice(i + 1, i + 1 + n);
            return looksLikeName(name) && !/[些个们的了]/.test(name) && !isPlainWord(lex, name) && PEOPLE_DO.test(text.slice(i + 1 + n, i + 4 + n));
          });
          if (k !== undefined && fits(k, left) && free(i + 1, i + 1 + k)) {
            out.push(make({ start: i + 1, end: i + 1 + k, label: 'PER' }));
            changed = true;
          }
        }
      } else if (right && !left && right.label === 'PER' && text[itemStart(text, i) - 1] !== '、') {
        // The first name of a list of people, after a title (市领导冉进、但彦铮、幸军): the item carries the title.
        const start = itemStart(text, i);
        let taken = false;
        for (const k of [3, 2]) {
          if (start < 0 || i - k <= start || !free(i - k, i)) continue;
          const name = text.slice(i - k, i);
          if (looksLikeName(name) && fits(k, right) && endsInTitleOrLeaders(text.slice(start, i - k))) {
            out.push(make({ start: i - k, end: i, label: 'PER' }));
            changed = taken = true;
            break;
          }
        }
        // 精神，余先河、常晓勇、赵光平分别通报: a whole item at a clause's start (itemStart stops at a break), where the list
        // goes on as people (another person, 等 or what people do after the name on its right).
        const item = start >= 0 ? text.slice(start, i) : '';
        const goesOn = /^(?:、|等)/.test(text.slice(right.end, right.end + 1)) || PEOPLE_DO.test(text.slice(right.end, right.end + 3));
        if (!taken && start >= 0 && item.length <= 3 && looksLikeName(item) && !isPlainWord(lex, item) && goesOn && fits(item.length, right) && free(start, i)) {
          out.push(make({ start, end: i, label: 'PER' }));
          changed = true;
        }
      } else if (right && !left && right.label === 'ORG' && text[itemStart(text, i) - 1] !== '、' && endsInOrgHead(text.slice(itemStart(text, i), i))) {
        // The first of a list of organisations, where it ends in an organisation head (市急救医疗中心、X医院):
        // a verb before it would need more than the seven characters an item may have; a preposition before it
        // (与传化集团、方大集团) is the clause's.
        const first = itemStart(text, i);
        const start = first >= 0 && text[first] === '与' && i - first > 3 && !lex?.isWordAt(text, first) ? first + 1 : first;
        const item = text.slice(start, i);
        if (start >= 0 && fits(i - start, right) && /^[\u4e00-\u9fff]+$/.test(item) && !/[的了是在我你他她把被将对]/.test(item) && free(start, i)) {
          out.push(make({ start, end: i, label: 'ORG' }));
          changed = true;
        }
      } else if (right && !left && text[itemStart(text, i) - 1] === '、') {
        // Backwards only inside a list (、X、): a first item may carry a verb before it (优化X、Y).
        const start = itemStart(text, i);
        if (start >= 0 && fits(i - start, right) && isItem(text.slice(start, i), right.label) && free(start, i)) {
          out.push(make({ start, end: i, label: right.label }));
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return out.sort((a, b) => a.start - b.start);
}

// Organs named by level (县委, 市委) are whole names: what stands before them is another word (随即县委).
const ORG_HEADS = ORG_SUFFIXES.filter((h) => h.length >= 2 && !/^[省市区县镇乡]/.test(h));
/** Whether an item ends in an organisation head of two characters or more (中心, 医院, 公司), after a name of its own. */
/** Words that open a kind of thing in a list, no name (重点水库, 主要河流, 其他企业, 冷链物流园: fields newer than jieba's dictionary). */
const KIND_OPENING = /^(?:重点|主要|相关|其他|其它|部分|各类|各级|全部|大型|小型|中型|新建|在建|现有|周边|沿线|附近|重大|一般|骨干|龙头|头部|冷链|跨境|电商|算力|储能|低空|智算|数智|数字|信创|文创|科创|双创)/;
/** Heads of a place or body with a proper name made of common words (人民公园, 和平路, 光明水库). */
const NAME_HEAD_AT_END = /(?:路|街|大道|巷|园|城|桥|广场|山|湖|江|河|溪|水库|港|站|机场|区|县|市|镇|乡|村|社区|街道|委|局|厅|办|院|校|馆|中心|公司|集团|银行|医院|大学|学院)$/;

/**
 * Whether a list item is a kind of thing, no name, whatever its neighbour is (抓好湘江、重点水库、山洪地质灾害): it opens with a
 * word of kind or degree, or it is two common words of the dictionary side by side without a place's or body's head.
 */
function genericItem(lex: Lexicon, s: string): boolean {
  if (KIND_OPENING.test(s)) return true;
  if (NAME_HEAD_AT_END.test(s)) return false;
  for (let k = 2; k <= s.length - 2; k++) if (isPlainWord(lex, s.slice(0, k)) && isPlainWord(lex, s.slice(k))) return true;
  return false;
}

function endsInOrgHead(s: string): boolean {
  return ORG_HEADS.some((h) => s.endsWith(h) && s.length >= h.length + 2);
}

// 中央政治局委员、书记处书记, 王部长、李主任: an item ending in a title or role is no name (GUIDELINES).
const TITLE_SET = new Set(TITLES);
/** A list of two or three people after a title, closed by what they do (省领导费高云、单向前参加). */
const PEOPLE_AFTER_TITLE = /([\u4e00-\u9fff]{2,4})、([\u4e00-\u9fff]{2,4}?)(?:、([\u4e00-\u9fff]{2,4}?))?(?=参加|出席|陪同|等[同领人])/g;

/**
 * 省领导费高云、单向前参加: people listed after a title and before what they do, none of whom the model read, are people
 * where each looks like a Chinese name (a surname and one or two characters, no plain word).
 */
export function peopleListedAfterTitles<T extends { start: number; end: number; label: string }>(
  text: string,
  spans: T[],
  make: (s: { start: number; end: number; label: T['label'] }) => T,
  lex?: Lexicon,
): T[] {
  if (text.indexOf('、') < 0) return spans;
  const added: T[] = [];
  for (const m of text.matchAll(PEOPLE_AFTER_TITLE)) {
    // The first item carries the title before it (省领导 + 费高云): find the name at its end.
    const end1 = m.index! + m[1].length;
    const first = [3, 2].map((k) => m[1].slice(-k)).find((name) => {
      const before = text.slice(Math.max(0, end1 - name.length - 5), end1 - name.length);
      return looksLikeName(name) && endsInTitleOrLeaders(before);
    });
    if (!first) continue;
    const names = [first, m[2], m[3]].filter((x): x is string => x !== undefined);
    if (!names.every((n) => looksLikeName(n) && !isPlainWord(lex, n))) continue;
    let at = m.index! + m[1].length - first.length;
    const items = names.map((n) => {
      const start = text.indexOf(n, at);
      at = start + n.length;
      return { start, end: start + n.length };
    });
    if (items.some((it) => overlapsAny(spans, it.start, it.end))) continue;
    for (const it of items) added.push(make({ ...it, label: 'PER' }));
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

function endsInTitle(s: string): boolean {
  for (let k = 2; k <= 5 && k <= s.length; k++) if (TITLE_SET.has(s.slice(-k))) return true;
  return false;
}

/** What a list of people opens after: a title, or 领导 (市领导冉进、但彦铮). */
function endsInTitleOrLeaders(s: string): boolean {
  return endsInTitle(s) || s.endsWith('领导');
}

const ITEM_END = /[、等，。；和及与”）]/;
const ITEM_START = /[、，。；：“（\s]/;

/** End of a list item starting at `from`: the next delimiter within seven characters, or -1. */
function itemEnd(text: string, from: number): number {
  for (let j = from; j < text.length && j <= from + 7; j++) if (ITEM_END.test(text[j])) return j;
  return from + 7 >= text.length ? text.length : -1;
}

/** Start of a list item ending at `to`: just after the previous delimiter within seven characters, or -1. */
function itemStart(text: string, to: number): number {
  for (let j = to - 1; j >= 0 && j >= to - 7; j--) if (ITEM_START.test(text[j])) return j + 1;
  return to - 7 <= 0 ? 0 : -1;
}

const MEDIA_HEADS = /^(?:日报社|日报|晚报|晨报|商报|时报|早报|都市报|青年报|报社|电视台|广播电台|广播电视台|融媒体中心)/;

/**
 * A place followed by a media head is the outlet (重庆 + 日报 → ORG), and an outlet written with its
 * group's brand and a hyphen (新X-X日报) includes the brand.
 */
export function placeMedia(text: string, spans: LabelledSpan[]): LabelledSpan[] {
  return spans.map((s) => {
    let out = s;
    if (s.label === 'LOC') {
      const m = MEDIA_HEADS.exec(text.slice(s.end, s.end + 6));
      if (m) out = { start: s.start, end: s.end + m[0].length, label: 'ORG' };
    }
    if (out.label === 'ORG' && /[-－]/.test(text[out.start - 1] ?? '')) {
      const brand = /(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})$/.exec(text.slice(Math.max(0, out.start - 6), out.start - 1));
      if (brand && (out.start - 1 - brand[1].length === 0 || brand[0].length > brand[1].length)) {
        out = { ...out, start: out.start - 1 - brand[1].length };
      }
    }
    return out;
  });
}
