import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listHeads, mediaOutlets, placeEndsNotPeople, placesNotPeople, producePlaceNotPeople, shortPlaceNames, splitJuxtaposed, verbsAfterNames, weakPlainPlaces } from '../../../../src/core/recognise/names/list-rules';
import { isCompoundSurname, isSurname } from '../../../../src/core/recognise/names/rules';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { at, S, show, spansOf } from './spans';

const lex = Lexicon.build([
  ['湖南', LEX.LOC],
  ['长沙', LEX.LOC],
  ['湘江', LEX.LOC | LEX.WORD, 500],
  // A rare place entry of the dictionary (a count of 3): a foreign name of a person, as often as not.
  ['迪里拜尔', LEX.LOC | LEX.WORD, 3],
  ['新区', LEX.LOC],
  ['北站', LEX.LOC],
  ['阿里', LEX.LOC | LEX.PER | LEX.WORD],
  ['巴巴', LEX.LOC],
  ['阿里巴巴', LEX.PER | LEX.WORD | LEX.NAME_ORG],
  ['张家', LEX.PER | LEX.LOC],
  ['永定', LEX.LOC],
  ['丽江', LEX.LOC],
  ['古城', LEX.LOC],
  ['河大桥', LEX.LOC],
  ['彭水', LEX.LOC],
  ['自治县', LEX.LOC],
]);

test('lists closed by an organisation or place head', () => {
  const table: Array<[string, S[], string[]]> = [
    ['引进了华为、小米、蔚来等龙头企业', [], ['ORG:华为', 'ORG:小米', 'ORG:蔚来']],
    ['涌现出大疆、极飞等一批企业', [{ start: 3, end: 5, label: 'LOC', confidence: 0.5 }], ['ORG:大疆', 'ORG:极飞']],
    ['覆盖株洲、湘潭等城市', [], ['LOC:株洲', 'LOC:湘潭']],
    // 城市更新 (urban renewal) is no list of cities.
    ['城中村改造、十五中新校区改扩建等城市更新项目', [], []],
    ['苹果、香蕉等水果', [], []],
    // Laboratories, universities and other institutions head lists of organisations too; an item the
    // model read as a place (a lab named after a river) takes the head's label.
    ['建设鹏城、珠江、之江等国家实验室', [{ start: 5, end: 7, label: 'LOC', confidence: 0.8 }], ['ORG:鹏城', 'ORG:珠江', 'ORG:之江']],
    ['北大、复旦等高校和中科大、浙大等大学', [], ['ORG:北大', 'ORG:复旦', 'ORG:中科大', 'ORG:浙大']],
    ['腾讯、字节、阿里、美团等生态伙伴', [], ['ORG:腾讯', 'ORG:字节', 'ORG:阿里', 'ORG:美团']],
    // Items joined by 和 and a count after 等.
    [
      '，新华社、中央广播电视总台、光明日报和彭博社、香港商报等100家境内外媒体',
      [{ start: 1, end: 4, label: 'ORG', confidence: 0.99 }, { start: 19, end: 22, label: 'PER', confidence: 0.83 }],
      ['ORG:新华社', 'ORG:中央广播电视总台', 'ORG:光明日报', 'ORG:彭博社', 'ORG:香港商报'],
    ],
    // A counted list may name its members by their trades: a short item is taken only where the model read a name.
    ['孕育出华峰化工、铝业、新材料等12家公司', [{ start: 3, end: 7, label: 'ORG', confidence: 0.6 }], ['ORG:华峰化工']],
    ['，京东方、康宁等8家企业', [{ start: 1, end: 4, label: 'ORG', confidence: 0.9 }, { start: 5, end: 7, label: 'PER', confidence: 0.6 }], ['ORG:京东方', 'ORG:康宁']],
    // A count and a head close a list, with 等 or without; places the banks are named after stay places.
    ['，德勤、安永两家会计师事务所', [{ start: 1, end: 3, label: 'PER', confidence: 0.6 }, { start: 4, end: 6, label: 'PER', confidence: 0.6 }], ['ORG:德勤', 'ORG:安永']],
    ['，蔚来、小鹏三家车企财报', [{ start: 1, end: 3, label: 'ORG', confidence: 0.8 }, { start: 4, end: 6, label: 'PER', confidence: 0.6 }], ['ORG:蔚来', 'ORG:小鹏']],
    ['，格力、海尔等前6家企业', [{ start: 4, end: 6, label: 'ORG', confidence: 0.9 }], ['ORG:格力', 'ORG:海尔']],
    ['，比亚迪、吉利、长城等二十家车企', [], ['ORG:比亚迪', 'ORG:吉利', 'ORG:长城']],
    ['，吸收合并泗阳、泗洪两家机构', [{ start: 5, end: 7, label: 'LOC', confidence: 0.9 }, { start: 8, end: 10, label: 'LOC', confidence: 0.9 }], ['LOC:泗阳', 'LOC:泗洪']],
    // A list of towns: every item a place, whatever the model read it as, common word or not; 和 before 等 ends a name.
    [
      '，涞滩、双槐、隆兴、燕窝、太和等30个镇街强降水',
      [{ start: 4, end: 6, label: 'ORG', confidence: 0.5 }, { start: 7, end: 9, label: 'PER', confidence: 0.7 }, { start: 13, end: 15, label: 'ORG', confidence: 0.5 }],
      ['LOC:涞滩', 'LOC:双槐', 'LOC:隆兴', 'LOC:燕窝', 'LOC:太和'],
    ],
    ['，西井科技、经创智和等16家优秀企业', [], ['ORG:西井科技', 'ORG:经创智和']],
    // Nor a list of other things closed by more words before 村 (城中村).
    ['推进五一片区、纺织片区等150个城中村改造', [], []],
  ];
  for (const [text, spans, want] of table) assert.deepEqual(show(text, listHeads(text, spans, (s) => ({ ...s, confidence: 0.7 }))), want, text);
});

