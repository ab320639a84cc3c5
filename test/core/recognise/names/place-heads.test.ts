import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extendPlaces, landformsWhole, streetsNotOrgs } from '../../../../src/core/recognise/names/place-heads';
import { placeMedia } from '../../../../src/core/recognise/names/rules';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { show, spansOf, S } from './spans';

test('places take areal heads; outlets take their place and brand', () => {
  const text = '■新华-长沙晚报记者在长沙县城和长沙高新区';
  const spans: LabelledSpan[] = [
    { start: 4, end: 6, label: 'LOC' },
    { start: 11, end: 13, label: 'LOC' },
    { start: 16, end: 18, label: 'LOC' },
  ];
  assert.deepEqual(show(text, placeMedia(text, extendPlaces(text, spans))), ['ORG:新华-长沙晚报', 'LOC:长沙县城', 'LOC:长沙高新区']);
});

test('a subdistrict is named with 街道, a community with 社区', () => {
  const table: Array<[string, number, number, string[]]> = [
    ['在荣昌区昌州街道，', 4, 6, ['LOC:昌州街道']],
    ['大石坝街道在居民', 0, 3, ['LOC:大石坝街道']],
    // The streets of a place, and a city named in full, are no subdistrict.
    ['昌州街道上车多', 0, 2, ['LOC:昌州']],
    ['重庆市街道办', 0, 3, ['LOC:重庆市']],
    // A residents' community after a place of three characters; a place run on past a subdistrict is two.
    ['艾坪山社区的志愿者', 0, 3, ['LOC:艾坪山社区']],
    ['重庆社区养老', 0, 2, ['LOC:重庆']],
    ['几江街道艾坪山社区的志愿者', 0, 7, ['LOC:几江街道', 'LOC:艾坪山社区']],
    ['几江街道办', 0, 4, ['LOC:几江街道']],
    // Strips, economic zones and port areas after their place.
    ['参与斡旋加沙地带停火', 4, 6, ['LOC:加沙地带']],
    ['海南经济特区近年来', 0, 2, ['LOC:海南经济特区']],
    ['徐圩港区和灌河港区', 5, 7, ['LOC:灌河港区']],
    ['位于三星堆遗址', 2, 5, ['LOC:三星堆遗址']],
    ['，北京中轴线纵贯', 1, 3, ['LOC:北京中轴线']],
    ['加快海南自由贸易港建设', 2, 4, ['LOC:海南自由贸易港']],
    ['从西安国际港站出发', 1, 3, ['LOC:西安国际港站']],
    ['建设新疆自贸试验区', 2, 4, ['LOC:新疆自贸试验区']],
    ['缙云山自然保护区内', 0, 3, ['LOC:缙云山自然保护区']],
    // A canal, a sports centre and a port's working area after their place; not a country's canals.
    ['、平陆运河等重大工程', 1, 3, ['LOC:平陆运河']],
    ['从深圳湾体育中心出发', 1, 4, ['LOC:深圳湾体育中心']],
    ['聊城中国运河文化', 2, 4, ['LOC:中国']],
    // A city's 组团 after its name; not a delegation formed there.
    ['开州区浦里新区长沙组团城中村', 7, 9, ['LOC:长沙组团']],
    ['重庆组团赴新加坡', 0, 2, ['LOC:重庆']],
    ['川渝组团建设', 1, 2, ['LOC:渝']],
    // The model leaves out an administrative suffix; not before a title, an organ or a word it begins.
    ['秀山县的电商物流园', 0, 2, ['LOC:秀山县']],
    ['渝北区发展', 0, 2, ['LOC:渝北区']],
    ['秀山县长说', 0, 2, ['LOC:秀山']],
    ['重庆区域经济', 0, 2, ['LOC:重庆']],
    // The model ends a subdistrict inside its suffix.
    ['在晏家街道调研', 1, 4, ['LOC:晏家街道']],
    ['晏家街道上车多', 0, 3, ['LOC:晏家街']],
    // A scenic site after a place and 以 is a clause's (丽江 | 以古城景区为核心).
    ['丽江以古城景区为核心', 0, 2, ['LOC:丽江']],
  ];
  for (const [text, start, end, want] of table) {
    assert.deepEqual(show(text, extendPlaces(text, [{ start, end, label: 'LOC' }])), want, text);
  }
});

