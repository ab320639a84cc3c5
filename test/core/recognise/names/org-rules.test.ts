import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cooperationBodies,
  dictionaryOrganisations,
  dictionaryOrganisationsAlone,
  formalOrganNames,
  organBodies,
  orgsEndingInsideWords,
  orgsRunningIntoVerbs,
  partyOrgansWithoutUpperPlaces,
  splitCoordinatedOrgs,
  standingCommittees,
  subordinateBodies,
  institutionsNotPlaces,
  disciplineAndSupervisionJoined,
  genericUnitsNoNames,
  placeLedInstitutions,
  clauseOpenersOffOrganisations,
  fieldsJoinedByAnd,
  bodiesJoinedByVerbsApart,
  ordinalsOffNames,
  entrustingPlacesNotCommittees,
  fieldDepartmentsNoMinistries,
  joinedFieldsWhole,
  companiesReadAsVerbs,
} from '../../../../src/core/recognise/names/org-rules';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { looksLikeName } from '../../../../src/core/recognise/names/rules';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { at, S, show, spansOf } from './spans';


test('an organisation the dictionary knows whole, where the model marks nothing', () => {
  const dict = Lexicon.build([
    ['长安汽车', LEX.ORG | LEX.WORD],
    ['长安', LEX.LOC | LEX.WORD],
    ['中央政府', LEX.ORG | LEX.WORD],
    ['中央', LEX.WORD],
    ['上市公司', LEX.ORG | LEX.WORD],
    ['党和政府', LEX.ORG | LEX.WORD],
    ['东中西部', LEX.ORG | LEX.WORD],
    ['长城饭店', LEX.ORG | LEX.LOC | LEX.WORD],
  ]);
  const make = (x: { start: number; end: number; label: S['label'] }): S => ({ ...x, confidence: 0.6 });
  const table: Array<[string, string[]]> = [
    ['根据长安汽车最新交付数据', ['ORG:长安汽车']],
    ['长安汽车自主品牌', ['ORG:长安汽车']],
    // Inside a longer word, generic bodies, a one-character head, a place as well: nothing.
    ['新长安汽车', []],
    ['中央政府决定', []],
    ['两家上市公司', []],
    ['党和政府关心', []],
    ['东中西部地区', []],
    ['住在长城饭店', []],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, dictionaryOrganisationsAlone(text, [], make, dict)), want, text);
  // A name the model found is left as it is.
  const t = '长安汽车发布';
  assert.deepEqual(show(t, dictionaryOrganisationsAlone(t, [at(t, '长安', 'LOC')], make, dict)), ['LOC:长安']);
});

test('a place at the start of an organisation the dictionary knows whole is that organisation', () => {
  const dict = Lexicon.build([
    ['长安汽车', LEX.ORG],
    ['伊拉克政府', LEX.ORG],
    ['美国市场', LEX.ORG], // a phrase among the dictionary's organisations: no organisation head
    ['美国农业部', LEX.ORG],
    ['长城饭店', LEX.ORG | LEX.LOC], // a place as well
  ]);
  const table: Array<[string, string, string[]]> = [
    ['与长安汽车签署协议', '长安', ['ORG:长安汽车']],
    ['伊拉克政府表示', '伊拉克', ['ORG:伊拉克政府']],
    ['进入美国市场', '美国', ['LOC:美国']],
    ['住在长城饭店', '长城', ['LOC:长城']],
    // A ministry before 长 is a minister's title.
    ['美国农业部长罗林斯', '美国', ['LOC:美国']],
    ['美国农业部发布', '美国', ['ORG:美国农业部']],
  ];
  for (const [text, place, want] of table) assert.deepEqual(show(text, dictionaryOrganisations(text, [at(text, place, 'LOC')], dict)), want, text);
  // Another name in the way keeps both.
  const t = '长安汽车';
  assert.deepEqual(show(t, dictionaryOrganisations(t, [at(t, '长安', 'LOC'), at(t, '汽车', 'PER')], dict)), ['LOC:长安', 'PER:汽车']);
});

test('an organisation joined to another by 与, 和 or 及 is two', () => {
  const table: Array<[string, string[]]> = [
    ['重庆日报与市委宣传部', ['ORG:重庆日报', 'ORG:市委宣传部']],
    ['科学技术部和教育部', ['ORG:科学技术部', 'ORG:教育部']],
    // Only the part with a head of its own stays an organisation.
    ['重庆日报与广大读者', ['ORG:重庆日报']],
    // Names holding the conjunction: no head before it.
    ['机械与运载工程学院', ['ORG:机械与运载工程学院']],
    ['中华人民共和国外交部', ['ORG:中华人民共和国外交部']],
    // A verb of joint action joins two too; 联合国 and 联合会 are names.
    ['解放碑街道办事处联合区市场监管局', ['ORG:解放碑街道办事处', 'ORG:区市场监管局']],
    ['国家计委会同财政部', ['ORG:国家计委', 'ORG:财政部']],
    ['中国驻联合国代表团', ['ORG:中国驻联合国代表团']],
    ['中华全国妇女联合会', ['ORG:中华全国妇女联合会']],
  ];
  for (const [text, want] of table) {
    assert.deepEqual(show(text, splitCoordinatedOrgs(text, [{ start: 0, end: text.length, label: 'ORG', confidence: 0.7 }])), want, text);
  }
});

