import { Scored } from './list-rules';
import { isHan } from './lists';
import { LEX, Lexicon } from './lexicon';
import { isGazetteerPlace } from './gazetteer-places';
import { betweenBrackets, overlapsAny, replacedBy } from './span-edges';
import { concatInTextOrder } from '../../text/sorted-spans';

/**
 * What names a town right before its name: a kind of town (中部重镇霍姆斯, 第三大城市阿勒颇) or a verb of
 * war only a place is the object of (攻占了阿勒颇, 撤出苏贾).
 */
const TOWN_BEFORE = /(?:重镇|城市|首都|首府|港口|港城|省会|小镇|城镇|边境城市|攻占了?|占领了?|攻入|夺取了?|收复了?|撤出了?|撤离了?|围攻|轰炸了?|空袭了?|炮击了?)$/;

/** Confidence of such a place: above the model's reading of the name as a person elsewhere in the article. */
export const FOREIGN_PLACE_CONFIDENCE = 0.9;

/** What follows a person, not a place (在江华同志的陪同下). */
const PERSON_AFTER = /^(?:同志|先生|女士|的陪同|陪同|等人|一行|书记|市长|县长|主任)/;
/** A verb of place right before a name (来梁平, 在梁平期间, 落户铜梁). */
const PLACE_VERB_BEFORE = /(?:[来在到赴]|前往|走进|落户|抵达|位于)$/;

/**
 * 霍姆斯, 阿勒颇, 代尔祖尔: foreign towns written by their sounds look to the model like foreign people's
 * names. A "person" right after a kind of town or a verb of war is the town; so is a county of China's
 * gazetteer after a verb of place (来梁平: jieba knows 梁平 as a name too). The document pass gives its
 * other mentions the same label (the place's confidence is above the model's).
 */
export function townsReadAsPeople<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s) => {
    if (s.label !== 'PER') return s;
    const before = text.slice(Math.max(0, s.start - 5), s.start);
    const county = PLACE_VERB_BEFORE.test(before) && isGazetteerPlace(lex, text.slice(s.start, s.end)) && !PERSON_AFTER.test(text.slice(s.end, s.end + 3));
    if (!TOWN_BEFORE.test(before) && !county) return s;
    return { ...s, label: 'LOC', confidence: Math.max(s.confidence, FOREIGN_PLACE_CONFIDENCE) };
  });
}

/**
 * Words that hold one-character names of places (GUIDELINES: a one-character abbreviation is LOC), with the
 * offsets of those characters: 台独, 港台, 港澳台, 全华班 (an all-Chinese team), and 美 of 中美元首, which the
 * dictionary's 美元 (US dollar) hides. The model reads them as words and marks nothing, or 中 alone. Not 中外
 * (abbreviationsNoPlaces).
 */
const COMPOUNDS: ReadonlyArray<[RegExp, number[]]> = [
  [/台独/g, [0]],
  [/港澳台/g, [0, 1, 2]],
  [/港台(?![风])/g, [0, 1]],
  [/全华班/g, [1]],
  [/[中俄日韩朝印英法德欧乌伊]美元首/g, [0, 1]],
];
/** A character every compound holds: most paragraphs hold none. */
const ANY_COMPOUND = /台独|港台|华班|美元首/;