test("a person's name before a subdistrict's suffix is the subdistrict's name", () => {
  const table: Array<[string, number, number, string[]]> = [
    ['、蔡家岗街道、施家梁镇', 1, 4, ['LOC:蔡家岗街道']],
    // The streets, or a one-character name: the person stays.
    ['蔡家岗街道上车多', 0, 3, ['PER:蔡家岗']],
    ['王街道', 0, 1, ['PER:王']],
  ];
  for (const [text, start, end, want] of table) {
    assert.deepEqual(show(text, extendPlaces(text, [{ start, end, label: 'PER' }])), want, text);
  }
});

test('stations, zones and bridges named after a place are one place', () => {
  const table: Array<[string, LabelledSpan[], string[]]> = [
    // The model's separate head goes into the place.
    ['与重庆北站、重庆西站', [{ start: 1, end: 3, label: 'LOC' }, { start: 3, end: 5, label: 'LOC' }], ['LOC:重庆北站']],
    ['重庆东站建成', [{ start: 0, end: 2, label: 'LOC' }], ['LOC:重庆东站']],
    ['在秀山县凤凰新城、', [{ start: 1, end: 4, label: 'LOC' }, { start: 4, end: 6, label: 'LOC' }, { start: 6, end: 8, label: 'LOC' }], ['LOC:秀山县', 'LOC:凤凰新城']],
    // A hospital's or a university's campus, a hydropower station, named after their place.
    ['人民医院中山院区重装开诊', [{ start: 4, end: 6, label: 'LOC' }], ['LOC:中山院区']],
    ['标志着白鹤滩水电站首批机组', [{ start: 3, end: 6, label: 'LOC' }], ['LOC:白鹤滩水电站']],
    ['李子坝轻轨站、长江索道', [{ start: 0, end: 3, label: 'LOC' }, { start: 7, end: 9, label: 'LOC' }], ['LOC:李子坝轻轨站', 'LOC:长江索道']],
    // A county's or a site's head after its short name; not after a city named with its suffix.
    ['记者从酉阳自治县获悉', [{ start: 3, end: 5, label: 'LOC' }], ['LOC:酉阳自治县']],
    ['龚滩古镇接待游客', [{ start: 0, end: 2, label: 'LOC' }], ['LOC:龚滩古镇']],
    ['位于两江协同创新区的工厂', [{ start: 2, end: 4, label: 'LOC' }], ['LOC:两江协同创新区']],
    ['重庆市景区门票', [{ start: 0, end: 3, label: 'LOC' }], ['LOC:重庆市']],
    // A person the model read before a head only sites take is the site.
    ['以及兰英大峡谷旅游', [{ start: 2, end: 4, label: 'PER' }], ['LOC:兰英大峡谷']],
    // 站长 is a title, not a station.
    ['重庆东站长说', [{ start: 0, end: 2, label: 'LOC' }], ['LOC:重庆']],
    // A city's own station before a break or a conjunction; 站 as a verb stays out.
    ['将形成以重庆站、成都站为', [{ start: 4, end: 6, label: 'LOC' }, { start: 8, end: 10, label: 'LOC' }], ['LOC:重庆站', 'LOC:成都站']],
    ['重庆站在全国前列', [{ start: 0, end: 2, label: 'LOC' }], ['LOC:重庆']],
    ['高大的重庆站（即菜园坝火车站）', [{ start: 3, end: 5, label: 'LOC' }], ['LOC:重庆站']],
    ['这标志着重庆站这座老火车站', [{ start: 4, end: 6, label: 'LOC' }], ['LOC:重庆站']],
    // …and before a part of the station or its hub (站房, 铁路综合交通枢纽).
    ['新建的重庆站站房设计', [{ start: 3, end: 5, label: 'LOC' }], ['LOC:重庆站']],
    ['除在重庆站铁路综合交通枢纽外', [{ start: 2, end: 4, label: 'LOC' }], ['LOC:重庆站']],
    // A person the model read before a head only areas take is the area's name.
    ['西永综合保税区、', [{ start: 0, end: 2, label: 'PER' }], ['LOC:西永综合保税区']],
    ['王刚新区', [{ start: 0, end: 2, label: 'PER' }], ['PER:王刚']],
    // A bridge named by a place and the river it crosses is one place; not after a place with its suffix.
    ['白居寺长江大桥完工', [{ start: 0, end: 3, label: 'LOC' }, { start: 3, end: 7, label: 'LOC' }], ['LOC:白居寺长江大桥']],
    // A grand bridge (特大桥) takes its head in too, and then the place before it.
    ['遂宁涪江特大桥进入', [{ start: 0, end: 2, label: 'LOC' }, { start: 2, end: 4, label: 'LOC' }], ['LOC:遂宁涪江特大桥']],
    ['重庆市长江大桥', [{ start: 0, end: 3, label: 'LOC' }, { start: 3, end: 7, label: 'LOC' }], ['LOC:重庆市', 'LOC:长江大桥']],
    // A new area named after its province or city: its own name is a place too; not a suffix run on (市高新区).
    ['四川天府新区和青岛西海岸新区签署', [{ start: 0, end: 2, label: 'LOC' }, { start: 7, end: 9, label: 'LOC' }], ['LOC:四川', 'LOC:天府新区', 'LOC:青岛', 'LOC:西海岸新区']],
    ['重庆市高新区', [{ start: 0, end: 2, label: 'LOC' }], ['LOC:重庆']],
    ['重庆的新区', [{ start: 0, end: 2, label: 'LOC' }], ['LOC:重庆']],
    // Sites named after a place the same way; a kind of site is no name (温泉景区, 特色小镇).
    ['长寿区菩提古镇和渝北统景温泉', [{ start: 0, end: 3, label: 'LOC' }, { start: 8, end: 10, label: 'LOC' }], ['LOC:长寿区', 'LOC:菩提古镇', 'LOC:渝北', 'LOC:统景温泉']],
    ['重庆温泉景区和重庆特色小镇', [{ start: 0, end: 2, label: 'LOC' }, { start: 7, end: 9, label: 'LOC' }], ['LOC:重庆', 'LOC:重庆']],
  ];
  for (const [text, spans, want] of table) assert.deepEqual(show(text, extendPlaces(text, spans)), want, text);
  // A station the model read as an organisation is a place.
  // So are a hotel, a theatre or a hydropower station (venues and sites).
  for (const t of ['重庆东站预计', '江北嘴中央商务区、', '西部科学城', '茅台国际大酒店', '白鹤滩水电站', '重庆大剧院']) {
    const end = t.replace(/[预计、]/g, '').length;
    assert.deepEqual(show(t, streetsNotOrgs(t, [{ start: 0, end, label: 'ORG' }])), [`LOC:${t.slice(0, end)}`], t);
  }
});

