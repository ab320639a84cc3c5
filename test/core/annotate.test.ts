import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Annotator, sentencePieces, TermFinder } from '../../src/core/annotate';
import { NameRecogniser } from '../../src/core/recognise/names';
import { Segmenter, TaggedWord } from '../../src/core/segment/segmenter';
import { Annotation } from '../../src/core/types';

/** A segmenter and recogniser that count the text they see, to check what gets recomputed. */
function counting() {
  const seen: string[] = [];
  const segmenter: Segmenter = { tag: (t: string): TaggedWord[] => (seen.push(t), []) };
  const names: NameRecogniser = {
    recognise: (t: string) => {
      const out: Annotation[] = [];
      for (const m of t.matchAll(/王[一-龥]{1,2}/g)) out.push({ start: m.index!, end: m.index! + m[0].length, label: 'PER', confidence: 0.9, source: 'auto' });
      return out;
    },
  };
  return { seen, segmenter, names };
}

test('annotate gives absolute offsets across paragraphs and finds numbers', () => {
  const { segmenter, names } = counting();
  const a = new Annotator({ segmenter, names });
  const text = '王明说\n增长8.8%\r\n王强';
  const got = a.annotate(text).map((x) => [x.label, text.slice(x.start, x.end)]);
  assert.deepEqual(got, [['PER', '王明说'], ['NUM', '8.8%'], ['PER', '王强']]);
});

test('after an edit only the changed paragraph is segmented again', () => {
  const { seen, segmenter, names } = counting();
  const a = new Annotator({ segmenter, names });
  const paras = Array.from({ length: 50 }, (_, i) => `第${i}段，王明讲话。`);
  a.annotate(paras.join('\n'));
  assert.equal(seen.length, 50);
  seen.length = 0;
  paras[17] = '第17段，王强讲话。';
  const after = a.annotate(paras.join('\n'));
  assert.deepEqual(seen, ['第17段，王强讲话。']);
  assert.ok(after.some((x) => x.label === 'PER' && paras.join('\n').slice(x.start, x.end) === '王强讲'));
});

test('glossary terms are matched per paragraph and re-matched when the glossary changes', () => {
  const { segmenter, names } = counting();
  let calls = 0;
  const finder: { version: number; word: string } & TermFinder = {
    version: 1,
    word: '两会',
    find(t: string) {
      calls++;
      const i = t.indexOf(this.word);
      return i < 0 ? [] : [{ start: i, end: i + this.word.length, label: 'TERM', confidence: 1, source: 'glossary', glossaryId: this.word }];
    },
  };
  const a = new Annotator({ segmenter, names, terms: finder });
  const text = '市两会开幕\n新质生产力';
  assert.deepEqual(a.annotate(text).filter((x) => x.label === 'TERM').map((x) => [x.start, x.end]), [[1, 3]]);
  a.annotate(text);
  assert.equal(calls, 2, 'cached: the second run matches nothing again');
  finder.word = '新质生产力';
  finder.version = 2;
  assert.deepEqual(a.annotate(text).filter((x) => x.label === 'TERM').map((x) => [x.start, x.end]), [[6, 11]]);
});

test('labels option keeps only the labels asked for', () => {
  const { segmenter, names } = counting();
  const a = new Annotator({ segmenter, names, labels: ['NUM'] });
  assert.deepEqual(a.annotate('王明说增长8.8%').map((x) => x.label), ['NUM']);
});

test('a glossary entry with a label makes its term that name, ahead of the model and of numbers', async () => {
  const { TermMatcher } = await import('../../src/core/glossary/matcher');
  const entry = (term: string, label?: 'PER' | 'ORG' | 'LOC', aliases: string[] = []) => ({ id: term, term, aliases, related: [], label, location: { file: 't.glossary.yaml', line: 1, col: 1, offset: 0 } });
  const terms = new TermMatcher([entry('王家坝闸', 'LOC'), entry('星河2号实验室', 'ORG'), entry('新质生产力')]);
  const { segmenter, names } = counting();
  const text = '王家坝闸开闸，星河2号实验室发展新质生产力。';
  const got = new Annotator({ segmenter, names, terms })
    .annotate(text)
    .map((x) => `${x.label}:${text.slice(x.start, x.end)}${x.recogniser ? '/' + x.recogniser : ''}`);
  assert.deepEqual(got, [
    'LOC:王家坝闸/glossary', // the model's PER 王家坝 gives way
    'TERM:王家坝闸/glossary',
    'ORG:星河2号实验室/glossary', // so does the number 2号
    'TERM:星河2号实验室/glossary',
    'TERM:新质生产力/glossary', // no label: a term only
  ]);
});

