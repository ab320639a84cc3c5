import { test } from 'node:test';
import assert from 'node:assert/strict';
import { politicalParties } from '../../../../src/core/recognise/names/political-parties';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

test('a party named by what it stands for is an organisation, after a word break and without the country before it', () => {
  const lex = Lexicon.build([['宣布', LEX.WORD], ['加入', LEX.WORD], ['员工', LEX.WORD], ['发展', LEX.WORD]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['最大在野党共同民主党前国会议员', [], ['ORG:共同民主党']],
    ['尹锡悦加入国民力量党。', [['尹锡悦', 'PER']], ['PER:尹锡悦', 'ORG:国民力量党']],
    ['执政联盟中的公明党党首石井启一', [], ['ORG:公明党']],
    ['英国工党党首斯塔默', [['英国', 'LOC'], ['斯塔默', 'PER']], ['LOC:英国', 'ORG:工党', 'PER:斯塔默']],
    ['宣布工党赢得选举', [], ['ORG:工党']],
    ['作为劳工党候选人的卢拉', [['卢拉', 'PER']], ['ORG:劳工党', 'PER:卢拉']],
    ['激进左翼的经济自由斗士党（EFF）', [], ['ORG:经济自由斗士党']],
    ['执政党民主奋斗党（PDIP）', [], ['ORG:民主奋斗党']],
    // A longer name the model read stays whole.
    ['新泽西州民主党联邦众议员', [['新泽西州民主党', 'ORG']], ['ORG:新泽西州民主党']],
    // No party: members, organs of a Chinese unit, the eight parties as a class, the Party and the State,
    // a verb before 党的, a piece of a longer word.
    ['优秀共产党员', [], []],
    ['员工党支部书记', [], []],
    ['各民主党派', [], []],
    ['改革党和国家的领导制度', [], []],
    ['统一党的思想', [], []],
    ['，奋斗党的事业', [], []],
    ['积极发展党的组织', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, politicalParties(text, spansOf(text, read), make, lex)), want, text);
});

test('a party of one word and 党 (工党) stays below the consistency threshold: it is also a piece of words', () => {
  const lex = Lexicon.build([['宣布', LEX.WORD]]);
  const [party] = politicalParties('宣布工党赢得选举', [], (x: LabelledSpan): S => ({ ...x, confidence: 0.7 }), lex);
  assert.ok(party.confidence < 0.6);
  const [long] = politicalParties('，共同民主党', [], (x: LabelledSpan): S => ({ ...x, confidence: 0.7 }), lex);
  assert.equal(long.confidence, 0.7);
});
