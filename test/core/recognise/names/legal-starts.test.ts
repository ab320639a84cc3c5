import { test } from 'node:test';
import assert from 'node:assert/strict';
import { legalNamesFromTheirStart } from '../../../../src/core/recognise/names/legal-starts';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { S, show, spansOf } from './spans';

const VERB = 3;
const lex = Lexicon.build([
  ['表示', LEX.WORD, 300, VERB],
  ['成立', LEX.WORD, 300, VERB],
  ['其中', LEX.WORD, 300],
  ['重庆', LEX.LOC | LEX.WORD, 300],
  ['晶体', LEX.WORD, 300],
]);

test('a company named in full with its legal form is one name from where the clause puts it', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // After a verb of visiting or meeting, a break or a function word; people and places read inside go.
    ['一行走进中元汇吉生物技术股份有限公司和', [['吉生物技术股份有限公司', 'ORG']], ['ORG:中元汇吉生物技术股份有限公司']],
    ['先后前往惠伦晶体重庆科技有限公司、', [['惠伦', 'PER'], ['重庆科技有限公司', 'ORG']], ['ORG:惠伦晶体重庆科技有限公司']],
    ['、副董事长,重庆九龙坡城市更新建设有限公司负责人', [['重庆', 'LOC'], ['九龙坡', 'LOC'], ['新建设有限公司', 'ORG']], ['ORG:重庆九龙坡城市更新建设有限公司']],
    ['吴劲会见新福兴玻璃工业集团有限公司董事长', [['吴劲', 'PER'], ['福兴玻璃工业集团有限公司', 'ORG']], ['PER:吴劲', 'ORG:新福兴玻璃工业集团有限公司']],
    // Not the clause's verb, the word a function word makes, a describing noun, or a district before the company's place.
    ['古镇村日前成立古镇集团公司，', [['古镇集团公司', 'ORG']], ['ORG:古镇集团公司']],
    ['企业代表重庆康明斯发动机有限公司总经理', [['重庆康明斯发动机有限公司', 'ORG']], ['ORG:重庆康明斯发动机有限公司']],
    ['其中安徽合力股份有限公司先后', [['徽合力股份有限公司', 'ORG']], ['ORG:安徽合力股份有限公司']],
    // No single character or word a name holds cuts it (太原重工: 原).
    ['，太原重工股份有限公司发布', [['重工股份有限公司', 'ORG']], ['ORG:太原重工股份有限公司']],
    ['国内最大的水果经销商佳沃果业有限公司、', [['佳沃果业有限公司', 'ORG']], ['ORG:佳沃果业有限公司']],
    // 因 and 暨 join clauses, never names; a describing noun the model read into the name's front goes.
    ['何剑波因中国五矿集团有限公司的人员轮换', [['何剑波', 'PER'], ['中国五矿集团有限公司', 'ORG']], ['PER:何剑波', 'ORG:中国五矿集团有限公司']],
    ['动员大会暨辽宁金天马专用车制造有限公司', [['辽宁金天马专用车制造有限公司', 'ORG']], ['ORG:辽宁金天马专用车制造有限公司']],
    ['消费品巨头广州立白企业集团有限公司董事长', [['广州立白企业集团有限公司', 'ORG']], ['ORG:广州立白企业集团有限公司']],
    ['由全资子公司通号轨道交通控制技术有限公司建设', [['全资子公司通号轨道交通控制技术有限公司', 'ORG']], ['ORG:通号轨道交通控制技术有限公司']],
    ['重庆龙头寺企业管理有限公司成立', [['重庆龙头寺企业管理有限公司', 'ORG']], ['ORG:重庆龙头寺企业管理有限公司']],
    ['，广东因赛品牌营销集团股份有限公司发布', [['赛品牌营销集团股份有限公司', 'ORG']], ['ORG:广东因赛品牌营销集团股份有限公司']],
    ['佛山市委托广东省城乡规划设计研究院有限责任公司编制', [['佛山市', 'LOC'], ['广东省城乡规划设计研究院有限责任公司', 'ORG']], ['LOC:佛山市', 'ORG:广东省城乡规划设计研究院有限责任公司']],
    ['（以下简称“公司”）控股子公司武汉钧恒科技有限公司（以下简称', [['武汉钧恒科技有限公司', 'ORG']], ['ORG:武汉钧恒科技有限公司']],
    ['于A股上市的汽车电池制造商宁德时代新能源科技股份有限公司', [['宁德时代新能源科技股份有限公司', 'ORG']], ['ORG:宁德时代新能源科技股份有限公司']],
    // A preposition the clause opens with (根据) is no part of the name.
    ['的公告。根据中国广核电力股份有限公司（以下简称', [['中国广核电力股份有限公司', 'ORG']], ['ORG:中国广核电力股份有限公司']],
    ['近日，湘赣边根据地红色文化传媒有限公司发布', [['地红色文化传媒有限公司', 'ORG']], ['ORG:湘赣边根据地红色文化传媒有限公司']],
    ['同一天,在两江新区重庆平伟汽车科技股份有限公司车间', [['两江新区', 'LOC'], ['重庆平伟汽车科技股份有限公司', 'ORG']], ['LOC:两江新区', 'ORG:重庆平伟汽车科技股份有限公司']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, legalNamesFromTheirStart(text, spansOf(text, read), lex)), want, text);
});
