import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberedRoads, transitLines } from '../../../../src/core/recognise/names/transport-lines';
import { RuleSpan } from '../../../../src/core/recognise/names/rules';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { show } from './spans';

const run = (fn: (t: string, out: RuleSpan[]) => void, text: string) => {
  const out: RuleSpan[] = [];
  fn(text, out);
  return show(text, out.sort((a, b) => a.start - b.start));
};

test('lines between two cities named by their first characters', () => {
  const dict = Lexicon.build([['修建', LEX.WORD, 300], ['乘坐', LEX.WORD, 300], ['京津', LEX.LOC | LEX.WORD, 300]]);
  const spans = (text: string) => {
    const out: RuleSpan[] = [];
    numberedRoads(text, out, dict);
    return out.map((r) => `${r.label}:${text.slice(r.start, r.end)}`);
  };
  assert.deepEqual(spans('郑徐高铁开通，郑西高铁运行'), ['LOC:郑徐高铁', 'LOC:郑西高铁']);
  assert.deepEqual(spans('，京津城际运行'), ['LOC:京津城际']);
  // After a preposition of route: from one line to another.
  assert.deepEqual(spans('从京津城际到郑徐高铁'), ['LOC:京津城际', 'LOC:郑徐高铁']);
  // Words of the dictionary and longer words before the head are no line's ends.
  assert.deepEqual(spans('，修建高铁和乘坐高铁'), []);
  assert.deepEqual(spans('我们正在修建高铁'), []);
  // Chengdu's first character beside Chongqing's; three counties' first characters after a break.
  assert.deepEqual(spans('成渝高速（重庆段）改扩建，成渝铁路开工'), ['LOC:成渝高速', 'LOC:成渝铁路']);
  assert.deepEqual(spans('，巫云开高速、渝赤叙高速有序推进'), ['LOC:巫云开高速', 'LOC:渝赤叙高速']);
  assert.deepEqual(spans('要建成渝西高铁'), ['LOC:渝西高铁']);
  assert.deepEqual(spans('我们修建新高速'), []);
  // After an aspect particle; bridges between two or three cities; not a grand bridge's 特 or a counted bridge.
  assert.deepEqual(spans('随着沪苏湖高铁开通，标志着杭温高铁运营'), ['LOC:沪苏湖高铁', 'LOC:杭温高铁']);
  assert.deepEqual(spans('有了常泰长江大桥，继港珠澳大桥之后'), ['LOC:常泰长江大桥', 'LOC:港珠澳大桥']);
  assert.deepEqual(spans('，泸州沱江特大桥，建成两座大桥'), []);
  assert.deepEqual(spans('，跨江大桥建成通车，钢构大桥'), []);
});

test('roads', () => {
  const table: Array<[string, string[]]> = [
    ['经G60沪昆高速前往', ['LOC:G60沪昆高速']],
    ['京沪高铁和沪蓉高速复线', ['LOC:京沪高铁', 'LOC:沪蓉高速复线']],
    ['新建高速公路', []],
    ['新建京沪高速铁路', ['LOC:京沪高速']],
    // Three ends, a city's abbreviation among them.
    ['建成沪渝蓉高铁武宜段', ['LOC:沪渝蓉高铁']],
    // With the line's course between the ends and the head.
    ['。沪渝蓉沿江高铁合肥至武汉段开工', ['LOC:沪渝蓉沿江高铁']],
    ['。成渝中线高铁磨盘山隧道', ['LOC:成渝中线高铁']],
    ['的沪蓉高速', ['LOC:沪蓉高速']],
    ['新建高铁', []],
  ];
  for (const [text, want] of table) assert.deepEqual(run(numberedRoads, text), want, text);
});

test('rail lines by number or code are places where the text speaks of rail transit', () => {
  const table: Array<[string, string[]]> = [
    ['4条快轨包括15号线、19号线、C4线、27号线', ['LOC:15号线', 'LOC:19号线', 'LOC:C4线', 'LOC:27号线']],
    // With the system's word when it is written.
    ['重庆轨道交通10号线二期开通', ['LOC:轨道交通10号线']],
    ['七星岗站与轨道1号线换乘，地铁9号线二期', ['LOC:轨道1号线', 'LOC:地铁9号线']],
    ['曾家岩站与2号线换乘', ['LOC:2号线']],
    // No rail in the text: a factory's or a bus's line; a road named after a line.
    ['工厂的3号线投产', []],
    ['乘坐地铁到3号线路口', []],
  ];
  for (const [text, want] of table) assert.deepEqual(run(transitLines, text), want, text);
});