test('a congress read without its standing committee named right after it is that committee', () => {
  const table: Array<[string, string, string[]]> = [
    ['选举张三为海珠区第十七届人民代表大会常务委员会副主任', '海珠区第十七届人民代表大会', ['ORG:海珠区第十七届人民代表大会常务委员会']],
    ['市人大常委会召开', '市人大', ['ORG:市人大常委会']],
    ['省政协常务委员会', '省政协', ['ORG:省政协常务委员会']],
    // Not after another organ, nor over a name read across the committee's words.
    ['市政府常务会议', '市政府', ['ORG:市政府']],
    ['市人大代表', '市人大', ['ORG:市人大']],
    ['召开市政协常委会议', '市政协', ['ORG:市政协']],
    ['海珠区人民代表大会常委会议程草案', '海珠区人民代表大会', ['ORG:海珠区人民代表大会常委会']],
    ['越秀区人民代表大会常务委员会议在区政府召开', '越秀区人民代表大会', ['ORG:越秀区人民代表大会常务委员会']],
  ];
  for (const [text, name, want] of table) assert.deepEqual(show(text, standingCommittees(text, [at(text, name, 'ORG')])), want, text);
  const t = '市人大常委会';
  assert.deepEqual(show(t, standingCommittees(t, [at(t, '市人大', 'ORG'), at(t, '常委会', 'ORG')])), ['ORG:市人大', 'ORG:常委会']);
});

test('an organisation and a body under it, read apart, are one organisation', () => {
  const table: Array<[string, number, string[]]> = [
    ['人大常委会', 2, ['ORG:人大常委会']],
    ['水利部长江水利委员会', 3, ['ORG:水利部长江水利委员会']],
    ['中国科学院大连化学物理研究所', 5, ['ORG:中国科学院大连化学物理研究所']],
    ['国家金融监督管理总局上海监管局', 10, ['ORG:国家金融监督管理总局上海监管局']],
    ['市公安局渝中区分局', 4, ['ORG:市公安局渝中区分局']],
    ['交通运输部长江航务管理局', 5, ['ORG:交通运输部长江航务管理局']],
    ['民航局西南地区管理局', 3, ['ORG:民航局', 'ORG:西南地区管理局']],
    // An outlet before its dateline's place, two organs side by side, a company before another.
    ['新华社联合国', 3, ['ORG:新华社', 'ORG:联合国']],
    ['党中央国务院', 3, ['ORG:党中央', 'ORG:国务院']],
    ['人民日报文艺部山东成山橡胶集团', 7, ['ORG:人民日报文艺部', 'ORG:山东成山橡胶集团']],
  ];
  for (const [text, cut, want] of table) {
    const spans: S[] = [
      { start: 0, end: cut, label: 'ORG', confidence: 0.8 },
      { start: cut, end: text.length, label: 'ORG', confidence: 0.9 },
    ];
    assert.deepEqual(show(text, subordinateBodies(text, spans)), want, text);
  }
  // A place before a body is no institution.
  const t = '重庆研究院';
  assert.deepEqual(show(t, subordinateBodies(t, [at(t, '重庆', 'LOC'), at(t, '研究院', 'ORG')])), ['LOC:重庆', 'ORG:研究院']);
});

test('an organisation read into 团队 or a chief officer\'s title ends at its last head before it', () => {
  const table: Array<[string, number, string[]]> = [
    ['儿童医院专家团队赴万州', 7, ['ORG:儿童医院']],
    ['西南医院烧伤科团队在国际期刊', 9, ['ORG:西南医院烧伤科']],
    // No head before 团队, or another word across the end: as it was.
    ['袁某团队研发', 4, ['ORG:袁某团队']],
    // A company named by its trade ends before 团队.
    ['小米汽车团队上万名员工', 6, ['ORG:小米汽车']],
    // A finance firm's research or strategy team: the firm.
    ['中信证券研究团队认为', 8, ['ORG:中信证券']],
    ['长江证券宏观团队认为', 8, ['ORG:长江证券']],
    ['新能源汽车团队表示', 7, ['ORG:新能源汽车团队']],
    // A team named by the scientist who leads it and their title: the person.
    ['孙锟教授团队联合交大', 6, ['PER:孙锟']],
    // A word of the dictionary opening with a surname is no one's name.
    ['江南博士团队表示', 6, ['ORG:江南博士团队']],
    ['国家验收委员会上', 7, ['ORG:国家验收委员会']],
    // A chief officer's title across the end: cut at the head before it; a federation's own 总会 or 总工会 stays.
    ['重庆市中医院总会计师、运营管理处处长', 8, ['ORG:重庆市中医院']],
    ['重庆市中医院总会计师、运营管理处处长', 9, ['ORG:重庆市中医院']],
    ['中华全国总工会副主席', 7, ['ORG:中华全国总工会']],
    // A body's visiting group read with it ends at the body's head.
    ['省体育局重竞技中心调研组一行来到', 12, ['ORG:省体育局重竞技中心']],
    ['市委调研组一行', 5, ['ORG:市委调研组']],
    // Only after a head of its own: no head's characters inside a word (世界卫生组织), no body without a head (九三学社中央).
    ['世界卫生组织考察组抵达', 9, ['ORG:世界卫生组织考察组']],
    ['九三学社中央调研组到', 9, ['ORG:九三学社中央调研组']],
  ];
  const fields = Lexicon.build([['新能源', LEX.WORD, 300], ['小米', LEX.WORD | LEX.NAME_ORG, 300], ['江南', LEX.WORD | LEX.LOC, 300]]);
  for (const [text, end, want] of table) {
    assert.deepEqual(show(text, orgsEndingInsideWords(text, [{ start: 0, end, label: 'ORG', confidence: 0.7 }], fields)), want, text);
  }
});