test('juxtaposed places are split, compound names are not', () => {
  const table: Array<[string, string[]]> = [
    ['湖南长沙', ['LOC:湖南', 'LOC:长沙']],
    ['湖南长沙市', ['LOC:湖南', 'LOC:长沙市']],
    ['长沙新区', ['LOC:长沙新区']],
    ['长沙县', ['LOC:长沙县']],
    // A facility named after its place, though the dictionary knows 北站 as a place.
    ['长沙北站', ['LOC:长沙北站']],
    // The bridge over the river the place names (永定河大桥), though the dictionary knows 河大桥 as a place.
    ['永定河大桥', ['LOC:永定河大桥']],
    // An autonomous county's suffix is no place of its own.
    ['彭水自治县', ['LOC:彭水自治县']],
    // A site's head, though the dictionary knows it as a place (古城, a district of Lijiang).
    ['丽江古城', ['LOC:丽江古城']],
    ['长沙古城', ['LOC:长沙古城']],
    // A name the dictionary knows whole as a company's (or a person's), never a place's.
    ['阿里巴巴', ['LOC:阿里巴巴']],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, splitJuxtaposed(text, [at(text, text, 'LOC')], lex)), want, text);
});

test('a place the dictionary uses often stays whole; a rare whole entry is still two places', () => {
  const dict = Lexicon.build([
    ['罗马', LEX.WORD | LEX.LOC, 3071],
    ['尼亚', LEX.WORD | LEX.LOC, 176],
    ['罗马尼亚', LEX.WORD | LEX.LOC, 596],
    ['贵州', LEX.WORD | LEX.LOC, 3000],
    ['铜仁', LEX.WORD | LEX.LOC, 200],
    ['贵州铜仁地区', LEX.WORD | LEX.LOC, 3],
    ['延吉', LEX.WORD | LEX.LOC, 100],
    ['新村', LEX.WORD | LEX.LOC, 100],
    ['中山', LEX.WORD | LEX.LOC, 2000],
    ['北路', LEX.WORD | LEX.LOC, 400],
    ['北京', LEX.WORD | LEX.LOC, 3000],
    ['人民大会堂', LEX.WORD | LEX.ORG, 300],
    ['合川', LEX.WORD | LEX.LOC, 300],
    ['重庆', LEX.WORD | LEX.LOC, 3000],
    ['人民', LEX.WORD, 900],
  ]);
  const table: Array<[string, string[]]> = [
    ['罗马尼亚', ['LOC:罗马尼亚']],
    ['延吉新村', ['LOC:延吉新村']],
    ['贵州铜仁地区', ['LOC:贵州', 'LOC:铜仁地区']],
    // A compass part and a road head end a road's name (北路 is in the dictionary as a place).
    ['中山北路', ['LOC:中山北路']],
    // A hall the dictionary knows as a name, after its city, is a place of its own.
    ['北京人民大会堂', ['LOC:北京', 'LOC:人民大会堂']],
    // And a resort or park with a name of its own; a park named by a plain word stays whole.
    ['合川友缘山庄', ['LOC:合川', 'LOC:友缘山庄']],
    ['重庆人民公园', ['LOC:重庆人民公园']],
    ['合川市友缘山庄', ['LOC:合川市友缘山庄']],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, splitJuxtaposed(text, [at(text, text, 'LOC')], dict)), want, text);
});

