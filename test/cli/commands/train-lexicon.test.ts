import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { trainingLexicon } from '../../../src/cli/commands/train';
import { NEWER_THAN_MODEL } from '../../../src/core/recognise/names/build-lexicon';
import { defaultModelPath, loadNameModel } from '../../../src/core/recognise/names/load';
import { SURNAMES, TITLES } from '../../../src/core/recognise/names/lists';

const digest = (a: ArrayBufferView): string => createHash('sha256').update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength)).digest('hex');

// `npm run train` must rebuild the shipped model byte for byte. Training takes minutes, but the part of it that
// changes when the rules' word lists grow is the lexicon, which takes a second to build: a title or surname added
// to lists.ts for a rule changes the lexicon, and so the model that training gives, unless NEWER_THAN_MODEL names it.
test('the lexicon that training builds is the shipped model’s, entry for entry', () => {
  const warnings: string[] = [];
  const built = trainingLexicon((m) => warnings.push(m));
  assert.deepEqual(warnings, [], 'every source of the lexicon is present, as in the shipped model');
  const shipped = loadNameModel(defaultModelPath()!).lexicon;
  assert.equal(built.keys.length, shipped.keys.length);
  for (const part of ['keys', 'classes', 'freq', 'pos'] as const) {
    assert.equal(digest(built[part]), digest(shipped[part]), `lexicon ${part}: a word list changed since the shipped model was trained (name the new words in NEWER_THAN_MODEL, or retrain)`);
  }
});

test('the words held out of the lexicon are words of the rules’ lists', () => {
  const lists = new Set([...TITLES, ...SURNAMES]);
  for (const w of NEWER_THAN_MODEL) assert.ok(lists.has(w), `${w} is in no list: drop it from NEWER_THAN_MODEL`);
});