test('a body of a party committee or a government, named after it, is one organisation with it', () => {
  const table: Array<[string, number, string[]]> = [
    ['市委编办负责人', 2, ['ORG:市委编办']],
    ['市委全面深化改革委员会召开会议', 2, ['ORG:市委全面深化改革委员会']],
    ['涪陵区委宣传部部长', 4, ['ORG:涪陵区委宣传部']],
    ['市政府办公厅印发', 3, ['ORG:市政府办公厅']],
    // Not after an organisation that has no such bodies, nor before words that are no body.
    ['市教委办公室', 3, ['ORG:市教委']],
    ['市委召开会议', 2, ['ORG:市委']],
    // The office by its short name, where the name ends.
    ['区委办、区政府办', 2, ['ORG:区委办']],
    ['区委办理', 2, ['ORG:区委']],
  ];
  for (const [text, end, want] of table) {
    assert.deepEqual(show(text, organBodies(text, [{ start: 0, end, label: 'ORG', confidence: 0.9 }])), want, text);
  }
  // The model's separate piece of the body goes into it.
  const t = '市委宣传部';
  assert.deepEqual(show(t, organBodies(t, [{ start: 0, end: 2, label: 'ORG' }, { start: 2, end: 5, label: 'ORG' }])), ['ORG:市委宣传部']);
});

test('a court, procuratorate, government or public hospital is named with the province or city above it', () => {
  type Sp = { start: number; end: number; label: string };
  const table: Array<[string, Sp[], string[]]> = [
    ['重庆市江北区人民法院审理', [{ start: 0, end: 3, label: 'LOC' }, { start: 3, end: 10, label: 'ORG' }], ['ORG:重庆市江北区人民法院']],
    ['江苏省南京市中级人民法院', [{ start: 0, end: 3, label: 'LOC' }, { start: 3, end: 12, label: 'ORG' }], ['ORG:江苏省南京市中级人民法院']],
    // A party committee, an organ without a place of its own, a place without its suffix: as they were.
    ['湖南省沅江市委书记', [{ start: 0, end: 3, label: 'LOC' }, { start: 3, end: 7, label: 'ORG' }], ['LOC:湖南省', 'ORG:沅江市委']],
    ['重庆市人民检察院第一分院', [{ start: 0, end: 3, label: 'LOC' }, { start: 3, end: 8, label: 'ORG' }], ['LOC:重庆市', 'ORG:人民检察院']],
    ['重庆江北区人民法院', [{ start: 0, end: 2, label: 'LOC' }, { start: 2, end: 9, label: 'ORG' }], ['LOC:重庆', 'ORG:江北区人民法院']],
    // A public hospital is named so too.
    ['福建省三明市第一医院专家', [{ start: 0, end: 3, label: 'LOC' }, { start: 3, end: 10, label: 'ORG' }], ['ORG:福建省三明市第一医院']],
    // A department named by its field alone is the department of the place before it.
    ['重庆市住房城乡建委相关负责人', [{ start: 0, end: 3, label: 'LOC' }, { start: 3, end: 9, label: 'ORG' }], ['ORG:重庆市住房城乡建委']],
    ['重庆市市场监管局', [{ start: 0, end: 3, label: 'LOC' }, { start: 3, end: 8, label: 'ORG' }], ['ORG:重庆市市场监管局']],
    // And a committee of the people's political consultative conference.
    ['重庆市南岸区政协主席', [{ start: 0, end: 3, label: 'LOC' }, { start: 3, end: 8, label: 'ORG' }], ['ORG:重庆市南岸区政协']],
  ];
  for (const [text, spans, want] of table) assert.deepEqual(show(text, formalOrganNames(text, spans)), want, text);
});

