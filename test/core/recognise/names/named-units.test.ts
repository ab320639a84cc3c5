import { test } from 'node:test';
import assert from 'node:assert/strict';
import { institutionsOfPlaces, unitsNamedByPeopleAndPlaces } from '../../../../src/core/recognise/names/named-units';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { S, show, spansOf } from './spans';

test('a studio named after its person and a fire unit named after its place are organisations', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['成员校、曹悦名师工作室、程桂芳劳模创新工作室', [['曹悦', 'PER'], ['程桂芳', 'PER']], ['ORG:曹悦名师工作室', 'ORG:程桂芳劳模创新工作室']],
    ['辖区董家口消防救援站接警后', [['董家口', 'LOC']], ['ORG:董家口消防救援站']],
    // A person before work, a place before a fire, a name already read after it: as read.
    ['张三工作认真，重庆消防车', [['张三', 'PER'], ['重庆', 'LOC']], ['PER:张三', 'LOC:重庆']],
    ['李四工作室主任王五', [['李四', 'PER'], ['工作室主任王五', 'ORG']], ['PER:李四', 'ORG:工作室主任王五']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, unitsNamedByPeopleAndPlaces(text, spansOf(text, read))), want, text);
});

test('an institution named by a place and its field is an organisation; a clause between them is not a field', () => {
  const lex = Lexicon.build([
    ['举办', LEX.WORD, 500, 17],
    ['表示', LEX.WORD, 9000, 17],
    ['成立', LEX.WORD, 900, 17],
    ['退役', LEX.WORD, 300, 17],
    ['退役军人', LEX.WORD, 200, 3],
  ]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['治关键节点。巫山县生态环境监测站站长魏嵬表示', [['巫山县', 'LOC']], ['ORG:巫山县生态环境监测站']],
    ['重构武汉农村综合产权交易所，将', [['武汉', 'LOC']], ['ORG:武汉农村综合产权交易所']],
    ['还将进行亚洲文化遗产联盟落户北京的签约', [['亚洲', 'LOC'], ['北京', 'LOC']], ['ORG:亚洲文化遗产联盟', 'LOC:北京']],
    ['，并迅速协调惠东海洋综合执法大队', [['惠东', 'LOC']], ['ORG:惠东海洋综合执法大队']],
    // A field the dictionary knows whole as a common word holds a verb (退役) and is still a field.
    ['事务局联合金银滩镇退役军人服务站，带着', [['金银滩镇', 'LOC']], ['ORG:金银滩镇退役军人服务站']],
    ['湖北退役研究所', [['湖北', 'LOC']], ['LOC:湖北']],
    // Centres of activities, education, promotion, command, mediation and relief named by their place and field.
    ['研究院与昆明市中小学生课外科技教育活动中心联合举办', [['昆明市', 'LOC']], ['ORG:昆明市中小学生课外科技教育活动中心']],
    ['重庆市人民医院、重庆市卫生健康宣传教育中心、', [['重庆市人民医院', 'ORG'], ['重庆市', 'LOC']], ['ORG:重庆市人民医院', 'ORG:重庆市卫生健康宣传教育中心']],
    // A verb, a function word or a break between the place and the head: a clause, not a name.
    ['湖北举办研究所开放日', [['湖北', 'LOC']], ['LOC:湖北']],
    ['重庆的科研院所和研究院', [['重庆', 'LOC']], ['LOC:重庆']],
    ['在重庆，研究所', [['重庆', 'LOC']], ['LOC:重庆']],
    // Too long a run to be a field; a head that opens a title (研究所长) ends no name.
    ['在重庆市区外围布置了许多新的检测中心', [['重庆', 'LOC']], ['LOC:重庆']],
    ['四川地理研究所长', [['四川', 'LOC']], ['LOC:四川']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, institutionsOfPlaces(text, spansOf(text, read), lex)), want, text);
});
