import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facilitiesWithTheirCity, roadHeadsJoined, roadNetworkNames, tunnelsAndBridges } from '../../../../src/core/recognise/names/road-names';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

const VERB = 3;
const dict = Lexicon.build([
  ['表示', LEX.WORD, 300, VERB],
  ['穿越', LEX.WORD, 300, VERB],
  ['提升', LEX.WORD, 300, VERB],
  ['沿线', LEX.WORD, 300],
  ['核心', LEX.WORD, 5000],
  ['桥头', LEX.WORD, 300],
  ['道理', LEX.WORD, 300],
  ['大渡口', LEX.LOC | LEX.WORD, 300],
  ['璧山', LEX.LOC, 300],
  ['秀山', LEX.LOC, 300],
  ['重庆市', LEX.LOC | LEX.WORD, 300],
  ['重庆', LEX.LOC | LEX.WORD, 300],
  ['解放', LEX.WORD, 300, VERB],
  ['丰收', LEX.WORD, 300, VERB],
  ['长风', LEX.WORD, 10],
  ['解放碑', LEX.WORD, 300],
  ['拨通', LEX.WORD, 300, VERB],
  ['探索', LEX.WORD, 300, VERB],
  ['积极探索', LEX.WORD, 300],
  ['南岸', LEX.LOC | LEX.WORD, 300],
  ['九龙坡', LEX.LOC | LEX.WORD, 300],
  ['李娜', LEX.PER | LEX.LOC, 300],
  ['山东', LEX.LOC | LEX.WORD, 300],
  ['郑州', LEX.LOC | LEX.WORD, 300],
  ['宁波', LEX.LOC | LEX.WORD, 300],
  ['武汉', LEX.LOC | LEX.WORD, 300],
  ['河北', LEX.LOC | LEX.WORD, 300],
  ['中国', LEX.LOC | LEX.WORD, 300],
  ['香港', LEX.LOC | LEX.WORD, 300],
  ['秘鲁', LEX.LOC | LEX.WORD, 300],
]);
const make = (s: LabelledSpan): S => ({ ...s, confidence: 0.65 });