test('no split cuts through a place the dictionary knows', () => {
  const dict = Lexicon.build([
    ['祁连', LEX.WORD | LEX.LOC, 50],
    ['祁连山', LEX.WORD | LEX.LOC, 80],
    ['国家', LEX.WORD, 5000],
    ['合川', LEX.WORD | LEX.LOC, 300],
  ]);
  const table: Array<[string, string[]]> = [
    ['祁连山国家公园', ['LOC:祁连山国家公园']],
    // A park with a name of its own after its city is still apart.
    ['合川友缘公园', ['LOC:合川', 'LOC:友缘公园']],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, splitJuxtaposed(text, [at(text, text, 'LOC')], dict)), want, text);
});

test('lists of common words are not lists of names', () => {
  const dict = Lexicon.build([
    ['报刊', LEX.WORD, 776],
    ['广播', LEX.WORD, 1920],
    ['电视', LEX.WORD, 4833],
    ['华为', LEX.WORD | LEX.PER, 373],
    ['小米', LEX.WORD, 396],
    ['数学', LEX.WORD, 2000],
    ['物理', LEX.WORD, 1500],
  ]);
  const table: Array<[string, string[]]> = [
    ['与报刊、广播、电视等传统媒体相比', []],
    ['集工程、科研、施工等为一体的大型企业', []],
    ['复线率、电气化率等与发达国家相比', []],
    ['数学、物理等实验室', []],
    ['有关科研机构、高等院校', []],
    // A clause after 等 (a negation), or 国家 as a modifier: no head of a list of places.
    ['电译通、莱思康、信利等不符合国家标准的产品', []],
    ['把丹顶鹤、大象、东北虎等一批国家一级保护动物', []],
    ['是黑颈鹤、黑鹳、灰鹤等国家一、二级保护动物', []],
    // One item the dictionary does not know as a common word is enough to read the list as names.
    ['引进了华为、小米等龙头企业', ['ORG:华为', 'ORG:小米']],
    // What 和 joins to a list may be a common word or the clause's subject: the list starts after it.
    ['，电视和华为、小米等企业', ['ORG:华为', 'ORG:小米']],
    ['，他们和华为、小米等企业合作', ['ORG:华为', 'ORG:小米']],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, listHeads(text, [], (s) => ({ ...s, confidence: 0.7 }), dict)), want, text);
});

test('a weak person known only as a place, and commonly, is a place', () => {
  const text = '湘江和张家与迪里拜尔';
  const out = placesNotPeople(text, [at(text, '湘江', 'PER', 0.4), at(text, '张家', 'PER', 0.4), at(text, '迪里拜尔', 'PER', 0.4)], lex);
  assert.deepEqual(show(text, out), ['LOC:湘江', 'PER:张家', 'PER:迪里拜尔']);
  assert.deepEqual(show(text, placesNotPeople(text, [at(text, '湘江', 'PER', 0.9)], lex)), ['PER:湘江']);
});

