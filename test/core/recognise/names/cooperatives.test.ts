import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cooperatives } from '../../../../src/core/recognise/names/cooperatives';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

test('a cooperative or family farm with a name of its own is one organisation, with the place before it', () => {
  const lex = Lexicon.build([['表示', LEX.WORD, 1000, 17], ['创办', LEX.WORD, 500, 17], ['种植', LEX.WORD, 500, 17], ['选购', LEX.WORD, 300, 17], ['诚信', LEX.WORD, 500]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['，合作社是荥阳市新田地种植专业合作社，这家', [['荥阳市', 'LOC']], ['ORG:荥阳市新田地种植专业合作社']],
    ['小寒村，莉英种植专业合作社已经', [['小寒村', 'LOC'], ['英', 'LOC']], ['LOC:小寒村', 'ORG:莉英种植专业合作社']],
    // A person read in the name is part of it; a verb of the clause before it is not (创办).
    ['，重庆市南川区逢秋荣高粱种植专业合作社农业劳动者', [['重庆市', 'LOC'], ['南川区', 'LOC'], ['逢秋荣', 'PER']], ['ORG:重庆市南川区逢秋荣高粱种植专业合作社']],
    ['陆勇妹创办黎平侗品源传统工艺农民专业合作社，', [['陆勇妹', 'PER'], ['黎平', 'LOC']], ['PER:陆勇妹', 'ORG:黎平侗品源传统工艺农民专业合作社']],
    ['，钟祥市春源农作物种植农民专业合作社联合社理事长', [['钟祥市', 'LOC']], ['ORG:钟祥市春源农作物种植农民专业合作社联合社']],
    ['在鸠江区诚信家庭农场种植', [['鸠江区', 'LOC']], ['ORG:鸠江区诚信家庭农场']],
    // A verb of visiting opens the clause, though jieba tags it a noun.
    ['经验。参观春田家庭农场、马郢', [], ['ORG:春田家庭农场']],
    ['代表团考察龙泉种植专业合作社', [], ['ORG:龙泉种植专业合作社']],
    // A chain of three places or more is the address, each place its own.
    ['，江苏省盐城市盐都区龙冈镇九曲现代家庭农场负责人', [['江苏省', 'LOC'], ['盐城市', 'LOC'], ['盐都区', 'LOC'], ['龙冈镇', 'LOC']], ['LOC:江苏省', 'LOC:盐城市', 'LOC:盐都区', 'LOC:龙冈镇', 'ORG:九曲现代家庭农场']],
    // A bare cooperative, its kind alone, or a common word before it: no name.
    ['陆勇妹通过合作社将寨子里', [['陆勇妹', 'PER']], ['PER:陆勇妹']],
    ['当地的农业合作社，该合作社负责人', [], []],
    ['多家农机合作社组成', [], []],
    ['，选购合作社制作的', [], []],
    ['，诚信合作社', [], []],
    ['，共青团兰州联合社会工作', [['共青团兰州', 'ORG']], ['ORG:共青团兰州']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, cooperatives(text, spansOf(text, read), make, lex)), want, text);
});