test('a party organ is named by its own area; the places above it are places', () => {
  const table: Array<[string, string[]]> = [
    ['浙江省杭州市余杭区仁和街道党工委', ['LOC:浙江省', 'LOC:杭州市', 'LOC:余杭区', 'ORG:仁和街道党工委']],
    ['重庆市渝中区委', ['LOC:重庆市', 'ORG:渝中区委']],
    ['巫溪县红池坝镇党委', ['LOC:巫溪县', 'ORG:红池坝镇党委']],
    // One area only, no area of the organ's own, a court: as they were.
    ['湖北省委', ['ORG:湖北省委']],
    // A department ending in 委 is no party organ; 城乡 is no area of its own.
    ['重庆市住房城乡建委', ['ORG:重庆市住房城乡建委']],
    ['中国共产党重庆市第六届委员会', ['ORG:中国共产党重庆市第六届委员会']],
    ['重庆市江北区人民法院', ['ORG:重庆市江北区人民法院']],
  ];
  for (const [text, want] of table) {
    assert.deepEqual(show(text, partyOrgansWithoutUpperPlaces(text, [{ start: 0, end: text.length, label: 'ORG' }])), want, text);
  }
});

test('a museum, memorial hall or library is an institution; a hospital department alone names none', () => {
  const t = '红岩革命纪念馆、重庆图书馆、大足石刻博物馆和博物馆';
  const spans = ['红岩革命纪念馆', '重庆图书馆', '大足石刻博物馆'].map((x) => at(t, x, 'LOC'));
  spans.push({ start: t.lastIndexOf('博物馆'), end: t.length, label: 'LOC', confidence: 0.5 });
  assert.deepEqual(show(t, institutionsNotPlaces(t, spans)), ['ORG:红岩革命纪念馆', 'ORG:重庆图书馆', 'ORG:大足石刻博物馆', 'LOC:博物馆']);
  // 万科 is a company the dictionary of proper nouns knows, no department.
  const none = Lexicon.build([['万科', LEX.NAME_ORG | LEX.WORD]]);
  const u = '医院骨科主任，院区门诊部和市急救中心，万科董事';
  const units = [at(u, '骨科', 'ORG'), at(u, '门诊部', 'ORG'), at(u, '市急救中心', 'ORG'), at(u, '万科', 'ORG')];
  assert.deepEqual(show(u, genericUnitsNoNames(u, units, none)), ['ORG:市急救中心', 'ORG:万科']);
  // An ad hoc group named only by its task; a leading group with its task's name stays.
  const g = '成立事故调查组，市委书记、领导小组组长，成渝建设领导小组';
  const groups = [at(g, '事故调查组', 'ORG'), at(g, '领导小组', 'ORG'), at(g, '成渝建设领导小组', 'ORG')];
  assert.deepEqual(show(g, genericUnitsNoNames(g, groups, none)), ['ORG:成渝建设领导小组']);
  // A port, a port group or a medical university by its kind alone, a department of several characters; a named port group stays.
  const p = '推进世界一流港口建设，与省级港口集团、湖北港口集团合作，高水平医科大学，神经外科、中医理疗科等';
  const byKind = ['港口', '港口集团', '湖北港口集团', '医科大学', '神经外科', '中医理疗科'].map((w) => at(p, w, 'ORG'));
  assert.deepEqual(show(p, genericUnitsNoNames(p, byKind, none)), ['ORG:湖北港口集团']);
  // A company's kind after its trades, and a bare law firm; a firm with a name of its own before its trade stays.
  const firms = '明确了向科技公司转型，能源集团，各律师事务所和法律服务所，华峰科技公司';
  const firmKinds = ['科技公司', '能源集团', '律师事务所', '华峰科技公司'].map((w) => at(firms, w, 'ORG'));
  assert.deepEqual(show(firms, genericUnitsNoNames(firms, firmKinds, none)), ['ORG:华峰科技公司']);
  // The service before an officer's rank is part of the rank; the service acting stays.
  const ranks = '发言人王学猛海军大校表示，空军少将李明，海军举行演习';
  const services = [at(ranks, '海军', 'ORG'), at(ranks, '空军', 'ORG'), { ...at(ranks, '海军', 'ORG'), start: ranks.lastIndexOf('海军'), end: ranks.lastIndexOf('海军') + 2 }];
  assert.deepEqual(show(ranks, genericUnitsNoNames(ranks, services, none)), ['ORG:海军']);
  // A party committee or group, a Youth League committee or a chamber named bare; one with its body's name stays.
  const b = '副市长、党组副书记，校团委书记、团委老师，为商会会长授牌，市工商联党组';
  const bare = [at(b, '党组', 'ORG'), { ...at(b, '团委', 'ORG'), start: b.indexOf('团委', 12), end: b.indexOf('团委', 12) + 2 }, at(b, '商会', 'ORG'), at(b, '市工商联党组', 'ORG')];
  assert.deepEqual(show(b, genericUnitsNoNames(b, bare, none)), ['ORG:市工商联党组']);
  // All the courts or procuratorates of an area together; one court named by its place stays.
  const k = '全国法院受理案件，全省检察机关起诉，全市各级人民法院，重庆市高级人民法院';
  const allOfKind = ['全国法院', '全省检察机关', '全市各级人民法院', '重庆市高级人民法院'].map((w) => at(k, w, 'ORG'));
  assert.deepEqual(show(k, genericUnitsNoNames(k, allOfKind, none)), ['ORG:重庆市高级人民法院']);
  // A board's committees, and a Central Committee's plenary sessions, which read like schools by number (二中); 历城二中 stays.
  const c = '董事长、董事会战略委员会主任委员，审计委员会，董事会审计与风险委员会，二十届二中、三中全会，历城二中';
  const committees = [at(c, '董事会战略委员会', 'ORG'), at(c, '审计委员会', 'ORG'), at(c, '董事会审计与风险委员会', 'ORG'), at(c, '二中', 'ORG'), at(c, '历城二中', 'ORG')];
  assert.deepEqual(show(c, genericUnitsNoNames(c, committees, none)), ['ORG:历城二中']);
  // A board's committee the model starts inside its task's word; 归母 (attributable to the parent) ends no name.
  const d = '执行董事、董事会战略发展委员会委员，其归母净利润，小米归母净利润';
  assert.deepEqual(show(d, genericUnitsNoNames(d, [at(d, '略发展委员会', 'ORG'), at(d, '归母', 'ORG'), at(d, '小米归母', 'ORG')], none)), ['ORG:小米']);
  // An outlet's app after its name is no part of it.
  const app = '中国青年报客户端北京6月13日电';
  assert.deepEqual(show(app, genericUnitsNoNames(app, [at(app, '中国青年报客户端', 'ORG')], none)), ['ORG:中国青年报']);
  // An organisation of one character the model read (参、众两院) is not touched.
  const e = '去年访华的参、众两院议员';
  assert.deepEqual(show(e, genericUnitsNoNames(e, [at(e, '参', 'ORG'), at(e, '众', 'ORG')], none)), ['ORG:参', 'ORG:众']);
  // The universities' programme, though the dictionary of proper nouns lists it as an organisation.
  const policy = Lexicon.build([['双一流', LEX.NAME_ORG]]);
  const programme = '“双一流”高校';
  assert.deepEqual(show(programme, genericUnitsNoNames(programme, [at(programme, '双一流', 'ORG')], policy)), []);
  // The CPPCC as an institution (its members, its work), not a body named by its level or place; bare 联通 as the verb or
  // noun of connecting, unless a word only the company has follows it.
  for (const [name, text, want] of [
    ['政协', '全体政协委员', []],
    ['政协', '推动政协工作提质增效', []],
    ['政协', '看望了政协机关干部', []],
    ['政协', '一年来，政协各参加单位和各专门委员会', []],
    ['政协', '人民政协制度', []],
    ['政协', '要发挥政协职能作用，讲好政协故事', []],
    ['政协', '市政协委员', ['ORG:政协']],
    ['政协', '政协主席', ['ORG:政协']],
    ['联通', '、覆盖全国、联通海外的天然气', []],
    ['联通', '与规则机制的联通，并切实办好', []],
    ['联通', '联通5G用户突破3亿', ['ORG:联通']],
    ['联通', '移动、联通和电信', ['ORG:联通']],
  ] as Array<[string, string, string[]]>) {
    assert.deepEqual(show(text, genericUnitsNoNames(text, [at(text, name, 'ORG')], none)), want, text);
  }
  // 中心 alone is the centre named before, no name of its own.
  const v = '中心主任欧阳自远，中心副主任';
  assert.deepEqual(show(v, genericUnitsNoNames(v, [at(v, '中心', 'ORG')], none)), []);
  // A village's party branch or committee without the village's name; with it, an organisation.
  const village = '，村党支部书记刘飞和村委会主任，牛旺村党支部';
  const bodies = [at(village, '村党支部', 'ORG'), at(village, '村委会', 'ORG'), at(village, '牛旺村党支部', 'ORG')];
  assert.deepEqual(show(village, genericUnitsNoNames(village, bodies, none)), ['ORG:牛旺村党支部']);
  const w = '，更多央企的新能源，实验室主任杨德';
  assert.deepEqual(show(w, genericUnitsNoNames(w, [at(w, '央企', 'ORG'), at(w, '实验室', 'ORG')], none)), []);
  // A kind of body alone (the company, the delegation, the national team) is the one named before.
  const x = '公司董事长张斌，代表团表示，国家队队员，集团董事局主席，华为公司';
  const kinds = ['公司', '代表团', '国家队', '集团', '董事局', '华为公司'].map((k) => at(x, k, 'ORG'));
  assert.deepEqual(show(x, genericUnitsNoNames(x, kinds, none)), ['ORG:华为公司']);
  // A team's kind without its country or province; with it, a team.
  const y = '赛后，女篮姑娘们喜极而泣，中国女篮夺冠';
  assert.deepEqual(show(y, genericUnitsNoNames(y, [at(y, '女篮', 'ORG'), at(y, '中国女篮', 'ORG')], none)), ['ORG:中国女篮']);
});

