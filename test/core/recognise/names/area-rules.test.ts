import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arealDesignations, tradeCorridors, numberedStreets, oldRegionNames, parksBeforeCompanies, roadsBetweenPlaces, sitesAlone, sitesWithHeads, stationsOfLines } from '../../../../src/core/recognise/names/area-rules';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { at, S, show, spansOf } from './spans';


test('a park and the company named after it, read as one organisation, are a place and an organisation', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['先后前往金河工业园双运工贸、振兴石油', [['金河工业园双运工贸', 'ORG']], ['LOC:金河工业园', 'ORG:双运工贸']],
    ['、蟠龙高新区鼎鹏一工、', [['蟠龙高新区鼎鹏一工', 'ORG']], ['LOC:蟠龙高新区', 'ORG:鼎鹏一工']],
    // The park's own organ, a company named in full with its park, or nothing after the head: one name.
    ['，蟠龙高新区管委会', [['蟠龙高新区管委会', 'ORG']], ['ORG:蟠龙高新区管委会']],
    ['，两江新区产业园华峰化工有限公司', [['两江新区产业园华峰化工有限公司', 'ORG']], ['ORG:两江新区产业园华峰化工有限公司']],
    ['，青网科创园', [['青网科创园', 'ORG']], ['ORG:青网科创园']],
    ['，张江科技园区华峰工贸', [['张江科技园区华峰工贸', 'ORG']], ['LOC:张江科技园区', 'ORG:华峰工贸']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, parksBeforeCompanies(text, spansOf(text, read))), want, text);
});

test('a place and the regional designation named after it are one place', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['关注有关重庆枢纽港产业园建设', [['重庆', 'LOC']], ['LOC:重庆枢纽港产业园']],
    ['促进工作渝东北三峡库区城镇群、渝东南', [['渝东北', 'LOC'], ['三峡库区', 'LOC'], ['渝东南', 'LOC']], ['LOC:渝东北三峡库区城镇群', 'LOC:渝东南']],
    ['，是成渝地区双城经济圈与', [['双城', 'LOC']], ['LOC:成渝地区双城经济圈']],
    // A verb, a function word or an organisation inside: no designation.
    ['，重庆建设产业园', [['重庆', 'LOC']], ['LOC:重庆']],
    ['，重庆的科学城', [['重庆', 'LOC']], ['LOC:重庆']],
    ['，重庆华峰产业园', [['重庆', 'LOC'], ['华峰', 'ORG']], ['LOC:重庆', 'ORG:华峰']],
    ['，中俄经济带', [['中', 'LOC'], ['俄', 'LOC']], ['LOC:中', 'LOC:俄']],
    ['建成后的益阳南站串联起长株潭城市群', [['益阳南站', 'LOC']], ['LOC:益阳南站']],
    ['，四川新建物流园', [['四川', 'LOC']], ['LOC:四川']],
    ['，重庆获批国家级产业园', [['重庆', 'LOC']], ['LOC:重庆']],
    // The region before takes the spans inside it; the next designation is still read.
    ['，川东北经济区项目93个', [['川东北', 'LOC']], ['LOC:川东北经济区']],
    // A verb that places it is no part of its name (荆州 | 位于 | 长江经济带).
    ['荆州位于长江经济带和二广轴线', [['荆州', 'LOC'], ['长江', 'LOC']], ['LOC:荆州', 'LOC:长江经济带']],
    // Nor is a verb of carrying goods there (友谊关 | 通关后运抵 | 万通物流园).
    ['凭祥友谊关通关后运抵万通物流园，', [['凭祥', 'LOC'], ['友谊关', 'LOC']], ['LOC:凭祥', 'LOC:友谊关']],
    // 区位 and 区划 are words of their own.
    ['，川东北经济区位优势明显', [['川东北', 'LOC']], ['LOC:川东北']],
    ['闽东北经济区位于福建东北部', [['闽东北', 'LOC']], ['LOC:闽东北经济区']],
    // Places holding 于 (于洪, 于家堡) stay whole.
    ['沈阳于洪经济区建设加快', [['沈阳', 'LOC']], ['LOC:沈阳于洪经济区']],
    ['成渝地区双城经济圈和重庆都市圈', [['成', 'LOC'], ['渝', 'LOC'], ['双城', 'LOC'], ['重庆', 'LOC']], ['LOC:成渝地区双城经济圈', 'LOC:重庆都市圈']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, arealDesignations(text, spansOf(text, read))), want, text);
});