test('a person the model is not sure of whose name ends like a place is that place', () => {
  const t = '洪崖洞、孔庙和王山';
  const spans = [at(t, '洪崖洞', 'PER', 0.7), at(t, '孔庙', 'PER', 0.5), at(t, '王山', 'PER', 0.5)];
  assert.deepEqual(show(t, placeEndsNotPeople(t, spans)), ['LOC:洪崖洞', 'LOC:孔庙', 'PER:王山']);
  // A sure person stays one.
  assert.deepEqual(show(t, placeEndsNotPeople(t, [at(t, '洪崖洞', 'PER', 0.95)])), ['PER:洪崖洞']);
  // A village, town or township: with three characters or more; 雪村 stays a name.
  const u = '来到李坪村、咸宜镇，见到雪村';
  const v = [at(u, '李坪村', 'PER', 0.78), at(u, '咸宜镇', 'PER', 0.6), at(u, '雪村', 'PER', 0.6)];
  assert.deepEqual(show(u, placeEndsNotPeople(u, v)), ['LOC:李坪村', 'LOC:咸宜镇', 'PER:雪村']);
  // Two characters ending in a river's or lake's head with no surname first; 李江 has one, 大山 ends in 山.
  const r = '琼江成为幸福河湖，李江、大山和小溪';
  const rs = [at(r, '琼江', 'PER', 0.7), at(r, '李江', 'PER', 0.7), at(r, '大山', 'PER', 0.7), at(r, '小溪', 'PER', 0.7)];
  assert.deepEqual(show(r, placeEndsNotPeople(r, rs)), ['LOC:琼江', 'PER:李江', 'PER:大山', 'PER:小溪']);
  // Any person before 新区 or read into it is the new area, sure or not, and with its organ that organ.
  const w = '郑东新区在龙子湖，郑东新区党工委副书记';
  const x = [at(w, '郑东新', 'PER', 0.95), { ...at(w, '郑东', 'PER', 0.9), start: w.indexOf('郑东', 5), end: w.indexOf('郑东', 5) + 2 }];
  assert.deepEqual(show(w, placeEndsNotPeople(w, x)), ['LOC:郑东新区', 'ORG:郑东新区党工委']);
  // 王新 + 区长: a title after the name.
  const y = '，王新区长主持会议';
  assert.deepEqual(show(y, placeEndsNotPeople(y, [at(y, '王新', 'PER', 0.95)])), ['PER:王新']);
});

test('a person named like a place of the same paragraph without its suffix is that place', () => {
  const t = '梁平区的“梁平柚”、丰都县的“丰都红心柚”';
  const pingPer = (confidence: number): S => ({ start: 5, end: 7, label: 'PER', confidence });
  assert.deepEqual(show(t, shortPlaceNames(t, [at(t, '梁平区', 'LOC'), pingPer(0.5)])), ['LOC:梁平区', 'LOC:梁平']);
  // A sure person, or a place named without a suffix, changes nothing.
  assert.deepEqual(show(t, shortPlaceNames(t, [at(t, '梁平区', 'LOC'), pingPer(0.95)])), ['LOC:梁平区', 'PER:梁平']);
  const u = '江津的江津说';
  assert.deepEqual(show(u, shortPlaceNames(u, [{ start: 0, end: 2, label: 'LOC', confidence: 0.9 }, { start: 3, end: 5, label: 'PER', confidence: 0.5 }])), ['LOC:江津', 'PER:江津']);
});

