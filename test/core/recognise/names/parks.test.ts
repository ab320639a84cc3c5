import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parksNamedWhole, zoneBodies } from '../../../../src/core/recognise/names/parks';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

const VERB = 3;
const dict = Lexicon.build([
  ['表示', LEX.WORD, 300, VERB],
  ['兴建', LEX.WORD, 300, VERB],
  ['了解', LEX.WORD, 300, VERB],
  ['运抵', LEX.WORD, 300, VERB],
  ['肯定', LEX.WORD, 300, VERB],
  ['高楼', LEX.WORD, 300],
  ['城市', LEX.WORD, 3000],
  ['当阳', LEX.LOC | LEX.WORD, 300],
  ['银发', LEX.WORD, 300],
  ['科技', LEX.WORD, 300],
  ['经济', LEX.WORD, 300],
  ['世界', LEX.WORD, 300],
  ['一流', LEX.WORD, 300],
  ['先进', LEX.WORD, 300],
  ['制造业', LEX.WORD, 300],
  ['国际', LEX.WORD, 3000],
  ['铁路', LEX.WORD, 3000],
  ['港口', LEX.WORD, 3000],
  ['建设', LEX.WORD, 3000, VERB],
  ['高新', LEX.WORD, 300],
  ['沿江', LEX.WORD, 300],
  ['小浪底', LEX.WORD, 30],
  ['智慧', LEX.WORD | LEX.PER, 300],
]);
const make = (s: LabelledSpan): S => ({ ...s, confidence: 0.65 });