test('an organisation named by its place and what it does, ending in an institution head', () => {
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.65 });
  const table: Array<[string, string[], string[]]> = [
    ['重庆交通开投轨道集团相关负责人介绍', ['重庆'], ['ORG:重庆交通开投轨道集团']],
    ['重庆市九龙坡区青少年体育学校的教练', ['重庆市', '九龙坡区'], ['ORG:重庆市九龙坡区青少年体育学校']],
    ['维也纳音乐之友协会金色大厅', ['维也纳'], ['ORG:维也纳音乐之友协会']],
    // Kinds, quantities, verbs between: no name (公立医院, 某公司, 加快建设研究院, 上市公司, 反动集团).
    ['重庆公立医院改革', ['重庆'], ['LOC:重庆']],
    ['北京某大公司', ['北京'], ['LOC:北京']],
    ['重庆加快建设研究院', ['重庆'], ['LOC:重庆']],
    ['中国新增上市公司', ['中国'], ['LOC:中国']],
    ['西藏上层反动集团', ['西藏'], ['LOC:西藏']],
    ['新余市引入粪污处理公司', ['新余市'], ['LOC:新余市']],
    ['感谢山西省长期以来给予集团的支持', ['山西省'], ['LOC:山西省']],
    // A head inside a longer word is none (政治协商会议, 大学生).
    ['中国人民政治协商会议', ['中国'], ['LOC:中国']],
    ['留京过年大学生', ['京'], ['LOC:京']],
  ];
  for (const [text, places, want] of table) {
    assert.deepEqual(show(text, placeLedInstitutions(text, places.map((p) => at(text, p, 'LOC')), make)), want, text);
  }
  // An organisation the model starts inside the description is the institution's tail; not one after a verb, 之
  // or a place, and not one starting right after the place.
  const lex = Lexicon.build([['创办', LEX.WORD, 500, 17], ['表示', LEX.WORD, 9000, 17], ['中国', LEX.WORD | LEX.LOC, 9000, 255]]);
  const tails: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['联合重庆市消费者权益保护委员会、', [['重庆市', 'LOC'], ['保护委员会', 'ORG']], ['ORG:重庆市消费者权益保护委员会']],
    ['为重庆市江北区消费纠纷人民调解委员会授牌', [['重庆市', 'LOC'], ['江北区', 'LOC'], ['民调解委员会', 'ORG']], ['ORG:重庆市江北区消费纠纷人民调解委员会']],
    ['在新加坡创办南洋女子师范学校', [['新加坡', 'LOC'], ['南洋女子师范学校', 'ORG']], ['LOC:新加坡', 'ORG:南洋女子师范学校']],
    ['坐在武汉东湖之滨中国地质大学的', [['武汉', 'LOC'], ['中国地质大学', 'ORG']], ['LOC:武汉', 'ORG:中国地质大学']],
  ];
  for (const [text, read, want] of tails) {
    assert.deepEqual(show(text, placeLedInstitutions(text, spansOf(text, read), make, lex)), want, text);
  }
});

