import { Annotation, DateParts, NumValue } from '../../types';

/** A plain-text account of a NUM's value for hovers and the CLI: "270000000000 元 (2.7×10¹¹)". */
export function describeValue(a: Pick<Annotation, 'kind' | 'value'>): string {
  const v = a.value;
  if (!v) return '';
  if (a.kind === 'DATE' && v.date) {
    return v.dateEnd ? `${isoDate(v.date)} – ${isoDate(v.dateEnd)}` : isoDate(v.date);
  }
  const unit = v.unit ? ` ${v.unit}` : '';
  const approx = v.approx ? ' (more than)' : '';
  if (v.low !== undefined && v.high !== undefined) {
    return `${formatNumber(v.low, a.kind)} – ${formatNumber(v.high, a.kind)}${unit}${approx}`;
  }
  if (v.value === undefined) return unit.trim();
  const sci = Math.abs(v.value) >= 1e5 && a.kind !== 'PERCENT' ? ` (${scientific(v.value)})` : '';
  return `${formatNumber(v.value, a.kind)}${unit}${sci}${approx}`;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function isoDate(d: DateParts): string {
  const p2 = (n: number) => String(n).padStart(2, '0');
  let day = '';
  if (d.year !== undefined && d.month !== undefined && d.day !== undefined) day = `${d.year}-${p2(d.month)}-${p2(d.day)}`;
  else if (d.year !== undefined && d.month !== undefined) day = `${d.year}-${p2(d.month)}`;
  else if (d.year !== undefined) day = String(d.year);
  else if (d.month !== undefined && d.day !== undefined) day = `--${p2(d.month)}-${p2(d.day)}`;
  else if (d.month !== undefined) day = `--${p2(d.month)}`;
  else if (d.day !== undefined) day = `---${p2(d.day)}`;
  // A weekday stated beside a date, or alone (周二): its English name, as ISO 8601 numbers it.
  if (d.weekday !== undefined) day = day ? `${day} (${WEEKDAYS[d.weekday - 1]})` : WEEKDAYS[d.weekday - 1];
  if (d.hour === undefined) return day;
  // ISO 8601 time of day; a time without a date stands alone (15:30).
  const time = `${p2(d.hour)}:${p2(d.minute ?? 0)}`;
  return day ? `${day}T${time}` : time;
}

function formatNumber(x: number, kind: Annotation['kind']): string {
  if (kind === 'PERCENT') return `${trim(x * 100)}% (${trim(x)})`;
  return trim(x);
}

// Made once: toLocaleString builds a formatter per call, which was two thirds of `zhnews annotate`'s
// time on a large file. String() is exact for safe integers; the formatter avoids 1e+21 above them.
// Made on first use, not at load: building it costs 20–40 ms (ICU data), which the editor's
// extension host would pay at activation.
let integerFormat: Intl.NumberFormat | undefined;
const integer = () => (integerFormat ??= new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 0 }));

function trim(x: number): string {
  // Avoid binary noise such as 0.08800000000000001 while keeping integers exact.
  if (Number.isInteger(x)) return Number.isSafeInteger(x) ? String(x) : integer().format(x);
  return String(Number(x.toPrecision(12)));
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** 270000000000 → 2.7×10¹¹ */
export function scientific(x: number): string {
  if (x === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(x)));
  const mant = Number((x / 10 ** exp).toPrecision(6));
  const sup = String(exp)
    .split('')
    .map((c) => (c === '-' ? '⁻' : SUPERSCRIPT[Number(c)]))
    .join('');
  return `${mant}×10${sup}`;
}

export type { NumValue };