export function abbreviationsInCompounds<T extends Scored>(
  text: string,
  spans: T[],
  make: (s: { start: number; end: number; label: 'LOC' }) => T,
  lex: Lexicon,
): T[] {
  if (!ANY_COMPOUND.test(text)) return spans;
  const added: T[] = [];
  for (const [pattern, offsets] of COMPOUNDS) {
    for (const m of text.matchAll(pattern)) {
      // Inside longer words: 其中 | 外资, 高中 | 外语, 平台 | 独家, 舞台 | 独白.
      const at = m.index!;
      if (lex.isWordAt(text, at - 1) || (m[0].length === 2 && lex.isWordAt(text, at + 1) && !lex.isWordAt(text, at))) continue;
      for (const k of offsets) {
        const start = at + k;
        if (!overlapsAny(spans, start, start + 1) && !overlapsAny(added, start, start + 1)) added.push(make({ start, end: start + 1, label: 'LOC' }));
      }
    }
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}

/** Characters of names written by their sounds (苏米亚巴扎尔, 阿尔特曼): few Chinese given names hold them. */
const SOUND_CHARACTERS = new Set(
  '阿埃艾安奥巴拜班邦贝本比彼宾波伯布查达戴丹德迪蒂杜多厄恩法菲费芬弗福伽盖冈戈格哈赫亨霍基吉加贾杰卡凯坎柯科克库拉莱赖兰朗劳勒雷里利列琳卢鲁伦罗洛马迈曼梅蒙米莫姆穆纳奈内尼涅努诺帕佩皮普奇乔切萨塞桑瑟森沙莎舍施什斯索塔泰坦特提图托瓦旺威韦维温沃乌伍西希谢辛亚扬伊尤约扎詹兹佐尔夫娃娜茨耶顿毛历山甫钦大'.split(''),
);

/** Whether every character of `s` is one that names written by their sounds use (尔 of 戴尔). */
export function soundsOnly(s: string): boolean {
  return [...s].every((c) => SOUND_CHARACTERS.has(c));
}

/**
 * 苏米亚 | 巴扎尔: two people the model reads side by side, with nothing between them, are one foreign
 * name when it is long and written almost wholly in sound characters (Chinese names in a row are set apart).
 */
export function soundNamesJoined<T extends Scored>(text: string, spans: T[]): T[] {
  let out: T[] | undefined;
  for (let k = spans.length - 1; k > 0; k--) {
    const a = (out ?? spans)[k - 1];
    const b = (out ?? spans)[k];
    if (a.label !== 'PER' || b.label !== 'PER' || a.end !== b.start) continue;
    const name = text.slice(a.start, b.end);
    if (name.length < 5) continue;
    let sound = 0;
    for (const c of name) if (SOUND_CHARACTERS.has(c)) sound++;
    if (sound < name.length * 0.8) continue;
    (out ??= spans.slice()).splice(k - 1, 2, { ...a, end: b.end, confidence: Math.max(a.confidence, b.confidence) });
  }
  return out ?? spans;
}

/** What bounds a name in a list or a clause: a break or a list's comma. */
const NAME_BOUND = /[、，。；：！？（）“”《》\s]/;
/** Characters no part of a name holds (功能词). */
const NOT_IN_FOREIGN_NAME = /[的了是在和与及等为对将被把从向于也都就还又]/;
/** The longest piece of a dotted name the model may leave out on either side. */
const MAX_LEFT_OUT = 4;

/**
 * 毛里 + 夏里甫·哈帕, 图尔钦·亚 + 历山大: a foreign name written with a dot that the model starts or ends
 * inside reaches to the break or list comma close on that side (four characters at most, no function word).
 */
export function dottedNamesWhole<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('·') < 0) return spans;
  return spans.map((s, k) => {
    if (s.label !== 'PER' || text.slice(s.start, s.end).indexOf('·') < 0) return s;
    let start = s.start;
    let end = s.end;
    const left = reachToBound(text, s.start, -1);
    if (left >= 0 && !(k > 0 && spans[k - 1].end > left)) start = left;
    // On the right only a name cut one character after its dot (图尔钦·亚 + 历山大).
    const name = text.slice(s.start, s.end);
    const right = name.length - name.lastIndexOf('·') === 2 ? reachToBound(text, s.end, 1) : -1;
    if (right >= 0 && !(k + 1 < spans.length && spans[k + 1].start < right)) end = right;
    return start === s.start && end === s.end ? s : { ...s, start, end };
  });
}

/**
 * From `at` in direction `dir`, the position of a bound within MAX_LEFT_OUT sound characters, or -1 (also when
 * at is a bound, or a character on the way is no sound character: 总统 + 唐纳德·特朗普 + 表示).
 */
function reachToBound(text: string, at: number, dir: 1 | -1): number {
  let i = at;
  for (let n = 0; n <= MAX_LEFT_OUT; n++) {
    const c = dir < 0 ? text[i - 1] : text[i];
    if (c === undefined || NAME_BOUND.test(c)) return n === 0 ? -1 : i;
    if (!SOUND_CHARACTERS.has(c) || NOT_IN_FOREIGN_NAME.test(c)) return -1;
    i += dir;
  }
  return -1;
}