test('the roads, interchanges and areas of a city network are places, named whole', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // A name the model read as a person before an interchange's head; a number of the interchange inside.
    ['华岩立交主要由华岩1号立交组成。', [['华岩', 'PER'], ['华岩', 'PER']], ['LOC:华岩立交', 'LOC:华岩1号立交']],
    // The lines of an expressway grid, counted or ringed.
    ['黄桷湾立交是三横线、内环快速路、渝航大道相交的立交', [], ['LOC:黄桷湾立交', 'LOC:三横线', 'LOC:内环快速路', 'LOC:渝航大道']],
    // Read back to a verb of route or a break; a verb that opens the run is no part of the name.
    ['线路西起蔡家片区，东至悦来片区椿萱立交。', [], ['LOC:蔡家片区', 'LOC:悦来片区', 'LOC:椿萱立交']],
    ['，穿越鹿角片区、樵坪片区，', [], ['LOC:鹿角片区', 'LOC:樵坪片区']],
    // A verb further in makes the run a clause: no name.
    ['记下房号，立刻拨通片区网格员', [], []],
    ['，吉林省积极探索社区“社工', [['吉林省', 'LOC']], ['LOC:吉林省']],
    // A district named before: the name after it is a place of its own.
    ['该项目位于大渡口重钢片区，', [['大渡口', 'LOC']], ['LOC:大渡口', 'LOC:重钢片区']],
    // The model's place and one more character, or a compass word: one place.
    ['与九龙坡青龙嘴立交，', [['九龙坡', 'LOC'], ['青龙', 'LOC']], ['LOC:九龙坡', 'LOC:青龙嘴立交']],
    ['地处巴渝丘陵与川西平原的', [['巴渝', 'LOC'], ['川', 'LOC']], ['LOC:巴渝丘陵', 'LOC:川西平原']],
    // A district the gazetteer knows before the area's own name: two places.
    ['，位于重庆市南岸茶园片区，', [['重庆市', 'LOC']], ['LOC:重庆市', 'LOC:南岸', 'LOC:茶园片区']],
    ['，位于重庆市南岸茶园片区，', [['重庆市', 'LOC'], ['南岸茶园', 'LOC']], ['LOC:重庆市', 'LOC:南岸', 'LOC:茶园片区']],
    // A site and a kind of street in it are one place.
    ['、万州天生城文旅街区接待', [['万州天生城', 'LOC']], ['LOC:万州天生城文旅街区']],
    // Subdistricts and business districts by their heads; a place and a kind of street named after it, read apart.
    ['位于新盛街道的机构、北温泉街道作孚路社区', [], ['LOC:新盛街道', 'LOC:北温泉街道', 'LOC:作孚路社区']],
    // A community's organ or team is an organisation named with it; a kind of community is none.
    ['上报到社区，金蓉社区党委在了解', [['金蓉', 'PER']], ['ORG:金蓉社区党委']],
    ['完成40个涉农社区生活垃圾分类，老旧社区改造', [], []],
    ['，提升观音桥街道形象', [], ['LOC:观音桥街道']],
    // A name the dictionary knows whole keeps the verb it opens with.
    ['凌晨四点的解放碑商圈，', [], ['LOC:解放碑商圈']],
    ['紧邻北仓文创街区、观音桥商圈，', [['北仓', 'LOC'], ['文创街区', 'LOC']], ['LOC:北仓文创街区', 'LOC:观音桥商圈']],
    // The streets, a grade or type, a kind at the end, a chain of places: nothing new.
    ['，城市街道上车多', [], []],
    ['将打造5个世界级地标商圈', [], []],
    ['，串联沿线商圈与枢纽', [], []],
    ['，重庆市万州区五桥街道', [['重庆市', 'LOC'], ['万州', 'LOC']], ['LOC:重庆市', 'LOC:万州']],
    // Kinds, counts, descriptions and other words: nothing new.
    ['，城市快速路和核心片区，', [], []],
    ['，黄桷湾是五路交叉立交，', [], []],
    ['，垫江是川东小平原，', [['川东', 'LOC']], ['LOC:川东']],
    ['，推动中新互联互通项目', [], []],
    ['，讲清楚大道理，', [], []],
    ['，在纸上画一横线，', [], []],
    ['，服务沿线弹子石片区发展', [], []],
    // A degree before the head makes a kind (最严重社区); a rarer word, even a verb, may be a name (长风社区, 丰收社区).
    ['优先发放至受灾最严重社区，', [], []],
    ['，长风社区，', [], ['LOC:长风社区']],
    ['，丰收社区，', [], ['LOC:丰收社区']],
    // 以 (by means of) opens no name; a subdistrict before a community is a place of its own.
    ['，以兴东社区党建引领治理', [], ['LOC:兴东社区']],
    ['饭香从城南街道梅林社区的食堂飘出', [], ['LOC:城南街道', 'LOC:梅林社区']],
    // A part of town names a subdistrict or community, not a business district.
    ['城南商圈人流如织，城东社区开展活动', [], ['LOC:城东社区']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, roadNetworkNames(text, spansOf(text, read), make, dict)), want, text);
  // Roads by their number; a count of roads is none.
  const numbered: Array<[string, string[]]> = [
    ['位于修水县338乡道靠近黄沙里处', ['LOC:338乡道']],
    ['在319国道废弃的公路上', ['LOC:319国道']],
    ['乐井快速通道、省道103线等', ['LOC:省道103线']],
    ['国道G318沿线，Y104乡道大沟桥', ['LOC:国道G318', 'LOC:Y104乡道']],
    ['在３１０国道６０２公里处', ['LOC:３１０国道']],
    ['全县有两条国道和3条省道，2024年国道建设', []],
    ['全年新改建国道120公里、县道45公里。国道2024年完成投资', []],
    ['国道318多处路段塌方，省道205处于维修状态', ['LOC:国道318', 'LOC:省道205']],
  ];
  for (const [text, want] of numbered) assert.deepEqual(show(text, roadNetworkNames(text, [], make, dict)), want, text);
});

