import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviationLabels, parseMsra, parsePfr, splitByDocument, splitLines, splitTail } from '../../../../src/core/recognise/names/corpora';

const span = (text: string, s: { start: number; end: number; label: string }) => `${s.label}:${text.slice(s.start, s.end)}`;

test('PFR: surname + given name form one PER; bracketed compounds are one entity', () => {
  const table: Array<[string, string[]]> = [
    ['19980101-01-001-002/m  中共中央/nt  总书记/n  、/w  国家/n  主席/n  江/nr  泽民/nr', ['ORG:中共中央', 'PER:江泽民']],
    ['19980101-01-001-006/m  通过/p  [中国/ns  国际/n  广播/vn  电台/n]nt  和/c  [中央/n  电视台/n]nt', ['ORG:中国国际广播电台', 'ORG:中央电视台']],
    ['19980101-01-002-001/m  [香港/ns  特别/a  行政区/n]ns  同胞/n', ['LOC:香港特别行政区']],
    ['19980101-01-002-002/m  克林顿/nr  会见/v  李/nr  鹏/nr  和/c  北京/ns', ['PER:克林顿', 'PER:李鹏', 'LOC:北京']],
    ['19980101-01-002-003/m  [北京/ns  大学/n]nz  学生/n', ['LOC:北京']],
  ];
  for (const [line, expected] of table) {
    const [s] = parsePfr(line);
    assert.deepEqual(s.spans.map((x) => span(s.text, x)), expected, line);
  }
  assert.equal(parsePfr(table[0][0])[0].doc, '19980101-01-001');
});

test('PFR abbreviations (j) and proper nouns (nz) take the label another corpus gives them consistently', () => {
  const gold = (text: string, label: 'PER' | 'ORG' | 'LOC') => ({ text, spans: [{ start: 0, end: text.length, label }] });
  const known = abbreviationLabels([
    ...Array.from({ length: 3 }, () => gold('人大', 'ORG')),
    ...Array.from({ length: 5 }, () => gold('美', 'LOC')),
    ...Array.from({ length: 4 }, () => gold('人民日报', 'ORG')),
    ...Array.from({ length: 4 }, () => gold('中华', 'LOC')),
    ...Array.from({ length: 2 }, () => gold('政协', 'ORG')), // too rare to trust
    gold('华', 'LOC'), gold('华', 'LOC'), gold('华', 'ORG'), gold('华', 'LOC'), // not consistent
    ...Array.from({ length: 3 }, () => gold('王五', 'PER')), // people are never abbreviations
  ]);
  assert.deepEqual([...known.entries()].sort(), [['中华', 'LOC'], ['人大', 'ORG'], ['人民日报', 'ORG'], ['美', 'LOC']]);
  const table: Array<[string, string[]]> = [
    ['19980101-01-001-001/m  人大/j  和/c  政协/j  关注/v  人均/j  收入/n', ['ORG:人大']],
    ['19980101-01-001-002/m  中/j  美/j  关系/n', ['LOC:美']],
    ['19980101-01-001-003/m  人民日报/nz  和/c  中华/nz  民族/n', ['ORG:人民日报']],
    ['19980101-01-001-004/m  [全国/n  人大/j]nt  代表/n', ['ORG:全国人大']],
  ];
  for (const [line, expected] of table) {
    const [s] = parsePfr(line, known);
    assert.deepEqual(s.spans.map((x) => span(s.text, x)), expected, line);
    assert.deepEqual(parsePfr(line)[0].spans.filter((x) => x.label !== 'ORG' || line.includes(']nt')).length, line.includes(']nt') ? 1 : 0);
  }
});

test('MSRA BIO', () => {
  const [s, t] = parseMsra('我\tO\n在\tO\n北\tB-LOC\n京\tI-LOC\n见\tO\n王\tB-PER\n五\tI-PER\n\n新\tB-ORG\n华\tI-ORG\n社\tI-ORG\n');
  assert.equal(s.text, '我在北京见王五');
  assert.deepEqual(s.spans.map((x) => span(s.text, x)), ['LOC:北京', 'PER:王五']);
  assert.deepEqual(t.spans.map((x) => span(t.text, x)), ['ORG:新华社']);
});

test('splits: document-disjoint and tail block', () => {
  const data = Array.from({ length: 200 }, (_, i) => ({ text: 'x', spans: [], doc: `d${i % 40}` }));
  const { train, dev } = splitByDocument(data, 10);
  const devDocs = new Set(dev.map((d) => d.doc));
  assert.ok(devDocs.size > 0 && dev.length < data.length);
  assert.ok(train.every((d) => !devDocs.has(d.doc)));
  const tail = splitTail(data, 0.1);
  assert.equal(tail.dev.length, 20);
  assert.equal(tail.dev[0], data[180]);
});

test('user gold is cut at line breaks with spans moved along', () => {
  const parts = splitLines({ text: '王五来了\n他在北京', spans: [{ start: 0, end: 2, label: 'PER' }, { start: 7, end: 9, label: 'LOC' }] });
  assert.deepEqual(parts.map((p) => p.spans.map((x) => span(p.text, x))), [['PER:王五'], ['LOC:北京']]);
});
