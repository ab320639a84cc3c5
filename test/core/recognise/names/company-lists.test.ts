import { test } from 'node:test';
import assert from 'node:assert/strict';
import { companiesCountedInLists, companiesInListsOfCompanies } from '../../../../src/core/recognise/names/company-lists';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

const lex = Lexicon.build([['北京', LEX.LOC | LEX.WORD], ['大连', LEX.LOC | LEX.WORD], ['超市', LEX.WORD]]);
const make = (s: LabelledSpan): S => ({ ...s, confidence: 0.6 });

test('in a list of organisations, an item read as a place and more, or as a weak person, is a company', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    [
      '宁德时代、天合光能、北京海博思创、大连融科储能、三一集团、徐工汉云等12家企业',
      [['宁德时代', 'ORG'], ['天合光能', 'ORG'], ['北京海博思创', 'LOC'], ['大连', 'LOC'], ['三一集团', 'ORG'], ['徐工汉云', 'PER']],
      ['ORG:宁德时代', 'ORG:天合光能', 'ORG:北京海博思创', 'ORG:大连融科储能', 'ORG:三一集团', 'ORG:徐工汉云'],
    ],
    // A place the dictionary knows, a site, a list mostly of places, a last item no 等 closes: as read.
    ['宁德时代、天合光能、北京、三一集团', [['宁德时代', 'ORG'], ['天合光能', 'ORG'], ['北京', 'LOC'], ['三一集团', 'ORG']], ['ORG:宁德时代', 'ORG:天合光能', 'LOC:北京', 'ORG:三一集团']],
    ['还有湖广会馆、红岩村、朝天门广场、洪崖洞景区等', [['湖广会馆', 'ORG'], ['红岩村', 'LOC'], ['朝天门广场', 'LOC'], ['洪崖洞景区', 'LOC']], ['ORG:湖广会馆', 'LOC:红岩村', 'LOC:朝天门广场', 'LOC:洪崖洞景区']],
    ['区文化旅游委、区文联、铜溪镇主办，', [['区文化旅游委', 'ORG'], ['区文联', 'ORG'], ['铜溪镇', 'LOC']], ['ORG:区文化旅游委', 'ORG:区文联', 'LOC:铜溪镇']],
    ['北京海博思创、大连融科储能、三一集团', [['北京海博思创', 'LOC'], ['大连', 'LOC'], ['三一集团', 'ORG']], ['LOC:北京海博思创', 'LOC:大连', 'ORG:三一集团']],
    // Two characters: a person no surname opens, or nothing, is a company's short name; a surname's person, a word stay.
    ['从地方超市到永辉、物美、华润万家、大润发等', [['永辉', 'PER'], ['华润万家', 'ORG'], ['大润发', 'ORG']], ['ORG:永辉', 'ORG:物美', 'ORG:华润万家', 'ORG:大润发']],
    ['张三、超市、华润万家、大润发等', [['张三', 'PER'], ['华润万家', 'ORG'], ['大润发', 'ORG']], ['PER:张三', 'ORG:华润万家', 'ORG:大润发']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, companiesInListsOfCompanies(text, spansOf(text, read), make, lex)), want, text);
});

test('a list counted after it as so many companies, banks or institutions names one organisation an item; a list of places does not', () => {
  const dict = Lexicon.build([
    ['北京', LEX.LOC | LEX.WORD], ['上海', LEX.LOC | LEX.WORD], ['广州', LEX.LOC | LEX.WORD], ['吉利', LEX.LOC | LEX.WORD], ['长城', LEX.LOC | LEX.WORD],
    ['铝业', LEX.WORD], ['万向', LEX.WORD], ['海关', LEX.WORD], ['税务', LEX.WORD],
  ]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    [
      '包含荣盛、吉利、恒逸、万向、富冶5家千亿级制造业企业。',
      [['荣盛', 'PER'], ['吉利', 'LOC'], ['恒逸', 'LOC']],
      ['ORG:荣盛', 'ORG:吉利', 'ORG:恒逸', 'ORG:万向', 'ORG:富冶'],
    ],
    // The clause's words before the first name; what is said of the firms after the head; places among firms.
    ['入选的有恒逸、新凤鸣、荣盛3家企业', [], ['ORG:恒逸', 'ORG:新凤鸣', 'ORG:荣盛']],
    ['，荣盛、恒逸两家企业的负责人', [], ['ORG:荣盛', 'ORG:恒逸']],
    ['，比亚迪、长城、吉利、奇瑞4家车企', [['比亚迪', 'ORG'], ['长城', 'LOC'], ['吉利', 'LOC'], ['奇瑞', 'ORG']], ['ORG:比亚迪', 'ORG:长城', 'ORG:吉利', 'ORG:奇瑞']],
    // Common words only, or a body of the state: no firms (单位 is no head).
    ['，海关、税务两家机构', [], []],
    ['市场监管、税务、海关3家单位', [], []],
    ['，德勤、安永两家会计师事务所', [], ['ORG:德勤', 'ORG:安永']],
    // A first item longer than the others by two or more keeps their length; by one, it may hold a verb or not: left.
    ['包括荣盛、恒逸两家企业', [], ['ORG:荣盛', 'ORG:恒逸']],
    ['携手比亚迪、宁德时代两家企业', [], ['ORG:宁德时代']],
    ['包括比亚迪、宁德时代两家企业', [], ['ORG:比亚迪', 'ORG:宁德时代']],
    ['，中信证券、中金公司等3家机构认为', [['中信证券', 'ORG']], ['ORG:中信证券', 'ORG:中金公司']],
    // Trades nothing was read in (a word of the dictionary, or a trade with one character before it) name kinds of business.
    ['培育出华峰化工、铝业、新材料等12家公司', [['华峰化工', 'ORG']], ['ORG:华峰化工']],
    // The count is not the list's length, the list is of places, an item is a kind: as read.
    ['，荣盛、恒逸、万向5家企业', [], []],
    ['北京、上海、广州3家企业参加', [['北京', 'LOC'], ['上海', 'LOC'], ['广州', 'LOC']], ['LOC:北京', 'LOC:上海', 'LOC:广州']],
    ['，荣盛、各地企业两家公司', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, companiesCountedInLists(text, spansOf(text, read), make, dict)), want, text);
});