test("a city's rail line and an airport named with its city are one place; a port is not", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['目前，重庆轨道交通4号线运行', [['重庆', 'LOC'], ['轨道交通4号线', 'LOC']], ['LOC:重庆轨道交通4号线']],
    ['根据规划，重庆璧山机场功能定位', [['重庆', 'LOC'], ['璧山机场', 'LOC']], ['LOC:重庆璧山机场']],
    // A new airport without a name, a line without the system's word, a place that is also a person's name, a gap.
    ['重庆新机场的规划', [['重庆', 'LOC'], ['新机场', 'LOC']], ['LOC:重庆', 'LOC:新机场']],
    ['重庆4号线', [['重庆', 'LOC'], ['4号线', 'LOC']], ['LOC:重庆', 'LOC:4号线']],
    ['李娜璧山机场', [['李娜', 'LOC'], ['璧山机场', 'LOC']], ['LOC:李娜', 'LOC:璧山机场']],
    ['重庆、璧山机场', [['重庆', 'LOC'], ['璧山机场', 'LOC']], ['LOC:重庆', 'LOC:璧山机场']],
    // An airport whose own name begins with 新 (新郑, 新桥) is named; a port keeps its city or province apart.
    ['包括郑州新郑机场、', [['郑州', 'LOC'], ['新郑机场', 'LOC']], ['LOC:郑州新郑机场']],
    ['武汉阳逻港和河北唐山港', [['武汉', 'LOC'], ['阳逻港', 'LOC'], ['河北', 'LOC'], ['唐山港', 'LOC']], ['LOC:武汉', 'LOC:阳逻港', 'LOC:河北', 'LOC:唐山港']],
    // Not a place of its own after its country (中国 | 香港), nor a country's port.
    ['中国香港和秘鲁钱凯港', [['中国', 'LOC'], ['香港', 'LOC'], ['秘鲁', 'LOC'], ['钱凯港', 'LOC']], ['LOC:中国', 'LOC:香港', 'LOC:秘鲁', 'LOC:钱凯港']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, facilitiesWithTheirCity(text, spansOf(text, read), dict)), want, text);
});

test('a tunnel, grand bridge or ship lock with a name of its own is a place', () => {
  const lex = Lexicon.build([...['随着', '深入', '最长', '鹿角'].map((w) => [w, LEX.WORD] as [string, number]), ['表示', LEX.WORD, 300, VERB], ['进入', LEX.WORD, 300, VERB]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.65 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // The model's person before the head, or nothing read: the name back to a break, a name or a verb's word.
    ['沪宁合高铁安徽段最长隧道丰山隧道进口贯通', [['沪宁合高铁', 'LOC'], ['丰山', 'PER']], ['LOC:沪宁合高铁', 'LOC:丰山隧道']],
    ['全长12673米的向阳二号隧道建设', [], ['LOC:向阳二号隧道']],
    ['宜昌至兴山高铁高岚河特大桥顺利合龙', [['宜昌至兴山高铁', 'LOC'], ['高岚河', 'PER']], ['LOC:宜昌至兴山高铁', 'LOC:高岚河特大桥']],
    ['合武高铁安徽段站前一标庐安特大桥合龙', [['合武高铁', 'LOC']], ['LOC:合武高铁', 'LOC:庐安特大桥']],
    ['随着望乐隧道右幅贯通', [], ['LOC:望乐隧道']],
    ['深入科学城隧道和金凤隧道项目', [], ['LOC:科学城隧道', 'LOC:金凤隧道']],
    ['广西柳江红花二线船闸工程', [['广西', 'LOC'], ['柳江', 'LOC']], ['LOC:广西', 'LOC:柳江', 'LOC:红花二线船闸']],
    // A description, a common word, a line or a river before the head: no name of its own.
    ['这是安徽段最长隧道', [], []],
    ['一条铁路隧道', [], []],
    ['鹿角隧道', [], []],
    ['施工人员进入隧道，', [], []],
    ['泸州沱江特大桥', [['泸州', 'LOC'], ['沱江', 'LOC']], ['LOC:泸州', 'LOC:沱江']],
    // A bridge (大桥) named from a break or right after a place, the model's place before the head included; not from inside a clause.
    ['花江峡谷大桥是世界第一高桥', [['花江峡谷', 'LOC']], ['LOC:花江峡谷大桥']],
    ['来到龙泉村润安大桥项目现场', [['龙泉村', 'LOC']], ['LOC:龙泉村', 'LOC:润安大桥']],
    ['参加“润安大桥”落成仪式', [], ['LOC:润安大桥']],
    ['这个村庄会因大桥而发生变化', [], []],
    ['，标志着大桥建设进入上部结构施工阶段', [], []],
    ['据介绍，跨江大桥全长3公里', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, tunnelsAndBridges(text, spansOf(text, read), make, lex)), want, text);
});

test("a road's head read apart from the name before it is one road with it", () => {
  const make = (text: string, read: Array<[string, S['label']]>) => spansOf(text, read).map((x) => ({ ...x, confidence: 0.7 }));
  const t = '江北片区东湾大道北段';
  assert.deepEqual(show(t, roadHeadsJoined(t, make(t, [['江北片区', 'LOC'], ['东湾', 'LOC'], ['大道', 'LOC']]))), ['LOC:江北片区', 'LOC:东湾大道']);
  // Not after a person.
  const u = '张三大道理';
  assert.deepEqual(show(u, roadHeadsJoined(u, make(u, [['张三', 'PER'], ['大道', 'LOC']]))), ['PER:张三', 'LOC:大道']);
});
