import { LabelledSpan } from './tags';
import { Scored } from './list-rules';
import { takeInside } from './span-edges';

/**
 * Drugs are products, no names (GUIDELINES), but their coined names read like people and places to the model
 * (紫杉醇, 美洛昔康, 信迪利单抗, 赖诺普利, 昂拉地韦颗粒, 维立西呱原料药): lists of approvals name a drug by its form (注射液, 胶囊, 片,
 * 颗粒, 原料药, 制剂) and its maker in
 * brackets after it, 呋喹替尼胶囊（和记黄埔医药（上海））.
 */
const DOSAGE_FORM = /(?:注射液|注射剂|冻干粉|胶囊|口服溶液|口服液|滴眼液|滴鼻液|混悬液|乳膏|软膏|凝胶|喷雾剂|气雾剂|吸入剂|贴剂|缓释片|控释片|分散片|肠溶片|口崩片|泡腾片|片|单抗|颗粒|原料药|制剂)/g;
/**
 * 片, 颗粒, 原料药 and 制剂 end a drug after a syllable of its coined name (氨氯地平片, 吡洛西利片, 昂拉地韦颗粒, 维立西呱原料药), not
 * after a word (芯片, 影片, 贺岁片, 卡片, 小麦颗粒, 中药制剂).
 */
const DRUG_SYLLABLE_BEFORE_TABLET = /[平利林汀尼唑酮韦素胺醇酸钠钾芬松定西普沙坦洛啶嗪塞酯肽胍呱酚因诺星霉莫特班替隆司曲]/;
/** The forms that also end words of other kinds. */
const FORM_OF_WORDS = /^(?:片|颗粒|原料药|制剂)$/;
/** What goes on from a form into a longer word (片区, 单抗体, 胶囊厂): no drug's form there. */
const FORM_RUNS_ON = /^[厂区体机器业店壳型式状物料剂化面]/;
/** Where a drug's name begins, read backwards: a break, a particle or conjunction (Roche 的 | 伊那利塞片). */
const BEFORE_DRUG = /[^\u4e00-\u9fff]|[的和及与、是为将获由对]/;
/** Verbs of taking, buying or making a drug, which end its name read backwards. */
const VERB_BEFORE_DRUG = /^(?:服用|使用|吃了|采购|购买|生产|研发|研制|销售|开具|开出|推出|获得|引进|选用|停用|联用|合用|服下|需要|建议)$/;
/** The longest drug name, form included (注射用甲苯磺酸钠烟酰胺注射液 is fifteen). */
const MAX_DRUG = 18;
/** A maker's name ends in its trade, or in its place in brackets (三生国健药业（上海）). */
const MAKER_END = /(?:药业|制药|医药|生物|药品|药厂|集团|公司|科技|控股|股份|实业|健康|生命科技|[A-Za-z])$/;
/** A spec in brackets after a form, before the maker: （Ⅲ）, （Ⅰ）, （10mg）. */
const SPEC = /^[（(][ⅠⅡⅢⅣⅤ0-9０-９A-Za-z.%/]{1,10}[）)]/;

/**
 * How far before its form a person or place read inside a drug's name may end: a coined name runs up to the form or a
 * word of it (布洛芬 | 缓释胶囊, 伏维 | 西利胶囊); farther, it is a name in the sentence before the drug (张文宏推荐布洛芬…,
 * 张伟手绘卡片), except a span that runs into the form itself (伊那利塞片).
 */
const NEAR_FORM = 2;

/** The drug names of a text: [start, end) of each, its form included, and where its form starts. */
function drugs(text: string): Array<{ start: number; end: number; form: number }> {
  const out: Array<{ start: number; end: number; form: number }> = [];
  for (const m of text.matchAll(DOSAGE_FORM)) {
    const at = m.index!;
    const end = at + m[0].length;
    if (FORM_RUNS_ON.test(text.slice(end, end + 1))) continue;
    if (FORM_OF_WORDS.test(m[0]) && !DRUG_SYLLABLE_BEFORE_TABLET.test(text[at - 1] ?? '')) continue;
    let start = at;
    // 张伟服用 | 布洛芬缓释胶囊: a verb of taking, buying or making before it ends the run back.
    while (start > 0 && end - start < MAX_DRUG && !BEFORE_DRUG.test(text[start - 1]) && !(start >= 2 && VERB_BEFORE_DRUG.test(text.slice(start - 2, start)))) start--;
    // A drug has a name before its form (not 胶囊 or 单抗 alone, nor 这种胶囊).
    if (at - start < 2) continue;
    out.push({ start, end, form: at });
  }
  return out;
}