test('an organisation the model runs on into a verb of what it does ends at its head before the verb', () => {
  const table: Array<[string, string, string[]]> = [
    ['海关所属渝州海关监管中欧班列运输', '渝州海关监管中欧', ['ORG:渝州海关']],
    ['，市交通局召开会议', '市交通局召开', ['ORG:市交通局']],
    ['7月26日，大众集团官宣大众汽车入股', '大众集团官宣大众', ['ORG:大众集团']],
    // A verb after no head, or a name that holds such a word, stays as read.
    ['，中国发布会', '中国发布会', ['ORG:中国发布会']],
    ['，市监管局', '市监管局', ['ORG:市监管局']],
    ['，山西省运城地委组织部', '山西省运城地委组织部', ['ORG:山西省运城地委组织部']],
  ];
  for (const [text, org, want] of table) assert.deepEqual(show(text, orgsRunningIntoVerbs(text, [at(text, org, 'ORG')])), want, text);
});

test('a forum of cooperation named by two abbreviations is one organisation', () => {
  const t = '推动落实中非合作论坛北京峰会成果';
  assert.deepEqual(show(t, cooperationBodies(t, [at(t, '中', 'LOC'), at(t, '非', 'LOC'), at(t, '北京', 'LOC')])), ['ORG:中非合作论坛', 'LOC:北京']);
  // Two places and no such body after them: as read.
  // A city and 合作组织: the SCO.
  const y = '中国和巴西合作组织了展览';
  assert.deepEqual(show(y, cooperationBodies(y, [at(y, '中国', 'LOC'), at(y, '巴西', 'LOC')])), ['LOC:中国', 'LOC:巴西']);
  const w = '上海合作组织同阿富汗';
  assert.deepEqual(show(w, cooperationBodies(w, [at(w, '上海', 'LOC'), at(w, '阿富汗', 'LOC')])), ['ORG:上海合作组织', 'LOC:阿富汗']);
  const u = '中非合作领域广泛';
  assert.deepEqual(show(u, cooperationBodies(u, [at(u, '中', 'LOC'), at(u, '非', 'LOC')])), ['LOC:中', 'LOC:非']);
});

