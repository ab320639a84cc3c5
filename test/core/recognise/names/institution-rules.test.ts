import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boardsOffCompanies, hospitalsWithoutDepartments, keyLaboratories, museumsWithTheirCity, namedLocalUnits, numberedSchools, namedHospitals, parksNotOrgs, policeForces, schoolsByName } from '../../../../src/core/recognise/names/institution-rules';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { at, S, show, spansOf } from './spans';

test("a place and 公安 after it are that place's police, an organisation", () => {
  const table: Array<[string, string, string[]]> = [
    ['2020年，重庆公安各项工作取得成效', '重庆', ['ORG:重庆公安']],
    ['为郸城公安“夏季行动”', '郸城', ['ORG:郸城公安']],
    // An organ or a generic word after 公安, or a station's police section: the place stays.
    ['，重庆公安局', '重庆', ['LOC:重庆']],
    ['，上海市公安系统红旗集体', '上海市', ['LOC:上海市']],
    ['与西站公安段', '西站', ['LOC:西站']],
  ];
  for (const [text, place, want] of table) assert.deepEqual(show(text, policeForces(text, [at(text, place, 'LOC')])), want, text);
});

test("a hospital's department is no part of its name; a hospital's own name before 医院 is one", () => {
  const t = '黄振俊，中国医学科学院阜外医院心血管科主任';
  assert.deepEqual(show(t, hospitalsWithoutDepartments(t, [at(t, '中国医学科学院阜外医院心血管科', 'ORG')])), ['ORG:中国医学科学院阜外医院']);
  const u = '，市急救医疗中心，骨科';
  assert.deepEqual(show(u, hospitalsWithoutDepartments(u, [at(u, '市急救医疗中心', 'ORG')])), ['ORG:市急救医疗中心']);
  const lex = Lexicon.build([['定点', LEX.WORD], ['人民', LEX.WORD]]);
  const make = (x: { start: number; end: number; label: 'ORG' }): S => ({ ...x, confidence: 0.65 });
  const table: Array<[string, string[]]> = [
    ['慕名来到和祐医院。', ['ORG:和祐医院']],
    // Kinds of hospital, verbs before 医院, a name the model read: no new name.
    ['，到定点医院，在人民医院', []],
    ['，住过医院，后送往医院', []],
    ['病人挑医院', []],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, namedHospitals(text, [], make, lex)), want, text);
});

test("a company's board before a title is cut off the company's name", () => {
  const t = '齐向东、腾讯董事会主席马化腾';
  assert.deepEqual(show(t, boardsOffCompanies(t, [at(t, '腾讯董事会', 'ORG')])), ['ORG:腾讯']);
  // No title after the board: the board is what is named.
  const u = '，腾讯董事会决定';
  assert.deepEqual(show(u, boardsOffCompanies(u, [at(u, '腾讯董事会', 'ORG')])), ['ORG:腾讯董事会']);
});

test('a park the model read as an organisation is a place, cut at its head; its own organ stays an organisation', () => {
  const table: Array<[string, string, string[]]> = [
    ['，空港工业园布局发展', '空港工业园布局', ['LOC:空港工业园']],
    ['，两江新区龙兴产业园', '两江新区龙兴产业园', ['LOC:两江新区龙兴产业园']],
    ['，空港工业园管委会', '空港工业园管委会', ['ORG:空港工业园管委会']],
    ['，空港工业园区开发建设有限公司', '空港工业园区开发建设有限公司', ['ORG:空港工业园区开发建设有限公司']],
    // A park's court or customs office is that body; 园区 is taken whole.
    ['苏州工业园区法院判决', '苏州工业园区法院', ['ORG:苏州工业园区法院']],
    ['苏州工业园区海关查获', '苏州工业园区海关', ['ORG:苏州工业园区海关']],
    ['，张江科技园区', '张江科技园区', ['LOC:张江科技园区']],
  ];
  for (const [text, org, want] of table) assert.deepEqual(show(text, parksNotOrgs(text, [at(text, org, 'ORG')])), want, text);
});