test('economic zones are areal heads too', () => {
  const text = '长沙经开区和西永综保区';
  const spans: LabelledSpan[] = [
    { start: 0, end: 2, label: 'LOC' },
    { start: 6, end: 8, label: 'LOC' },
  ];
  assert.deepEqual(show(text, extendPlaces(text, spans)), ['LOC:长沙经开区', 'LOC:西永综保区']);
});

test('facilities named after a place take the place in', () => {
  const table: Array<[string, number, number, string]> = [
    ['长江大桥通车', 0, 2, 'LOC:长江大桥'],
    ['江北国际机场航班', 0, 2, 'LOC:江北国际机场'],
    ['石家庄机场', 0, 3, 'LOC:石家庄机场'],
    // A one-character place (澳 of 港澳) does not name a facility.
    ['港澳码头', 1, 2, 'LOC:澳'],
  ];
  for (const [text, start, end, want] of table) assert.deepEqual(show(text, extendPlaces(text, [{ start, end, label: 'LOC' }])), [want], text);
});

test('an organisation ending in a street, square, park or bridge head is a place', () => {
  const table: Array<[string, string, string]> = [
    ['渝中区解放碑步行街人气火爆', '渝中区解放碑步行街', 'LOC:渝中区解放碑步行街'],
    ['游客来到朝天门广场', '朝天门广场', 'LOC:朝天门广场'],
    ['五四路派出所民警', '五四路派出所', 'ORG:五四路派出所'],
    ['市交通局发布', '市交通局', 'ORG:市交通局'],
    // A city's 组团 is a place, also before what it does; a delegation a place or a body formed goes, the place or body
    // stays, anything else goes with it.
    ['在高新区澄溪组团建设', '澄溪组团', 'LOC:澄溪组团'],
    ['西彭组团出台多项政策', '西彭组团', 'LOC:西彭组团'],
    ['重庆组团参加展会', '重庆组团', 'LOC:重庆'],
    ['近日，重庆组团在上海举办推介会', '重庆组团', 'LOC:重庆'],
    ['市商务委组团参加东盟博览会', '市商务委组团', 'ORG:市商务委'],
    ['渝企组团参加进博会', '渝企组团', ''],
  ];
  const lex = Lexicon.build([['重庆', LEX.LOC | LEX.WORD]]);
  for (const [text, name, want] of table) {
    const start = text.indexOf(name);
    assert.deepEqual(show(text, streetsNotOrgs(text, [{ start, end: start + name.length, label: 'ORG' }], lex)), want ? [want] : [], text);
  }
  const text = '人民路';
  assert.deepEqual(show(text, streetsNotOrgs(text, [{ start: 0, end: 3, label: 'PER' }])), ['PER:人民路'], 'only organisations change');
});

