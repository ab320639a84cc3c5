import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSidecar, formatLocated, parseSidecar, serializeSidecar } from '../../../src/core/sidecar';
import { GENERATOR, HARD_TEXT, hardAnnotations, NOW } from './fixtures';

const GOOD = serializeSidecar(buildSidecar(HARD_TEXT, hardAnnotations(), { path: 'hard.txt', hadBom: true, generator: GENERATOR, now: NOW }));

/** Line and column (1-based, code points) of the n-th occurrence of `needle` in GOOD. */
function where(text: string, needle: string, nth = 0): string {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, needle);
  const before = text.slice(0, i).split('\n');
  return `${before.length}:${[...before[before.length - 1]].length + 1}`;
}

function errorsOf(text: string): string[] {
  const r = parseSidecar(text, 'x.annotations.json');
  assert.ok(r.errors, 'expected errors');
  return r.errors.map(formatLocated);
}

test('a good sidecar parses (with or without a BOM)', () => {
  assert.ok(parseSidecar(GOOD, 'x').sidecar);
  assert.ok(parseSidecar('\uFEFF' + GOOD, 'x').sidecar);
});

test('truncated JSON: located where the file stops', () => {
  for (const cut of [10, 500, GOOD.length / 2, GOOD.length - 3]) {
    const text = GOOD.slice(0, Math.floor(cut));
    const errs = errorsOf(text);
    assert.match(errs[0], /^x\.annotations\.json:\d+:\d+: invalid JSON: /);
    const lines = text.split('\n');
    const [, line] = errs[0].split(':');
    assert.ok(Number(line) >= lines.length - 1, `${errs[0]} (file has ${lines.length} lines)`);
  }
});

test('wrong types and values are located at the offending key', () => {
  const cases: [string, string, string, RegExp][] = [
    ['"start": 9,', '"start": "9",', '"start": "9"', /annotations\[2\]\.start: must be integer/],
    ['"label": "PER"', '"label": "PERSON"', '"label": "PERSON"', /annotations\[\d+\]\.label: must be one of "PER", "ORG"/],
    ['"status": "accepted"', '"status": "yes"', '"status": "yes"', /\.status: must be one of "suggested", "accepted", "rejected"/],
    ['"formatVersion": 1', '"formatVersion": 2', '"formatVersion": 2', /formatVersion: must be equal to constant/],
    ['"hadBom": true', '"hadBom": "true"', '"hadBom": "true"', /document\.hadBom: must be boolean/],
  ];
  for (const [from, to, at, message] of cases) {
    const bad = GOOD.replace(from, to);
    assert.notEqual(bad, GOOD, from);
    const errs = errorsOf(bad);
    const hit = errs.find((e) => message.test(e));
    assert.ok(hit, `${to}: ${errs.join(' | ')}`);
    assert.ok(hit.startsWith(`x.annotations.json:${where(bad, at)}: `), `${hit} should be at ${where(bad, at)}`);
  }
});

test('a missing field is reported at the object that lacks it', () => {
  const json = JSON.parse(GOOD);
  delete json.annotations[1].quote;
  const text = JSON.stringify(json, null, 2);
  const errs = errorsOf(text);
  assert.match(errs[0], /annotations\[1\]: missing "quote"/);
});

test('spans that do not fit their quote, and duplicate ids, are located', () => {
  const json = JSON.parse(GOOD);
  json.annotations[0].end += 1;
  json.annotations[1].endCodePoint += 1;
  json.annotations[3].id = json.annotations[2].id;
  const errs = errorsOf(JSON.stringify(json, null, 2));
  assert.ok(errs.some((e) => /annotations\[0\]\.quote\.exact: has \d+ UTF-16 units but the span/.test(e)), errs.join('\n'));
  assert.ok(errs.some((e) => /annotations\[1\]: code-point span/.test(e)), errs.join('\n'));
  assert.ok(errs.some((e) => /annotations\[3\]\.id: ".*" is also the id of annotations\[2\]/.test(e)), errs.join('\n'));
});

test('binary and empty files', () => {
  assert.match(errorsOf('\u0000\u0001\u0002PNG')[0], /^x\.annotations\.json:1:1: binary data/);
  assert.match(errorsOf('')[0], /^x\.annotations\.json:1:1: /);
  assert.match(errorsOf('[]')[0], /top level: must be object/);
  assert.match(errorsOf('{"a": 1} // note')[0], /invalid JSON: comments are not allowed/);
});

test('an orphan is not held to code-point offsets (it has no text to be checked against)', () => {
  const json = JSON.parse(GOOD);
  json.orphans = [{ ...json.annotations[0], id: 'gone', startCodePoint: json.annotations[0].start, endCodePoint: json.annotations[0].end, orphaned: NOW }];
  assert.ok(json.orphans[0].quote.exact.includes('𠮷'));
  const r = parseSidecar(JSON.stringify(json), 'x');
  assert.ok(r.sidecar, JSON.stringify(r.errors));
  assert.equal(r.sidecar.orphans[0].id, 'gone');
});

test('a date with its weekday (周二) and time reads back; a weekday outside 1–7 is refused where it is', () => {
  const withWeekday = hardAnnotations().map((a) =>
    a.kind === 'DATE' ? { ...a, value: { date: { year: 2024, month: 12, day: 17, hour: 9, minute: 30, weekday: 2 } } } : a,
  );
  const good = serializeSidecar(buildSidecar(HARD_TEXT, withWeekday, { path: 'hard.txt', generator: GENERATOR, now: NOW }));
  const parsed = parseSidecar(good, 'x').sidecar;
  assert.ok(parsed);
  assert.deepEqual(parsed.annotations.find((a) => a.kind === 'DATE')?.value?.date, { year: 2024, month: 12, day: 17, hour: 9, minute: 30, weekday: 2 });
  const bad = good.replace('"weekday": 2', '"weekday": 8');
  assert.notEqual(bad, good);
  assert.match(errorsOf(bad)[0], new RegExp(`^x\\.annotations\\.json:${where(bad, '"weekday"')}: `));
});

test('a name without confidence, as the import of before 2026-12-01 wrote a relabelling, is read as a decision in our own sidecars only', () => {
  const json = (generator: string) => {
    const j = JSON.parse(serializeSidecar(buildSidecar(HARD_TEXT, hardAnnotations(), { path: 'hard.txt', generator: { name: generator, version: '0' }, now: NOW })));
    delete j.annotations[0].confidence;
    return JSON.stringify(j, null, 2);
  };
  const ours = parseSidecar(json('zh-news-annotator'), 'hard.annotations.json');
  assert.equal(ours.errors, undefined);
  assert.equal(ours.sidecar!.annotations[0].confidence, 1);
  const theirs = parseSidecar(json('another-tool'), 'hard.annotations.json');
  assert.match(formatLocated(theirs.errors![0]), /hard\.annotations\.json:\d+:\d+: annotations\[0\]: missing "confidence"/);
});