test("a clause's opener read into an organisation's start is cut off, unless it makes a word with the name", () => {
  const lex = Lexicon.build([['现代', LEX.WORD], ['即墨', LEX.LOC | LEX.WORD], ['评选', LEX.WORD], ['经济', LEX.WORD], ['暨南', LEX.LOC | LEX.WORD]]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['，而库迪咖啡还要等5年', [['而库迪咖啡', 'ORG']], ['ORG:库迪咖啡']],
    ['为此什字法庭将法庭搬到农家院', [['此什字法庭', 'ORG']], ['ORG:什字法庭']],
    ['（现合肥工业大学）', [['现合肥工业大学', 'ORG']], ['ORG:合肥工业大学']],
    ['现代汽车集团发布', [['现代汽车集团', 'ORG']], ['ORG:现代汽车集团']],
    ['即墨区人民法院', [['即墨区人民法院', 'ORG']], ['ORG:即墨区人民法院']],
    // 暨 (and) joining a meeting's two names; 暨南大学 keeps its 暨.
    ['工作推进会议暨州双拥工作领导小组成员单位联络员会议', [['暨州双拥工作领导小组', 'ORG']], ['ORG:州双拥工作领导小组']],
    ['暨南大学发布', [['暨南大学', 'ORG']], ['ORG:暨南大学']],
    ['而库迪', [['而库迪', 'PER']], ['PER:而库迪']],
    // 经 (by way of) before a body whose name opens with a word; 经开区 and 经济委员会 keep theirs.
    ['按程序，经评选委员会全体会议评选', [['经评选委员会', 'ORG']], ['ORG:评选委员会']],
    ['经开区管委会表示', [['经开区管委会', 'ORG']], ['ORG:经开区管委会']],
    ['经济委员会主任', [['经济委员会', 'ORG']], ['ORG:经济委员会']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, clauseOpenersOffOrganisations(text, spansOf(text, read), lex)), want, text);
});

test("联通 joining the world or a place is the verb; the company stays where it is named as one", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['驶向远方，联通世界。', [['联通', 'ORG']], []],
    ['开创机制联通、渠道畅通的局面', [['联通', 'ORG']], []],
    ['衔接陆海、联通亚洲和拉美', [['联通', 'ORG'], ['亚洲', 'LOC']], ['LOC:亚洲']],
    ['中国移动、联通和电信三大运营商', [['中国移动', 'ORG'], ['联通', 'ORG']], ['ORG:中国移动', 'ORG:联通']],
    ['，联通发布财报', [['联通', 'ORG']], ['ORG:联通']],
    ['移动、电信和联通上下游合作伙伴', [['联通', 'ORG']], ['ORG:联通']],
    ['打通堵点，联通国内国际双循环', [['联通', 'ORG']], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, companiesReadAsVerbs(text, spansOf(text, read))), want, text);
});

test('a discipline commission and the supervisory commission written right after it are one body', () => {
  const table: Array<[string, string[], string[]]> = [
    ['中央纪委国家监委部署', ['中央纪委', '国家监委'], ['ORG:中央纪委国家监委']],
    ['省纪委省监委通报', ['省纪委', '省监委'], ['ORG:省纪委省监委']],
    // Apart, joined by 、, or another body after the commission: two.
    ['中央纪委、国家监委联合发文', ['中央纪委', '国家监委'], ['ORG:中央纪委', 'ORG:国家监委']],
    ['市纪委市委组织部', ['市纪委', '市委组织部'], ['ORG:市纪委', 'ORG:市委组织部']],
  ];
  for (const [text, names, want] of table) {
    assert.deepEqual(show(text, disciplineAndSupervisionJoined(text, names.map((n) => at(text, n, 'ORG')))), want, text);
  }
});

test('委托 after a city opens a verb: the city acts, and what it entrusts is an organisation of its own', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['晋江市委托第三方机构开展评估', [['晋江市委', 'ORG']], ['LOC:晋江市']],
    ['大连市委托中国科学院大连化学物理研究所开展研究', [['大连市委托中国科学院大连化学物理研究所', 'ORG']], ['LOC:大连市', 'ORG:中国科学院大连化学物理研究所']],
    // The city's party committee before a title or a verb of its own.
    ['晋江市委书记张三', [['晋江市委', 'ORG']], ['ORG:晋江市委']],
    // A kind of body entrusted is no name.
    ['义乌市委托会计师事务所审计', [['义乌市委托会计师事务所', 'ORG']], ['LOC:义乌市']],
    ['杭州市委托浙江大学开展研究', [['杭州市委托浙江大学', 'ORG']], ['LOC:杭州市', 'ORG:浙江大学']],
    ['晋江市委研究部署', [['晋江市委', 'ORG']], ['ORG:晋江市委']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, entrustingPlacesNotCommittees(text, spansOf(text, read))), want, text);
});