test('media outlets with their brand', () => {
  const table: Array<[string, string[]]> = [
    ['■新湖南-湖南日报记者 张三', ['ORG:新湖南-湖南日报']],
    ['据长沙晚报报道', ['ORG:长沙晚报']],
    ['，重庆晨报、商报', ['ORG:重庆晨报']],
    // Words before the outlet that cannot start its name; 及时报道 has no outlet.
    ['病情好转，我向人民日报的读者祝贺', ['ORG:人民日报']],
    ['，但中央电视台的节目', ['ORG:中央电视台']],
    ['另据俄电视台报道', ['ORG:俄电视台']],
    ['，为及时报道最新动态', []],
    // Any outlet before a byline's 讯 or 记者, or a verb of reporting; not this paper, nor a kind of outlet.
    ['新京报讯（记者 王某）', ['ORG:新京报']],
    ['，华龙网记者从市教委获悉', ['ORG:华龙网']],
    ['，上游新闻推出专题', ['ORG:上游新闻']],
    ['参加活动本报记者说', []],
    ['，网络新闻报道称', []],
    ['日报很好', []],
    // A dateline before the outlet: 讯 and the date stay out.
    ['本报北京１月１６日讯人民日报社今天', ['ORG:人民日报社']],
    ['新华社北京1月16日电中央电视台今天', ['ORG:新华社', 'ORG:中央电视台']],
    // An online outlet opening a dateline has no outlet head: the dateline marks it.
    ['人民网重庆11月28日电 据市政府新闻办消息', ['ORG:人民网']],
    ['（中新网北京3月1日电）', ['ORG:中新网']],
    // A space before the place, or no place at all.
    ['中新网 北京10月19日电 据报道', ['ORG:中新网']],
    ['海外网10月30日电 据报道', ['ORG:海外网']],
    // A story opening with its outlet and 讯; not 讯 of a word (资讯, 闻讯) or 本报讯.
    ['南都讯 记者陈卓睿报道', ['ORG:南都']],
    // An outlet's exclusive (专讯), in 【】 or before a colon: the outlet without 专.
    ['【明报专讯】应东盟邀请', ['ORG:明报']],
    ['伯乐头条专讯:9月1日', ['ORG:伯乐头条']],
    ['IPO获受理。（详见财新网报道）', ['ORG:财新网']],
    ['智通财经APP讯，中炬高新发布公告', ['ORG:智通财经']],
    ['体育资讯8月23日报道', []],
    ['刘秀清闻讯，风风火火地', []],
    ['本报讯 记者王某', []],
    ['本报重庆11月28日讯 记者', []],
    ['他在网上看到重庆11月28日电', []],
    // A determiner where the name should be: no outlet.
    // 据 before an outlet before a verb of reporting is the preposition; an outlet's title in 《》 is whole.
    ['据澎湃新闻报道，', ['ORG:澎湃新闻']],
    ['据观察者网报道，', ['ORG:观察者网']],
    ['《经济观察报》记者获悉', ['ORG:经济观察报']],
    ['据波兰《法律与经济报》报道', []],
    ['在一些电视台已见惯', []],
    ['，各地电视台都', []],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, mediaOutlets(text)), want, text);
});

test("an outlet's dateline with its year and a site named X新闻网; a city the dictionary uses often opening a story before 讯 is its place", () => {
  const lex = Lexicon.build([['北京', LEX.LOC | LEX.WORD, 1e6], ['南都', LEX.LOC | LEX.WORD, 30]]);
  const table: Array<[string, string[]]> = [
    ['深圳新闻网2026年1月28日讯（记者', ['ORG:深圳新闻网']],
    ['四川新闻网成都1月5日讯 记者', ['ORG:四川新闻网']],
    // 和 opening a dateline is the outlet's name, no conjunction; a site before its byline's bracket.
    ['和商网西宁2月5日电(祁增蓓)“2025', ['ORG:和商网']],
    ['青海羚网 (记者 贾玉林)', ['ORG:青海羚网']],
    ['和讯网 （记者 赵倩）近日', ['ORG:和讯网']],
    ['两年陆续投产。青海羚网（记者 贾玉林）', ['ORG:青海羚网']],
    ['北京讯 近日，中华全国总工会', ['LOC:北京']],
    ['南都讯 记者陈卓睿报道', ['ORG:南都']],
    // A wire named 财讯 keeps its 讯 before its date and 电.
    ['人民财讯8月22日电，国家电投', ['ORG:人民财讯']],
    ['喜讯8月1日电', []],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, mediaOutlets(text, lex)), want, text);
});

