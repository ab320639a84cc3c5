import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listedLines, numberedRoads, stationsAfterCities, stationsReadAsPeople, transitLines } from '../../../../src/core/recognise/names/transport-lines';
import { RuleSpan } from '../../../../src/core/recognise/names/rules';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { show, spansOf } from './spans';

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

test('a line named by two characters the dictionary knows only as a name, after a date; not a city and its suffix', () => {
  const dict = Lexicon.build([['包银', LEX.PER | LEX.WORD, 300], ['修建', LEX.WORD, 300], ['天津市', LEX.LOC | LEX.WORD, 300], ['武汉', LEX.LOC | LEX.WORD, 300]]);
  const spans = (text: string) => {
    const out: RuleSpan[] = [];
    numberedRoads(text, out, dict);
    return out.map((r) => `${r.label}:${text.slice(r.start, r.end)}`);
  };
  assert.deepEqual(spans('，包银高铁开通后就方便多了'), ['LOC:包银高铁']);
  assert.deepEqual(spans('自12月26日西延高铁开通以来'), ['LOC:西延高铁']);
  // 天津市 | 高铁城际网: the city's own name, not 津 and 市 as a line's ends; a place alone before 高铁 is no line.
  assert.deepEqual(spans('，天津市高铁城际网建设'), []);
  assert.deepEqual(spans('，武汉高铁站'), []);
  assert.deepEqual(spans('，我们修建高铁'), []);
  // After a date, a person travelling by train; a line's own travellers elsewhere (包银高铁出行).
  assert.deepEqual(spans('当日包银高铁返京'), []);
  assert.deepEqual(spans('，包银高铁出行人数创新高'), ['LOC:包银高铁']);
});

test('lines listed by their ends before one head', () => {
  const dict = Lexicon.build([['京哈', LEX.WORD, 300], ['新建', LEX.WORD, 300], ['改造', LEX.WORD, 300], ['武汉', LEX.LOC, 300], ['长沙', LEX.LOC, 300]]);
  const spans = (text: string) => {
    const out: RuleSpan[] = [];
    listedLines(text, out, dict);
    return out.map((r) => `${r.label}:${text.slice(r.start, r.end)}`);
  };
  // Before 等 and the kind, every item; joined to the head, the last is the whole line's (numberedRoads).
  assert.deepEqual(spans('，京哈、郑渝、贵南、福厦、济郑等一批重大高速铁路'), ['LOC:京哈', 'LOC:郑渝', 'LOC:贵南', 'LOC:福厦', 'LOC:济郑']);
  assert.deepEqual(spans('，京哈、郑渝、济郑高铁等项目'), ['LOC:京哈', 'LOC:郑渝']);
  // A section after an item stays outside its name.
  assert.deepEqual(spans('，京唐、京滨北段、津兴城际铁路相继建成'), ['LOC:京唐', 'LOC:京滨']);
  // Words and places alone are no lines: 改造、新建高速公路, 武汉、长沙等高铁站.
  assert.deepEqual(spans('，改造、新建高速公路3000公里'), []);
  assert.deepEqual(spans('，武汉、长沙等高铁站客流'), []);
  assert.deepEqual(spans('，京哈、郑渝两地'), []);
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

test('in a list of stops, a person read there is a station named by a city and a compass point, or the verb before the first stop', () => {
  const lex = Lexicon.build([['建德', LEX.LOC | LEX.WORD, 300], ['唐山', LEX.LOC | LEX.WORD, 3000], ['富平', LEX.LOC | LEX.WORD, 100], ['张东', LEX.WORD, 2]]);
  const table: Array<[string, Array<[string, 'PER' | 'ORG' | 'LOC']>, string[]]> = [
    ['全线共设建德、建德南、龙游北等站', [['设建德', 'PER'], ['建德南', 'PER'], ['龙游北', 'LOC']], ['LOC:建德', 'LOC:建德南', 'LOC:龙游北']],
    ['香河、宝坻、玉田南、唐山西、唐山8座车站', [['唐山西', 'PER']], ['LOC:唐山西']],
    ['此次开通高陵、富平南、铜川等站', [['富平南', 'PER']], ['LOC:富平南']],
    // A person in a list, a city of no dictionary before the compass point, or no list: as read.
    ['获奖者张东南、李华', [['张东南', 'PER'], ['李华', 'PER']], ['PER:张东南', 'PER:李华']],
    ['富平南说', [['富平南', 'PER']], ['PER:富平南']],
    ['、经建德的', [['经建德', 'PER']], ['PER:经建德']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, stationsReadAsPeople(text, spansOf(text, read), lex)), want, text);
});

test('in a list of stops, a city read before a compass point is the station named by both', () => {
  const lex = Lexicon.build([['铜川', LEX.LOC | LEX.WORD, 300], ['永州', LEX.LOC | LEX.WORD, 300], ['桂林', LEX.LOC | LEX.WORD, 3000], ['中国', LEX.LOC | LEX.WORD, 90000], ['江西', LEX.LOC | LEX.WORD, 9000]]);
  const table: Array<[string, Array<[string, 'PER' | 'ORG' | 'LOC']>, string[]]> = [
    ['全线共设富平、铜川东3座车站', [['铜川', 'LOC']], ['LOC:铜川东']],
    ['经停衡阳东、永州南、桂林北，全程', [['永州', 'LOC'], ['南', 'LOC'], ['桂林', 'LOC']], ['LOC:永州南', 'LOC:桂林北']],
    ['停靠桂林北,柳州等站', [['桂林', 'LOC']], ['LOC:桂林北']],
    // A compass point that opens the next item, a word after it, or no list: as read.
    ['中国东、西部差距', [['中国', 'LOC']], ['LOC:中国']],
    ['湖南、江西南部', [['江西', 'LOC']], ['LOC:江西']],
    ['到桂林北，', [['桂林', 'LOC']], ['LOC:桂林']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, stationsAfterCities(text, spansOf(text, read), lex)), want, text);
});