test('a department whose two fields are joined by 和 opens with the first field, and with a level before it', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['文化和旅游部产业发展司司长缪沐阳表示', [['旅游部产业发展司', 'ORG'], ['缪沐阳', 'PER']], ['ORG:文化和旅游部产业发展司', 'PER:缪沐阳']],
    ['同志任工业和信息化部党组书记', [['信息化部', 'ORG']], ['ORG:工业和信息化部']],
    ['省工业和信息化厅厅长', [['信息化厅', 'ORG']], ['ORG:省工业和信息化厅']],
    // Two ministries joined by 和, or fields no department joins: as read.
    ['教育部和财政部联合印发', [['教育部', 'ORG'], ['财政部', 'ORG']], ['ORG:教育部', 'ORG:财政部']],
    ['推动文化和旅游融合，旅游局表示', [['旅游局', 'ORG']], ['ORG:旅游局']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, joinedFieldsWhole(text, spansOf(text, read))), want, text);
});

test('部 of 部门 (the departments of a field) is no ministry, except at a ministry\'s gate', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['各级水利部门派出工作组', [['水利部', 'ORG']], []],
    ['商务部门要加强监管', [['商务部', 'ORG']], []],
    ['教育部门口排起长队', [['教育部', 'ORG']], ['ORG:教育部']],
    ['水利部部长李国英', [['水利部', 'ORG']], ['ORG:水利部']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, fieldDepartmentsNoMinistries(text, spansOf(text, read))), want, text);
});

test('two bodies and the verb joining them, read as one organisation, are the first body', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['，共青团兰州联合社会工作部开展', [['共青团兰州联合社会工作部', 'ORG']], ['ORG:共青团兰州']],
    // A community's or subdistrict's name is a place, each on its own.
    ['近日，南苑街道南苑社区联合辖区物业服务中心开展演练', [['南苑街道南苑社区联合辖区物业服务中心', 'ORG']], ['LOC:南苑街道', 'LOC:南苑社区']],
    ['，富丽山庄社区携手月牙湖社区医院', [['富丽山庄社区携手月牙湖社区医院', 'ORG']], ['LOC:富丽山庄社区']],
    // The second body stays a name where it ends in a head and opens with no common word.
    ['，青岛海关联合青岛港集团开展', [['青岛海关联合青岛港集团', 'ORG']], ['ORG:青岛海关', 'ORG:青岛港集团']],
    // 联合 opening a word of the name keeps it whole.
    ['全国工商业联合会', [['全国工商业联合会', 'ORG']], ['ORG:全国工商业联合会']],
    ['中国联合国协会', [['中国联合国协会', 'ORG']], ['ORG:中国联合国协会']],
    ['北京草桥农工商联合公司总经理', [['北京草桥农工商联合公司', 'ORG']], ['ORG:北京草桥农工商联合公司']],
    ['，联合利华中国', [['联合利华中国', 'ORG']], ['ORG:联合利华中国']],
  ];
  const lex = Lexicon.build([['辖区', LEX.WORD, 500], ['社会', LEX.WORD, 900], ['月牙', LEX.WORD, 300], ['青岛', LEX.LOC | LEX.WORD, 900]]);
  for (const [text, read, want] of table) assert.deepEqual(show(text, bodiesJoinedByVerbsApart(text, spansOf(text, read), lex)), want, text);
});

test('a name the model runs on into an ordinal ends before it', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['；京东方第6代新型半导体', [['京东方第6', 'ORG']], ['ORG:京东方']],
    ['京东方第8.6代OLED生产线', [['京东方第', 'ORG']], ['ORG:京东方']],
    ['重庆市第一中学', [['重庆市第一中学', 'ORG']], ['ORG:重庆市第一中学']],
    ['，第6代', [['第6', 'ORG']], ['ORG:第6']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, ordinalsOffNames(text, spansOf(text, read))), want, text);
});

test('a body named by two fields joined by 与 is named by both, where the first follows a break or a place', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['机械工程学院、物理与电子工程学院相关负责人', [['机械工程学院', 'ORG'], ['电子工程学院', 'ORG']], ['ORG:机械工程学院', 'ORG:物理与电子工程学院']],
    ['工程学部11位，信息与电子工程学部9位', [['电子工程学部', 'ORG']], ['ORG:信息与电子工程学部']],
    ['陪同部长、数码发展与新闻部部长', [['新闻部', 'ORG']], ['ORG:数码发展与新闻部']],
    // A country's ministry is named with the country; a centre after a city is not.
    ['、柬埔寨公共工程与运输部部长', [['柬埔寨', 'LOC'], ['运输部', 'ORG']], ['ORG:柬埔寨公共工程与运输部']],
    ['黄仁勋在华盛顿战略与国际研究中心发出警告', [['华盛顿', 'LOC'], ['国际研究中心', 'ORG']], ['LOC:华盛顿', 'ORG:战略与国际研究中心']],
    // Not inside a run of text, not an adverb or a body before 与, not a company or a society after it.
    ['他们特地与国际研究中心', [['国际研究中心', 'ORG']], ['ORG:国际研究中心']],
    ['，清华大学与国际研究中心', [['国际研究中心', 'ORG']], ['ORG:国际研究中心']],
    ['，向悦与华为技术有限公司', [['华为技术有限公司', 'ORG']], ['ORG:华为技术有限公司']],
    ['，防止暴力与犯罪委员会', [['犯罪委员会', 'ORG']], ['ORG:犯罪委员会']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, fieldsJoinedByAnd(text, spansOf(text, read))), want, text);
});
