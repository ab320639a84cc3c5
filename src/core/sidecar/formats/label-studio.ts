/**
 * Label Studio: a task `{data: {text}, annotations, predictions}` with span offsets in code points.
 * Automatic suggestions not yet decided go to `predictions`; accepted and manual spans to `annotations`;
 * a rejected suggestion stays a prediction with the per-region choice status=rejected, so the decision
 * survives a round trip. Per-region controls (kind, status, note, glossary) share the region's id, as
 * Label Studio writes them; `<stem>.label-studio.xml` is the labelling config that declares them.
 */
import { ALL_LABELS, NUM_KINDS } from '../../types';
import { OffsetMap } from '../../text/offsets';
import { SidecarAnnotation } from '../model';
import { parseLocatedJson } from '../json-located';
import { attachToArticle, findByQuote, ToFind } from './attach';
import { formatLocated, placeOf } from '../located';
import { ExportedFile, ExportInput, ImportedAnnotation, ImportResult, isKind, isLabel, StatedField, STATUSES } from './common';

type Json = Record<string, unknown>;

export function exportLabelStudio(input: ExportInput): ExportedFile[] {
  const s = input.sidecar;
  const map = new OffsetMap(input.text);
  const human = s.annotations.filter((a) => a.status === 'accepted');
  const machine = s.annotations.filter((a) => a.status !== 'accepted');
  const task: Json = {
    data: { text: input.text },
    meta: { path: s.document.path, sha256: s.document.sha256 },
    annotations: human.length ? [{ result: human.flatMap((a) => regionResults(a, map)), ground_truth: false }] : [],
    predictions: machine.length
      ? [{ model_version: s.generator.model ?? `${s.generator.name} ${s.generator.version}`, result: machine.flatMap((a) => regionResults(a, map)) }]
      : [],
  };
  return [
    { name: `${input.stem}.label-studio.json`, content: JSON.stringify([task], null, 2) + '\n' },
    { name: `${input.stem}.label-studio.xml`, content: labelConfig() },
  ];
}

function regionResults(a: SidecarAnnotation, map: OffsetMap): Json[] {
  const span = { start: map.toCodePoint(a.start), end: map.toCodePoint(a.end) };
  const common = { id: a.id, to_name: 'text', origin: a.source === 'manual' ? 'manual' : 'prediction' };
  const out: Json[] = [
    { ...common, from_name: 'label', type: 'labels', score: a.confidence, value: { ...span, text: a.quote.exact, labels: [a.label] } },
  ];
  if (a.kind) out.push({ ...common, from_name: 'kind', type: 'choices', value: { ...span, choices: [a.kind] } });
  if (a.status === 'rejected') out.push({ ...common, from_name: 'status', type: 'choices', value: { ...span, choices: ['rejected'] } });
  if (a.glossaryId) out.push({ ...common, from_name: 'glossary', type: 'textarea', value: { ...span, text: [a.glossaryId] } });
  if (a.note) out.push({ ...common, from_name: 'note', type: 'textarea', value: { ...span, text: [a.note] } });
  return out;
}

export function labelConfig(): string {
  return [
    '<View>',
    '  <Labels name="label" toName="text">',
    ...ALL_LABELS.map((l) => `    <Label value="${l}"/>`),
    '  </Labels>',
    '  <Text name="text" value="$text"/>',
    '  <Choices name="kind" toName="text" perRegion="true" required="false">',
    ...NUM_KINDS.map((k) => `    <Choice value="${k}"/>`),
    '  </Choices>',
    '  <Choices name="status" toName="text" perRegion="true" required="false">',
    ...STATUSES.map((k) => `    <Choice value="${k}"/>`),
    '  </Choices>',
    '  <TextArea name="glossary" toName="text" perRegion="true" maxSubmissions="1"/>',
    '  <TextArea name="note" toName="text" perRegion="true" maxSubmissions="1"/>',
    '</View>',
    '',
  ].join('\n');
}