test('a middle school by its city and number is an organisation', () => {
  const table: Array<[string, string, 'LOC' | 'ORG', string[]]> = [
    ['步深化与重庆一中全方位合作', '重庆', 'LOC', ['ORG:重庆一中']],
    ['南充十一中的老师', '南充', 'LOC', ['ORG:南充十一中']],
    ['重庆一中校领导为学生颁发证书', '重庆一中校', 'ORG', ['ORG:重庆一中']],
    // 中学, 中国, 中心 after a number, and a plenary session, are no school.
    ['重庆三中心医院', '重庆', 'LOC', ['LOC:重庆']],
    ['重庆二中学生', '重庆', 'LOC', ['LOC:重庆']],
    // A primary school by its number, not 一小 as "a little" nor the city's "little dragons".
    ['次来到西双版纳州勐腊县一小开展活动', '勐腊县', 'LOC', ['ORG:勐腊县一小']],
    ['重庆一小部分企业', '重庆', 'LOC', ['LOC:重庆']],
    ['重庆一小时经济圈', '重庆', 'LOC', ['LOC:重庆']],
    ['涌现出杭州六小龙', '杭州', 'LOC', ['LOC:杭州']],
    ['北京一小女孩走失', '北京', 'LOC', ['LOC:北京']],
  ];
  for (const [text, name, label, want] of table) assert.deepEqual(show(text, numberedSchools(text, [at(text, name, label)])), want, text);
});

