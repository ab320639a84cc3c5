import { test } from 'node:test';
import assert from 'node:assert/strict';
import { channelsOfOutlets, creditedAgencies, nationalPapers, outletsWithTheirBrands, photoAgencies, titledOutlets, reportingWordOffOutlets, webOutletsWhole } from '../../../../src/core/recognise/names/web-outlets';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { show, spansOf, S } from './spans';

test("a name read without its site's 网 takes it where a source's words follow", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['【财新网】获上交所受理', [['财新', 'ORG'], ['上交所', 'ORG']], ['ORG:财新网', 'ORG:上交所']],
    // A dateline after the site.
    ['南海网10月29日消息（记者 王林）', [['南海', 'LOC'], ['王林', 'PER']], ['ORG:南海网', 'PER:王林']],
    ['齐鲁网·闪电新闻10月24日讯', [['齐鲁', 'LOC']], ['ORG:齐鲁网']],
    ['华龙网记者 张三', [['华龙', 'PER']], ['ORG:华龙网']],
    // 网 of a net or a grid, not a site.
    ['重庆网络安全', [['重庆', 'LOC']], ['LOC:重庆']],
    ['国家电网公司', [['国家电', 'ORG']], ['ORG:国家电']],
    ['重庆网民', [['重庆', 'LOC']], ['LOC:重庆']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, webOutletsWhole(text, spansOf(text, read))), want, text);
});

test("a photo agency named 视觉 + a place after a credit's slash is an organisation", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['记者 崔力 摄/视觉重庆', [['崔力', 'PER'], ['重庆', 'LOC']], ['PER:崔力', 'ORG:视觉重庆']],
    ['图／视觉中国', [['中国', 'LOC']], ['ORG:视觉中国']],
    // Not after a credit: 视觉 is a word of its own.
    ['打造视觉重庆的新名片', [['重庆', 'LOC']], ['LOC:重庆']],
    ['记者 沈舟华 摄/', [['沈舟华', 'PER']], ['PER:沈舟华']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, photoAgencies(text, spansOf(text, read))), want, text);
});

test("the agency in brackets after a credit's 摄 is an organisation", () => {
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.75 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['方东旭摄(人民视觉)', [['方东旭', 'PER'], ['人民', 'LOC']], ['PER:方东旭', 'ORG:人民视觉']],
    ['张光辉摄（人民图片网）', [['张光辉', 'PER']], ['PER:张光辉', 'ORG:人民图片网']],
    // Not a place or a date in brackets, and not without 摄.
    ['王伟摄（重庆江北）', [['王伟', 'PER'], ['重庆', 'LOC']], ['PER:王伟', 'LOC:重庆']],
    ['人民视觉（资料图）', [], []],
    // A note on the picture in the brackets, not an agency's name alone.
    ['张三摄（来自互联网）', [['张三', 'PER']], ['PER:张三']],
    ['张三摄（上图为合作社）', [['张三', 'PER']], ['PER:张三']],
    ['张三摄（转自新华网）', [['张三', 'PER']], ['PER:张三']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, creditedAgencies(text, spansOf(text, read), make)), want, text);
});