test('an industrial park named by its place, company or field is one place, and the body that runs it an organisation', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // Read in pieces, as a person, or not at all.
    ['前往施密特电梯有限公司、台铃新能源电动车产业园、棠香街道', [['施密特电梯有限公司', 'ORG'], ['棠香街道', 'LOC']], ['ORG:施密特电梯有限公司', 'LOC:台铃新能源电动车产业园', 'LOC:棠香街道']],
    ['杭州迪安区域总部、郑报科创智造产业园等项目', [['郑报科', 'PER']], ['LOC:郑报科创智造产业园']],
    ['在交流中了解尼龙新材料开发区与叶县先进制造业开发区内', [['叶县', 'LOC']], ['LOC:尼龙新材料开发区', 'LOC:叶县先进制造业开发区']],
    ['李益恒,叶县先进制造业开发区管委会副主任', [['李益恒', 'PER'], ['叶县', 'LOC'], ['管委会', 'ORG']], ['PER:李益恒', 'ORG:叶县先进制造业开发区管委会']],
    // The name begins after the clause's date and verb.
    ['传达了胡衡华市长5月28日调研重庆枢纽港产业园座谈会精神', [['胡衡华', 'PER']], ['PER:胡衡华', 'LOC:重庆枢纽港产业园']],
    ['《江津区支持重庆枢纽港产业园高质量发展若干政策》', [['江津区', 'LOC']], ['LOC:江津区', 'LOC:重庆枢纽港产业园']],
    ['城区东部,辖区内有长寿经济技术开发区,是', [], ['LOC:长寿经济技术开发区']],
    ['优势,联合体中标重庆枢纽港产业园先进机电', [['重庆枢纽港产业园', 'LOC']], ['LOC:重庆枢纽港产业园']],
    // Innovation and software parks, and office towers, are named the same way.
    ['授以视频方式致辞,他肯定中以常州创新园建设发展成果', [['常州', 'LOC']], ['LOC:中以常州创新园']],
    ['一串市民极为熟悉的地标。腾讯滨海大厦、深圳湾超级总部基地', [['腾讯', 'ORG']], ['LOC:腾讯滨海大厦']],
    // No name: a verb in the clause, a kind, a count or grade, common words, a level, a bare head.
    ['城市里高楼大厦林立', [], []],
    ['“忽喇喇似大厦倾”', [], []],
    ['浇筑起一座又一座现代化大厦', [], []],
    // A verb's 完 (参访完) ends the run before the park's name; 当 does too, unless a place starts with it (当阳).
    ['项目落户当阳经济开发区', [], ['LOC:当阳经济开发区']],
    ['当滨海大厦封顶', [], ['LOC:滨海大厦']],
    // A bracket the run began inside, and 于 before the name, are no part of it (于都 opens a place).
    ['将于大年初一（2月17日）于马华大厦举办', [['马华大厦', 'LOC']], ['LOC:马华大厦']],
    ['（2月17日）马华大厦举办', [], ['LOC:马华大厦']],
    ['在参访完霍尔果斯中金科技产业园的车间', [], ['LOC:霍尔果斯中金科技产业园']],
    // A pronoun ends the run before the name.
    ['她滨海大厦', [], ['LOC:滨海大厦']],
    ['发展合作及共同兴建科技工业园区等方面', [], []],
    ['国家级经济技术开发区', [], []],
    ['分为工业物流园、冷链物流园等', [], []],
    ['，新建冷链物流园', [], []],
    ['横跨黄埔、增城两大国家级开发区', [['黄埔', 'LOC'], ['增城', 'LOC']], ['LOC:黄埔', 'LOC:增城']],
    ['全区之首,银发经济产业园成功揭牌', [], []],
    ['打造世界一流园区', [], []],
    ['深入调研智慧园区建设', [], []],
    ['考察我县产业开发区建设情况', [], []],
    ['企业入驻园区后，在园区内', [], []],
    // Two zones within reach: the park's name starts after the nearer one.
    ['，经开区园区中润新材料产业园', [], ['LOC:中润新材料产业园']],
    // Towns of industry, logistics parks, ports and reservoirs are named the same way.
    ['12个项目落户珞璜临港产业城，涵盖', [['珞璜', 'LOC']], ['LOC:珞璜临港产业城']],
    ['运抵万通物流园，越南老板娘', [], ['LOC:万通物流园']],
    ['据霍尔果斯铁路口岸统计', [['霍尔果斯', 'LOC']], ['LOC:霍尔果斯铁路口岸']],
    ['，经深圳湾口岸跨入香港', [['深圳湾', 'LOC']], ['LOC:深圳湾口岸']],
    // A place before a port's or reservoir's own name, or a district before a park, is a place of its own; a place right
    // before a port's head is the port's whole name.
    ['新巴尔虎左旗额布都格口岸，兴安盟阿尔山口岸，', [['新巴尔虎左', 'LOC'], ['兴安盟', 'LOC']], ['LOC:新巴尔虎左', 'LOC:额布都格口岸', 'LOC:兴安盟', 'LOC:阿尔山口岸']],
    ['云南省丽江市南瓜坪水库工程', [['云南省', 'LOC'], ['丽江市', 'LOC']], ['LOC:云南省', 'LOC:丽江市', 'LOC:南瓜坪水库']],
    ['古保华在青秀区南宁国际科技产业城开发建设', [['古保华', 'PER'], ['青秀区', 'LOC']], ['PER:古保华', 'LOC:青秀区', 'LOC:南宁国际科技产业城']],
    ['香港回归第一春深圳口岸春运忙', [['香港', 'LOC'], ['深圳', 'LOC']], ['LOC:香港', 'LOC:深圳口岸']],
    // An organ before the head names its office, not a port; a kind of port or a bank is no name.
    ['记者从重庆市政府口岸物流办获悉', [['重庆市政府', 'ORG']], ['ORG:重庆市政府']],
    ['作为新疆西部重要口岸城市', [['新疆', 'LOC']], ['LOC:新疆']],
    ['还在沿黄河北岸水库淹没区发现了', [['黄河', 'LOC']], ['LOC:黄河']],
    // A port's head inside other words (港口 + 岸线, 产业 + 城市) is none; a country's or province's ports are no one port.
    ['优化长江港口岸线资源配置', [['长江', 'LOC']], ['LOC:长江']],
    ['株洲轨道交通产业城市建设加快', [['株洲', 'LOC']], ['LOC:株洲']],
    ['今年以来，中国口岸出入境人员达到', [['中国', 'LOC']], ['LOC:中国']],
    ['新疆口岸进出口货运量增长', [['新疆', 'LOC']], ['LOC:新疆']],
    // A place the dictionary also has as a common word, read by the model before a reservoir, is its name.
    ['小浪底水库今年蓄水', [['小浪底', 'LOC']], ['LOC:小浪底水库']],
    // A name the model read at the run's start keeps a character that is also a preposition (以岭药业).
    ['以岭药业产业园项目开工', [['以岭药业', 'ORG']], ['LOC:以岭药业产业园']],
    // 口岸 before 边检站, 国际 with the kind of port; no preposition cut after the clause's verb; no one-character place.
    ['霍尔果斯口岸边检站查获', [['霍尔果斯', 'LOC']], ['LOC:霍尔果斯口岸']],
    ['霍尔果斯国际铁路口岸今年', [['霍尔果斯', 'LOC']], ['LOC:霍尔果斯国际铁路口岸']],
    ['加快建设沿江高新产业园。', [], []],
    // 赴 (to go to) ends the run, after a bracket too.
    ['（简称专家委）赴北京经济技术开发区开展调研', [['北京经济技术开发区', 'LOC']], ['LOC:北京经济技术开发区']],
    ['中哈口岸货运量增长。', [['中', 'LOC'], ['哈', 'LOC']], ['LOC:中', 'LOC:哈']],
    ['港珠澳大桥香港口岸昨日开通', [['港珠澳大桥', 'LOC'], ['香港', 'LOC']], ['LOC:港珠澳大桥', 'LOC:香港口岸']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, parksNamedWhole(text, spansOf(text, read), make, dict)), want, text);
});

test('the body that runs a zone is one organisation with the zone’s whole name', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['。”西部科学城重庆高新区党工委委员', [['重庆高新区党工委', 'ORG']], ['ORG:西部科学城重庆高新区党工委']],
    ['市委常委、豫东南高新区党工委副书记', [['市委', 'ORG'], ['豫东南', 'LOC']], ['ORG:市委', 'ORG:豫东南高新区党工委']],
    ['赵光平;万盛经开区党工委副书记', [['赵光平', 'PER']], ['PER:赵光平', 'ORG:万盛经开区党工委']],
    ['县委副书记、县高新区(工业园区)党工委书记', [['县委', 'ORG']], ['ORG:县委', 'ORG:县高新区(工业园区)党工委']],
    ['在实验区党工委和省人民检察院领导下', [['省人民检察院', 'ORG']], ['ORG:实验区党工委', 'ORG:省人民检察院']],
    // A kind of zone is no part of its body's name.
    ['各国家级开发区管委会', [], ['ORG:开发区管委会']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, zoneBodies(text, spansOf(text, read), make, dict)), want, text);
});
