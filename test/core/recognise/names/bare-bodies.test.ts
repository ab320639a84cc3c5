import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareBodies, countryOrgans } from '../../../../src/core/recognise/names/bare-bodies';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

test('a parliament, its houses, the federation of industry and commerce, the political-legal committee and the Central Committee named bare', () => {
  const lex = Lexicon.build([['我国', LEX.WORD], ['救国', LEX.WORD], ['联手', LEX.WORD], ['央及', LEX.WORD], ['委会', LEX.WORD]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.65 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['，尽快解散众议院并进行选举', [], ['ORG:众议院']],
    ['，一边国会又在推动', [], ['ORG:国会']],
    ['民主党派、工商联和无党派人士', [], ['ORG:工商联']],
    ['区委常委、政法委书记冯文强', [['冯文强', 'PER']], ['ORG:政法委', 'PER:冯文强']],
    // The Central Committee before the committees under it; not before 地方 or 国家, nor 党中央 (the model's to read).
    ['认真贯彻中央、省委决策部署', [['省委', 'ORG']], ['ORG:中央', 'ORG:省委']],
    ['落实中央及市委有关精神', [], ['ORG:中央']],
    ['多家中央和地方国有企业', [], []],
    ['贯彻党中央、市委部署', [], []],
    // Words that go on (国会议员), words made with the neighbours (我国会, 救国会, 工商联手), a name read whole.
    ['，国会议员表示', [], []],
    ['，我国会跳舞的人', [], []],
    ['，青妇救国会机构', [], []],
    ['，工商联手，建立', [], []],
    ['，美国国会通过', [['美国国会', 'ORG']], ['ORG:美国国会']],
    ['，政法委员会', [], []],
    // A zone's party working committee before its secretary or meeting, after a break or 召开 (委会 is a word of this
    // dictionary: the lookahead decides where the name ends).
    ['主任陈英，党工委副书记陈宇', [['陈英', 'PER'], ['陈宇', 'PER']], ['PER:陈英', 'ORG:党工委', 'PER:陈宇']],
    ['高新区召开党工委会议', [], ['ORG:党工委']],
    ['区委党工委书记', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, bareBodies(text, spansOf(text, read), make, lex)), want, text);
  // 中央 is not sure enough for the document pass to mark its other mentions; the other bodies keep the rule's confidence.
  const t = '落实中央及市委有关精神，工商联和无党派人士';
  const found = bareBodies(t, [], make, lex).map((s) => `${t.slice(s.start, s.end)}:${s.confidence}`);
  assert.deepEqual(found, ['中央:0.55', '工商联:0.65']);
});

test("a country and its government's organs are one organisation", () => {
  const isCountry = (n: string) => ['叙利亚', '南非', '俄罗斯', '印度尼西亚', '中国', '德国', '菲律宾'].includes(n);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['，叙利亚政府控制区域', [['叙利亚', 'LOC']], ['ORG:叙利亚政府']],
    ['，叙利亚政府军撤离', [['叙利亚', 'LOC']], ['ORG:叙利亚政府军']],
    // A country's coast guard; not its ships, nor its coast guard's bureau named in full (read whole by the model).
    ['，下一步，中国海警将继续依法开展', [['中国', 'LOC']], ['ORG:中国海警']],
    ['并向菲律宾海警移交', [['菲律宾', 'LOC']], ['ORG:菲律宾海警']],
    ['菲律宾海警船冲撞', [['菲律宾', 'LOC']], ['LOC:菲律宾']],
    ['，叙利亚军队宣布', [['叙利亚', 'LOC']], ['LOC:叙利亚']],
    ['日，南非总统府发布声明', [['南非', 'LOC']], ['ORG:南非总统府']],
    ['，俄罗斯武装部队正尽', [['俄罗斯', 'LOC']], ['ORG:俄罗斯武装部队']],
    // The organ read alone (a bare parliament) goes into the whole.
    ['，印度尼西亚国会通过', [['印度尼西亚', 'LOC'], ['国会', 'ORG']], ['ORG:印度尼西亚国会']],
    // A title (外交部长), a member (国会议员), a place that is no country, a name read longer.
    ['，德国外交部长贝尔伯克', [['德国', 'LOC']], ['LOC:德国']],
    ['，德国国会议员', [['德国', 'LOC']], ['LOC:德国']],
    ['，重庆政府工作', [['重庆', 'LOC']], ['LOC:重庆']],
    ['，中国政府间组织', [['中国', 'LOC'], ['政府间组织', 'ORG']], ['LOC:中国', 'ORG:政府间组织']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, countryOrgans(text, spansOf(text, read), isCountry)), want, text);
});