test('a road named by the places it joins is one place, with the section named after it', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['，重庆城口至开州高速公路建成', [['重庆', 'LOC'], ['城口', 'LOC'], ['开州', 'LOC']], ['LOC:重庆', 'LOC:城口至开州高速公路']],
    ['重庆梁平区至四川开江县高速公路（重庆段）经过', [['重庆', 'LOC'], ['梁平区', 'LOC'], ['四川', 'LOC'], ['开江县', 'LOC'], ['重庆', 'LOC']], ['LOC:重庆', 'LOC:梁平区至四川开江县高速公路（重庆段）']],
    // No road head after the last place, or no place after 至: as read.
    ['从城口至开州需要两小时', [['城口', 'LOC'], ['开州', 'LOC']], ['LOC:城口', 'LOC:开州']],
    ['城口至今没有高速公路', [['城口', 'LOC']], ['LOC:城口']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, roadsBetweenPlaces(text, spansOf(text, read))), want, text);
  // The last place left unread, where the gazetteer knows it and a road's head follows; a high-speed railway's head.
  const gazetteer = Lexicon.build([['十堰', LEX.LOC | LEX.WORD], ['商丘', LEX.LOC | LEX.WORD], ['今天', LEX.WORD]]);
  const more: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['、西安至十堰高铁西岭隧道', [['西安', 'LOC']], ['LOC:西安至十堰高铁']],
    ['；雄安至商丘高铁枣清特大桥', [['雄安', 'LOC']], ['LOC:雄安至商丘高铁']],
    ['合肥至武汉高速铁路是', [['合肥', 'LOC'], ['武汉', 'LOC']], ['LOC:合肥至武汉高速铁路']],
    ['西安至今天高铁', [['西安', 'LOC']], ['LOC:西安']],
    // The last place read as something else already: left as read.
    ['、西安至十堰高铁西岭', [['西安', 'LOC'], ['十堰', 'PER']], ['LOC:西安', 'PER:十堰']],
  ];
  for (const [text, read, want] of more) assert.deepEqual(show(text, roadsBetweenPlaces(text, spansOf(text, read), gazetteer)), want, text);
});

