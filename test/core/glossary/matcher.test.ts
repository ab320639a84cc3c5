import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TermMatcher } from '../../../src/core/glossary/matcher';
import { GlossaryEntry } from '../../../src/core/glossary/types';

function entry(term: string, aliases: string[] = [], id = term): GlossaryEntry {
  return { id, term, aliases, related: [], location: { file: 'g.yaml', line: 1, col: 1, offset: 0 } };
}

const GLOSSARY = [
  entry('两重两新'),
  entry('两重'),
  entry('两新'),
  entry('“33618”现代制造业集群体系', ['33618'], 'c33618'),
  entry('“6+3”未来产业', ['6+3'], 'f63'),
  entry('未来产业'),
  entry('长护险', ['长期护理保险']),
  entry('GDP'),
  entry('新能源汽车'),
  entry('汽车产业'),
  entry('人工智能+'),
];
const matcher = new TermMatcher(GLOSSARY);

/** Matches written as [surface, id] in text order. */
function run(text: string): [string, string][] {
  return matcher.find(text).map((a) => {
    assert.equal(a.label, 'TERM');
    assert.equal(a.source, 'glossary');
    assert.equal(a.confidence, 1);
    return [text.slice(a.start, a.end), a.glossaryId!];
  });
}

const TABLE: { name: string; text: string; want: [string, string][] }[] = [
  { name: 'longest wins over its prefix', text: '落实两重两新政策', want: [['两重两新', '两重两新']] },
  { name: 'quoted parts are two terms', text: '实施‘两重’‘两新’政策', want: [['两重', '两重'], ['两新', '两新']] },
  { name: 'alias maps to the entry id', text: '长期护理保险（以下简称长护险）', want: [['长期护理保险', '长护险'], ['长护险', '长护险']] },
  { name: 'quoted numeric alias: quotes outside the span', text: '推进“33618”建设', want: [['33618', 'c33618']] },
  { name: 'quote inside a term is skipped, outer quote excluded', text: '随着“33618”现代制造业集群体系建设', want: [['33618”现代制造业集群体系', 'c33618']] },
  { name: 'unquoted full term', text: '做强33618现代制造业集群体系', want: [['33618现代制造业集群体系', 'c33618']] },
  { name: 'bare number is not the numeric alias', text: '共有33618家企业', want: [] },
  { name: 'numeric alias inside a longer number', text: '编号“233618”', want: [] },
  { name: '6+3 quoted and as part of the term', text: '发展“6+3”未来产业，“6+3”', want: [['6+3”未来产业', 'f63'], ['6+3', 'f63']] },
  { name: 'arithmetic is not 6+3', text: '6+3=9', want: [] },
  { name: 'full-width forms fold', text: '“３３６１８”和＂６＋３＂，ＧＤＰ', want: [['３３６１８', 'c33618'], ['６＋３', 'f63'], ['ＧＤＰ', 'GDP']] },
  { name: 'ASCII word boundary', text: 'GDPR不是GDP', want: [['GDP', 'GDP']] },
  { name: 'overlapping terms: leftmost first, then longest', text: '新能源汽车产业', want: [['新能源汽车', '新能源汽车']] },
  { name: 'adjacent terms', text: '两重两新两新', want: [['两重两新', '两重两新'], ['两新', '两新']] },
  { name: 'term ending in +', text: '开展人工智能+行动', want: [['人工智能+', '人工智能+']] },
  { name: 'prefix without the rest is no match', text: '两', want: [] },
  { name: 'empty text', text: '', want: [] },
];

for (const row of TABLE) {
  test(`matcher: ${row.name}`, () => assert.deepEqual(run(row.text), row.want));
}

test('astral characters before a term keep UTF-16 offsets right', () => {
  const text = '𠀀𠀁😀 两新和“33618”';
  const found = matcher.find(text);
  assert.deepEqual(found.map((a) => [a.start, a.end]), [[7, 9], [11, 16]]);
  assert.deepEqual(found.map((a) => text.slice(a.start, a.end)), ['两新', '33618']);
});

test('offsets of width-folded matches refer to the original text', () => {
  const text = 'ａ“３３６１８”';
  const [a] = matcher.find(text);
  assert.equal(text.slice(a.start, a.end), '３３６１８');
});

test('every occurrence is found in one pass, in order', () => {
  const text = '长护险'.repeat(1000);
  const found = matcher.find(text);
  assert.equal(found.length, 1000);
  assert.ok(found.every((a, i) => a.start === i * 3 && a.end === i * 3 + 3));
});

test('a key claimed twice keeps the first entry and records the other', () => {
  const m = new TermMatcher([entry('甲', ['同'], 'a'), entry('乙', ['同'], 'b')]);
  assert.deepEqual(m.find('同').map((a) => a.glossaryId), ['a']);
  assert.deepEqual(m.shadowed, [{ key: '同', keptId: 'a', droppedId: 'b' }]);
});

test('the matcher agrees with a naive longest-leftmost scan on random text', () => {
  const words = ['两重两新', '两重', '两新', '长护险', '长期护理保险', '未来产业', '新能源汽车', '汽车产业'];
  const m = new TermMatcher(words.map((w) => entry(w)));
  const alphabet = ['两', '重', '新', '长', '护', '险', '期', '理', '保', '未', '来', '产', '业', '能', '源', '汽', '车', '的'];
  let seed = 11;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let n = 0; n < 300; n++) {
    let text = '';
    for (let i = 0; i < 40; i++) text += rand() < 0.3 ? words[Math.floor(rand() * words.length)] : alphabet[Math.floor(rand() * alphabet.length)];
    const naive: [number, number][] = [];
    for (let i = 0; i < text.length; ) {
      const best = words.filter((w) => text.startsWith(w, i)).sort((a, b) => b.length - a.length)[0];
      if (best) {
        naive.push([i, i + best.length]);
        i += best.length;
      } else i++;
    }
    assert.deepEqual(m.find(text).map((a) => [a.start, a.end]), naive, text);
  }
});
