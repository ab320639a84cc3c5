/**
 * Shared pieces of the property tests: how many cases each property runs, the hostile-text
 * arbitraries, and the span invariants every recogniser must keep.
 *
 * `npm test` runs a fixed-seed share (TEST_TOTAL cases spread by weight). `npm run fuzz`
 * (scripts/fuzz.mjs) sets FUZZ_RUNS (total, default 100,000) and FUZZ_SEED, and FUZZ_REPORT, a file
 * each property appends its count to so the script can print the figures.
 */
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { Annotation, ALL_LABELS, NUM_KINDS } from '../../src/core/types';

/** Relative weight of each property in the total budget; the names are what the report prints. */
export const WEIGHTS: Record<string, number> = {
  'numbers.hostile': 30,
  'numbers.long-line': 0.5,
  'numbers.describe': 8,
  'numbers.isoDate': 4,
  'numbers.scientific': 4,
  'annotate.hostile': 8,
  'annotate.sidecar-roundtrip': 2,
  'annotate.long-line': 0.2,
  'glossary.mutated-excerpt': 8,
  'glossary.mutated-full': 0.6,
  'glossary.bytes': 2,
  'matcher.random': 8,
  'matcher.reference': 8,
  'sidecar.parse-mutated': 8,
  'sidecar.import-mutated': 8,
  'sidecar.open-file': 1,
  'cards.escape': 6,
  'combine.resolve': 4,
  'combine.resolve-disjoint': 2,
  'combine.inside': 2,
  'combine.addWhereFree': 2,
};

const WEIGHT_SUM = Object.values(WEIGHTS).reduce((s, w) => s + w, 0);
/** Cases in the `npm test` share, all properties together. */
const TEST_TOTAL = 3000;

export const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

/** Number of cases for `property`: its weight's share of FUZZ_RUNS, or of the test share. */
export function runsFor(property: string): number {
  const w = WEIGHTS[property];
  if (w === undefined) throw new Error(`fuzz: no weight for ${property}`);
  const total = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : TEST_TOTAL;
  return Math.max(5, Math.round((total * w) / WEIGHT_SUM));
}

/** Runs one property with the configured seed and count, and records the count for the fuzz script. */
export function check<T>(property: string, arb: fc.Arbitrary<T>, predicate: (value: T) => void): void {
  const numRuns = runsFor(property);
  const started = Date.now();
  fc.assert(fc.property(arb, predicate), { seed: SEED, numRuns, includeErrorInReport: true });
  if (process.env.FUZZ_REPORT) {
    appendFileSync(process.env.FUZZ_REPORT, JSON.stringify({ property, runs: numRuns, seed: SEED, ms: Date.now() - started }) + '\n');
  }
}

// ---- hostile text ----

/** News-like fragments that make every recogniser work: names, places, bodies, numerals, units, dates. */
const NEWS = [
  '新华社北京1月20日电', '国家统计局局长康义', '在国新办新闻发布会上表示', '2023年', '国内生产总值', '超过126万亿元',
  '同比增长5.2%', '第三季度', '三千五百万', '二〇二四年十一月二十九日', '２０２４年１１月', '６０００元—７０００元/千瓦',
  '１２．５％', '百分之三十', '约3万余人', '前10名', '上海市人民政府', '张伟', '北京大学', '中国人民银行', '广东省深圳市',
  '重庆市发展改革委主任', '两重两新', '“33618”现代制造业集群体系', '新质生产力', '十四五', '1.5亿美元', '8.8%',
  '第一', '第十二届', '3—5年', '20日15时30分', '零点五', '壹佰贰拾叁元', '半年', '两千多家', '数十万', '一二三',
  'Ⅲ期', '¥1,234.56', '$3.5bn', '-273.15℃', '1e5', '０.５倍', '三成', '七折', '2.3万平方米', '年均增长6%以上',
];
/** Single characters that numbers, units and dates are built from. */
const NUM_CHARS = [...'0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟萬億.．,，%％‰—–-~～至到年月日时分秒元角亿万多余第个半点成倍ⅠⅡⅢⅣⅤ/·'];
/** Characters that break naive string code: astral, combining, controls, separators, BOM, specials. */
const HOSTILE = [
  '𠮷', '😀', '👨‍👩‍👧', '🇨🇳', '𝟙𝟚𝟛', '\u{20000}', '\u0301', '\u20dd', 'é', '\u0000', '\u0007', '\u001b[31m', '\u007f',
  '\u0085', '\u2028', '\u2029', '\u200b', '\u200d', '\u200e', '\u202e', '\ufeff', '\ufffd', '\uffff', '\r', '\n', '\r\n',
  '\n\n', '\t', '  ', '　', '“', '”', '‘', '’', '「', '」', '《', '》', '【', '】', '（', '）', '。', '，', '、', '；', '：',
  '[x](command:workbench.action.quit)', '<script>alert(1)</script>', '`', '**', '\\',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const fullWidth = fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c));
