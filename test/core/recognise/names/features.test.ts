import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charType, CharType, foldChar } from '../../../../src/core/recognise/names/normalise';
import { extractFeatures, MAX_FEATURES, narrowRow } from '../../../../src/core/recognise/names/features';
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

test('version 4: a dictionary proper noun adds features of its own class; version 3 reads none of them', () => {
  const withName = Lexicon.build([['华为', LEX.NAME_ORG], ['华为', LEX.PER | LEX.WORD]]);
  const without = Lexicon.build([['华为', LEX.PER | LEX.WORD]]);
  const text = '华为发布新品';
  const v4 = extractFeatures(text, withName, 20, false, 4);
  const v4without = extractFeatures(text, without, 20, false, 4);
  const v3 = extractFeatures(text, withName, 20, false, 3);
  // Start and end of the organisation name: one more feature at 华 and at 为.
  assert.equal(v4.counts[0], v4without.counts[0] + 1);
  assert.equal(v4.counts[1], v4without.counts[1] + 1);
  assert.equal(v4.counts[2], v4without.counts[2]);
  assert.deepEqual([...v3.counts], [...v4without.counts]);
});

test('a feature depends on its context', () => {
  const a = extractFeatures('王某说', lex, 20);
  const b = extractFeatures('王某笑', lex, 20);
  const rowsAt = (f: typeof a, i: number) => [...f.rows.slice(i * MAX_FEATURES, i * MAX_FEATURES + f.counts[i])];
  assert.notDeepEqual(rowsAt(a, 1), rowsAt(b, 1));
  assert.deepEqual(rowsAt(a, 0).slice(0, 3), rowsAt(b, 0).slice(0, 3));
});

test('version 3: the templates reading one character, bigram or word share a block of rows', () => {
  const f = extractFeatures('重庆市政府', lex, 20);
  const row = (i: number, k: number) => f.rows[i * MAX_FEATURES + k];
  // 庆 (position 1) as C+2 at 0 … C−2 at 3: rows 0–4 are C0, C−1, C+1, C−2, C+2.
  const uses: Array<[number, number]> = [[1, 0], [2, 1], [0, 2], [3, 3]];
  const rows = uses.map(([i, k]) => row(i, k));
  assert.equal(new Set(rows.map((r) => r >> 3)).size, 1, 'one block of 8');
  assert.deepEqual(rows.map((r) => r & 7), [0, 1, 2, 3], 'a slot per offset');
  // The bigram 庆市 as C0C+1 at 1 (row 6) and C−1C0 at 2 (row 5).
  assert.equal(row(1, 6) >> 2, row(2, 5) >> 2);
  assert.notEqual(row(1, 6), row(2, 5));
  // Version 2 hashes each template on its own.
  const v2 = extractFeatures('重庆市政府', lex, 20, false, 2);
  assert.notEqual(v2.rows[1 * MAX_FEATURES + 1] >> 3, v2.rows[2 * MAX_FEATURES + 2] >> 3);
});

test('rows counted wide (for pruning) narrow to the rows of the model width', () => {
  for (const version of [2, 3]) {
    for (const bits of [14, 19, 20]) {
      const text = '市经济信息委主任王志杰在重庆出席。';
      const wide = extractFeatures(text, lex, 24, false, version);
      const direct = extractFeatures(text, lex, bits, false, version);
      for (let i = 0; i < text.length; i++) {
        for (let k = 0; k < direct.counts[i]; k++) {
          const j = i * MAX_FEATURES + k;
          assert.equal(narrowRow(wide.rows[j], k, 24, bits, version), direct.rows[j], `version ${version}, ${bits} bits, position ${i}, row ${k}`);
        }
      }
    }
  }
});

test('the character type table agrees with the classifier everywhere', () => {
  const { computeCharTypeForTest } = require('../../../../src/core/recognise/names/normalise') as { computeCharTypeForTest: (c: number) => CharType };
  for (let c = 0; c < 0x10000; c++) if (charType(c) !== computeCharTypeForTest(c)) assert.fail(`U+${c.toString(16)}`);
});
