import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviationPairsInReadings, abbreviationRuns, compassZones } from '../../../../src/core/recognise/names/place-abbreviations';
import { RuleSpan } from '../../../../src/core/recognise/names/rules';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { S, show, spansOf } from './spans';

const run = (fn: (t: string, out: RuleSpan[]) => void, text: string) => {
  const out: RuleSpan[] = [];
  fn(text, out);
  return show(text, out.sort((a, b) => a.start - b.start));
};

test('province abbreviation runs', () => {
  const table: Array<[string, string[]]> = [
    ['推动川渝黔协同发展', ['LOC:川', 'LOC:渝', 'LOC:黔']],
    // The capital region's name is one place; a longer run holding it is read piece by piece.
    ['推动京津冀协同发展', ['LOC:京津冀']],
    ['京津冀晋合作', ['LOC:京', 'LOC:津', 'LOC:冀', 'LOC:晋']],
    ['川渝两地合作', ['LOC:川', 'LOC:渝']],
    // Two abbreviations before a word of joint work; 深 of 深港 beside Hong Kong only.
    ['248个川渝共建项目', ['LOC:川', 'LOC:渝']],
    ['首次实现粤港共同办赛', ['LOC:粤', 'LOC:港']],
    ['串联深港两地', ['LOC:深', 'LOC:港']],
    ['深入推进', []],
    ['苏宁易购开业', []],
    ['广东、辽宁、黑龙江', []],
    ['这是渝中的事', []],
    ['吃得甜津津，', []],
    // A run and a regional head name one region.
    ['粤港澳大湾区建设', ['LOC:粤港澳大湾区']],
    ['川渝经济圈', ['LOC:川渝经济圈']],
    // 地区 after a run names one region, as 西部地区 is one place.
    ['也希望将港澳地区、沿海发达地区', ['LOC:港澳地区']],
    ['川渝地区合作', ['LOC:川渝地区']],
    ['京津冀协同发展示范区', ['LOC:京津冀协同发展示范区']],
  ];
  for (const [text, want] of table) assert.deepEqual(run(abbreviationRuns, text), want, text);
});

test("a pair of abbreviations whose first makes a place with the character before it is no run", () => {
  const dict = Lexicon.build([['临港', LEX.LOC | LEX.WORD], ['越深', LEX.WORD]]);
  const table: Array<[string, string[]]> = [
    ['临港新片区建设', []],
    // A word of the dictionary before the pair is not enough.
    ['跨越深港两地', ['LOC:深', 'LOC:港']],
  ];
  for (const [text, want] of table) assert.deepEqual(run((t, out) => abbreviationRuns(t, out, dict), text), want, text);
});

test('two province abbreviations before a word of joint work are two places', () => {
  for (const [text, want] of [['旅促会在鲁渝协作中', ['LOC:鲁', 'LOC:渝']], ['9月，鲁渝双方在黔江', ['LOC:鲁', 'LOC:渝']]] as Array<[string, string[]]>) {
    assert.deepEqual(run(abbreviationRuns, text), want, text);
  }
});

test('a zone named by abbreviations with compass parts is one place', () => {
  const table: Array<[string, string[]]> = [
    ['并听取了渝南黔北合作先行示范区建设推进工作', ['LOC:渝南黔北合作先行示范区']],
    ['渝南黔北地区', []],
  ];
  for (const [text, want] of table) assert.deepEqual(run(compassZones, text), want, text);
});

test('a pair of abbreviations the model reads into a longer name is two places', () => {
  const lex = Lexicon.build([['文旅', LEX.WORD], ['乡村', LEX.WORD], ['河长', LEX.WORD], ['省市', LEX.WORD]]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['“南北牡丹合流，川渝文旅合力”', [['川渝文', 'PER']], ['LOC:川', 'LOC:渝']],
    ['坚持“川渝一盘棋”思想', [['川渝', 'PER']], ['LOC:川', 'LOC:渝']],
    ['首届川渝乡村振兴农民画联展', [['川渝乡', 'LOC']], ['LOC:川', 'LOC:渝']],
    ['今年以来，川渝省市政协在两地', [['川渝省', 'LOC']], ['LOC:川', 'LOC:渝']],
    ['形成有川渝政协辨识度的成果', [['川渝政协', 'ORG']], ['LOC:川', 'LOC:渝']],
    ['2025海外华文媒体川渝行', [['川渝行', 'ORG']], ['LOC:川', 'LOC:渝']],
    // A region's or a line's name, a run of three, the pair read whole as a place, and a place of its own stay.
    ['引领川渝东北一体化', [['川渝东北', 'LOC']], ['LOC:川渝东北']],
    ['沪渝蓉沿江高铁开工', [['沪渝蓉', 'PER']], ['PER:沪渝蓉']],
    ['来自川渝两地', [['川渝', 'LOC']], ['LOC:川渝']],
    ['辽宁省', [['辽宁省', 'LOC']], ['LOC:辽宁省']],
    // A person whose name opens with a surname stays a person.
    ['国家统计局局长宁吉喆表示', [['宁吉喆', 'PER']], ['PER:宁吉喆']],
    ['主持人鲁豫说', [['鲁豫', 'PER']], ['PER:鲁豫']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, abbreviationPairsInReadings(text, spansOf(text, read), lex)), want, text);
});