/** Reads a task (or an array of tasks: the one whose text is the article's, else the first). */
export function importLabelStudio(content: string, fileName: string, articleText: string): ImportResult {
  const parsed = parseLocatedJson(content, fileName);
  if ('errors' in parsed) return { annotations: [], errors: parsed.errors };
  const { value, at } = parsed.json;
  const tasks = Array.isArray(value) ? value : [value];
  const isTask = (t: unknown): t is Json & { data: { text: string } } =>
    !!t && typeof t === 'object' && typeof (t as { data?: { text?: unknown } }).data?.text === 'string';
  const matching = tasks.findIndex((t) => isTask(t) && t.data.text === articleText);
  const index = matching >= 0 ? matching : tasks.findIndex(isTask);
  if (index < 0) return { annotations: [], errors: [at([], 'expected a Label Studio task with "data": {"text": "…"}')] };
  const notes: string[] = [];
  const others = tasks.filter((t, i) => i !== index && isTask(t)).length;
  if (others) {
    notes.push(
      formatLocated(
        at(
          [index],
          matching >= 0
            ? `imported this task, whose data.text is the article's; the ${others} other tasks of the file are other texts and were left out`
            : `no task of the ${others + 1} in the file has the article's text: imported this one, the first, re-anchored to the article; the others were left out`,
        ),
      ),
    );
  }
  const task = tasks[index] as Json & { data: { text: string } };
  const base = Array.isArray(value) ? [index] : [];
  const text = task.data.text;
  const map = new OffsetMap(text);
  const errors: ImportResult['errors'] = [];
  const regions = new Map<string, ImportedAnnotation>();
  const order: ImportedAnnotation[] = [];
  const toFind: ToFind[] = [];
  const read = (key: 'annotations' | 'predictions') => {
    const lists = Array.isArray(task[key]) ? (task[key] as Json[]) : [];
    lists.forEach((entry, li) => {
      if (entry?.was_cancelled === true) {
        // A cancelled (skipped) annotation is no one's decision.
        const n = Array.isArray(entry.result) ? entry.result.filter((r) => (r as Json)?.type === 'labels').length : 0;
        notes.push(formatLocated(at([...base, key, li], `this annotation was cancelled in Label Studio (was_cancelled: true): its ${n} spans were not imported`)));
        return;
      }
      const results = Array.isArray(entry?.result) ? (entry.result as Json[]) : [];
      // Label results first: the per-region controls refer to them by id.
      const sorted = results.map((r, ri) => ({ r, ri })).sort((x, y) => Number(y.r.type === 'labels') - Number(x.r.type === 'labels'));
      for (const { r, ri } of sorted) {
        const path = [...base, key, li, 'result', ri];
        const v = (r.value ?? {}) as Json;
        const id = typeof r.id === 'string' ? r.id : undefined;
        if (r.type === 'labels') {
          const label = Array.isArray(v.labels) ? v.labels[0] : undefined;
          if (!isLabel(label)) {
            errors.push(at([...path, 'value', 'labels'], `unknown label ${JSON.stringify(label)} (expected ${ALL_LABELS.join(', ')})`));
            continue;
          }
          const whole = Number.isInteger(v.start) && Number.isInteger(v.end) && (v.start as number) >= 0 && (v.end as number) > (v.start as number);
          const quote = typeof v.text === 'string' && v.text !== '' ? v.text : undefined;
          if (!whole && !quote) {
            errors.push(at([...path, 'value'], `span ${String(v.start)}–${String(v.end)} (code points) is not a span, and there is no value.text to find it by`));
            continue;
          }
          // Origin: what Label Studio says; without one, a span in a human's annotation is the human's.
          const origin = typeof r.origin === 'string' ? r.origin : undefined;
          const manual = origin === 'manual' || origin === 'prediction-changed' || (origin === undefined && key === 'annotations');
          const stated: StatedField[] = ['status'];
          if (origin !== undefined) stated.push('source');
          const scored = typeof r.score === 'number' && r.score >= 0 && r.score <= 1;
          if (scored) stated.push('confidence');
          const a: ImportedAnnotation = {
            start: 0,
            end: 0,
            label,
            confidence: scored ? (r.score as number) : 1,
            source: manual ? 'manual' : label === 'TERM' ? 'glossary' : 'auto',
            status: key === 'annotations' ? 'accepted' : 'suggested',
            stated,
            where: placeOf(at(path, '')),
          };
          if (id) {
            a.id = id;
            regions.set(`${key}:${id}`, a);
          }
          const fits = whole && (v.end as number) <= map.codePointLength;
          const start = fits ? map.toUtf16(v.start as number) : 0;
          const end = fits ? map.toUtf16(v.end as number) : 0;
          if (fits && (quote === undefined || text.slice(start, end) === quote)) {
            Object.assign(a, { start, end });
            order.push(a);
          } else if (quote === undefined) {
            errors.push(at([...path, 'value'], `span ${String(v.start)}–${String(v.end)} (code points) is not inside data.text (${map.codePointLength} code points), and there is no value.text to find it by`));
          } else {
            // Offsets that do not give value.text: find the text, nearest the stated place.
            const guess = whole ? map.toUtf16(Math.min(v.start as number, map.codePointLength)) : 0;
            toFind.push({ annotation: a, exact: quote, start: guess, from: `${String(v.start)}–${String(v.end)} (code points)` });
          }
          continue;
        }
        const target = id ? regions.get(`${key}:${id}`) : undefined;
        if (!target) continue; // a control that belongs to no span of ours
        const choice = Array.isArray(v.choices) ? v.choices[0] : undefined;
        const written = Array.isArray(v.text) ? v.text.join('\n') : undefined;
        if (r.from_name === 'kind' && isKind(choice)) (target.kind = choice), target.stated!.push('kind');
        else if (r.from_name === 'status' && choice === 'rejected') target.status = 'rejected';
        else if (r.from_name === 'glossary' && written) (target.glossaryId = written), target.stated!.push('glossaryId');
        else if (r.from_name === 'note' && written !== undefined) (target.note = written), target.stated!.push('note');
      }
    });
  };
  read('annotations');
  read('predictions');
  const found = findByQuote(text, toFind);
  order.push(...found.annotations);
  const attached = attachToArticle(text, order, articleText, 'code points');
  return { text, annotations: attached.annotations, orphans: [...found.orphans, ...attached.orphans], anchors: [...found.anchors, ...attached.anchors], errors, notes };
}
