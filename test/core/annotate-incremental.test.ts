import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Annotator, commonPrefix, commonSuffix, TermFinder } from '../../src/core/annotate';
import { NameRecogniser } from '../../src/core/recognise/names';
import { Segmenter, TaggedWord } from '../../src/core/segment/segmenter';
import { Annotation } from '../../src/core/types';

/** Names are 王 + one or two characters; consolidate marks every other 王X of a confident name. */
function parts() {
  const seen: string[] = [];
  const segmenter: Segmenter = { tag: (t: string): TaggedWord[] => (seen.push(t), []) };
  const names: NameRecogniser = {
    recognise: (t: string) => {
      const out: Annotation[] = [];
      for (const m of t.matchAll(/王[明强刚]/g)) out.push({ start: m.index!, end: m.index! + 2, label: 'PER', confidence: 0.9, source: 'auto' });
      return out;
    },
    consolidate: (text: string, all: Annotation[]) => {
      const names = new Set(all.filter((a) => a.label === 'PER').map((a) => text.slice(a.start, a.end)));
      const out = [...all];
      for (const n of names) {
        for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
          if (!all.some((a) => a.start < i + n.length && i < a.end)) out.push({ start: i, end: i + n.length, label: 'PER', confidence: 0.8, source: 'auto', recogniser: 'consistency' });
        }
      }
      return out;
    },
  };
  const terms: TermFinder = {
    find: (t: string) => [...t.matchAll(/两会/g)].map((m) => ({ start: m.index!, end: m.index! + 2, label: 'TERM' as const, confidence: 1, source: 'glossary' as const, glossaryId: '两会' })),
  };
  return { seen, segmenter, names, terms };
}

function key(text: string, as: Annotation[]): string[] {
  return as.map((a) => `${a.start}-${a.end} ${a.label} ${text.slice(a.start, a.end)} ${a.recogniser ?? ''}`);
}

let seed = 11;
function rand(n: number): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

test('annotating edit after edit gives what annotating each text afresh gives', () => {
  const { segmenter, names, terms } = parts();
  const incremental = new Annotator({ segmenter, names, terms });
  // Characters that make and break names, numbers, terms and paragraphs (\n, \r\n, empty lines).
  const alphabet = ['王', '明', '强', '两', '会', '3', '5', '%', '，', '的', '\n', '\r\n', '\n\n', '人'];
  let text = '王明在两会上说\n增长5%\r\n\n王强和王明\n两会';
  for (let i = 0; i < 400; i++) {
    const pos = rand(text.length + 1);
    const op = rand(3);
    if (op === 0) text = text.slice(0, pos) + alphabet[rand(alphabet.length)] + text.slice(pos);
    else if (op === 1) text = text.slice(0, pos) + text.slice(pos + 1 + rand(3));
    else text = text.slice(0, pos) + alphabet[rand(alphabet.length)] + alphabet[rand(alphabet.length)] + text.slice(pos + rand(2));
    const fresh = new Annotator({ segmenter, names, terms, paragraphCache: false });
    assert.deepEqual(key(text, incremental.annotate(text)), key(text, fresh.annotate(text)), `after edit ${i}: ${JSON.stringify(text)}`);
  }
});

test('an edit inside one paragraph segments only that paragraph again', () => {
  const { seen, segmenter, names } = parts();
  const a = new Annotator({ segmenter, names });
  const paras = Array.from({ length: 30 }, (_, i) => `第${i}段王明讲话`);
  a.annotate(paras.join('\n'));
  seen.length = 0;
  paras[10] = '第10段王强讲话了';
  a.annotate(paras.join('\n'));
  assert.deepEqual(seen, ['第10段王强讲话了']);
});

test('a changed glossary version re-matches terms everywhere', () => {
  const { segmenter, names } = parts();
  const finder = {
    version: 1,
    word: '两会',
    find(t: string): Annotation[] {
      const i = t.indexOf(this.word);
      return i < 0 ? [] : [{ start: i, end: i + this.word.length, label: 'TERM', confidence: 1, source: 'glossary' }];
    },
  };
  const a = new Annotator({ segmenter, names, terms: finder });
  const text = '两会\n新质生产力';
  assert.equal(a.annotate(text).filter((x) => x.label === 'TERM').length, 1);
  finder.word = '新质生产力';
  finder.version = 2;
  assert.deepEqual(a.annotate(text).filter((x) => x.label === 'TERM').map((x) => [x.start, x.end]), [[3, 8]]);
});

test('commonPrefix and commonSuffix across chunk boundaries', () => {
  const long = 'x'.repeat(100_000);
  const cases: Array<[string, string, number, number]> = [
    ['', '', 0, 0],
    ['abc', 'abd', 2, 0],
    ['abc', 'zbc', 0, 2],
    [long + 'a' + long, long + 'b' + long, 100_000, 100_000],
    [long, long + 'y', 100_000, 0],
  ];
  for (const [a, b, p, s] of cases) {
    const prefix = commonPrefix(a, b);
    assert.equal(prefix, p, `prefix of ${a.length}/${b.length}`);
    assert.equal(commonSuffix(a, b, Math.min(a.length, b.length) - prefix), s, `suffix of ${a.length}/${b.length}`);
  }
});

test('a name recogniser that needs no words spares the segmenter', () => {
  const { seen, segmenter, names } = parts();
  const a = new Annotator({ segmenter, names: { ...names, needsWords: false } });
  const got = a.annotate('王明说增长5%');
  assert.deepEqual(seen, []);
  assert.deepEqual(got.map((x) => x.label), ['PER', 'NUM']);
  new Annotator({ segmenter, names }).annotate('王明说');
  assert.deepEqual(seen, ['王明说'], 'and one that does not say so is given words');
});