test("a landform is one place with its head; two abbreviations before it name it together; a city's plains are not one", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['提起帕米尔高原上', [['帕米尔', 'LOC']], ['LOC:帕米尔高原']],
    ['位于青藏高原与黄土高原', [['青', 'LOC'], ['藏', 'LOC']], ['LOC:青藏高原']],
    ['毛乌素沙地，绿围脖', [['毛乌素', 'PER']], ['LOC:毛乌素沙地']],
    ['四川盆地东部', [['四川', 'LOC']], ['LOC:四川盆地']],
    // A division named with its suffix, a grassland after a region, a name the model left unread: as read.
    ['北京市平原地区', [['北京市', 'LOC']], ['LOC:北京市']],
    ['地处杭、嘉、湖平原', [['杭', 'LOC'], ['嘉', 'LOC'], ['湖', 'LOC']], ['LOC:杭', 'LOC:嘉', 'LOC:湖']],
    ['内蒙古草原上', [['内蒙古', 'LOC']], ['LOC:内蒙古']],
    // A province or country before a modifier's head, a head read on into a word of its own: as read.
    ['云南高原特色农业', [['云南', 'LOC']], ['LOC:云南']],
    ['中国沙漠化', [['中国', 'LOC']], ['LOC:中国']],
    ['帕米尔高原反应', [['帕米尔', 'LOC']], ['LOC:帕米尔']],
    // A province's or a country's landform is one name too, whatever noun follows it.
    ['内蒙古高原，伊朗高原', [['内蒙古', 'LOC'], ['伊朗', 'LOC']], ['LOC:内蒙古高原', 'LOC:伊朗高原']],
    ['四川盆地气候温暖', [['四川', 'LOC']], ['LOC:四川盆地']],
    // A country's or province's deserts are no desert's name.
    ['中国沙漠面积约占两成', [['中国', 'LOC']], ['LOC:中国']],
    ['新疆沙漠公路全线贯通', [['新疆', 'LOC']], ['LOC:新疆']],
    // 脉 finishes a range read to its 山.
    ['安第斯山脉', [['安第斯山', 'LOC']], ['LOC:安第斯山脉']],
    ['黄土高原', [], []],
    // A two-character person before the head stays one (no sound name of three characters).
    ['张三高原', [['张三', 'PER']], ['PER:张三']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, landformsWhole(text, spansOf(text, read))), want, text);
});