test('on a metro line, a name before 站 is a station, a place', () => {
  const make = (x: { start: number; end: number; label: 'LOC' }): S => ({ ...x, confidence: 0.65 });
  const t = '起于鲤鱼池站，止于后堡站。共设车站12座，其中，曾家岩站与2号线换乘，七星岗站与轨道1号线换乘';
  assert.deepEqual(show(t, stationsOfLines(t, spansOf(t, [['曾家岩', 'PER'], ['七星岗站', 'ORG']]), make)), [
    'LOC:曾家岩站',
    'LOC:七星岗站',
    'LOC:鲤鱼池站',
    'LOC:后堡站',
  ].sort((a, b) => t.indexOf(a.slice(4)) - t.indexOf(b.slice(4))));
  // Without a line in the paragraph, or a kind of station: as read.
  const u = '曾家岩站在这里，市农技站工作人员';
  assert.deepEqual(show(u, stationsOfLines(u, spansOf(u, [['曾家岩', 'PER']]), make)), ['PER:曾家岩']);
  const w = '线路设换乘站、高铁站、始发站，与1号线换乘';
  assert.deepEqual(show(w, stationsOfLines(w, [], make)), []);
  const v = '地铁1号线旁的市农技站、服务站';
  assert.deepEqual(show(v, stationsOfLines(v, spansOf(v, [['市农技站', 'ORG']]), make)), ['ORG:市农技站']);
  // Railways too: a station after a line's phase or a railway, and the divisions named before one read as an organisation.
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['顺接轨道交通4号线一期民安大道站，向西', [], ['LOC:民安大道站']],
    ['2027年建成后，从铜梁站出发，12分钟到重庆北站，铁路', [['铜梁', 'LOC'], ['重庆北站', 'LOC']], ['LOC:铜梁站', 'LOC:重庆北站']],
    ['线路西起四川省成都市天府站，途经资阳，高铁', [['四川省成都市天府站', 'ORG']], ['LOC:四川省', 'LOC:成都市', 'LOC:天府站']],
    // A leg of a touring event, a station read whole already, a stationmaster, a marshalling yard: as read.
    ['中国山马越野系列赛-重庆黔江站，铁路', [['重庆', 'LOC'], ['黔江', 'LOC']], ['LOC:重庆', 'LOC:黔江']],
    ['新建的重庆站站房设计规模，铁路', [['重庆站', 'LOC']], ['LOC:重庆站']],
    ['铁路编组站负责组织', [['编组站', 'ORG']], ['ORG:编组站']],
    // A kind of station after 到达, and the verb not taken into a name after a comma.
    ['驾车到达收费站，列车', [], []],
    ['，到达气象站。铁路', [], []],
    // A match's 赛 with a clause between is no event's leg.
    ['比赛后到重庆站，铁路', [['重庆', 'LOC']], ['LOC:重庆站']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, stationsOfLines(text, spansOf(text, read), make)), want, text);
});

test('a site the model found and the scenic head after it are one place', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['，长寿湖旅游区和合川', [['长寿湖', 'LOC'], ['合川', 'LOC']], ['LOC:长寿湖旅游区', 'LOC:合川']],
    // Carvings and grottoes named after their place.
    ['，大足石刻接待游客', [['大足', 'LOC']], ['LOC:大足石刻']],
    // Words of the site's kind before the head.
    ['齐聚华岩旅游风景区，上演', [['华岩', 'LOC']], ['LOC:华岩旅游风景区']],
    ['，华岩的景区', [['华岩', 'LOC']], ['LOC:华岩']],
    ['，杭州热门景区', [['杭州', 'LOC']], ['LOC:杭州']],
    // A preposition after the place opens a clause (黑龙江 | 以冰雪旅游景区为重点).
    ['。黑龙江以冰雪旅游景区、特色美食街区为重点', [['黑龙江', 'LOC']], ['LOC:黑龙江']],
    // After a district the head is a site of its own; a name the model read on stays.
    ['，长寿区景区', [['长寿区', 'LOC']], ['LOC:长寿区']],
    ['，磁器口古镇', [['磁器口', 'LOC'], ['古镇', 'LOC']], ['LOC:磁器口', 'LOC:古镇']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, sitesWithHeads(text, spansOf(text, read))), want, text);
});

test('a numbered or compass street after its name is one place; a meeting point read as an organisation is the street', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['位于洪山区白沙四路与光霞路交会处，', [['洪山区', 'LOC'], ['白沙', 'LOC'], ['光霞路交会处', 'ORG']], ['LOC:洪山区', 'LOC:白沙四路', 'LOC:光霞路']],
    ['，解放东路', [['解放', 'LOC']], ['LOC:解放东路']],
    // A bare 路 or 大道 after a place is a phrase; a place with its suffix takes no street.
    ['沿着“美国大道”前往', [['美国', 'LOC']], ['LOC:美国']],
    ['，重庆路上', [['重庆', 'LOC']], ['LOC:重庆']],
    ['，渝中区一路向前', [['渝中区', 'LOC']], ['LOC:渝中区']],
    ['，中国一路走来', [['中国', 'LOC']], ['LOC:中国']],
    // Two streets across one meeting point, or a head with no name: as read.
    ['人民路与解放路交汇处', [['人民路与解放路交汇处', 'ORG']], ['ORG:人民路与解放路交汇处']],
    ['，大道路口', [['大道路口', 'ORG']], ['ORG:大道路口']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, numberedStreets(text, spansOf(text, read))), want, text);
});

