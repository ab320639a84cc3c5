/**
 * BIOES tags over characters for PER/ORG/LOC. Tag ids are fixed: they index the weight rows of the
 * model file, so changing the order breaks committed models.
 */
export type NameLabel = 'PER' | 'ORG' | 'LOC';
export const NAME_LABELS: readonly NameLabel[] = ['PER', 'ORG', 'LOC'];

export const TAGS: readonly string[] = [
  'O',
  'B-PER', 'I-PER', 'E-PER', 'S-PER',
  'B-ORG', 'I-ORG', 'E-ORG', 'S-ORG',
  'B-LOC', 'I-LOC', 'E-LOC', 'S-LOC',
];
export const NUM_TAGS = TAGS.length;
export const O = 0;

const enum Part { O, B, I, E, S }

function partOf(tag: number): Part {
  return tag === 0 ? Part.O : (((tag - 1) % 4) + 1) as Part;
}
function labelIndexOf(tag: number): number {
  return tag === 0 ? -1 : Math.floor((tag - 1) / 4);
}
export function tagId(part: 'B' | 'I' | 'E' | 'S', label: NameLabel): number {
  return 1 + NAME_LABELS.indexOf(label) * 4 + 'BIES'.indexOf(part);
}
export function labelOfTag(tag: number): NameLabel | undefined {
  return tag === 0 ? undefined : NAME_LABELS[labelIndexOf(tag)];
}

/** Whether `to` may follow `from` (from = -1: sentence start). */
export function allowed(from: number, to: number): boolean {
  const fp = from < 0 ? Part.O : partOf(from);
  const tp = partOf(to);
  const inside = fp === Part.B || fp === Part.I;
  if (inside) return (tp === Part.I || tp === Part.E) && labelIndexOf(from) === labelIndexOf(to);
  return tp === Part.O || tp === Part.B || tp === Part.S;
}

/** Whether a tag may end a sentence. */
export function allowedLast(tag: number): boolean {
  const p = partOf(tag);
  return p === Part.O || p === Part.E || p === Part.S;
}

/** For each tag, the tags allowed before it: the decoder only looks at these. */
export const PREDECESSORS: readonly Int32Array[] = TAGS.map((_, to) =>
  Int32Array.from(TAGS.map((__, from) => from).filter((from) => allowed(from, to))),
);

export interface LabelledSpan {
  start: number;
  end: number;
  label: NameLabel;
}

/** Spans → one tag per character (UTF-16 unit). Overlapping spans: the first one wins. */
export function spansToTags(length: number, spans: readonly LabelledSpan[]): Uint8Array {
  const tags = new Uint8Array(length);
  for (const s of spans) {
    if (s.start < 0 || s.end > length || s.end <= s.start) continue;
    let free = true;
    for (let i = s.start; i < s.end; i++) if (tags[i] !== O) free = false;
    if (!free) continue;
    if (s.end - s.start === 1) tags[s.start] = tagId('S', s.label);
    else {
      tags[s.start] = tagId('B', s.label);
      for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = tagId('I', s.label);
      tags[s.end - 1] = tagId('E', s.label);
    }
  }
  return tags;
}

/** Tags → spans; a malformed run (which a constrained decoder never yields) is closed where it breaks. */
export function tagsToSpans(tags: ArrayLike<number>): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  let start = -1;
  let label = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const p = partOf(t);
    const l = labelIndexOf(t);
    if (start >= 0 && (p === Part.I || p === Part.E) && l === label) {
      if (p === Part.E) {
        out.push({ start, end: i + 1, label: NAME_LABELS[label] });
        start = -1;
      }
      continue;
    }
    if (start >= 0) out.push({ start, end: i, label: NAME_LABELS[label] });
    start = -1;
    if (p === Part.S) out.push({ start: i, end: i + 1, label: NAME_LABELS[l] });
    else if (p === Part.B || p === Part.I || p === Part.E) {
      if (p === Part.E) out.push({ start: i, end: i + 1, label: NAME_LABELS[l] });
      else {
        start = i;
        label = l;
      }
    }
  }
  if (start >= 0) out.push({ start, end: tags.length, label: NAME_LABELS[label] });
  return out;
}

/** For each tag, the tags allowed after it. */
export const SUCCESSORS: readonly Int32Array[] = TAGS.map((_, from) =>
  Int32Array.from(TAGS.map((__, to) => to).filter((to) => allowed(from, to))),
);