test('a title in 《》 the dictionary knows as an organisation is the paper', () => {
  const lex = Lexicon.build([['读卖新闻', LEX.NAME_ORG | LEX.WORD], ['三国演义', LEX.WORD], ['华盛顿', LEX.NAME_LOC | LEX.NAME_ORG]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['据日本《读卖新闻》报道', [['日本', 'LOC']], ['LOC:日本', 'ORG:读卖新闻']],
    // A book, a place, or a title with a name read in it: as read.
    ['他读《三国演义》', [], []],
    ['《华盛顿》一书', [], []],
    ['《读卖新闻》', [['读卖', 'ORG']], ['ORG:读卖']],
    // A title the dictionary does not know, before what only a periodical has; a book before 杂志 or nothing of the kind.
    ['，《人民文学》主编徐则臣', [], ['ORG:人民文学']],
    ['。《人民文学》1949年10月创刊', [], ['ORG:人民文学']],
    ['在《当代》杂志发表', [], []],
    ['《红楼梦》是名著', [], []],
    // A journal a work is published in (在…《》发表, 于《》上发表); not a book a view is stated in.
    ['成果在国际学术期刊《物理评论快报》在线发表', [], ['ORG:物理评论快报']],
    ['该成果于《自然》上发表', [], ['ORG:自然']],
    ['相关成果4日在《自然》在线发表', [], ['ORG:自然']],
    ['他在《三体》中发表看法', [], []],
    // A work's own publication is no journal's.
    ['于《论持久战》发表80周年之际', [], []],
    ['在《实践论》发表后', [], []],
    // A paper's title is the paper whole, over what the model read in it; a document or notice ending in 报 is none.
    ['现场发布《中国新闻出版广电报》年度好书', [['中国', 'LOC'], ['广电报', 'ORG']], ['ORG:中国新闻出版广电报']],
    ['据《宁波晚报》报道', [], ['ORG:宁波晚报']],
    ['《上市公司年报》显示', [], []],
    ['收看《天气预报》', [], []],
    ['省气象台发布《寒潮预警快报》', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, titledOutlets(text, spansOf(text, read), make, lex)), want, text);
});

test("an outlet named with its group's brand or its channel, joined by a dot or a hyphen, is one organisation", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['(实习生 薛宸 中青报·中青网记者 梁璇)', [['薛宸', 'PER'], ['中青网', 'ORG'], ['梁璇', 'PER']], ['PER:薛宸', 'ORG:中青报·中青网', 'PER:梁璇']],
    ['第1眼TV-华龙网讯(董悠)', [['华龙网', 'ORG'], ['董悠', 'PER']], ['ORG:第1眼TV-华龙网', 'PER:董悠']],
    ['讯(新甘肃·甘肃日报记者张富贵)', [['新甘肃', 'LOC'], ['甘肃日报', 'ORG'], ['张富贵', 'PER']], ['ORG:新甘肃·甘肃日报', 'PER:张富贵']],
    ['齐鲁网·闪电新闻10月24日讯', [['齐鲁网', 'ORG']], ['ORG:齐鲁网·闪电新闻']],
    // Not a person's dotted name, nor anything but an outlet.
    ['记者 萨姆·阿尔特曼报道', [['萨姆·阿尔特曼', 'PER']], ['PER:萨姆·阿尔特曼']],
    ['中国-东盟博览会', [['中国', 'LOC'], ['东盟', 'ORG']], ['LOC:中国', 'ORG:东盟']],
    // A date after the hyphen is no channel; a clause before it is no brand.
    ['新华网-2024年3月5日讯', [['新华网', 'ORG']], ['ORG:新华网']],
    ['记者从新华社-新华网获悉', [['新华社', 'ORG'], ['新华网', 'ORG']], ['ORG:新华社-新华网']],
    ['记者从看-新华网获悉', [['新华网', 'ORG']], ['ORG:新华网']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, outletsWithTheirBrands(text, spansOf(text, read))), want, text);
  // A site read whole as a person before what only follows a source; a person's name in a byline's bracket stays.
  const site = '荆楚网(湖北日报网)讯 (记者 王小网)';
  assert.deepEqual(show(site, webOutletsWhole(site, spansOf(site, [['荆楚网', 'PER'], ['湖北日报网', 'ORG'], ['王小网', 'PER']]))), ['ORG:荆楚网', 'ORG:湖北日报网', 'PER:王小网']);
});

test("China's national papers named by their field are organisations", () => {
  const lex = Lexicon.build(['工业', '证券', '电子', '体育', '工业报告', '企业', '报价'].map((w) => [w, LEX.WORD] as [string, number]));
  const make = (s: LabelledSpan) => ({ ...s, confidence: 0.75 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['带着上述问题，中国工业报专访了专家', [['中国', 'LOC']], ['ORG:中国工业报']],
    ['在接受中国证券报记者专访时表示', [['中国', 'LOC']], ['ORG:中国证券报']],
    ['呈现向好态势。《中国电子报》特约', [['中国', 'LOC']], ['ORG:中国电子报']],
    ['经批准，中国体育报社将临时创办', [['中国', 'LOC']], ['ORG:中国体育报社']],
    // A report, a verb opening with 报, a field that is no word, a function word: no paper.
    ['发布中国工业报告', [['中国', 'LOC']], ['LOC:中国']],
    ['中国企业报名参加', [['中国', 'LOC']], ['LOC:中国']],
    ['中国的报刊', [['中国', 'LOC']], ['LOC:中国']],
    ['中国申报的项目', [['中国', 'LOC']], ['LOC:中国']],
    ['中国企业报价偏高', [['中国', 'LOC']], ['LOC:中国']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, nationalPapers(text, spansOf(text, read), make, lex)), want, text);
});

test("an outlet's channel named by its field or city is one organisation", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['国际在线重庆频道消息（记者 田渝兵）', [['国际在线', 'ORG'], ['重庆', 'LOC'], ['田渝兵', 'PER']], ['ORG:国际在线重庆频道', 'PER:田渝兵']],
    ['晚9:30，央视财经频道《对话》', [['央视', 'ORG']], ['ORG:央视财经频道']],
    ['近日，央视新闻频道《朝闻天下》', [['央视新闻', 'ORG']], ['ORG:央视新闻频道']],
    // A longer channel's name stays apart (People's Daily's way), and so does what is no outlet.
    ['四川有线电视台妇女儿童频道的编采人员', [['四川有线电视台', 'ORG']], ['ORG:四川有线电视台']],
    ['华为手机频道', [['华为', 'ORG']], ['ORG:华为']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, channelsOfOutlets(text, spansOf(text, read))), want, text);
});

test('the 讯 that closes the opening of a story is no part of the outlet read with it', () => {
  const table: Array<[string, string, string[]]> = [
    ['北京商报讯(记者 胡永新)10月28日', '北京商报讯', ['ORG:北京商报']],
    ['南方都市报讯 记者张三', '南方都市报讯', ['ORG:南方都市报']],
    ['封面新闻讯（记者 李四）', '封面新闻讯', ['ORG:封面新闻']],
    // A word ending in 讯, or 讯 before anything else, stays.
    ['中国通讯（记者 李四）', '中国通讯', ['ORG:中国通讯']],
    ['北京商报讯息平台', '北京商报讯', ['ORG:北京商报讯']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, reportingWordOffOutlets(text, spansOf(text, [[read, 'ORG']]))), want, text);
});
