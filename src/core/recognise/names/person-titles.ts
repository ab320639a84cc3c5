import { LabelledSpan } from './tags';
import { LEX, Lexicon } from './lexicon';
import { isPlainWord, Scored } from './list-rules';
import { looksLikeName } from './rules';
import { concatInTextOrder } from '../../text/sorted-spans';
import { overlapsAny } from './span-edges';

/**
 * 市委副书记曾令举参加, 二级巡视员向进出席, 政府副县长成波，: a name right after an official's title, before a
 * break or a verb of attending or speaking, is a person. The model leaves out names it has not seen whose
 * characters also make words (令举, 在岗); the title and the verb say what they are.
 */
const OFFICIAL_TITLE =
  '(?:党组书记|党委书记|书记|主任|主席|省长|市长|县长|区长|镇长|乡长|局长|厅长|部长|处长|巡视员|调研员|秘书长|院长|校长|所长|主委|委员|常委|行长|会长|理事长|社长|主编|总编辑|馆长|检察长|院士|教授|法官|检察官|总经理|董事长|总裁|总监|总干事|干事长|大使|领事|总领事)';
const AFTER_NAME =
  '(?=[，。、；：（）“”\\s]|参加|出席|主持|陪同|调研|表示|指出|强调|介绍|讲话|致辞|一行|带队|率队|会见|看望|慰问|要求|宣布|认为|透露|说|称|通报|等|在|到|赴|前往|分别|一同|同志|及|$)';
/** What goes on from a title into another word (主任医师, 主席国, 院长任上, 主席纪念堂). */
const NOT_AFTER_TITLE = '(?!医师|助理|委员会|团|处|级|国|任上|任内|纪念|热线|信箱|办公|令|候选)';
const PERSON_AFTER_TITLE = new RegExp(`${OFFICIAL_TITLE}${NOT_AFTER_TITLE}([\\u4e00-\\u9fff]{2,3}?)${AFTER_NAME}`, 'g');
/** A surname-like character and a verb (部长曾表示): an adverb or a preposition and the verb, no name. */
const VERB_AFTER_FIRST = /^(?:表示|指出|强调|介绍|认为|透露|说|参加|出席|主持|陪同|调研|讲话|致辞|会见|看望|要求|宣布)/;
/** A third character that is a word of its own after a two-character name: a time, an adverb or 率 (leads: 张三今出席, 祝勤率调研组). */
const NOT_THIRD = /[今昨明曾将已又亦均特专再也都就还才在于对为和与及等率带称]/;
/** Characters that make a run no name: function words (书记和市长, 主任等人). */
const NOT_IN_NAME = /[等的了都也就还才只是和与及们]/;

export function peopleAfterOfficialTitles<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  const added: T[] = [];
  const lengthened = new Map<T, number>();
  const relabelled = new Set<T>();
  for (const m of text.matchAll(PERSON_AFTER_TITLE)) {
    const name = m[1];
    const start = m.index! + m[0].length - name.length;
    const end = start + name.length;
    if (!looksLikeName(name) || NOT_IN_NAME.test(name) || VERB_AFTER_FIRST.test(name.slice(1))) continue;
    // 常务副县长金溪，: a name the dictionary knows as a person's and a place's (金溪, a county), which the model read as the
    // place; the title before it and the break after it show the person.
    const cls = lex.lookup(name);
    if (cls & LEX.PER && cls & LEX.LOC && !(cls & LEX.ORG)) {
      const place = spans.find((o) => o.label === 'LOC' && o.start === start && o.end === end);
      if (place && !spans.some((o) => o !== place && o.start < end && start < o.end)) {
        relabelled.add(place);
        continue;
      }
    }
    if (isPlainWord(lex, name) || cls & (LEX.LOC | LEX.ORG)) continue;
    // 市长覃伟中出席 read as 覃伟: a person the model ended one character short of a three-character name
    // that only the longer reading ends before a break or a verb (the shorter would have matched first).
    const short = name.length === 3 && !NOT_THIRD.test(name[2]) ? spans.find((o) => o.label === 'PER' && o.start === start && o.end === end - 1) : undefined;
    if (short && !spans.some((o) => o !== short && o.start < end && start < o.end)) {
      lengthened.set(short, end);
      continue;
    }
    // 管委会主任孙殿镇，: a name ending like a town the model read as one, where the title shows a person.
    const town = /[镇村乡]$/.test(name) ? spans.find((o) => o.label === 'LOC' && o.start === start && o.end === end && o.confidence < 0.9) : undefined;
    if (town && !spans.some((o) => o !== town && o.start < end && start < o.end)) {
      relabelled.add(town);
      continue;
    }
    if (overlapsAny(spans, start, end)) continue;
    added.push(make({ start, end, label: 'PER' }));
  }
  let out = lengthened.size ? spans.map((o) => (lengthened.has(o) ? { ...o, end: lengthened.get(o)! } : o)) : spans;
  if (relabelled.size) out = out.map((o) => (relabelled.has(o) ? { ...o, label: 'PER' } : o));
  return added.length ? concatInTextOrder(out, added) : out;
}

