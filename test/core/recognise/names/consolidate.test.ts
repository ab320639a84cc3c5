import { test } from 'node:test';
import assert from 'node:assert/strict';
import { companyAliases, consolidateNames } from '../../../../src/core/recognise/names/consolidate';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { Annotation } from '../../../../src/core/types';

const dict = Lexicon.build([
  ['重庆', LEX.LOC],
  ['太平洋', LEX.LOC],
  ['中国', LEX.LOC],
  ['保险', LEX.WORD],
]);
const lookup = (s: string) => dict.lookup(s);

test('the short names a company named in full goes by', () => {
  const table: Array<[string, string[]]> = [
    ['重庆华峰化工有限公司', ['重庆华峰化工', '华峰化工']],
    ['重庆市华峰化工有限公司', ['重庆市华峰化工', '华峰化工']],
    ['重庆宏美达欣实业（集团）有限公司', ['重庆宏美达欣实业', '宏美达欣实业']],
    ['赛力斯集团', ['赛力斯']],
    ['阿维塔科技有限公司', ['阿维塔科技']],
    // What is left after the place is a common word, or the place is all there is: no short name.
    ['太平洋保险公司', ['太平洋保险']],
    ['中国公司', []],
    ['重庆集团', []],
    // No legal form, no short name.
    ['市发展改革委', []],
  ];
  for (const [name, want] of table) assert.deepEqual(companyAliases(name, lookup), want, name);
});

const ann = (text: string, s: string, label: Annotation['label'], confidence: number, from = 0): Annotation => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, label, confidence, source: 'auto', recogniser: 'model' };
};

test('a short name is marked as the company, and replaces weaker pieces of it', () => {
  const text = '重庆华峰化工有限公司成立。华峰化工的产品，华峰化工厂区。';
  const out = consolidateNames(text, [ann(text, '重庆华峰化工有限公司', 'ORG', 0.9), ann(text, '华峰', 'LOC', 0.4, 12)], lookup);
  const show = out.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`);
  assert.deepEqual(show, ['ORG:重庆华峰化工有限公司@0', 'ORG:华峰化工@13', 'ORG:华峰化工@21']);
  // A surer piece stays (and, surer than the short name, is what the last mention becomes); without the
  // dictionary no place is dropped from the name.
  const sure = consolidateNames(text, [ann(text, '重庆华峰化工有限公司', 'ORG', 0.9), ann(text, '华峰', 'LOC', 0.95, 12)], lookup);
  assert.deepEqual(sure.map((a) => `${a.label}:${text.slice(a.start, a.end)}`), ['ORG:重庆华峰化工有限公司', 'LOC:华峰', 'LOC:华峰']);
  const bare = consolidateNames(text, [ann(text, '重庆华峰化工有限公司', 'ORG', 0.9)]);
  assert.deepEqual(bare.map((a) => text.slice(a.start, a.end)), ['重庆华峰化工有限公司']);
});
