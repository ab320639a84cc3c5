import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';

// Part-of-speech ids as the model's lexicon stores them: 表示 is the verb exemplar, 城乡 the noun one.
const VERB = 7;
const NOUN = 3;
const lex = Lexicon.build([
  ['表示', LEX.WORD, 20000, VERB],
  ['收购', LEX.WORD, 900, VERB],
  ['城乡', LEX.WORD, 3000, NOUN],
  ['住房', LEX.WORD, 2500, NOUN],
  ['重庆', LEX.LOC | LEX.WORD, 5000, NOUN],
  ['长安汽车', LEX.ORG, 12],
  ['王', LEX.SURNAME],
]);

test('lexicon look-ups: classes, prefixes, frequencies and tags of words', () => {
  const table: Array<[string, number, number]> = [
    // word, classes, frequency class round(2·ln(count + 1))
    ['表示', LEX.WORD, Math.round(2 * Math.log(20001))],
    ['重庆', LEX.LOC | LEX.WORD, Math.round(2 * Math.log(5001))],
    ['长安汽车', LEX.ORG, Math.round(2 * Math.log(13))],
    ['长安', LEX.PREFIX, 0],
    ['长安汽', LEX.PREFIX, 0],
    ['王', LEX.SURNAME, 0],
    ['贡献率', 0, 0],
  ];
  for (const [word, classes, freq] of table) {
    assert.equal(lex.lookup(word), classes, word);
    assert.equal(lex.lookupHash(Lexicon.hashWord(word)), classes, word);
    assert.equal(lex.frequency(word), freq, word);
    const slot = lex.slotOf(Lexicon.hashWord(word));
    assert.equal(slot >= 0, classes !== 0, word);
    if (slot >= 0) assert.equal(lex.metaAt(slot) & 0xffff, classes, word);
  }
  assert.equal(lex.isVerb('收购'), true);
  assert.equal(lex.isVerb('城乡'), false);
  assert.equal(lex.isVerb('贡献率'), false);
  assert.equal(lex.nounsOnly('住房城乡'), true);
  assert.equal(lex.nounsOnly('住房收购'), false);
  assert.equal(lex.isPlaceOnly('重庆'), true);
  assert.equal(lex.isWordAt('在重庆工作', 1), true);
  assert.equal(lex.isWordAt('在重庆工作', 4), false);
});

test('the packed table holds what the separate arrays of the model file hold, slot by slot', () => {
  const P = lex.packed();
  assert.equal(P.length, 2 * lex.keys.length);
  for (let s = 0; s < lex.keys.length; s++) {
    assert.equal(P[2 * s], lex.keys[s]);
    const meta = P[2 * s + 1];
    assert.deepEqual([meta & 0xffff, (meta >>> 16) & 0xff, meta >>> 24], [lex.classes[s], lex.freq[s], lex.pos[s]], `slot ${s}`);
  }
  assert.equal(lex.packed(), P, 'built once');
});
