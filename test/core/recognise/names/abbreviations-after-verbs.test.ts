import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviationsAfterVerbs, abbreviationsBeforeNationalOrgans, placeVerbsNotPeople } from '../../../../src/core/recognise/names/abbreviations-after-verbs';
import { RuleSpan } from '../../../../src/core/recognise/names/rules';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { show } from './spans';

test('成渝 is Chengdu and Chongqing where the pair stands alone', () => {
  const dict = Lexicon.build([['建成', LEX.WORD]]);
  const table: Array<[string, string[]]> = [
    ['更好推动成渝世界级机场群建设', ['LOC:成', 'LOC:渝']],
    ['中欧班列（成渝）综合运量', ['LOC:成', 'LOC:渝']],
    // Before any word that is no head of a longer name; after 大 (壮大), which ends no verb of forming.
    ['聚焦成渝产业链、供应链，围绕成渝所需', ['LOC:成', 'LOC:渝', 'LOC:成', 'LOC:渝']],
    ['就一定能壮大成渝主轴', ['LOC:成', 'LOC:渝']],
    // Before a region's head: one place.
    ['抢抓成渝中部地区与渝西地区', ['LOC:成渝中部地区']],
    ['，紧盯成渝地区，不断延伸产业链', ['LOC:成渝地区']],
    ['推动成渝地区双城经济圈建设', []],
    ['推进成渝双城经济圈建设', ['LOC:成渝双城经济圈']],
    // The start of a longer designation's or a line's name, or 成 ending a verb: nothing here.
    ['高标准建设成渝地区双城经济圈', []],
    ['成渝中线高铁开工', []],
    ['建成渝西高铁', []],
  ];
  for (const [text, want] of table) {
    const out: RuleSpan[] = [];
    abbreviationsAfterVerbs(text, out, dict);
    assert.deepEqual(show(text, out.filter((r) => r.rule === 'chengdu-chongqing')), want, text);
  }
});

test('a province abbreviation after a verb of being or going is the place', () => {
  const dict = Lexicon.build([
    ['渝中', LEX.LOC],
    ['榕树', LEX.WORD],
    ['京剧', LEX.WORD],
    ['京东方', LEX.ORG],
    ['现在', LEX.WORD],
  ]);
  const table: Array<[string, string[]]> = [
    ['全会在渝召开', ['LOC:渝']],
    ['一行来渝考察，并与驻渝高校座谈', ['LOC:渝', 'LOC:渝']],
    ['昨天抵京，随后赴沪', ['LOC:京', 'LOC:沪']],
    ['健全入渝通道，渝商归渝', ['LOC:渝', 'LOC:渝']],
    // Cities named by one character too; not where it begins a word (榕树).
    ['一行来蓉交流考察，持续在穗投资', ['LOC:蓉', 'LOC:穗']],
    ['在榕树下乘凉', []],
    // The start of a longer place or a word, a run of abbreviations, an ambiguous abbreviation, a verb inside a word.
    ['他在渝中区工作', []],
    ['他在京剧院演出', []],
    ['落户在京东方', []],
    ['在川渝两地', []],
    ['在新城区', []],
    ['现在京城', []],
  ];
  for (const [text, want] of table) {
    const out: RuleSpan[] = [];
    abbreviationsAfterVerbs(text, out, dict);
    assert.deepEqual(show(text, out), want, text);
  }
});

test('华 standing for China after a verb of being or going is the place', () => {
  const dict = Lexicon.build([
    ['华为', LEX.WORD | LEX.PER],
    ['华大', LEX.WORD],
    ['华大使', LEX.WORD | LEX.PER],
    ['华盛顿', LEX.LOC],
    ['未来', LEX.WORD],
  ]);
  const table: Array<[string, string[]]> = [
    ['越南驻华大使范清', ['LOC:华']],
    ['，对华政策，他来华访问', ['LOC:华', 'LOC:华']],
    // A name or a word of people after it, a verb that ends a word, 在 before any word: not the place.
    ['他在华为工作', []],
    ['赴华盛顿', []],
    ['华人华侨来华投资', ['LOC:华']],
    ['未来华夏', []],
    ['在华大任教', []],
  ];
  for (const [text, want] of table) {
    const out: RuleSpan[] = [];
    abbreviationsAfterVerbs(text, out, dict);
    assert.deepEqual(show(text, out), want, text);
  }
});

