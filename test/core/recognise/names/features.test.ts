import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charType, CharType, foldChar } from '../../../../src/core/recognise/names/normalise';
import { extractFeatures, MAX_FEATURES } from '../../../../src/core/recognise/names/features';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';

test('width folding and character types', () => {
  const table: Array<[string, string, CharType]> = [
    ['１', '1', CharType.Digit],
    ['Ａ', 'a', CharType.Latin],
    ['a', 'a', CharType.Latin],
    ['　', ' ', CharType.Space],
    ['，', ',', CharType.Punct],
    ['三', '三', CharType.HanNumeral],
    ['高', '高', CharType.Han],
  ];
  for (const [input, folded, type] of table) {
    const c = foldChar(input.charCodeAt(0));
    assert.equal(String.fromCharCode(c), folded, input);
    assert.equal(charType(c), type, input);
  }
});

const lex = Lexicon.build([
  ['重庆', LEX.WORD | LEX.LOC],
  ['主任', LEX.WORD | LEX.TITLE],
  ['委', LEX.ORG_SUFFIX],
  ['王', LEX.SURNAME],
]);

test('lexicon lookup with prefixes', () => {
  assert.equal(lex.lookup('重庆') & LEX.LOC, LEX.LOC);
  assert.equal(lex.lookup('重') & LEX.PREFIX, LEX.PREFIX);
  assert.equal(lex.lookup('北京'), 0);
});

test('full-width and half-width text give the same features', () => {
  const a = extractFeatures('１９９８年ＡＢ', lex, 18);
  const b = extractFeatures('1998年ab', lex, 18);
  assert.deepEqual(a.rows, b.rows);
  assert.deepEqual(a.counts, b.counts);
});

test('features stay in range and lexicon matches add features', () => {
  const f = extractFeatures('重庆主任王某', lex, 16);
  for (let i = 0; i < f.length; i++) {
    assert.ok(f.counts[i] > 10 && f.counts[i] <= MAX_FEATURES);
    for (let j = 0; j < f.counts[i]; j++) assert.ok(f.rows[i * MAX_FEATURES + j] >= 0 && f.rows[i * MAX_FEATURES + j] < 2 ** 16);
  }
  const plain = extractFeatures('今天主任王某', lex, 16);
  // 重 starts a LOC entry; 今 starts none, so it has fewer features.
  assert.ok(f.counts[0] > plain.counts[0]);
  // 王 follows a title: the after-title feature fires at 王 in both sentences.
  assert.equal(f.counts[4], plain.counts[4]);
});

test('a feature depends on its context', () => {
  const a = extractFeatures('王某说', lex, 20);
  const b = extractFeatures('王某笑', lex, 20);
  const rowsAt = (f: typeof a, i: number) => [...f.rows.slice(i * MAX_FEATURES, i * MAX_FEATURES + f.counts[i])];
  assert.notDeepEqual(rowsAt(a, 1), rowsAt(b, 1));
  assert.deepEqual(rowsAt(a, 0).slice(0, 3), rowsAt(b, 0).slice(0, 3));
});

test('the character type table agrees with the classifier everywhere', () => {
  const { computeCharTypeForTest } = require('../../../../src/core/recognise/names/normalise') as { computeCharTypeForTest: (c: number) => CharType };
  for (let c = 0; c < 0x10000; c++) if (charType(c) !== computeCharTypeForTest(c)) assert.fail(`U+${c.toString(16)}`);
});