test("a one-character place read inside a school's number goes with it; a level alone before the number is the home city's school", () => {
  const make = (x: { start: number; end: number; label: 'ORG' }): S => ({ ...x, confidence: 0.65 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['省内历城二中、山东省实验中学', [['历城', 'LOC'], ['中', 'LOC']], ['ORG:历城二中']],
    ['授予市十二中高珍、市十三中王妞妞', [['王妞妞', 'PER']], ['ORG:市十二中', 'ORG:市十三中', 'PER:王妞妞']],
    ['县一中的老师', [], ['ORG:县一中']],
    // A longer name read over the level stays; a plenary session, 中学 or 中心 after the number is no school.
    ['长沙市一中的学生', [['长沙市', 'LOC']], ['ORG:长沙市一中']],
    ['市委二十届四中全会', [['市委', 'ORG']], ['ORG:市委']],
    // The number counts what follows (一中年男子, 一中队), or the level ends a word (城区): no school.
    ['我市一中年男子酒后驾车', [], []],
    ['城区一中队民警', [], []],
    ['该区一中型企业', [], []],
    ['市三中心医院', [], []],
    ['市一中学生', [], []],
  ];
  for (const [text, spans, want] of table) assert.deepEqual(show(text, numberedSchools(text, spans.map(([n, l]) => at(text, n, l)), make)), want, text);
});

test('a school by its own name, after a break, a preposition or a verb, is an organisation; a kind of school is not', () => {
  const lex = Lexicon.build([
    ['表示', LEX.WORD, 300, 3], ['授予', LEX.WORD, 300, 3], ['集中', LEX.WORD, 300, 3], ['学习', LEX.WORD, 300, 3],
    ['农村', LEX.WORD, 3000], ['书包', LEX.WORD, 300], ['重庆', LEX.LOC | LEX.WORD, 3000], ['孩子', LEX.WORD, 3000], ['我们', LEX.WORD, 3000],
  ]);
  const make = (x: { start: number; end: number; label: 'ORG' }): S => ({ ...x, confidence: 0.6 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['称号;授予赛鱼小学赵冠瑞、段家背小学吴润生', [['赵冠瑞', 'PER'], ['吴润生', 'PER']], ['ORG:赛鱼小学', 'PER:赵冠瑞', 'ORG:段家背小学', 'PER:吴润生']],
    ['危急时刻,到新港初级中学来接孩子', [['新港', 'LOC']], ['ORG:新港初级中学']],
    ['101中学、109中学、117中学', [['101中学', 'ORG']], ['ORG:101中学', 'ORG:109中学', 'ORG:117中学']],
    ['，重庆小学', [['重庆', 'LOC']], ['ORG:重庆小学']],
    // A kind of school, a clause inside a word, studying (集中学习), going to school: no name.
    ['，农村小学的老师', [], []],
    ['会议集中学习了讲话', [], []],
    ['外婆背起她的书包上小学、中学', [], []],
    ['，全市中学', [], []],
    // Three characters opening with an everyday word are a clause; a number with its city's level is that city's school.
    ['，孩子去幼儿园', [], []],
    ['，我们村小学条件不好', [], []],
    ['，市35中学', [], ['ORG:市35中学']],
  ];
  for (const [text, spans, want] of table) assert.deepEqual(show(text, schoolsByName(text, spans.map(([n, l]) => at(text, n, l)), make, lex)), want, text);
});

test('a national key laboratory named by its field is an organisation', () => {
  const VERB = 3;
  const lex = Lexicon.build([['介绍', LEX.WORD, 300, VERB], ['建设', LEX.WORD, 300], ['三江源', LEX.LOC, 300]]);
  const make = (x: { start: number; end: number; label: 'ORG' }): S => ({ ...x, confidence: 0.75 });
  const table: Array<[string, S[], string[]]> = [
    ['然后介绍了粒子天体物理全国重点实验室在宇宙线', [], ['ORG:粒子天体物理全国重点实验室']],
    ['，脑科学与类脑研究全国重点实验室主任说', [], ['ORG:脑科学与类脑研究全国重点实验室']],
    // A verb that opens the clause stays outside; a place read inside gives way.
    ['依托省部共建三江源生态与高原农牧业国家重点实验室开展', [], ['ORG:省部共建三江源生态与高原农牧业国家重点实验室']],
    ['，依托三江源生态国家重点实验室', [at('，依托三江源生态国家重点实验室', '三江源', 'LOC')], ['ORG:三江源生态国家重点实验室']],
    // A count of them, or a plain word as the field: no name.
    ['该校新增2个全国重点实验室', [], []],
    ['，建设国家重点实验室。', [], []],
    // An adverb ends the field; what follows it is the clause's verbs (重组形成).
    ['，重庆现已重组形成全国重点实验室6个', [], []],
    // The field stops at a verb, a determiner, a person's role or a verb of visiting before it.
    ['，计委抓国家重点实验室、基金委管', [], []],
    ['毛河光院士参观吉林大学超硬材料国家重点实验室', [], ['ORG:吉林大学超硬材料国家重点实验室']],
    ['，该校获批建设先进光子学全国重点实验室', [], ['ORG:先进光子学全国重点实验室']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, keyLaboratories(text, read, make, lex)), want, text);
});

test('a police station, fire station, clinic or justice office by the place it serves is an organisation; a kind of one is not', () => {
  const make = (x: { start: number; end: number; label: 'ORG' }): S => ({ ...x, confidence: 0.6 });
  // 五里 is a word of the dictionary (as in 五里雾), which does not keep it from naming a station.
  const lex = Lexicon.build([['五里', LEX.WORD], ['联动', LEX.WORD, 500, 17], ['表示', LEX.WORD, 1000, 17]]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['锦旗送到辖区五里派出所，当面感谢', [], ['ORG:五里派出所']],
    ['接警后，五里派出所民警立即行动', [], ['ORG:五里派出所']],
    ['立即调派云栖路消防救援站7名人员前往', [], ['ORG:云栖路消防救援站']],
    // A market regulation office; after the places above it, it takes them in.
    ['检提供了方向。三里庵市场监督管理所相关负责人表示', [], ['ORG:三里庵市场监督管理所']],
    ['近日，合肥市蜀山区三里庵市场监督管理所联合社区', [['合肥市', 'LOC'], ['蜀山区', 'LOC']], ['ORG:合肥市蜀山区三里庵市场监督管理所']],
    ['下一步，三里庵市监所将持续', [], ['ORG:三里庵市监所']],
    // What the model read there stays.
    ['专程来到松涛派出所', [['松涛派出所', 'ORG']], ['ORG:松涛派出所']],
    ['华宁县公安局宁州派出所', [['华宁县公安局宁州派出所', 'ORG']], ['ORG:华宁县公安局宁州派出所']],
    // A kind of unit, one in quotes, one in brackets or a function word: none named.
    ['一边联动属地派出所，全程陪同', [], []],
    ['社区与微型消防站迅速到场', [], []],
    ['调研了部分派出所', [], []],
    ['被评为“爱婴卫生院”', [], []],
    ['部分乡（镇）卫生院', [], []],
    ['对派出所民辅警', [], []],
    ['走访一线派出所和沿线派出所', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, namedLocalUnits(text, spansOf(text, read), make, lex)), want, text);
});

test("a museum is named with its city, not with a county, a region or when it is a national one", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['展览在北京大运河博物馆举行', [['北京', 'LOC'], ['大运河博物馆', 'ORG']], ['ORG:北京大运河博物馆']],
    ['代表团参观了郑州二七纪念馆', [['郑州', 'LOC'], ['二七纪念馆', 'ORG']], ['ORG:郑州二七纪念馆']],
    ['在西吉县将台堡纪念馆', [['西吉县', 'LOC'], ['将台堡纪念馆', 'ORG']], ['LOC:西吉县', 'ORG:将台堡纪念馆']],
    ['在北京中国革命历史博物馆举行', [['北京', 'LOC'], ['中国革命历史博物馆', 'ORG']], ['LOC:北京', 'ORG:中国革命历史博物馆']],
    ['藏于台湾鸿禧美术馆', [['台湾', 'LOC'], ['鸿禧美术馆', 'ORG']], ['LOC:台湾', 'ORG:鸿禧美术馆']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, museumsWithTheirCity(text, spansOf(text, read))), want, text);
});