const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const combining = fc.integer({ min: 0x0300, max: 0x036f }).map((c) => String.fromCharCode(c));

/** One piece of hostile news text. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS) },
  { weight: 5, arbitrary: fc.array(fc.constantFrom(...NUM_CHARS), { minLength: 1, maxLength: 8 }).map((a) => a.join('')) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: fullWidth },
  { weight: 2, arbitrary: fc.array(cjk, { minLength: 1, maxLength: 6 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: combining },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** Up to `max` fragments joined: a paragraph or a few of hostile news text. */
export function hostileText(max = 40): fc.Arbitrary<string> {
  return fc.array(fragment, { maxLength: max }).map((a) => a.join(''));
}

/** A very long line: hostile text repeated to `minLength`…`maxLength` UTF-16 units, with no newline. */
export function longLine(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.tuple(hostileText(30), fc.integer({ min: minLength, max: maxLength })).map(([t, n]) => {
    const unit = t.replace(/[\r\n\u2028\u2029\u0085]/g, '') || '三千五百万元';
    return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  });
}

// ---- invariants ----

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True when a span edge at `i` would fall between the two halves of one astral character. */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

const ENTITY = new Set(['PER', 'ORG', 'LOC', 'NUM']);

/**
 * Throws (with what broke) unless `spans` are sorted, inside `text`, non-empty, never cut an astral
 * character, PER/ORG/LOC/NUM never overlap, and every NUM has a kind and finite values.
 */
export function assertSpanInvariants(text: string, spans: readonly Annotation[]): void {
  if (!Array.isArray(spans)) throw new Error('not an array');
  let prevStart = -1;
  let prevEnd = -1;
  let lastEntityEnd = 0;
  for (const a of spans) {
    const where = `${a.label} ${a.start}–${a.end} ${JSON.stringify(text.slice(a.start, a.end))}`;
    if (!Number.isInteger(a.start) || !Number.isInteger(a.end)) throw new Error(`non-integer offsets: ${where}`);
    if (!(a.start >= 0 && a.start < a.end && a.end <= text.length)) throw new Error(`outside bounds or empty: ${where} (length ${text.length})`);
    if (a.start < prevStart || (a.start === prevStart && a.end < prevEnd)) throw new Error(`not sorted: ${where} after ${prevStart}–${prevEnd}`);
    prevStart = a.start;
    prevEnd = a.end;
    if (splitsPair(text, a.start) || splitsPair(text, a.end)) throw new Error(`splits a surrogate pair: ${where}`);
    if (!(ALL_LABELS as readonly string[]).includes(a.label)) throw new Error(`unknown label: ${where}`);
    if (!(a.confidence >= 0 && a.confidence <= 1)) throw new Error(`confidence ${a.confidence}: ${where}`);
    if (ENTITY.has(a.label)) {
      if (a.start < lastEntityEnd) throw new Error(`entities overlap: ${where} starts before ${lastEntityEnd}`);
      lastEntityEnd = a.end;
    }
    if (a.label === 'NUM') {
      if (!a.kind || !(NUM_KINDS as readonly string[]).includes(a.kind)) throw new Error(`NUM without a kind: ${where}`);
      for (const k of ['value', 'low', 'high'] as const) {
        const v = a.value?.[k];
        if (v !== undefined && !Number.isFinite(v)) throw new Error(`NUM ${k} is ${v}: ${where}`);
      }
    }
    if (a.label === 'TERM' && !a.glossaryId) throw new Error(`TERM without glossaryId: ${where}`);
  }
}

/** A short, printable form of a failing input for messages and the README's list. */
export function show(s: string): string {
  return JSON.stringify(s.length > 200 ? s.slice(0, 200) + '…' : s);
}