/**
 * 裘新任复旦大学党委书记, 邱水平任北京大学校长: a name at the start of a clause before 任 (takes office as)
 * and the organisation whose office it is, is a person; news of appointments names people the model has
 * never seen.
 */
const BEFORE_APPOINTMENT = /(?<=^|[，。；：、\s])([\u4e00-\u9fff]{2,3}?)(?:任|出任|担任|兼任|调任)/g;

export function peopleBeforeAppointments<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (!text.includes('任')) return spans;
  const added: T[] = [];
  for (const m of text.matchAll(BEFORE_APPOINTMENT)) {
    const name = m[1];
    const start = m.index!;
    const end = start + name.length;
    // The office is an organisation read right after the verb.
    if (!spans.some((s) => s.label === 'ORG' && s.start === m.index! + m[0].length)) continue;
    if (!looksLikeName(name) || NOT_IN_NAME.test(name) || isPlainWord(lex, name) || lex.lookup(name) & (LEX.LOC | LEX.ORG)) continue;
    // 曾出任, 由时任, 王伟曾任: a word of office (出任, 时任, 新任) or an adverb, not a name, stands before the office.
    if (/^[由现新历已将又再]|[由现新历已将又再曾拟先后均]$/.test(name) || lex.isWordAt(text, end - 1)) continue;
    if (overlapsAny(spans, start, end)) continue;
    added.push(make({ start, end, label: 'PER' }));
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}

const PLACE_END = /[村镇乡县市省州岛庄园营寨山湖河江街路宫堂馆]$/;
const MEETING_AFTER = /^(?:会晤|会谈|考察|之行|访问|举行|峰会)/;
/** Titles a foreign leader or figure is named right after (东帝汶总统奥尔塔, 泰国总理斯雷塔). */
const LEADER_TITLE_BEFORE = /(?:总统|副总统|总理|首相|国王|女王|王储|外长|外交部长|国防部长|总书记|主席|议长|领导人|领袖|大亨|主帅|主教练|球员|教练)$/;

/**
 * 东帝汶总统奥尔塔, 越共总书记苏林: a foreign name the model reads as a place right after a leader's title is the
 * person, unless the dictionary or the gazetteer knows it as a place (总统府 is no name after 总统; 美国总统
 * 北京之行 has no place read right after the title).
 */
export function leadersNotPlaces<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s) => {
    if (s.label !== 'LOC' || s.end - s.start < 2 || !LEADER_TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 5), s.start))) return s;
    const name = text.slice(s.start, s.end);
    // A place the dictionary knows, one ending in a place's head (海湖庄园, 十八洞村), or one before a meeting or visit.
    if (lex.lookup(name) & (LEX.LOC | LEX.NAME_LOC | LEX.ORG) || PLACE_END.test(name) || MEETING_AFTER.test(text.slice(s.end, s.end + 2))) return s;
    return { ...s, label: 'PER' };
  });
}

/**
 * 杨浦区长周海鹰, 某县长张三: the suffix of a division before 长 and a person's name is the head of the title (区长, 县长);
 * the place is named without it (杨浦), as the model already reads 重庆 of 重庆市长.
 */
export function placesBeforeHeadsTitles<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (text.indexOf('长') < 0) return spans;
  return spans.map((s, k) => {
    if (s.label !== 'LOC' || s.end - s.start < 3 || !/[省市区县州镇乡]/.test(text[s.end - 1]) || text[s.end] !== '长') return s;
    const next = spans[k + 1];
    return next && next.label === 'PER' && next.start === s.end + 1 ? { ...s, end: s.end - 1 } : s;
  });
}