test('a reloaded glossary changes the names it gives, also in paragraphs seen before', () => {
  const { segmenter, names } = counting();
  let labelled = false;
  const terms: TermFinder = {
    get version() {
      return labelled ? 2 : 1;
    },
    find: (t) => (t.includes('长河') ? [{ start: t.indexOf('长河'), end: t.indexOf('长河') + 2, label: 'TERM', confidence: 1, source: 'glossary', glossaryId: 'h' }] : []),
    nameLabel: () => (labelled ? 'LOC' : undefined),
  };
  const a = new Annotator({ segmenter, names, terms });
  const text = '长河奔流';
  assert.deepEqual(a.annotate(text).filter((x) => x.label !== 'TERM'), []);
  labelled = true;
  assert.deepEqual(a.annotate(text).filter((x) => x.label !== 'TERM').map((x) => x.label), ['LOC']);
});

test('without the paragraph cache each paragraph is still matched against the glossary once', () => {
  const { segmenter, names } = counting();
  const seen: string[] = [];
  const terms: TermFinder = { version: 1, find: (t) => (seen.push(t), []), nameLabel: () => undefined };
  new Annotator({ segmenter, names, terms, paragraphCache: false }).annotate('甲\n乙\n丙');
  assert.deepEqual(seen, ['甲', '乙', '丙']);
});

test('a number inside a recognised name is part of the name; one across its edge still wins', () => {
  // The recogniser finds organisations and places ending in 队, 村 or 卫星, as a model would.
  const names: NameRecogniser = {
    recognise: (t: string) =>
      [...t.matchAll(/广东公安边防六支队|二百户村|鑫诺1号卫星|张家界/g)].map((m) => ({
        start: m.index!,
        end: m.index! + m[0].length,
        label: m[0] === '张家界' ? ('LOC' as const) : ('ORG' as const),
        confidence: 0.6,
        source: 'auto' as const,
      })),
  };
  const a = new Annotator({ segmenter: { tag: () => [] }, names });
  const table: Array<[string, string[]]> = [
    ['广东公安边防六支队派出六支队伍', ['ORG:广东公安边防六支队', 'NUM:六支']],
    ['怀安县二百户村有3户', ['ORG:二百户村', 'NUM:3户']],
    ['即将发射的鑫诺1号卫星', ['ORG:鑫诺1号卫星']],
    // 5张 crosses the start of 张家界: which one is right is not the name's to say.
    ['买了5张家界门票', ['NUM:5张']],
  ];
  for (const [text, want] of table) {
    assert.deepEqual(a.annotate(text).map((x) => `${x.label}:${text.slice(x.start, x.end)}`), want, text);
  }
});

test('the paragraph cache holds at most a few million characters: each edit of a long paragraph is not kept forever', () => {
  const { seen, segmenter, names } = counting();
  const a = new Annotator({ segmenter, names });
  // A thousand and one versions of a 4,000-character paragraph, as as many edits would give; then the first again.
  const version = (i: number) => String(i).padStart(6, '0') + '甲'.repeat(3994);
  for (let i = 0; i <= 1000; i++) a.annotateParagraph(version(i));
  const before = seen.length;
  a.annotateParagraph(version(0));
  assert.equal(seen.length, before + 1, 'the first version was dropped from the cache, so it is annotated again');
  // Short paragraphs stay cached as before.
  a.annotateParagraph('王明说');
  const again = seen.length;
  a.annotateParagraph('王明说');
  assert.equal(seen.length, again);
});

test('a very long paragraph is read in pieces of whole sentences, with offsets into the paragraph', () => {
  const pieces = (text: string, size: number) => sentencePieces(text, size).map(([a, b]) => text.slice(a, b));
  const table: Array<[string, number, string[]]> = [
    ['王明说。李强到。张三走！', 4, ['王明说。', '李强到。', '张三走！']],
    // Sentences gather up to the size; a closing quotation mark stays with its sentence.
    ['甲。乙。丙“丁。”戊。', 6, ['甲。乙。', '丙“丁。”', '戊。']],
    // A sentence longer than twice the size is cut at a comma, else at the size (not inside 𠮷).
    ['一二三四五六，七八九十甲乙丙丁。', 4, ['一二三四五六，', '七八九十', '甲乙丙丁。']],
    ['一二三𠮷四五六七八九', 4, ['一二三𠮷', '四五六七八九']],
  ];
  for (const [text, size, want] of table) {
    assert.deepEqual(pieces(text, size), want, text);
    assert.equal(pieces(text, size).join(''), text);
  }
  const { seen, segmenter, names } = counting();
  const a = new Annotator({ segmenter, names });
  const sentence = '记者王明说，今年增长8.8%。';
  const long = sentence.repeat(1000);
  const found = a.annotateParagraph(long);
  assert.equal(found.length, 2000);
  for (const x of found) assert.ok(['王明说', '8.8%'].includes(long.slice(x.start, x.end)), long.slice(x.start, x.end));
  // No piece is the whole paragraph: each was read alone.
  assert.ok(seen.every((t) => t.length <= 2 * 2000), 'a piece longer than the pieces');
});
