import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cppccFormalNames, organsWithTerms, centreAndCouncil, formalCommittees, organsWithUpperPlaces, partyBodies, partyNamedOrgans, partyGroupsOffTitledBodies, democraticPartyCommittees } from '../../../../src/core/recognise/names/party-rules';
import { partyOrgansWithoutUpperPlaces } from '../../../../src/core/recognise/names/org-rules';
import { at, S, show, spansOf } from './spans';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';


test('an organ named after the party is one organisation with 中共, places and all', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['曾任中共北京市顺义区委书记', [['中共北京市', 'LOC'], ['顺义区委', 'ORG']], ['ORG:中共北京市顺义区委']],
    ['参观了中共黑龙江历史纪念馆', [['中共', 'ORG'], ['黑龙江历史纪念馆', 'ORG']], ['ORG:中共黑龙江历史纪念馆']],
    // A place read with 中共 joins a committee only; 中共 apart from the organ stays apart.
    ['中共北京市人民医院', [['中共北京市', 'LOC'], ['人民医院', 'ORG']], ['LOC:中共北京市', 'ORG:人民医院']],
    // A congress or plenum the party held is named apart from it.
    ['中共十五大在年轻化上迈出', [['中共', 'ORG'], ['十五大', 'ORG']], ['ORG:中共', 'ORG:十五大']],
  ];
  for (const [text, spans, want] of table) {
    assert.deepEqual(show(text, partyNamedOrgans(text, spans.map(([s, l]) => at(text, s, l)))), want, text);
  }
  // The places above the organ stay in its formal name (without 中共 they are peeled off as places).
  const t = '中共浙江省杭州市余杭区仁和街道党工委';
  assert.deepEqual(show(t, partyOrgansWithoutUpperPlaces(t, [at(t, t, 'ORG')])), [`ORG:${t}`]);
  const u = '浙江省杭州市余杭区仁和街道党工委';
  assert.deepEqual(show(u, partyOrgansWithoutUpperPlaces(u, [at(u, u, 'ORG')])), ['LOC:浙江省', 'LOC:杭州市', 'LOC:余杭区', 'ORG:仁和街道党工委']);
});

test("a central organ, a level's party committee or a parliament is named with its term number", () => {
  const table: Array<[string, string, string[]]> = [
    ['第十八届中央政治局原委员', '中央政治局', ['ORG:第十八届中央政治局']],
    ['党的十九届中央委员会第四次全体会议', '中央委员会', ['ORG:十九届中央委员会']],
    // A level's party committee and its congress's standing committee, a parliament; the level before the term.
    ['，审议十三届省委第五轮巡视', '省委', ['ORG:十三届省委']],
    ['主持召开区第十八届人大常委会第二十四次会议', '人大常委会', ['ORG:区第十八届人大常委会']],
    ['举行第12届国民议会选举', '国民议会', ['ORG:第12届国民议会']],
    // The national congress and CPPCC with their term, as current news names them.
    ['八届全国政协委员', '全国政协', ['ORG:八届全国政协']],
    ['出席十四届全国人大四次会议', '全国人大', ['ORG:十四届全国人大']],
    ['第十四届全国人民代表大会第三次会议', '全国人民代表大会', ['ORG:第十四届全国人民代表大会']],
    // A term described, not numbered.
    ['在南非新一届国民议会首次会议上', '国民议会', ['ORG:国民议会']],
    ['本届全国人大代表', '全国人大', ['ORG:全国人大']],
    // No term before it, or an organ that is not central: as read.
    ['中央政治局常委会', '中央政治局常委会', ['ORG:中央政治局常委会']],
    ['第十届中央电视台', '中央电视台', ['ORG:中央电视台']],
    ['第十八届中国国际人才交流大会', '中国国际人才交流大会', ['ORG:中国国际人才交流大会']],
  ];
  for (const [text, org, want] of table) assert.deepEqual(show(text, organsWithTerms(text, [at(text, org, 'ORG')])), want, text);
});

