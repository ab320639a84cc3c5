import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseNumbers } from '../../../../src/core/recognise/numbers';

function spans(text: string): string[] {
  return recogniseNumbers(text).map((a) => text.slice(a.start, a.end));
}

// Numerals that state no number (GUIDELINES.md, NUM: names and terms, list markers, set phrases,
// articles, parts of words), and the contexts that make digits a code.
const NONE: string[] = [
  // Stock indices named by their number of stocks; markets by level; a half-year report; a railway's bid section.
  '沪深300指数', '上证50成分股', '科创 50', '中证1000', '标普500', '了解二级市场交易风险', '披露半年报', '成达万高铁站前7标', '站前五标',
  // Found by the second review: no weekdays here.
  '回顾上周天气', '夏、商、周三代', '刊物隔周一期', '数周一次', '每星期一次', '主日礼拜一般', '德国《星期日世界报》',
  // Found by the third review: 一 as "a" before a numeral or 至 that begins a word; 中有 and 不仅有; 去年一次; squads and troops; trains; a half-year report; phone numbers.
  '这是一场十分激烈的比赛', '一个至关重要的问题', '我又一次到郑州出差', '他手中有一份文件', '不仅有一个条件问题', '《只有一个地球》', '去年一次体检',
  '一队人马', '综采二队', '６９／７０次特快列车', '电话 010 - 12345678',
  // Found by the fourth review: 具体 after 一, a stage of 4x10米.
  '又一具体行动', '舞台为4x10米',
  // A document's year and number are its name.
  '发改能源〔2025〕357号', '此次357号文件明确',
  // Phones and chips named by a number after the maker's name.
  '小米 17 全系开售', '小米17系列', '搭载骁龙8 Gen 4', '小米 15 Pro',
  // Not days of the week: a weekly mean, an anniversary; nor a year's holiday without a year.
  '周日均客流', '周年庆', '今年年底', '春节期间',
  // Found by review: shapes and names in Latin capitals, coins, livestock.
  '美股走出V型反弹', '患者出现X型腿', '在社交平台X等渠道发文', '美剧《X档案》', '苏联T-IV型坦克', '美国政府持有约比特币',
  // Reference marks, stock codes with their exchange, a code's variants after a slash, a disease's type.
  '持续回升 [2] - 食品价格', '注释［3］', '君实生物(688180.SH)公告', '腾讯控股(0700.HK)', 'CDK4/6抑制剂', 'CDK2/4/6',
  'Ⅱ型糖尿病患者', '2型糖尿病',
  // 一 as "a" before measure words the sets never mark as counts.
  '达成一项授权合作', '举行一场比赛', '一位专家说', '发布一份报告', '一张名片', '一片繁荣', '一笔交易', '一条新路',
  // Types named by characters, a hyphen and digits are no negative numbers.
  '歼-20战机', '空警-600预警机上舰', '歼-15T可满油', '俄罗斯苏-57', '攻击-11无人机',
  // Roman numerals in Latin capitals only as grades: not inside codes, words or names.
  'CIV类资产', 'VIP类客户', 'iPhone XI型号', 'Windows XP', 'Ⅲ号线',
  '聚焦市两会', '“十四五”收官之年', '纳入“十五五”规划', '十三五时期', '一是实施智能网联', '二是建议', '三是探索',
  '一批具有高质量特征', '下一步，重庆将', '竞争力的关键一招', '首批项目', '许多难题', '一方面，巴南区', '另一方面',
  '重要推动力量之一', '新一代电子信息', '进一步放宽', '统一将民政部门', '一体化发展', '一般采用', '唯一城市',
  '利用第三方提供', '一辆辆新能源汽车', '再造一个涪陵', '作一个可行性研究', '健全零部件供应', '化合物半导体',
  '以万州为代表', '大型三甲医院', '半失能人员', '渝怀铁路二线', '重医附一院', '成渝地区双城经济圈', '“三大行动”',
  '“四链融合”', '两江新区', '全球最大的己二酸生产企业', '市六届人大三次会议', '十五届三中全会', '我十分高兴',
  '一些国家', '一起来', '一样重要', '千万不要', '连成一片', '五花八门', '三位一体', '举一反三对全市', '一心一意',
  '队伍等', '大陆架', '党的十五大', '一点点', '一系列措施', '上半年', '这一年', '每一次', '“两群”互通',
  '随着“33618”现代制造业', '做强‘2349’现代', '“6+3”未来产业', '渝湘高速（G65包茂高速）', '5G网络', 'PM2.5浓度',
  'COVID-19疫情', '马自达323型轿车', '（1）实行', '1.加强领导', '２、图为', '电话023', '编号007', '十分之', '千克', '上一年', '内容是：１·政府', '上海', '电话010-12345678', '一二九运动', '１、图为', '90后和00后', 'Ｆ—１６战斗机', '7·21特大暴雨', '手机13812345678', '拨打120', '120急救车赶到', '12345热线', '110报警', `${'9'.repeat(30)}元`,
  '长征五号运载火箭', '神舟二十号乘组', '嫦娥七号任务', '“双11”购物节', '“618”', '“11·28”专案',
  // Sessions numbered inside a meeting's name, the economy's sectors, counts that name a programme or slogan.
  '人民代表大会第六次会议召开', '市政协第五次全体会议', '三次产业协同发展',
  '而红魔10 Pro和真我Neo 7', '华为Mate 70发布', 'iPhone 16 Pro Max',
  '在12306网站办理', '拨打95588', '今年三伏，全国', '三九天',
  '深化拓展“三个攻坚年”活动', '深化“四个一批”项目管理', '打出提振信心“36条”', '聚焦“两件大事”',
];