test('a satellite channel is an outlet by its province, city or brand and 卫视; a kind of channel or a verb before 卫视 is none', () => {
  const lex = Lexicon.build([['表示', LEX.WORD, 300, 3], ['收看', LEX.WORD, 300, 3], ['湖南', LEX.LOC | LEX.WORD, 300], ['黑龙江', LEX.LOC, 300], ['龙江', LEX.LOC, 30]]);
  const table: Array<[string, string[]]> = [
    ['孙立坚接受东方卫视和凤凰卫视采访', ['ORG:东方卫视', 'ORG:凤凰卫视']],
    ['湖南卫视播出了节目，黑龙江卫视播出了电视剧', ['ORG:湖南卫视', 'ORG:黑龙江卫视']],
    ['各地卫视纷纷跟进，省级卫视收视率，多家卫视，各大卫视，一线卫视', []],
    ['晚上收看卫视节目', []],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, mediaOutlets(text, lex)), want, text);
});

test('a two-character name the model ran into the verb after it ends before the verb', () => {
  const dict = Lexicon.build([['扎根', LEX.WORD, 300], ['予倩', LEX.WORD, 2], ['卓嘎', LEX.PER, 3], ['表示', LEX.WORD, 300, 3], ['提出', LEX.WORD, 300, 3], ['担任', LEX.WORD, 300, 3]]);
  const table: Array<[string, string, string]> = [
    ['教练员周龙扎根体校12年', '周龙扎根', 'PER:周龙'],
    // A compound surname, no surname first, or no word at the end: the name stays whole.
    ['欧阳予倩的剧本', '欧阳予倩', 'PER:欧阳予倩'],
    ['次仁卓嘎说', '次仁卓嘎', 'PER:次仁卓嘎'],
    ['金珠玛米来了', '金珠玛米', 'PER:金珠玛米'],
    // A three-character name whose last character opens a verb said of people: the first two.
    ['副县长梁赛应邀出席', '梁赛应', 'PER:梁赛'],
    ['代省长刘捷作政府工作报告时介绍', '刘捷作', 'PER:刘捷'],
    ['记者王作家说', '王作家', 'PER:王作家'],
    ['副主任祝勤率调研组到彭水', '祝勤率', 'PER:祝勤'],
    ['，王志杰表示', '王志杰', 'PER:王志杰'],
    ['，李强调研时', '李强调', 'PER:李强'],
    ['会组选手王越说，环华', '王越说', 'PER:王越'],
    // 强 ends many given names: 强调 after one is no verb to cut.
    ['，市长王志强调研了三家企业', '王志强', 'PER:王志强'],
    // The first of a doubled adverb after a two-character name; a name ending in the character, not doubled, stays.
    ['指挥赵延轻轻挥动双臂', '赵延轻', 'PER:赵延'],
    ['指挥赵延轻挥动双臂', '赵延轻', 'PER:赵延轻'],
    // An adverb of manner the last character opens; a name before a word that is no such adverb stays.
    ['领先，但黄友政/陈熠顽强将比分追至', '陈熠顽', 'PER:陈熠'],
    ['，李成功说', '李成功', 'PER:李成功'],
    // An adverb whose first character often ends a given name is left to the name (张国立 | 即将).
    ['，张国立即将出演', '张国立', 'PER:张国立'],
    // 时 before what is said, and 边 of 边…边, read into a two-character name.
    ['在会见贾耕时表示，', '贾耕时', 'PER:贾耕'],
    ['，班长梁超边说边轻点鼠标', '梁超边', 'PER:梁超'],
    // 通报 (reports) and 作出 (makes) are said of a person too.
    ['市长余珂通报十堰市经济运行情况', '余珂通', 'PER:余珂'],
    // An adverb (曾, 已, 也) before the verb; 曾, which ends a few names, only before a verb of two characters.
    ['证监会主席吴清已提出申请', '吴清已', 'PER:吴清'],
    ['此前，吴清曾担任上海市委副书记', '吴清曾', 'PER:吴清'],
    ['统战部部长马猛也在主席台就座', '马猛也', 'PER:马猛'],
    ['摄影记者唐师曾，', '唐师曾', 'PER:唐师曾'],
    ['唐师曾说，这张照片', '唐师曾', 'PER:唐师曾'],
    ['唐师曾摄影展开幕', '唐师曾', 'PER:唐师曾'],
    ['吴清曾任上海市副市长', '吴清曾', 'PER:吴清'],
    ['据悉，吴清曾是上海市副市长', '吴清曾', 'PER:吴清'],
    // 站 (stands) before where the person stands; a name ending in 站 before anything else stays.
    ['局长林纲站在钦州港沙盘模型旁', '林纲站', 'PER:林纲'],
    ['记者林纲站报道', '林纲站', 'PER:林纲站'],
  ];
  // An idiom of the dictionary is no name at all.
  const idioms = Lexicon.build([['张冠李戴', LEX.WORD, 50]]);
  const t = '专家说张冠李戴不可取';
  assert.deepEqual(verbsAfterNames(t, [at(t, '张冠李戴', 'PER', 0.6)], idioms, isSurname, isCompoundSurname), []);
  for (const [text, name, want] of table) {
    assert.deepEqual(show(text, verbsAfterNames(text, [at(text, name, 'PER', 0.8)], dict, isSurname, isCompoundSurname)), [want], text);
  }
});