test("the party group or committee of a body is one organisation with it, but before a title the body alone is named", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // Acting as a body: one organisation.
    ['市招商投资促进局党组召开会议', [['市招商投资促进局', 'ORG']], ['ORG:市招商投资促进局党组']],
    ['长安汽车公司党委始终将', [['长安汽车公司', 'ORG']], ['ORG:长安汽车公司党委']],
    // Before a title or a seat (党组书记, 党委副书记, 党组成员) the body is the organisation, as annotators of current news mark it.
    ['市招商投资促进局党组书记、局长周波', [['市招商投资促进局', 'ORG'], ['周波', 'PER']], ['ORG:市招商投资促进局', 'PER:周波']],
    ['长安汽车公司党委副书记王俊', [['长安汽车公司', 'ORG'], ['王俊', 'PER']], ['ORG:长安汽车公司', 'PER:王俊']],
    ['，国家发展和改革委员会党组成员', [['国家发展和改革委员会', 'ORG']], ['ORG:国家发展和改革委员会']],
    // A government's party group keeps its name before a title too.
    ['，市政府党组书记、市长', [['市政府', 'ORG']], ['ORG:市政府党组']],
    // A name that is no body (a place, a person) takes none; a name running across the party word stays.
    ['渝北区党委', [['渝北区', 'LOC']], ['LOC:渝北区']],
    ['市委党组织', [['市委', 'ORG']], ['ORG:市委']],
    ['市教委党委员', [['市教委', 'ORG']], ['ORG:市教委']],
    ['市教委党组工作组', [['市教委', 'ORG'], ['党组工作组', 'ORG']], ['ORG:市教委', 'ORG:党组工作组']],
  ];
  for (const [text, spans, want] of table) {
    assert.deepEqual(show(text, partyBodies(text, spans.map(([s, l]) => at(text, s, l)))), want, text);
  }
});

test("a body's party group read whole by the model before a title is cut to the body; an area's working committee stays", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['重庆市市场监管局党组书记、局长唐英瑜', [['重庆市市场监管局党组', 'ORG']], ['ORG:重庆市市场监管局']],
    ['浙江大学党委常委、副校长', [['浙江大学党委', 'ORG']], ['ORG:浙江大学']],
    ['九龙社区党委书记', [['九龙社区党委', 'ORG']], ['ORG:九龙社区党委']],
    ['两江新区党工委副书记', [['两江新区党工委', 'ORG']], ['ORG:两江新区党工委']],
    ['市人力社保局党组召开会议', [['市人力社保局党组', 'ORG']], ['ORG:市人力社保局党组']],
    ['市政府党组成员刘家宏', [['市政府党组', 'ORG']], ['ORG:市政府党组']],
    // Companies by their short names and the federations of industry, which end in no organisation head.
    ['长安汽车党委书记、董事长朱华荣', [['长安汽车党委', 'ORG']], ['ORG:长安汽车']],
    ['市工商联党组书记施崇刚', [['市工商联党组', 'ORG']], ['ORG:市工商联']],
    ['重庆钢铁（集团）党委书记', [['重庆钢铁（集团）党委', 'ORG']], ['ORG:重庆钢铁（集团）']],
    ['水湾镇党委副书记', [['水湾镇党委', 'ORG']], ['ORG:水湾镇党委']],
    // Any other body's, whatever its name ends in; a place's, a level's or a trade's committee stays whole.
    ['中国电建党委书记、董事长丁焰章', [['中国电建党委', 'ORG']], ['ORG:中国电建']],
    ['国家电网党组书记、董事长辛保安', [['国家电网党组', 'ORG']], ['ORG:国家电网']],
    ['裘新任复旦大学党委常务副书记', [['复旦大学党委', 'ORG']], ['ORG:复旦大学']],
    ['四川省社科院原党委书记李后强', [['四川省社科院原党委', 'ORG']], ['ORG:四川省社科院']],
    ['新疆维吾尔自治区党委书记', [['新疆维吾尔自治区党委', 'ORG']], ['ORG:新疆维吾尔自治区党委']],
    ['市互联网行业党委副书记魏春', [['市互联网行业党委', 'ORG']], ['ORG:市互联网行业党委']],
    ['市直机关党委书记张三', [['市直机关党委', 'ORG']], ['ORG:市直机关党委']],
    // What is left is a kind of body, no name: nothing.
    ['会上，集团党委书记、董事长肖林', [['集团党委', 'ORG'], ['肖林', 'PER']], ['PER:肖林']],
    ['，集团公司党委书记张三', [['集团公司党委', 'ORG'], ['张三', 'PER']], ['PER:张三']],
  ];
  for (const [text, spans, want] of table) {
    assert.deepEqual(show(text, partyGroupsOffTitledBodies(text, spans.map(([s, l]) => at(text, s, l)))), want, text);
  }
});