for (const text of NONE) {
  test(`no NUM in ${text}`, () => assert.deepEqual(spans(text), []));
}

// The number next to an excluded word is still found, with its own edges.
const EDGES: Array<[string, string[]]> = [
  ['贡献率超50%。', ['50%']],
  ['提高8%以上', ['8%']],
  ['约3000元/千瓦', ['3000元/千瓦']],
  ['近30万人左右', ['30万人']],
  ['重庆在去年重返“汽车第一城”', ['第一']],
  ['首批11个项目', ['11个']],
  ['拨打120后3分钟', ['3分钟']],
  ['就有一辆是“两江造”', ['一辆']],
  ['这一百万元', ['一百万元']],
  ['一点四个百分点', ['一点四个百分点']],
  ['第二人民医院', ['第二']],
  ['十五届三中全会有300人', ['300人']],
  ['2个千亿', ['2个', '千亿']],
  ['1,2,3', ['1', '2', '3']],
  ['G65和65公里', ['65公里']],
  // A date or a rank with 号 stays a number; a quoted figure with a unit stays one too.
  ['今年3月5号，三月五号', ['3月5号', '三月五号']],
  ['第五号台风', ['第五号']],
  ['“双11”当天销售“100亿元”', ['100亿元']],
  // A rank or a magnitude in a short quotation stays a number (the seed's “汽车第一城”, “千亿重庆华峰”); a long one
  // is a sentence; a session with no body before it is a rank.
  ['建设“千亿重庆华峰”', ['千亿']],
  ['形成“1小时省内通、2小时邻省通”格局', ['1小时', '2小时']],
  ['他说：“今年增长了5%，新建3个园区。”', ['5%', '3个']],
  ['召开第二次会议', ['第二次']],
  ['增长5.5%,第三产业36167.9亿元，增长3.6%,第二产业24926亿元', ['5.5%', '36167.9亿元', '3.6%', '24926亿元']],
  ['第三次全国经济普查', ['第三次']],
];

for (const [text, expected] of EDGES) {
  test(`edges in ${text}`, () => assert.deepEqual(spans(text), expected));
}