test('the old names of regions and 白宫 are places where nothing else was read, not the start of an institution', () => {
  const make = (x: { start: number; end: number; label: 'LOC' }) => ({ ...x, confidence: 0.7 });
  const table: Array<[string, string[]]> = [
    ['开展“巴蜀美丽庭院示范片”创建', ['LOC:巴蜀']],
    ['声声烙印着巴蜀雄风的口号，荆楚大地', ['LOC:巴蜀', 'LOC:荆楚']],
    ['为奋力谱写三晋大地新篇章，八闽儿女', ['LOC:三晋', 'LOC:八闽']],
    ['特朗普在白宫会见', ['LOC:白宫']],
    ['齐鲁石化兼并淄博', []],
    ['重庆巴蜀中学', []],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, oldRegionNames(text, [], make)), want, text);
  const t = '重庆巴蜀文化研究院';
  assert.deepEqual(show(t, oldRegionNames(t, [at(t, '重庆巴蜀文化研究院', 'ORG')], make)), ['ORG:重庆巴蜀文化研究院']);
  // Read as a person or in two pieces inside the name: the region replaces them.
  const u = '是巴渝儿女的代表，展现巴渝风貌';
  const read = [at(u, '巴渝', 'PER'), { start: 11, end: 12, label: 'LOC' as const, confidence: 0.7 }, { start: 12, end: 13, label: 'LOC' as const, confidence: 0.7 }];
  assert.deepEqual(show(u, oldRegionNames(u, read, make)), ['LOC:巴渝', 'LOC:巴渝']);
});

test('a site, community or village the model left out is a place, named between a break or a place and its head', () => {
  const lex = Lexicon.build([['特色', LEX.WORD], ['农村', LEX.WORD], ['小山村', LEX.WORD | LEX.PER], ['山村', LEX.WORD | LEX.LOC], ['表示', LEX.WORD, 300, 3], ['深入', LEX.WORD, 300, 3]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.65 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['热度较高，洛带古镇接待5.6万人次', [], ['LOC:洛带古镇']],
    // A verb after the first character makes a clause (并 + 深入 + 村).
    ['顺利开班，并深入村(社区)，', [], []],
    ['在重庆江津区鼎山街道长风社区，晚饭后', [['鼎山街道', 'LOC']], ['LOC:鼎山街道', 'LOC:长风社区']],
    ['，来到黄荆塘村，设法盘活', [], ['LOC:黄荆塘村']],
    ['，如沙井头遗址、缪杭遗址', [], ['LOC:沙井头遗址', 'LOC:缪杭遗址']],
    ['，他在李坪村调研', [], ['LOC:李坪村']],
    ['，赴李坪村调研', [], ['LOC:李坪村']],
    ['，改造老旧社区', [], []],
    ['一座美丽的小山村。', [], []],
    // Kinds of place, words across the head, verbs and numbers before it, a name read already.
    ['，打造特色小镇', [], []],
    ['，察看农村电商', [], []],
    ['的核心在于村并村重组', [], []],
    ['，全市300个社区', [], []],
    ['，磁器口古镇', [['磁器口古镇', 'LOC']], ['LOC:磁器口古镇']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, sitesAlone(text, spansOf(text, read), make, lex)), want, text);
});

test('the land-sea trade corridor is one place', () => {
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.75 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['依托西部陆海新通道，越来越多的产品', [['西部', 'LOC']], ['LOC:西部陆海新通道']],
    ['重庆经西部陆海新通道运输货物', [['重庆', 'LOC'], ['陆海新', 'PER']], ['LOC:重庆', 'LOC:西部陆海新通道']],
    ['打造陆海新通道重要节点', [], ['LOC:陆海新通道']],
    // A longer name it opens stays.
    ['西部陆海新通道运营有限公司成立', [['西部陆海新通道运营有限公司', 'ORG']], ['ORG:西部陆海新通道运营有限公司']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, tradeCorridors(text, spansOf(text, read), make)), want, text);
});