test("a party committee's formal name, with its place and term, is one organisation", () => {
  const make = (x: { start: number; end: number; label: 'ORG' }): S => ({ ...x, confidence: 0.8 });
  const t = '传达学习了中国共产党四川省第十二届委员会第三次全体会议精神';
  assert.deepEqual(show(t, formalCommittees(t, [at(t, '中国共产党', 'ORG'), at(t, '四川省', 'LOC')], make)), ['ORG:中国共产党四川省第十二届委员会']);
  // No term, or a name read across it: as read.
  const u = '中国共产党四川省委员会';
  assert.deepEqual(show(u, formalCommittees(u, [at(u, '中国共产党', 'ORG'), at(u, '四川省', 'LOC')], make)), ['ORG:中国共产党', 'LOC:四川省']);
  const w = '中国共产党四川省第十二届委员会第三次全会';
  const across = [at(w, '中国共产党', 'ORG'), at(w, '委员会第三次全会', 'ORG')];
  assert.deepEqual(show(w, formalCommittees(w, across, make)), ['ORG:中国共产党', 'ORG:委员会第三次全会']);
});

test('the party centre and the State Council written together are two organs', () => {
  const t = '8日，《中共中央国务院关于支持';
  assert.deepEqual(show(t, centreAndCouncil(t, [at(t, '中共中央国务院', 'ORG')])), ['ORG:中共中央', 'ORG:国务院']);
  const v = '27日，中央纪委国家监委公开通报';
  assert.deepEqual(show(v, centreAndCouncil(v, [at(v, '中央纪委国家监委', 'ORG')])), ['ORG:中央纪委', 'ORG:国家监委']);
  const u = '，党中央国务院印发';
  assert.deepEqual(show(u, centreAndCouncil(u, [at(u, '党中央国务院', 'ORG')])), ['ORG:党中央', 'ORG:国务院']);
  const x = '，中共中央党校';
  assert.deepEqual(show(x, centreAndCouncil(x, [at(x, '中共中央党校', 'ORG')])), ['ORG:中共中央党校']);
});

test('a term number already inside a name stays there, and a place read with 中共 joins only a committee', () => {
  const t = '中共十九届中央委员会';
  assert.deepEqual(show(t, organsWithTerms(t, [at(t, '中共十九届', 'ORG'), at(t, '中央委员会', 'ORG')])), ['ORG:中共十九届', 'ORG:中央委员会']);
  const u = '中共北京市住房城乡建委';
  assert.deepEqual(show(u, partyNamedOrgans(u, [at(u, '中共北京市', 'LOC'), at(u, '住房城乡建委', 'ORG')])), ['LOC:中共北京市', 'ORG:住房城乡建委']);
});

test('a province or city right before the organ of a place under it starts that organ’s name', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['重庆市南岸区委副书记', [['重庆市', 'LOC'], ['南岸区委', 'ORG']], ['ORG:重庆市南岸区委']],
    ['湖北省宜昌市委副书记', [['湖北省', 'LOC'], ['宜昌市委', 'ORG']], ['ORG:湖北省宜昌市委']],
    ['重庆市大渡口区第十四届人民代表大会第三次会议', [['重庆市', 'LOC'], ['大渡口区第十四届人民代表大会', 'ORG']], ['ORG:重庆市大渡口区第十四届人民代表大会']],
    // Any organisation named after the place under it.
    ['湖北省荆州市胸科医院与', [['湖北省', 'LOC'], ['荆州市胸科医院', 'ORG']], ['ORG:湖北省荆州市胸科医院']],
    ['重庆市两江新区管委会副主任', [['重庆市', 'LOC'], ['两江新区管委会', 'ORG']], ['ORG:重庆市两江新区管委会']],
    // Not a place without its suffix, not an organ that is no place's, not two names apart.
    ['重庆南岸区委', [['重庆', 'LOC'], ['南岸区委', 'ORG']], ['LOC:重庆', 'ORG:南岸区委']],
    ['重庆市华森制药党委', [['重庆市', 'LOC'], ['华森制药党委', 'ORG']], ['LOC:重庆市', 'ORG:华森制药党委']],
    ['重庆市、南岸区委', [['重庆市', 'LOC'], ['南岸区委', 'ORG']], ['LOC:重庆市', 'ORG:南岸区委']],
  ];
  for (const [text, read, want] of table) {
    const spans = read.map(([s, label]) => at(text, s, label));
    assert.deepEqual(show(text, organsWithUpperPlaces(text, spans)), want, text);
  }
});