/**
 * People and places read inside a drug's name go (紫杉醇口服溶液, 美洛昔康注射液, 门冬氨酸帕瑞肽注射液); the maker in brackets
 * right after its form (or after a spec, 滴眼液（Ⅲ）（广东众生药业）) is one organisation, its place in brackets included
 * (信达生物制药（苏州）), replacing the places and people read inside it.
 */
export function drugsAndTheirMakers<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  if (!/注射|胶囊|口服|滴眼|滴鼻|混悬|乳膏|软膏|凝胶|喷雾|气雾|吸入|贴剂|片|单抗|冻干|颗粒|原料药|制剂/.test(text)) return spans;
  const found = drugs(text);
  if (!found.length) return spans;
  let out = spans.filter((s) => s.label === 'ORG' || !found.some((d) => d.start <= s.start && s.end <= d.end && d.form - s.end <= NEAR_FORM));
  for (const d of found) {
    let open = d.end;
    const spec = SPEC.exec(text.slice(open, open + 12));
    if (spec) open += spec[0].length;
    if (!/[（(]/.test(text[open] ?? '')) continue;
    const close = closingBracket(text, open);
    if (close < 0) continue;
    const start = open + 1;
    const inner = text.slice(start, close);
    const withoutPlace = inner.replace(/[（(][\u4e00-\u9fff]{2,4}[）)]$/, '');
    // 盐酸匹米替尼胶囊（默克雪兰诺）: a name the model read over the whole bracket is the maker's too.
    const readWhole = out.some((o) => o.start === start && o.end === close);
    if (withoutPlace.length < 2 || !(readWhole || MAKER_END.test(withoutPlace)) || /[，。、；：0-9０-９]/.test(inner)) continue;
    out = takeInside(out, make({ start, end: close, label: 'ORG' })) ?? out;
  }
  for (const d of found) if (text[d.start - 1] === '的') out = makerBefore(text, out, d.start - 1, make);
  return out;
}

/** A Latin maker's name right before 的 (Roche 的, Genor Biopharma 的). */
const LATIN_MAKER = /(?:^|[^A-Za-z])([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}) ?$/;

/**
 * 轩竹生物的吡洛西利片, 锦州奥鸿药业的枸橼酸伏维西利胶囊, Roche 的伊那利塞片: the maker named before 的 and a drug, from the
 * first name read in its run (轩竹 | 生物, 锦州 | 奥 | 鸿 | 药业) to 的, ending in a trade — or a Latin name.
 */
function makerBefore<T extends Scored>(text: string, spans: T[], de: number, make: (s: LabelledSpan) => T): T[] {
  const latin = LATIN_MAKER.exec(text.slice(Math.max(0, de - 30), de));
  if (latin) {
    const end = de - (latin[0].endsWith(' ') ? 1 : 0);
    return takeInside(spans, make({ start: end - latin[1].length, end, label: 'ORG' })) ?? spans;
  }
  let start = de;
  while (start > 0 && de - start < 12 && /[\u4e00-\u9fff]/.test(text[start - 1]) && !/[的和及与、]/.test(text[start - 1])) start--;
  const first = spans.find((o) => o.start >= start && o.start < de);
  if (!first || de - first.start < 3 || !MAKER_END.test(text.slice(first.start, de))) return spans;
  return takeInside(spans, make({ start: first.start, end: de, label: 'ORG' })) ?? spans;
}

/** The index of the bracket closing the one at `open` (one bracket may nest inside), or -1 within 30 characters. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length && i < open + 30; i++) {
    if (/[（(]/.test(text[i])) depth++;
    else if (/[）)]/.test(text[i]) && --depth === 0) return i;
  }
  return -1;
}

/**
 * The stems international nonproprietary names end in, as Chinese writes them (吡洛西利, 瑞格列汀, 艾玛昔替尼, 阿托伐他汀,
 * 缬沙坦, 塞来昔布, 奥美拉唑, 达格列净, 帕洛诺司琼).
 */
const INN_STEM = /(?:替尼|西利|列汀|他汀|沙坦|普利|地平|昔布|拉唑|列净|司琼|洛芬|沙星|单抗)$/;

/**
 * 泰瑞西利, 瑞格列汀, 吡洛西利: a drug's coined name of four characters or more, ending in a stem of the international names, read
 * as a person or a place where no dosage form follows it. Chinese names of people are shorter; foreign ones do not end so.
 */
export function coinedDrugNamesNoNames<T extends Scored>(text: string, spans: T[]): T[] {
  return spans.filter((s) => s.label === 'ORG' || s.end - s.start < 4 || !INN_STEM.test(text.slice(s.start, s.end)));
}
