/**
 * W3C Web Annotation (JSON-LD): one AnnotationCollection per article, its annotations embedded in the
 * first page. Each annotation targets the article with a TextQuoteSelector and a TextPositionSelector
 * (code points). Bodies: a classifying TextualBody for the label, a tagging one for a NUM's kind, an
 * identifying SpecificResource for the glossary entry, a commenting one for the note. What the model
 * has no term for (status, source, confidence, normalised value, roles, our id) goes under the `zhnews:`
 * prefix declared in the context, as the model's extension rules ask.
 */
import { OffsetMap } from '../../text/offsets';
import { Quote, SidecarAnnotation } from '../model';
import { reanchor } from '../reanchor';
import { parseLocatedJson } from '../json-located';
import { placeOf } from '../located';
import { ExportedFile, ExportInput, ImportAnchor, ImportedAnnotation, ImportResult, StatedField, isKind, isLabel, isSource, isStatus, safeDecode, schemaSafe } from './common';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ZHNEWS_VOCAB = 'urn:zhnews:vocab#';
const GLOSSARY_PREFIX = 'urn:zhnews:glossary:';

type Json = Record<string, unknown>;

export function exportW3c(input: ExportInput): ExportedFile[] {
  const s = input.sidecar;
  const map = new OffsetMap(input.text);
  const hash = s.document.sha256;
  const source = input.documentIri ?? `urn:zhnews:document:sha256:${hash}`;
  const collectionId = `urn:zhnews:collection:${hash}`;
  const generator = {
    id: `urn:zhnews:generator:${encodeURIComponent(s.generator.name)}:${encodeURIComponent(s.generator.version)}`,
    type: 'Software',
    name: s.generator.name,
    'schema:softwareVersion': s.generator.version,
    ...(s.generator.model ? { 'zhnews:model': s.generator.model } : {}),
  };
  const items = s.annotations.map((a) => annotationJson(a, source, hash, map, generator));
  const collection = {
    '@context': [ANNO_CONTEXT, { zhnews: ZHNEWS_VOCAB }],
    id: collectionId,
    type: 'AnnotationCollection',
    label: `Annotations of ${s.document.path}`,
    total: items.length,
    'zhnews:document': { path: s.document.path, sha256: hash },
    first: { id: `${collectionId}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return [{ name: `${input.stem}.w3c.jsonld`, content: JSON.stringify(collection, null, 2) + '\n' }];
}

function annotationJson(a: SidecarAnnotation, source: string, hash: string, map: OffsetMap, generator: Json): Json {
  const body: Json[] = [{ type: 'TextualBody', purpose: 'classifying', value: a.label }];
  if (a.kind) body.push({ type: 'TextualBody', purpose: 'tagging', value: a.kind });
  if (a.glossaryId) body.push({ type: 'SpecificResource', purpose: 'identifying', source: GLOSSARY_PREFIX + encodeURIComponent(a.glossaryId) });
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note });
  const out: Json = {
    id: `urn:zhnews:annotation:${hash.slice(0, 16)}:${encodeURIComponent(a.id)}`,
    type: 'Annotation',
    motivation: 'classifying',
    ...(a.created ? { created: a.created } : {}),
    ...(a.modified ? { modified: a.modified } : {}),
    generator,
    body,
    target: {
      type: 'SpecificResource',
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
        { type: 'TextPositionSelector', start: map.toCodePoint(a.start), end: map.toCodePoint(a.end) },
      ],
    },
    'zhnews:id': a.id,
    'zhnews:status': a.status,
    'zhnews:source': a.source,
    'zhnews:confidence': a.confidence,
  };
  if (a.recogniser) out['zhnews:recogniser'] = a.recogniser;
  if (a.value) out['zhnews:value'] = a.value;
  if (a.roles?.length) out['zhnews:roles'] = a.roles;
  return out;
}

const asArray = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined ? [] : [x]);
const isObj = (x: unknown): x is Json => !!x && typeof x === 'object' && !Array.isArray(x);

/**
 * Reads a collection, a page, an array of annotations or one annotation. Positions are trusted when
 * they still slice to the quote; otherwise the quote and its context find the span again (and an
 * annotation whose text is gone comes back as an orphan, not an error).
 */
export function importW3c(content: string, fileName: string, articleText: string): ImportResult {
  const parsed = parseLocatedJson(content, fileName);
  if ('errors' in parsed) return { annotations: [], errors: parsed.errors };
  const { value, at } = parsed.json;
  const items: { item: unknown; path: (string | number)[] }[] = [];
  let recognised = false;
  const collect = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) node.forEach((n, i) => collect(n, [...path, i]));
    else if (isObj(node)) {
      const types = asArray(node.type);
      if (types.some((t) => t === 'Annotation' || t === 'AnnotationCollection' || t === 'AnnotationPage')) recognised = true;
      if (types.includes('Annotation')) items.push({ item: node, path });
      else if (types.includes('AnnotationCollection')) collect(node.first, [...path, 'first']);
      else if (types.includes('AnnotationPage')) collect(node.items, [...path, 'items']);
    }
  };
  collect(value, []);
  if (!recognised) {
    return { annotations: [], errors: [at([], 'not a W3C Web Annotation file: expected an object (or an array of them) with "type": "Annotation", "AnnotationPage" or "AnnotationCollection"')] };
  }
  const map = new OffsetMap(articleText);
  const errors: ImportResult['errors'] = [];
  const annotations: ImportedAnnotation[] = [];
  const toFind: SidecarAnnotation[] = [];
  const froms = new Map<string, string>();
  for (const [index, { item, path }] of items.entries()) {
    const a = item as Json;
    const bodies = asArray(a.body).filter(isObj);
    const label = bodies.find((b) => b.purpose === 'classifying' && isLabel(b.value))?.value;
    if (!isLabel(label)) {
      errors.push(at([...path, 'body'], 'no classifying body with a label (PER, ORG, LOC, NUM, TERM)'));
      continue;
    }
    const target = asArray(a.target).find(isObj);
    const selectors = asArray(target?.selector).filter(isObj);
    const tqs = selectors.find((s) => s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact !== '');
    const tps = selectors.find((s) => s.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) >= 0);
    if (!tqs && !tps) {
      errors.push(at([...path, 'target'], 'no TextQuoteSelector or TextPositionSelector to place the annotation'));
      continue;
    }
    const kind = bodies.find((b) => b.purpose === 'tagging' && isKind(b.value))?.value;
    const glossary = bodies.find((b) => b.purpose === 'identifying' && typeof b.source === 'string')?.source as string | undefined;
    const note = bodies.find((b) => b.purpose === 'commenting' && typeof b.value === 'string')?.value as string | undefined;
    const ann: ImportedAnnotation = {
      start: 0,
      end: 0,
      label,
      confidence: typeof a['zhnews:confidence'] === 'number' ? a['zhnews:confidence'] : 1,
      source: isSource(a['zhnews:source']) ? a['zhnews:source'] : 'manual',
      status: isStatus(a['zhnews:status']) ? a['zhnews:status'] : 'accepted',
      where: placeOf(at(path, '')),
    };
    if (typeof a['zhnews:id'] === 'string') ann.id = a['zhnews:id'];
    if (isKind(kind)) ann.kind = kind;
    if (glossary) ann.glossaryId = glossary.startsWith(GLOSSARY_PREFIX) ? safeDecode(glossary.slice(GLOSSARY_PREFIX.length)) : glossary;
    if (note !== undefined) ann.note = note;
    if (typeof a['zhnews:recogniser'] === 'string') ann.recogniser = a['zhnews:recogniser'];
    if (isObj(a['zhnews:value'])) ann.value = a['zhnews:value'];
    if (Array.isArray(a['zhnews:roles'])) ann.roles = a['zhnews:roles'] as ImportedAnnotation['roles'];
    if (typeof a.created === 'string') ann.created = a.created;
    if (typeof a.modified === 'string') ann.modified = a.modified;
    // Another W3C tool writes the label and little else: what the annotation does not say, an annotation
    // already in the sidecar keeps (a suggestion stays one, a note stays).
    const said: [StatedField, boolean][] = [
      ['confidence', a['zhnews:confidence'] !== undefined],
      ['source', isSource(a['zhnews:source'])],
      ['status', isStatus(a['zhnews:status'])],
      ['kind', isKind(kind)],
      ['glossaryId', !!glossary],
      ['note', note !== undefined],
      ['value', ann.value !== undefined],
      ['roles', ann.roles !== undefined],
      ['recogniser', ann.recogniser !== undefined],
    ];
    ann.stated = said.filter(([, given]) => given).map(([f]) => f);
    const exact = tqs?.exact as string | undefined;
    if (tps) {
      const start = map.toUtf16(tps.start as number);
      const end = map.toUtf16(tps.end as number);
      if (end > start && end <= articleText.length && (exact === undefined || articleText.slice(start, end) === exact)) {
        annotations.push(schemaSafe({ ...ann, start, end }));
        continue;
      }
      if (exact === undefined) {
        errors.push(at([...path, 'target'], `TextPositionSelector ${String(tps.start)}–${String(tps.end)} is not inside the text`));
        continue;
      }
    }
    const quote: Quote = { exact: exact!, prefix: typeof tqs!.prefix === 'string' ? tqs!.prefix : '', suffix: typeof tqs!.suffix === 'string' ? tqs!.suffix : '' };
    const cpStart = tps ? (tps.start as number) : 0;
    const start = Math.min(map.toUtf16(cpStart), articleText.length);
    froms.set(ann.id ?? `w3c-${index + 1}`, tps ? `${String(tps.start)}–${String(tps.end)} (code points)` : 'no position');
    toFind.push({
      ...schemaSafe(ann),
      id: ann.id ?? `w3c-${index + 1}`,
      start,
      end: start + quote.exact.length,
      startCodePoint: cpStart,
      endCodePoint: cpStart + [...quote.exact].length,
      quote,
      status: ann.status ?? 'accepted',
    });
  }
  const found = reanchor(articleText, toFind);
  annotations.push(...found.annotations);
  annotations.sort((x, y) => x.start - y.start || x.end - y.end);
  const anchors: ImportAnchor[] = found.report
    .filter((r) => r.outcome !== 'kept')
    .map((r) => ({ outcome: r.outcome as ImportAnchor['outcome'], label: r.label, quote: r.oldQuote, from: froms.get(r.id) ?? 'no position' }));
  return { annotations, orphans: found.orphans, anchors, errors };
}
