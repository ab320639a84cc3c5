import { test } from 'node:test';
import assert from 'node:assert/strict';
import { camelCaseCompanies, latinCompanies, latinGlosses, latinItemsInLists, latinWordsWhole, peopleAfterCompanyTitles } from '../../../../src/core/recognise/names/latin-rules';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { S, show, spansOf } from './spans';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';

const make = (s: { start: number; end: number; label: S['label'] }): S => ({ ...s, confidence: 0.7 });

test('the Latin original in brackets after a name is the same name', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['OpenAI首席执行官萨姆·阿尔特曼（Sam Altman）表示', [['萨姆·阿尔特曼', 'PER']], ['PER:萨姆·阿尔特曼', 'PER:Sam Altman']],
    ['深度求索（DeepSeek）创始人梁文锋', [['深度求索', 'ORG'], ['梁文锋', 'PER']], ['ORG:深度求索', 'ORG:DeepSeek', 'PER:梁文锋']],
    ['恶魔岛（Alcatraz Island）', [['恶魔岛', 'LOC']], ['LOC:恶魔岛', 'LOC:Alcatraz Island']],
    // Not right after the name, or not only Latin in the bracket: nothing.
    ['王毅（外交部长）会见', [['王毅', 'PER']], ['PER:王毅']],
    ['华为（2024年）营收', [['华为', 'ORG']], ['ORG:华为']],
    ['王毅说（Reuters报道）', [['王毅', 'PER']], ['PER:王毅']],
    // A stock code is no gloss.
    ['吉利汽车（HK.0175）宣布', [['吉利汽车', 'ORG']], ['ORG:吉利汽车']],
    ['重启对阿里巴巴（BABA.N）持仓', [['阿里巴巴', 'ORG']], ['ORG:阿里巴巴']],
    ['古茗（HK01364）', [['古茗', 'ORG']], ['ORG:古茗']],
  ];
  for (const [text, read, expected] of table) {
    assert.deepEqual(show(text, latinGlosses(text, spansOf(text, read), make)), expected, text);
  }
});

test('a Latin word before a title only companies give is the company', () => {
  const table: Array<[string, string[]]> = [
    ['OpenAI CEO萨姆·奥尔特曼', ['ORG:OpenAI']],
    ['Anthropic联合创始人表示', ['ORG:Anthropic']],
    ['IDC公司称', ['ORG:IDC']],
    // Titles, units, leagues and products are not companies.
    ['公司CEO说', []],
    ['AI公司越来越多', []],
    ['NBA总裁萧华', []],
    ['华为终端BG董事长', []],
    ['小米SU7董事长', []],
    ['iPhone团队', []],
  ];
  for (const [text, expected] of table) {
    assert.deepEqual(show(text, latinCompanies(text, [], make)), expected, text);
  }
});

test('a person after a company title in Latin letters or set with a space', () => {
  const lex = Lexicon.build([['总裁', LEX.WORD], ['王府井', LEX.WORD | LEX.LOC]]);
  const table: Array<[string, string[]]> = [
    ['小米 CEO 雷军 26 日表示', ['PER:雷军']],
    // Before what executives do.
    ['董事长兼CEO雷军出席仪式', ['PER:雷军']],
    ['原极氪CEO安聪慧升任集团CEO', ['PER:安聪慧']],
    ['华为消费者业务CEO余承东宣布', ['PER:余承东']],
    ['联合创始人兼CEO王小川表示', ['PER:王小川']],
    // No surname, a place, or a word running on: no person.
    ['CEO办公室', []],
    ['CEO王府井', []],
    ['董事长会议', []],
  ];
  for (const [text, expected] of table) {
    assert.deepEqual(show(text, peopleAfterCompanyTitles(text, [], make, lex)), expected, text);
  }
  // A board secretary's name, where the model read the title into it (董秘肖); a name read whole stays as read.
  const read: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['国航董秘肖烽透露', [['董秘肖', 'PER']], ['PER:肖烽']],
    ['公司董事会秘书王芳表示', [], ['PER:王芳']],
    ['国航董秘肖烽透露', [['肖烽', 'PER']], ['PER:肖烽']],
    ['万科董秘朱旭回应称', [['董秘', 'PER'], ['朱旭', 'PER']], ['PER:朱旭']],
  ];
  for (const [text, spans, expected] of read) assert.deepEqual(show(text, peopleAfterCompanyTitles(text, spansOf(text, spans), make, lex)), expected, text);
});

test('a Latin word with a capital inside it, in Chinese text, is a company; a product or a line of code is not', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['奥尔特曼称 OpenAI 为了这一目标', [], ['ORG:OpenAI']],
    ['聚光灯正打在DeepSeek的身上', [], ['ORG:DeepSeek']],
    // Products end in what products are; English or code without Chinese names nothing; a name read stays.
    ['用户打开ChatGPT提问', [], []],
    ['升级到HarmonyOS系统', [], []],
    // A term of technology in mixed case is no company.
    ['AIoT平台已连接的IoT设备', [], []],
    ['const m = new OffsetMap(text);', [], []],
    ['深度求索DeepSeek发布', [['深度求索DeepSeek', 'ORG']], ['ORG:深度求索DeepSeek']],
  ];
  for (const [text, read, expected] of table) {
    assert.deepEqual(show(text, camelCaseCompanies(text, spansOf(text, read), make)), expected, text);
  }
});

test('no name ends or starts inside a word of Latin letters', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // Ending inside one: the letters go back; starting inside one: no name.
    ['销量超越特斯拉Model 3', [['特斯拉M', 'ORG']], ['ORG:特斯拉']],
    ['AIoT平台', [['IoT', 'ORG']], []],
    // A whole Latin word, or Latin letters before Chinese, stay.
    ['小米SU7上市，TCL科技发布', [['小米', 'ORG'], ['TCL科技', 'ORG']], ['ORG:小米', 'ORG:TCL科技']],
    ['杭汽轮B，OpenAI表示', [['杭汽轮B', 'ORG'], ['OpenAI', 'ORG']], ['ORG:杭汽轮B', 'ORG:OpenAI']],
  ];
  for (const [text, read, expected] of table) assert.deepEqual(show(text, latinWordsWhole(text, spansOf(text, read))), expected, text);
});

test('a word in Latin letters joined to an organisation in a list is an organisation', () => {
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.6 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['三家是OpenAI、谷歌和Anthropic，', [['OpenAI', 'ORG'], ['谷歌', 'ORG']], ['ORG:OpenAI', 'ORG:谷歌', 'ORG:Anthropic']],
    ['旨在为宝马、Stellantis和大众汽车等', [['宝马', 'ORG'], ['大众汽车', 'ORG']], ['ORG:宝马', 'ORG:Stellantis', 'ORG:大众汽车']],
    // Abbreviations of things, products, or no organisation beside it: as read.
    ['在AI、5G和华为等领域', [['华为', 'ORG']], ['ORG:华为']],
    ['华为和HarmonyOS', [['华为', 'ORG']], ['ORG:华为']],
    ['北京和Paris', [['北京', 'LOC']], ['LOC:北京']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, latinItemsInLists(text, spansOf(text, read), make)), want, text);
});