/** Hyphens a foreign name's parts are joined with in the press (卡马乔-奎茵, 弗拉基米尔-普京). */
const HYPHEN = /[-－‐‑]/;
/** Characters that end a foreign name's part the model left out: a break, a function word or a verb after it. */
const AFTER_NAME_PART = /[、，。；：！？（）“”《》\s的了是在和与及等为对将被把从向于也都就还又以跑创个说表称]/;
/** The share of sound characters a name joined at its hyphen must have (王楚钦-孙颖莎, a pair of players, has 2 of 6). */
const SOUND_SHARE = 0.6;

/**
 * 卡马乔-奎茵, 托比-阿穆桑, 马赛-拉塞尔, 弗拉基米尔-普京: a foreign name whose parts are joined by a hyphen is one
 * person (the sets of current news mark 9 of 9 whole), where the model reads a part as a person and the other as a
 * person, a place or nothing. Not two Chinese names joined so (a pair of players, 王楚钦-孙颖莎), nor places or
 * organisations (新重庆-重庆日报, 中国-东盟), which hold no person.
 */
export function hyphenatedNamesWhole<T extends Scored>(text: string, spans: T[]): T[] {
  if (!HYPHEN.test(text)) return spans;
  let out = spans;
  for (let h = 1; h + 1 < text.length; h++) {
    if (!HYPHEN.test(text[h]) || !isHan(text.charCodeAt(h - 1)) || !isHan(text.charCodeAt(h + 1))) continue;
    const left = out.find((o) => o.end === h);
    const right = out.find((o) => o.start === h + 1);
    if ((left && left.label === 'ORG') || (right && right.label === 'ORG')) continue;
    if (left?.label !== 'PER' && right?.label !== 'PER') continue;
    const start = left ? left.start : partEnd(text, h - 1, -1);
    const end = right ? right.end : partEnd(text, h + 1, 1);
    if (start < 0 || end < 0 || out.some((o) => o !== left && o !== right && o.start < end && start < o.end)) continue;
    let sound = 0;
    let letters = 0;
    for (let i = start; i < end; i++) {
      if (i === h) continue;
      letters++;
      if (SOUND_CHARACTERS.has(text[i])) sound++;
    }
    if (sound < letters * SOUND_SHARE) continue;
    const person = (left?.label === 'PER' ? left : right)!;
    const parts = [left, right].filter((o): o is T => o !== undefined);
    out = replacedBy(out, parts, { ...person, start, end, label: 'PER', confidence: Math.max(...parts.map((o) => o.confidence)) });
  }
  return out;
}

/**
 * From the character at `from`, moving by `dir`, where a part of two to four characters the model left out ends
 * (exclusive on the right, inclusive on the left), or -1.
 */
function partEnd(text: string, from: number, dir: 1 | -1): number {
  let i = from;
  let n = 0;
  while (i >= 0 && i < text.length && isHan(text.charCodeAt(i)) && !AFTER_NAME_PART.test(text[i]) && n < 5) {
    i += dir;
    n++;
  }
  if (n < 2 || n > 4) return -1;
  return dir > 0 ? i : i + 1;
}

/** A place the dictionary knows, and as no person unless the gazetteer gives the place (海晏, 滕州: counties jieba also tags as names). */
function isPlaceNotPerson(lex: Lexicon, word: string): boolean {
  const cls = lex.lookup(word);
  return (cls & LEX.LOC) !== 0 && ((cls & LEX.PER) === 0 || isGazetteerPlace(lex, word));
}

/** What continues a dotted pair of places into an outlet's name. */
const OUTLET_AFTER = /^(?:日报|晚报|报|网|新闻|电视|广播|客户端|融媒)/;

/**
 * 吉林·陕西企业家座谈会, 临沂·海晏对口支援: two places the dictionary knows joined by a dot, which the model reads as one
 * foreign person; each is a place of its own. A part the dictionary also knows as a person keeps the reading, unless the
 * gazetteer gives it as a county.
 */
