import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownCompanies } from '../../../../src/core/recognise/names/known-companies';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

test('a large company or household brand is an organisation, whatever the model read inside it', () => {
  const lex = Lexicon.build([['完美', LEX.WORD], ['团队', LEX.WORD], ['口紧', LEX.WORD, 3], ['紧随', LEX.WORD, 10], ['东方', LEX.WORD | LEX.LOC], ['阿里', LEX.WORD | LEX.LOC | LEX.NAME_ORG], ['会上', LEX.WORD], ['军部', LEX.WORD], ['代表', LEX.WORD], ['表示', LEX.WORD, 3000000], ['丰收', LEX.WORD, 500], ['收在', LEX.WORD, 20]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.8 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['目前，宁德时代已在欧洲布局', [['宁德', 'LOC']], ['ORG:宁德时代']],
    ['付量方面，蔚来三季度交付', [], ['ORG:蔚来']],
    ['珠宝品牌周大福、老铺黄金', [['周大福', 'PER']], ['ORG:周大福', 'ORG:老铺黄金']],
    // A group's car brands and the platforms news names as companies.
    ['旗下拥有领克、极氪等品牌', [['领克', 'LOC'], ['极氪', 'LOC']], ['ORG:领克', 'ORG:极氪']],
    ['，抖音杀入本地生活业务', [], ['ORG:抖音']],
    // The largest developers; car brands, but not where one opens a model's name.
    ['三年间，保利发展在北京拿地', [], ['ORG:保利发展']],
    // A rare word across the name's end gives way to a commoner one after it (口紧 | 紧随).
    ['华润置地、招商蛇口紧随其后', [], ['ORG:华润置地', 'ORG:招商蛇口']],
    ['我市的问界、深蓝等中高端品牌', [], ['ORG:问界']],
    ['催生出问界M9等爆款产品', [], []],
    ['中超豪华轿车尊界S800亮相', [], []],
    // A year, a month or a count after a brand is no model's number.
    ['腾势2025年销量增长', [], ['ORG:腾势']],
    ['问界9月交付新车', [], ['ORG:问界']],
    // A platform's service named after it is one organisation with it.
    ['美团闪购、淘宝闪购和京东秒送成为三强', [['淘宝', 'ORG']], ['ORG:美团闪购', 'ORG:淘宝闪购', 'ORG:京东秒送']],
    // Inside a longer word or name: 完美团队, 京东方, a trade after it, a name read around it.
    ['打造完美团队', [], []],
    ['京东方的屏幕', [], []],
    ['同时，比亚迪汽车交付', [], []],
    // A name listed with its trade is found whole; the central enterprises by the names news gives them.
    ['同时，蔚来汽车交付', [], ['ORG:蔚来汽车']],
    ['我国形成中国一汽、东风公司、中国长安汽车三大集团', [['中国', 'LOC'], ['一汽', 'ORG']], ['ORG:中国一汽', 'ORG:中国长安汽车']],
    ['贵州茅台酒股份有限公司发布', [['贵州茅台酒股份有限公司', 'ORG']], ['ORG:贵州茅台酒股份有限公司']],
    ['中国化学与鸡西市产业发展方向高度契合', [['中国', 'LOC'], ['鸡西市', 'LOC']], ['ORG:中国化学', 'LOC:鸡西市']],
    // A listed company's name with its trade after it, before the clause goes on; a legal name or a longer word is not cut.
    ['出口。徐工机械上半年整体国际化', [['徐工', 'PER']], ['ORG:徐工机械']],
    ['，华为智能手机出货量大增', [], ['ORG:华为']],
    ['，宁德时代能源科技', [], ['ORG:宁德时代']],
    ['前往五粮液机场', [], []],
    // An organisation right after a company is its subsidiary; a grid's company by its province and 电力 or 供电.
    ['，中国能建甘肃院党委副书记', [['中国能建', 'ORG'], ['甘肃院', 'ORG']], ['ORG:中国能建甘肃院']],
    ['市气象局及国网宝鸡供电公司围绕', [['宝鸡供电公司', 'ORG']], ['ORG:国网宝鸡供电公司']],
    ['国网湖北电力为确保迎峰度夏', [['湖北', 'LOC']], ['ORG:国网湖北电力']],
    ['国网持续加强电力供应保障', [], ['ORG:国网']],
    ['中国能建与甘肃院签约', [['中国能建', 'ORG'], ['甘肃院', 'ORG']], ['ORG:中国能建', 'ORG:甘肃院']],
    // Football clubs known by their Chinese names, whatever the model read in them.
    ['这是巴黎圣日耳曼的第二次欧冠决赛', [['巴黎', 'LOC'], ['圣日耳曼', 'LOC']], ['ORG:巴黎圣日耳曼']],
    ['，“大巴黎”占据主导', [['巴黎', 'LOC']], ['ORG:大巴黎']],
    ['大巴黎都市圈人口', [['巴黎', 'LOC']], ['LOC:巴黎']],
    ['，皇马主帅安切洛蒂', [], ['ORG:皇马']],
    // Drug makers and regulators.
    ['合作方包括默克、默沙东、葛兰素史克等', [['默克', 'PER']], ['ORG:默克', 'ORG:默沙东', 'ORG:葛兰素史克']],
    ['收到美国 FDA 通知', [['美国', 'LOC']], ['LOC:美国', 'ORG:FDA']],
    // Latin names and international bodies, as words of their own.
    ['超越华为、vivo、小米', [], ['ORG:华为', 'ORG:vivo']],
    ['，G7峰会在英国举行', [], ['ORG:G7']],
    ['，WHOLE FOODS门店', [], []],
    ['，G70型号', [], []],
    // A name shared with a place, in a list of places, is that place.
    ['那曲、阿里、日喀则等地', [['那曲', 'LOC'], ['阿里', 'LOC'], ['日喀则', 'LOC']], ['LOC:那曲', 'LOC:阿里', 'LOC:日喀则']],
    ['，阿里宣布分拆', [['阿里', 'LOC']], ['ORG:阿里']],
    // A place beside that is only the head of the next company (中国 of 中国平安) does not make a list of places.
    ['，中国人寿、中国平安、中国人保', [['中国', 'LOC'], ['中国', 'LOC'], ['中国', 'LOC']], ['ORG:中国人寿', 'ORG:中国平安', 'ORG:中国人保']],
    // A bank's branch is one name with it, whatever was read inside; an idiom holds no 物美.
    ['，农行甘肃省分行党委书记', [['甘肃省分行党委', 'ORG']], ['ORG:农行甘肃省分行党委']],
    ['下一步，农行甘肃分行将以', [['农行', 'ORG'], ['甘肃', 'LOC']], ['ORG:农行甘肃分行']],
    ['我市与国开行陕西省分行、', [['陕西省', 'LOC']], ['ORG:国开行陕西省分行']],
    ['，华为在各地分公司', [], ['ORG:华为']],
    ['，交行宣布', [], ['ORG:交行']],
    // Platforms and apps named as companies, also where the model read a person.
    ['接入淘宝、支付宝、钉钉，实现', [['支付宝', 'PER']], ['ORG:淘宝', 'ORG:支付宝', 'ORG:钉钉']],
    // Words a platform shares with an idiom or a thing are not in the table (年高德劭, 一头飞猪).
    ['年高德劭，著称于世', [], []],
    ['，物美价廉的产品', [], []],
    // A localiser or the forces' units after the name make no word with it (会上, 军部).
    ['他在联合国大会上致辞', [], ['ORG:联合国大会']],
    ['，乌军部队撤出', [], ['ORG:乌军']],
    // A word across the end, where a word of its own starts right after the name: 代表 in 宁德时代表示.
    ['，宁德时代表示', [['宁德', 'LOC']], ['ORG:宁德时代']],
    // Not where the word after the name is a rare one (丰收在望: 收在).
    ['风调雨顺丰收在望', [], []],
    // The model cut a company's legal name inside the known short name: the name starts with it.
    ['企业蜜雪冰城股份有限公司（以下简称', [['冰城股份有限公司', 'ORG']], ['ORG:蜜雪冰城股份有限公司']],
    // Clubs named without a score; a road named after the province is no club.
    ['，山东泰山坐镇主场迎战', [['山东', 'LOC'], ['泰山', 'LOC']], ['ORG:山东泰山']],
    ['，山东高速公路网', [], []],
    // A government alone is one; after its place, the place's (香港特区政府 is read whole by the other rules).
    ['，相信在中央政府的领导下', [], ['ORG:中央政府']],
    ['，香港特区政府表示', [['香港', 'LOC']], ['LOC:香港']],
    ['行政长官和特别行政区政府的工作', [], ['ORG:特别行政区政府']],
    // A forum of China and a region named by their abbreviations, read as a place.
    ['大使介绍中拉论坛第四届部长级会议', [['拉', 'LOC']], ['ORG:中拉论坛']],
    // A university's short form built on a place the model reads alone.
    ['1993年考入中国科大。', [['中国', 'LOC']], ['ORG:中国科大']],
    ['的研究。港科大表示，', [['港', 'LOC']], ['ORG:港科大']],
    ['，澳门特别行政区政府表示', [['澳门特别行政区', 'LOC']], ['LOC:澳门特别行政区']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, knownCompanies(text, spansOf(text, read), make, lex)), want, text);
});