test('a verb of place and a province abbreviation read as a person is the place', () => {
  const t = '胡衡华市长来津调研，来福说';
  const spans: LabelledSpan[] = [{ start: 5, end: 7, label: 'PER' }, { start: 10, end: 12, label: 'PER' }];
  assert.deepEqual(show(t, placeVerbsNotPeople(t, spans)), ['LOC:津', 'PER:来福']);
});

test('after a verb of being, an abbreviation read into a national organ is the place of its members', () => {
  const table: Array<[string, string, string[]]> = [
    ['下午，在渝全国人大代表乘机', '渝全国人大', ['LOC:渝', 'ORG:全国人大']],
    ['驻京中央单位', '京中央单位', ['LOC:京', 'ORG:中央单位']],
    // No verb before it, or no national organ after the abbreviation: as read.
    ['渝全国人大代表', '渝全国人大', ['ORG:渝全国人大']],
    ['在渝中区委', '渝中区委', ['ORG:渝中区委']],
  ];
  for (const [text, org, want] of table) {
    const s: LabelledSpan = { start: text.indexOf(org), end: text.indexOf(org) + org.length, label: 'ORG' };
    assert.deepEqual(show(text, abbreviationsBeforeNationalOrgans(text, [s])), want, text);
  }
});

test("merchants named by their province (渝商, 滇商, 浙商) are people, not the place; 住渝 is the place", () => {
  // Every one of the 24 such mentions in the current-news sets but one (台商) is unmarked.
  const dict = Lexicon.build([['北京', LEX.LOC | LEX.WORD]]);
  const table: Array<[string, string[]]> = [
    ['出席全球渝商大会，广大滇商心系桑梓，与港商合作', []],
    ['组织住渝全国政协委员提交联名提案', ['LOC:渝']],
  ];
  for (const [text, want] of table) {
    const out: RuleSpan[] = [];
    abbreviationsAfterVerbs(text, out, dict);
    assert.deepEqual(show(text, out), want, text);
  }
});

test('a district or county by its first character after a verb of place, where the text names it in full', () => {
  // Counts: 荣 about 1,100 (frequency class 14), 海 about 8,100 (class 18).
  const dict = Lexicon.build([
    ['荣昌', LEX.WORD | LEX.LOC, 250],
    ['酉阳', LEX.WORD | LEX.LOC, 250],
    ['荣', LEX.WORD, 1100],
    ['酉', LEX.WORD, 250],
    ['海南', LEX.WORD | LEX.LOC, 1100],
    ['海', LEX.WORD, 8100],
    ['荣誉', LEX.WORD, 1100],
    ['未来', LEX.WORD, 1800],
  ]);
  const table: Array<[string, string[]]> = [
    ['考察组来荣考察学习，荣昌区区长表示欢迎', ['LOC:荣']],
    ['各省市来酉游客，酉阳县旅游', ['LOC:酉']],
    // Not named in full in the text, a character that begins a word or is common on its own, a verb ending a word.
    ['考察组来荣考察学习', []],
    ['他来荣誉室参观，荣昌区', []],
    ['在海的深处，海南岛', []],
    ['面向未来荣昌区', []],
  ];
  for (const [text, want] of table) {
    const out: RuleSpan[] = [];
    abbreviationsAfterVerbs(text, out, dict);
    assert.deepEqual(show(text, out.filter((r) => r.rule === 'place-first-character')), want, text);
  }
});