export function dottedPlacesApart<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  if (text.indexOf('·') < 0) return spans;
  let out = spans;
  for (const s of spans) {
    if (s.label !== 'PER') continue;
    const parts = text.slice(s.start, s.end).split('·');
    if (parts.length < 2 || !parts.every((p) => p.length >= 2 && isPlaceNotPerson(lex, p))) continue;
    // 新甘肃·甘肃日报: an outlet's name the outlet rules read whole; 中国移动（甘肃·庆阳）数据中心: a site in brackets inside a name.
    if (OUTLET_AFTER.test(text.slice(s.end, s.end + 3)) || betweenBrackets(text, s.start, s.end)) continue;
    const places: T[] = [];
    let at = s.start;
    for (const p of parts) {
      places.push({ ...s, start: at, end: at + p.length, label: 'LOC' });
      at += p.length + 1;
    }
    out = concatInTextOrder(out.filter((o) => o !== s), places);
  }
  return out;
}

/** Words before a name the model reads into it (连梅西都…, 对姆巴佩): not sound characters. */
const WORD_BEFORE_SOUND_NAME = /^[连对与被让给把]$/;
/** 连 … 都 / 也 (even): 连 before a name is the adverb only where 都 or 也 follows; otherwise it is a surname (连德安). */
const EVEN_AFTER = /^[^，。；！？]{0,8}?[都也]/;
/** One character before a name that is a word of its own, not the name's first sound (比姆巴佩还高, 大罗纳尔多, 约…). */
const NOT_FIRST_SOUND = /[比大约和与及为在从对向把被让给将等加新老小]/;
/** Words after a name the model reads into it (辛纳曾以, 杜埃打近角): adverbs and verbs, not sound characters. */
const WORD_AFTER_SOUND_NAME = /^[曾打以在将已也又还则和与]$/;

/**
 * Foreign names written by their sounds, which the model reads a character off: 内 + 马尔 (a name after a list's comma
 * begins there), 连 | 梅西 (连…都, even), 辛纳 | 曾 (an adverb), 杜埃 | 打 (a verb). The name must be all sound
 * characters once put right, two to six of them.
 */
export function soundNameEdges<T extends Scored>(text: string, spans: T[]): T[] {
  return spans.map((s, k) => {
    if (s.label !== 'PER') return s;
    const name = text.slice(s.start, s.end);
    if (name.length >= 3 && WORD_BEFORE_SOUND_NAME.test(name[0]) && soundsOnly(name.slice(1)) && (name[0] !== '连' || EVEN_AFTER.test(text.slice(s.end, s.end + 10)))) {
      return { ...s, start: s.start + 1 };
    }
    if (name.length >= 3 && WORD_AFTER_SOUND_NAME.test(name[name.length - 1]) && soundsOnly(name.slice(0, -1))) return { ...s, end: s.end - 1 };
    const prev = spans[k - 1];
    const before = text[s.start - 1] ?? '';
    if (
      name.length >= 2 && name.length <= 5 && soundsOnly(name) && SOUND_CHARACTERS.has(before) && !NOT_FIRST_SOUND.test(before) &&
      (s.start < 2 || NAME_BOUND.test(text[s.start - 2])) && !(prev && prev.end >= s.start)
    ) {
      return { ...s, start: s.start - 1 };
    }
    return s;
  });
}

/** An administrative suffix or a port after a foreign place (西哈努克 + 省, 西哈努克 + 港); not a title or a word that opens with it (省长, 省下, 港元). */
const FOREIGN_PLACE_SUFFIX = /^(?:省(?![长委下去钱力心事得])|州(?![长委])|港(?![口元币股]))/;

/**
 * 西哈努克省, 西哈努克港: a name written by its sounds that the model reads as a person, right before a province's, state's or
 * port's suffix, is the place with its suffix (GUIDELINES: a place with its administrative suffix).
 */
export function soundPeopleBeforePlaceSuffixes<T extends Scored>(text: string, spans: T[]): T[] {
  if (!/[省州港]/.test(text)) return spans;
  const out: T[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.label !== 'PER' || s.end - s.start < 3 || !FOREIGN_PLACE_SUFFIX.test(text.slice(s.end, s.end + 2)) || !soundsOnly(text.slice(s.start, s.end))) {
      out.push(s);
      continue;
    }
    // The suffix read alone as a place (西哈努克 | 港) goes into the name; a longer name read there keeps the person.
    const next = spans[k + 1];
    const suffixAlone = next !== undefined && next.start === s.end && next.end === s.end + 1;
    if (next && next.start <= s.end && !suffixAlone) {
      out.push(s);
      continue;
    }
    out.push({ ...s, end: s.end + 1, label: 'LOC' });
    if (suffixAlone) k++;
  }
  return out;
}