test("a CPPCC's formal name with its term and place, and its committee, is one organisation", () => {
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.8 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['通过了政协第六届重庆市委员会第三次会议', [['政协', 'ORG'], ['重庆市委员会', 'ORG']], ['ORG:政协第六届重庆市委员会']],
    ['代表政协第六届重庆市委员会常务委员会作报告', [['政协', 'ORG'], ['重庆市委员会常务委员会', 'ORG']], ['ORG:政协第六届重庆市委员会常务委员会']],
    ['政协第六届重庆市委员会提案委员会关于', [['政协', 'ORG']], ['ORG:政协第六届重庆市委员会提案委员会']],
    // A district's CPPCC by its level and term, with 第 or without.
    ['讨论了区政协第十一届委员会常务委员会工作报告', [['区政协', 'ORG']], ['ORG:区政协第十一届委员会常务委员会']],
    ['召开区政协十届委员会第二十二次主席会', [['区政协', 'ORG']], ['ORG:区政协十届委员会']],
    // Its place before the term, a province and a district or a county.
    ['和召开政协成都市成华区第八届委员会第五次会议', [['政协', 'ORG'], ['成都市', 'LOC'], ['成华区', 'LOC']], ['ORG:政协成都市成华区第八届委员会']],
    ['，政协云梦县第十一届委员会', [['政协', 'ORG'], ['云梦县', 'LOC']], ['ORG:政协云梦县第十一届委员会']],
    // No term: a member or the CPPCC alone.
    ['各位政协委员和同志', [['政协', 'ORG']], ['ORG:政协']],
    // A congress's special or working committee is named with its congress; a clause about committees in general is not.
    ['辛树人为省十四届人大财政经济委员会副主任委员', [['辛树人', 'PER'], ['省十四届人大', 'ORG']], ['PER:辛树人', 'ORG:省十四届人大财政经济委员会']],
    ['全国人大常委会法制工作委员会发言人', [['全国人大常委会', 'ORG']], ['ORG:全国人大常委会法制工作委员会']],
    ['通过市六届人大部分专门委员会主任委员人选', [['市六届人大', 'ORG']], ['ORG:市六届人大']],
    ['全国人大常委会依法任免专门委员会副主任委员', [['全国人大常委会', 'ORG']], ['ORG:全国人大常委会']],
    ['省人大代表委员会议', [['省人大', 'ORG']], ['ORG:省人大']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, cppccFormalNames(text, spansOf(text, read), make)), want, text);
});

test("a democratic party's committee is named with the party", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['民建常州市委会积极履职', [['民建', 'ORG'], ['常州市委会', 'ORG']], ['ORG:民建常州市委会']],
    ['九三学社重庆市委员会主委', [['九三学社', 'ORG'], ['重庆市委员会', 'ORG']], ['ORG:九三学社重庆市委员会']],
    // Not a party of any other kind, a committee set apart, or a body that is no committee.
    ['中共重庆市委会议', [['中共', 'ORG'], ['重庆市委', 'ORG']], ['ORG:中共', 'ORG:重庆市委']],
    ['民建、市委会', [['民建', 'ORG'], ['市委会', 'ORG']], ['ORG:民建', 'ORG:市委会']],
    ['民建市政府', [['民建', 'ORG'], ['市政府', 'ORG']], ['ORG:民建', 'ORG:市政府']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, democraticPartyCommittees(text, spansOf(text, read))), want, text);
});