test('a weak place that is only a common word, or the 陆海 of 陆海新通道, is no place', () => {
  const dict = Lexicon.build([['中华', LEX.WORD, 900], ['惠民', LEX.WORD | LEX.LOC, 300], ['陆海', LEX.WORD | LEX.LOC, 50]]);
  const t = '中华龙灯节，惠民演出，西部陆海新通道';
  const spans = [at(t, '中华', 'LOC', 0.5), at(t, '惠民', 'LOC', 0.49), at(t, '陆海', 'LOC', 0.45)];
  assert.deepEqual(show(t, weakPlainPlaces(t, spans, dict)), ['LOC:惠民']);
  // A sure reading stays, but for a kind of place the dictionary tags as one (城中村).
  assert.deepEqual(show(t, weakPlainPlaces(t, [at(t, '中华', 'LOC', 0.9)], dict)), ['LOC:中华']);
  const v = '实施城中村改造';
  assert.deepEqual(show(v, weakPlainPlaces(v, [at(v, '城中村', 'LOC', 0.95)], dict)), []);
  // 陆海新 + 通道 read as a person is none, however sure; a person before other words stays.
  const u = '陆海新通道班列，陆海新表示';
  assert.deepEqual(show(u, weakPlainPlaces(u, spansOf(u, [['陆海新', 'PER'], ['陆海新', 'PER']], 0.9), dict)), ['PER:陆海新']);
});

test('a fruit or crop named like a person is no person before what is said of a crop; a town read as one after its county is a place', () => {
  const table: Array<[string, Array<[string, S['label'], number]>, string[]]> = [
    ['依托杨梅产业实现增收', [['杨梅', 'PER', 0.7]], []],
    ['靖州杨梅喜获丰收', [['靖州', 'LOC', 0.8], ['杨梅', 'PER', 0.7]], ['LOC:靖州']],
    ['炎陵黄桃采摘节开幕', [['炎陵', 'LOC', 0.8], ['黄桃', 'PER', 0.7]], ['LOC:炎陵']],
    // A town after its county, before a number, a line's other end or a works, is a place.
    ['重庆荣昌许溪220千伏输变电工程', [['重庆', 'LOC', 0.9], ['荣昌', 'LOC', 0.9], ['许溪', 'PER', 0.6]], ['LOC:重庆', 'LOC:荣昌', 'LOC:许溪']],
    ['永川陈食至江津', [['永川', 'LOC', 0.9], ['陈食', 'PER', 0.6], ['江津', 'LOC', 0.9]], ['LOC:永川', 'LOC:陈食', 'LOC:江津']],
    // A person the model is sure of, one of three characters, one before what people do (种植, 采摘, 节前) or one after a place
    // before anything else stays.
    ['杨梅产业大会', [['杨梅', 'PER', 0.95]], ['PER:杨梅']],
    ['村民杨大梅产业', [['杨大梅', 'PER', 0.7]], ['PER:杨大梅']],
    ['县长杨梅种植', [['杨梅', 'PER', 0.7]], ['PER:杨梅']],
    ['游客张华采摘了草莓', [['张华', 'PER', 0.7]], ['PER:张华']],
    ['王芳节前走访', [['王芳', 'PER', 0.7]], ['PER:王芳']],
    ['湖南株洲李强开办工厂', [['湖南', 'LOC', 0.9], ['株洲', 'LOC', 0.9], ['李强', 'PER', 0.7]], ['LOC:湖南', 'LOC:株洲', 'PER:李强']],
  ];
  for (const [text, read, want] of table) {
    const spans = read.map(([w, label, confidence]) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, label, confidence }));
    assert.deepEqual(show(text, producePlaceNotPeople(text, spans)), want, text);
  }
});

test('a list of places before the bodies of their level (等市县融媒体中心) keeps its places; a list before an organisation head alone is of organisations', () => {
  const dict = Lexicon.build([['崇左', LEX.LOC], ['百色', LEX.LOC], ['那坡', LEX.LOC], ['华为', LEX.NAME_ORG]]);
  const make = (s: { start: number; end: number; label: S['label'] }): S => ({ ...s, confidence: 0.7 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['崇左市、百色市、那坡县等市县融媒体中心', [['崇左市', 'LOC'], ['百色市', 'LOC'], ['那坡县', 'LOC']], ['LOC:崇左市', 'LOC:百色市', 'LOC:那坡县']],
    ['崇左市、百色市等12个市县', [['崇左市', 'LOC'], ['百色市', 'LOC']], ['LOC:崇左市', 'LOC:百色市']],
    // A level's grade, a province's inside or a market's word after 等 is no level's bodies.
    ['崇左、百色等省级医院', [], ['ORG:崇左', 'ORG:百色']],
    // A level's grade after 等 keeps the places named with their suffix (the counties' media centres).
    ['崇左市、那坡县等县级融媒体中心', [['崇左市', 'LOC'], ['那坡县', 'LOC']], ['LOC:崇左市', 'LOC:那坡县']],
    // The same places before an organisation's head with no level: read as the organisations the list names.
    ['崇左市、百色市等融媒体中心', [['崇左市', 'LOC'], ['百色市', 'LOC']], ['ORG:崇左市', 'ORG:百色市']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, listHeads(text, spansOf(text, read), make, dict)), want, text);
});

test('outlets: a brand opening a story before 讯 (多彩贵州网), a paper and its edition, 在线 and 融媒 as heads, a site in 【】', () => {
  const table: Array<[string, string[]]> = [
    ['多彩贵州网讯 当晨雾还笼罩着山间', ['ORG:多彩贵州网']],
    // The paper's own name is found too; the longer reading wins where the rules meet.
    ['湖北日报农村版讯（记者彭翠楠）', ['ORG:湖北日报农村版', 'ORG:湖北日报']],
    ['浙江在线1月19日讯（记者 张三）', ['ORG:浙江在线']],
    ['据浙江在线报道，', ['ORG:浙江在线']],
    ['，永川融媒记者潘玥希', ['ORG:永川融媒']],
    ['【鹿光网】中国国务院新闻办公室', ['ORG:鹿光网']],
    ['【 鹿光网 】中国国务院新闻办公室', ['ORG:鹿光网']],
    // A count of outlets is none; nor is this paper in 【】, nor a column.
    ['多家媒体讯 记者', []],
    ['一家网站讯 记者', []],
    ['【本报】消息', []],
    ['【热点新闻】今天', []],
    // 在线 and 融媒 head an outlet only after a place (not 全程在线报道, 县级融媒记者); 一 and 多 open no outlet's name.
    ['，全程在线报道', []],
    ['，县级融媒记者', []],
    ['，一线新闻记者', []],
    ['，多方新闻消息', []],
    ['中青在线记者张三报道', ['ORG:中青在线']],
    ['，代表委员在线报道履职情况', []],
  ];
  const lex = Lexicon.build([['浙江', LEX.LOC | LEX.WORD], ['永川', LEX.LOC]]);
  for (const [text, want] of table) assert.deepEqual(show(text, mediaOutlets(text, lex)), want, text);
});
