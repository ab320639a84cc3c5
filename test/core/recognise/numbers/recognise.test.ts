import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseNumbers } from '../../../../src/core/recognise/numbers';
import { NumKind, NumValue } from '../../../../src/core/types';

type Expected = [string, NumKind, NumValue?];

/** The NUM spans of `text` as [text, kind, value], in order. */
function found(text: string): Array<[string, NumKind, NumValue]> {
  return recogniseNumbers(text).map((a) => [text.slice(a.start, a.end), a.kind!, a.value ?? {}]);
}

function check(text: string, expected: Expected[]): void {
  const got = found(text);
  assert.deepEqual(
    got.map(([t, k]) => [t, k]),
    expected.map(([t, k]) => [t, k]),
    `spans of ${text}`,
  );
  expected.forEach(([, , value], i) => {
    if (value) assert.deepEqual(got[i][2], value, `value of ${got[i][0]}`);
  });
}

// Values: magnitudes, decimals, percentages, fractions, approximators, ranges (GUIDELINES.md, NUM).
const VALUES: Array<[string, Expected[]]> = [
  ['总投资33亿元', [['33亿元', 'MONEY', { value: 3300000000, unit: '元' }]]],
  ['产值突破2700亿元', [['2700亿元', 'MONEY', { value: 270000000000, unit: '元' }]]],
  ['增长8.8%', [['8.8%', 'PERCENT', { value: 0.088 }]]],
  ['全年产量95.3万辆', [['95.3万辆', 'QUANTITY', { value: 953000, unit: '辆' }]]],
  ['科创基地420多家', [['420多家', 'QUANTITY', { value: 420, unit: '家', approx: true }]]],
  ['主体190余家', [['190余家', 'QUANTITY', { value: 190, unit: '家', approx: true }]]],
  ['占比超1/4，', [['1/4', 'PERCENT', { value: 0.25 }]]],
  ['排名全国第四。', [['第四', 'ORDINAL', { value: 4 }]]],
  ['进入全国前三。', [['前三', 'ORDINAL', { value: 3 }]]],
  ['产气超700亿方', [['700亿方', 'QUANTITY', { value: 70000000000, unit: '方' }]]],
  ['1000吨级船舶', [['1000吨级', 'QUANTITY', { value: 1000, unit: '吨级' }]]],
  ['标准3207元/年·人', [['3207元/年·人', 'MONEY', { value: 3207, unit: '元/年·人' }]]],
  ['成本约3000元/千瓦', [['3000元/千瓦', 'MONEY', { value: 3000, unit: '元/千瓦' }]]],
  ['投资6000元—7000元/千瓦', [['6000元—7000元/千瓦', 'MONEY', { low: 6000, high: 7000, unit: '元/千瓦' }]]],
  ['周期需6—8年', [['6—8年', 'QUANTITY', { low: 6, high: 8, unit: '年' }]]],
  ['3—5万元', [['3—5万元', 'MONEY', { low: 30000, high: 50000, unit: '元' }]]],
  ['10%～20%', [['10%～20%', 'PERCENT', { low: 0.1, high: 0.2 }]]],
  ['增长10—20%', [['10—20%', 'PERCENT', { low: 0.1, high: 0.2 }]]],
  ['三至五年', [['三至五年', 'QUANTITY', { low: 3, high: 5, unit: '年' }]]],
  ['3到5个', [['3到5个', 'QUANTITY', { low: 3, high: 5, unit: '个' }]]],
  ['预计有3500万失能老人', [['3500万', 'CARDINAL', { value: 35000000 }]]],
  ['2个千亿、3个5百亿、4个百亿', [
    ['2个', 'QUANTITY', { value: 2, unit: '个' }], ['千亿', 'CARDINAL', { value: 1e11 }],
    ['3个', 'QUANTITY', { value: 3, unit: '个' }], ['5百亿', 'CARDINAL', { value: 5e10 }],
    ['4个', 'QUANTITY', { value: 4, unit: '个' }], ['百亿', 'CARDINAL', { value: 1e10 }],
  ]],
  ['百亿级企业', [['百亿级', 'CARDINAL', { value: 1e10, unit: '级' }]]],
  ['3大支柱产业', [['3', 'CARDINAL', { value: 3 }]]],
  ['中度失能二级的人员', [['二级', 'ORDINAL', { value: 2, unit: '级' }]]],
  ['一档缴纳', [['一档', 'ORDINAL', { value: 1, unit: '档' }]]],
  ['有５—６级偏北风', [['５—６级', 'ORDINAL', { low: 5, high: 6, unit: '级' }]]],
  ['第３８０部队', [['第３８０', 'ORDINAL', { value: 380 }]]],
  ['Ⅲ级航道', [['Ⅲ级', 'ORDINAL', { value: 3, unit: '级' }]]],
  // Water quality by grade: a range of grades is one span; pages also type the numerals in Latin capitals.
  ['水质优良（Ⅰ~Ⅲ类）断面', [['Ⅰ~Ⅲ类', 'ORDINAL', { low: 1, high: 3, unit: '类' }]]],
  ['地下水I—IV类水质点位', [['I—IV类', 'ORDINAL', { low: 1, high: 4, unit: '类' }]]],
  ['干流水质保持在II类，IV期患者', [['II类', 'ORDINAL', { value: 2, unit: '类' }], ['IV期', 'ORDINAL', { value: 4, unit: '期' }]]],
  ['劣Ⅴ类水体', [['Ⅴ类', 'ORDINAL', { value: 5, unit: '类' }]]],
  ['PM2.5平均浓度为28.0微克/立方米', [['28.0微克/立方米', 'QUANTITY']]],
  ['二氧化硫为9μg/m³', [['9μg/m³', 'QUANTITY']]],
  ['两辆新能源汽车', [['两辆', 'QUANTITY', { value: 2, unit: '辆' }]]],
  ['过去一年，', [['一年', 'QUANTITY', { value: 1, unit: '年' }]]],
  ['三条建议', [['三条', 'QUANTITY', { value: 3, unit: '条' }]]],
  ['692人', [['692人', 'QUANTITY', { value: 692, unit: '人' }]]],
  ['百分之八点八', [['百分之八点八', 'PERCENT', { value: 0.088 }]]],
  ['百分之百', [['百分之百', 'PERCENT', { value: 1 }]]],
  ['千分之五', [['千分之五', 'PERCENT', { value: 0.005 }]]],
  ['三分之一', [['三分之一', 'PERCENT']]],
  ['提高了一点四个百分点', [['一点四个百分点', 'PERCENT', { value: 0.014, unit: '个百分点' }]]],
  ['提高2个百分点', [['2个百分点', 'PERCENT', { value: 0.02, unit: '个百分点' }]]],
  ['三成以上', [['三成', 'PERCENT', { value: 0.3 }]]],
  ['打八折', [['八折', 'PERCENT', { value: 0.8, unit: '折' }]]],
  ['１８·５％', [['１８·５％', 'PERCENT', { value: 0.185 }]]],
  ['五六个人', [['五六个', 'QUANTITY', { low: 5, high: 6, unit: '个' }]]],
  ['十几个', [['十几个', 'QUANTITY', { low: 11, high: 19, unit: '个' }]]],
  ['几十万人', [['几十万人', 'QUANTITY', { low: 200000, high: 900000, unit: '人' }]]],
  ['一两个', [['一两个', 'QUANTITY', { low: 1, high: 2, unit: '个' }]]],
  ['二三十个', [['二三十个', 'QUANTITY', { low: 20, high: 30, unit: '个' }]]],
  ['七八十岁', [['七八十岁', 'QUANTITY', { low: 70, high: 80, unit: '岁' }]]],
  ['3.5亿至4亿元', [['3.5亿至4亿元', 'MONEY', { low: 350000000, high: 400000000, unit: '元' }]]],
  ['50万至100万元', [['50万至100万元', 'MONEY', { low: 500000, high: 1000000, unit: '元' }]]],
  ['20%-30%', [['20%-30%', 'PERCENT', { low: 0.2, high: 0.3 }]]],
  ['４３·８亿多元', [['４３·８亿多元', 'MONEY', { value: 4380000000, unit: '元', approx: true }]]],
  ['人均3万元/年', [['3万元/年', 'MONEY', { value: 30000, unit: '元/年' }]]],
  ['一百多万辆', [['一百多万辆', 'QUANTITY', { value: 1000000, unit: '辆', approx: true }]]],
  ['1万多元', [['1万多元', 'MONEY', { value: 10000, unit: '元', approx: true }]]],
  ['两年多来', [['两年多', 'QUANTITY', { value: 2, unit: '年', approx: true }]]],
  ['一个半小时', [['一个半小时', 'QUANTITY', { value: 1.5, unit: '个小时' }]]],
  ['两个多月', [['两个多月', 'QUANTITY', { value: 2, unit: '个月', approx: true }]]],
  ['三年半', [['三年半', 'QUANTITY', { value: 3.5, unit: '年' }]]],
  ['半年', [['半年', 'QUANTITY', { value: 0.5, unit: '年' }]]],
  ['100公里/小时', [['100公里/小时', 'QUANTITY', { value: 100, unit: '公里/小时' }]]],
  ['装机120万千瓦', [['120万千瓦', 'QUANTITY', { value: 1200000, unit: '千瓦' }]]],
  ['全长5千米', [['5千米', 'QUANTITY', { value: 5, unit: '千米' }]]],
  ['5km', [['5km', 'QUANTITY', { value: 5, unit: 'km' }]]],
  ['１０ＭＷ', [['１０ＭＷ', 'QUANTITY', { value: 10, unit: 'MW' }]]],
  ['零下25摄氏度', [['零下25摄氏度', 'QUANTITY', { value: -25, unit: '摄氏度' }]]],
  // A minus sign glued to the digits is the number's; after a digit or a letter it joins a range or a code.
  ['最低气温-5℃', [['-5℃', 'QUANTITY', { value: -5, unit: '℃' }]]],
  ['-3℃至5℃', [['-3℃至5℃', 'QUANTITY', { low: -3, high: 5, unit: '℃' }]]],
  ['同比下降−0.4%', [['−0.4%', 'PERCENT', { value: -0.004 }]]],
  ['2021-2035年', [['2021-2035年', 'DATE', { low: 2021, high: 2035, date: { year: 2021 }, dateEnd: { year: 2035 } }]]],
  // A quarter of the year is a date; a count of quarters takes a measure word.
  ['一季度', [['一季度', 'DATE', { date: { month: 1 }, dateEnd: { month: 3 } }]]],
  ['第四季度', [['第四季度', 'DATE', { date: { month: 10 }, dateEnd: { month: 12 } }]]],
  ['前三季度', [['前三季度', 'DATE', { date: { month: 1 }, dateEnd: { month: 9 } }]]],
  ['2024年一季度', [['2024年一季度', 'DATE', { date: { year: 2024, month: 1 }, dateEnd: { year: 2024, month: 3 } }]]],
  ['一个季度', [['一个季度', 'QUANTITY', { value: 1, unit: '个季度' }]]],
  ['1.5倍', [['1.5倍', 'QUANTITY', { value: 1.5, unit: '倍' }]]],
  ['￥300', [['￥300', 'MONEY', { value: 300, unit: '元' }]]],
  ['2,000元', [['2,000元', 'MONEY', { value: 2000, unit: '元' }]]],
  ['一亿三千万', [['一亿三千万', 'CARDINAL', { value: 130000000 }]]],
  ['达到三千。', [['三千', 'CARDINAL', { value: 3000 }]]],
  ['十亿元', [['十亿元', 'MONEY', { value: 1e9, unit: '元' }]]],
  ['五十多岁', [['五十多岁', 'QUANTITY', { value: 50, unit: '岁', approx: true }]]],
  ['上百名', [['上百名', 'QUANTITY', { value: 100, unit: '名', approx: true }]]],
  ['上万人', [['上万人', 'QUANTITY', { value: 10000, unit: '人', approx: true }]]],
  ['３∶０获胜', [['３∶０', 'CARDINAL', {}]]],
  ['１０时０５分', [['１０时０５分', 'DATE', { date: { hour: 10, minute: 5 } }]]],
  ['2024年01月05日', [['2024年01月05日', 'DATE', { date: { year: 2024, month: 1, day: 5 } }]]],
  ['第一艘', [['第一艘', 'ORDINAL', { value: 1, unit: '艘' }]]],
  ['５０００盾兑１美元', [['５０００盾', 'MONEY', { value: 5000, unit: '盾' }], ['１美元', 'MONEY', { value: 1, unit: '美元' }]]],
  ['第一百零八', [['第一百零八', 'ORDINAL', { value: 108 }]]],
  ['第三次会议', [['第三次', 'ORDINAL', { value: 3, unit: '次' }]]],
  ['前10名', [['前10名', 'ORDINAL', { value: 10, unit: '名' }]]],
  ['汽车第一城', [['第一', 'ORDINAL', { value: 1 }]]],
  ['比分3∶2', [['3∶2', 'CARDINAL', { value: 1.5 }]]],
  ['十分钟', [['十分钟', 'QUANTITY', { value: 10, unit: '分钟' }]]],
  ['利税超千万元', [['千万元', 'MONEY', { value: 1e7, unit: '元' }]]],
  ['近两年来', [['两年', 'QUANTITY', { value: 2, unit: '年' }]]],
  ['打了一口井', [['一口', 'QUANTITY', { value: 1, unit: '口' }]]],
];

for (const [text, expected] of VALUES) test(`value: ${text}`, () => check(text, expected));

// Dates: calendar points, ranges, times; relative words stay outside (GUIDELINES.md, NUM).
const DATES: Array<[string, Expected[]]> = [
  ['1月20日下午', [['1月20日', 'DATE', { date: { month: 1, day: 20 } }]]],
  ['2024年涪陵', [['2024年', 'DATE', { date: { year: 2024 } }]]],
  ['《规划（2021—2035年）》', [['2021—2035年', 'DATE', { low: 2021, high: 2035, date: { year: 2021 }, dateEnd: { year: 2035 } }]]],
  ['2021年至2035年', [['2021年至2035年', 'DATE', { low: 2021, high: 2035, date: { year: 2021 }, dateEnd: { year: 2035 } }]]],
  ['１９９７年１２月３１日', [['１９９７年１２月３１日', 'DATE', { date: { year: 1997, month: 12, day: 31 } }]]],
  ['一九九七年十二月三十一日', [['一九九七年十二月三十一日', 'DATE', { date: { year: 1997, month: 12, day: 31 } }]]],
  ['二〇二四年3月', [['二〇二四年3月', 'DATE', { date: { year: 2024, month: 3 } }]]],
  ['一九五六年', [['一九五六年', 'DATE', { date: { year: 1956 } }]]],
  ['去年3月1日起', [['3月1日', 'DATE', { date: { month: 3, day: 1 } }]]],
  ['1月20日至25日', [['1月20日至25日', 'DATE', { date: { month: 1, day: 20 }, dateEnd: { month: 1, day: 25 } }]]],
  ['3—5月', [['3—5月', 'DATE', { date: { month: 3 }, dateEnd: { month: 5 } }]]],
  ['20日15时30分', [['20日15时30分', 'DATE', { date: { day: 20, hour: 15, minute: 30 } }]]],
  ['下午3点到', [['3点', 'DATE', { date: { hour: 3 } }]]],
  ['10:30开会', [['10:30', 'DATE', { date: { hour: 10, minute: 30 } }]]],
  ['2024-01-20', [['2024-01-20', 'DATE', { date: { year: 2024, month: 1, day: 20 } }]]],
  ['3月份', [['3月份', 'DATE', { date: { month: 3 } }]]],
  ['于十一日抵京', [['十一日', 'DATE', { date: { day: 11 } }]]],
  ['吃一块红薯', [['一块', 'QUANTITY', { value: 1, unit: '块' }]]],
  ['3块钱', [['3块钱', 'MONEY', { value: 3, unit: '块钱' }]]],
  ['90年代', [['90年代', 'DATE', { value: 90, unit: '年代' }]]],
  ['20世纪90年代', [['20世纪90年代', 'DATE']]],
  ['98年', [['98年', 'QUANTITY', { value: 98, unit: '年' }]]],
  ['１９９７年１至１０月', [['１９９７年１至１０月', 'DATE', { date: { year: 1997, month: 1 }, dateEnd: { year: 1997, month: 10 } }]]],
  ['2023年12月至2024年3月', [['2023年12月至2024年3月', 'DATE', { date: { year: 2023, month: 12 }, dateEnd: { year: 2024, month: 3 } }]]],
  ['5月1日—10月7日', [['5月1日—10月7日', 'DATE', { date: { month: 5, day: 1 }, dateEnd: { month: 10, day: 7 } }]]],
  ['1998-2000年', [['1998-2000年', 'DATE', { low: 1998, high: 2000, date: { year: 1998 }, dateEnd: { year: 2000 } }]]],
  ['下午三时', [['三时', 'DATE', { date: { hour: 3 } }]]],
  ['晚上八点半', [['八点半', 'DATE', { date: { hour: 8, minute: 30 } }]]],
  ['一个月', [['一个月', 'QUANTITY', { value: 1, unit: '个月' }]]],
  ['3个月', [['3个月', 'QUANTITY', { value: 3, unit: '个月' }]]],
];

for (const [text, expected] of DATES) test(`date: ${text}`, () => check(text, expected));

test('every annotation is a NUM from the numbers recogniser, with confidence in [0, 1]', () => {
  const all = VALUES.concat(DATES).flatMap(([text]) => recogniseNumbers(text));
  assert.ok(all.length > 90);
  for (const a of all) {
    assert.equal(a.label, 'NUM');
    assert.equal(a.source, 'auto');
    assert.equal(a.recogniser, 'numbers');
    assert.ok(a.confidence > 0 && a.confidence <= 1);
    assert.ok(a.kind);
  }
});

// Web text sets half-width digits apart from the Chinese around them: the space inside stays in the span.
const SPACED: Array<[string, Expected[]]> = [
  ['实现净利润 1.59 万亿元,同比增长', [['1.59 万亿元', 'MONEY', { value: 1590000000000, unit: '元' }]]],
  ['2025 年 12 月,长安汽车', [['2025 年 12 月', 'DATE', { date: { year: 2025, month: 12 } }]]],
  ['在 3 月 22 日,重庆', [['3 月 22 日', 'DATE', { date: { month: 3, day: 22 } }]]],
  ['数量均居全国第 1 位。', [['第 1 位', 'ORDINAL', { value: 1, unit: '位' }]]],
  ['建成 1.2 万套安置房', [['1.2 万套', 'QUANTITY', { value: 12000, unit: '套' }]]],
  ['提升 4.76 个百分点。', [['4.76 个百分点', 'PERCENT']]],
  ['增长 5 %', [['5 %', 'PERCENT', { value: 0.05 }]]],
  // Two numbers set apart and a name and its number stay apart; a date and its time are one.
  ['编号 1 5 1', [['1', 'CARDINAL'], ['5', 'CARDINAL'], ['1', 'CARDINAL']]],
  ['小米 15 发布', []], // a phone named by its number (codes.ts)
  ['时间是 1 月 5 日 19:30。', [['1 月 5 日 19:30', 'DATE', { date: { month: 1, day: 5, hour: 19, minute: 30 } }]]],
  ['共有  3 人', [['3 人', 'QUANTITY']]],
];

for (const [text, expected] of SPACED) test(`spaced: ${text}`, () => check(text, expected));

// Sports results: medals, wins and losses, knockout stages; 倍 takes its approximator.
const SPORTS: Array<[string, Expected[]]> = [
  ['共夺得94金76银50铜共220枚奖牌', [['94金', 'QUANTITY', { value: 94, unit: '金' }], ['76银', 'QUANTITY'], ['50铜', 'QUANTITY'], ['220枚', 'QUANTITY']]],
  ['共获得40金、27银、24铜，', [['40金', 'QUANTITY'], ['27银', 'QUANTITY'], ['24铜', 'QUANTITY']]],
  ['单日再夺6金，', [['6金', 'QUANTITY']]],
  ['巡回赛50胜18负', [['50胜', 'QUANTITY', { value: 50, unit: '胜' }], ['18负', 'QUANTITY']]],
  ['止步4强之后，晋级四强', [['4强', 'ORDINAL', { value: 4, unit: '强' }], ['四强', 'ORDINAL']]],
  ['该股增长了9倍多，', [['9倍多', 'QUANTITY', { value: 9, unit: '倍', approx: true }]]],
  // Not results: gold in a name, a coin, a win alone, a list of five hundred.
  ['2024金融街论坛', [['2024', 'CARDINAL']]],
  ['兑换100金币', [['100', 'CARDINAL']]],
  ['以3胜', [['3', 'CARDINAL']]],
  ['世界500强企业', [['500', 'CARDINAL']]],
];

for (const [text, expected] of SPORTS) test(`sports: ${text}`, () => check(text, expected));

// Scores and ratios of three terms; a range with a unit and a time with seconds are neither.
const SCORES: Array<[string, Expected[]]> = [
  // Terms of years and months: one quantity in months; sentences stated from the longest down are a range too.
  ['判处有期徒刑一年十个月', [['一年十个月', 'QUANTITY', { value: 22, unit: '个月' }]]],
  ['历时1年零3个月', [['1年零3个月', 'QUANTITY', { value: 15, unit: '个月' }]]],
  ['有期徒刑七年至二年四个月不等', [['七年至二年四个月', 'QUANTITY', { low: 28, high: 84, unit: '个月' }]]],
  ['有期徒刑三年至二年', [['三年至二年', 'QUANTITY', { low: 2, high: 3, unit: '年' }]]],
  ['3年至5年零6个月', [['3年至5年零6个月', 'QUANTITY', { low: 36, high: 66, unit: '个月' }]]],
  ['2024年3个月内', [['2024年', 'DATE'], ['3个月', 'QUANTITY']]],
  ['由10人减至5人，从5年降至3年', [['10人', 'QUANTITY'], ['5人', 'QUANTITY'], ['5年', 'QUANTITY'], ['3年', 'QUANTITY']]],
  // A minus after a word, with a unit or a percent sign after the digits, is a minus.
  ['最低气温-5℃，增速为-6.8%', [['-5℃', 'QUANTITY', { value: -5, unit: '℃' }], ['-6.8%', 'PERCENT', { value: -0.068 }]]],
  // Thrust and qubits; 两 counts levels, it never ranks them (二级 is the second stage).
  ['推力1250千牛，105比特处理器', [['1250千牛', 'QUANTITY', { value: 1250, unit: '千牛' }], ['105比特', 'QUANTITY', { value: 105, unit: '比特' }]]],
  ['县乡两级人大代表，二级两台发动机', [['两级', 'QUANTITY', { value: 2, unit: '级' }], ['二级', 'ORDINAL', { value: 2, unit: '级' }], ['两台', 'QUANTITY', { value: 2, unit: '台' }]]],
  // A trial's two phases at once; doses; "only one" still counts.
  ['全球II/III期关键注册临床试验', [['II/III期', 'ORDINAL', { low: 2, high: 3, unit: '期' }]]],
  ['采用三剂次接种程序', [['三剂次', 'QUANTITY', { value: 3, unit: '剂次' }]]],
  ['仅一位专家到场', [['一位', 'QUANTITY', { value: 1, unit: '位' }]]],
  ['3款CDK4/6抑制剂', [['3款', 'QUANTITY', { value: 3, unit: '款' }]]],
  ['高层住宅，地上18/26层', [['18/26层', 'QUANTITY', { unit: '层' }]]],
  ['其中3/4的人', [['3/4', 'PERCENT', { value: 0.75 }]]],
  ['1.5亿多群众喜圆安居梦', [['1.5亿多', 'CARDINAL']]],
  ['本年第二宗宅地，第五批次土拍', [['第二宗', 'ORDINAL', { value: 2, unit: '宗' }], ['第五批次', 'ORDINAL', { value: 5, unit: '批次' }]]],
  // Found by review: a minus after a word that states a value, full-width digits with a middle dot, dates after a hyphen.
  ['增长率将降至－１０·１％', [['－１０·１％', 'PERCENT', { value: -0.101 }]]],
  ['今天最低气温-5，收益率-0.5', [['-5', 'CARDINAL', { value: -5 }], ['-0.5', 'CARDINAL', { value: -0.5 }]]],
  ['3月下旬-4月上旬为播种期', [['3月下旬', 'DATE'], ['4月上旬', 'DATE']]],
  ['活动时间为12月31日-1月2日', [['12月31日', 'DATE'], ['1月2日', 'DATE']]],
  ['持有20万比特币', [['20万', 'CARDINAL', { value: 200000 }]]],
  ['价格在 10-20 之间', [['10-20', 'CARDINAL', { low: 10, high: 20 }]]],
  ['I—V类水质', [['I—V类', 'ORDINAL', { low: 1, high: 5, unit: '类' }]]],
  ['两星级酒店，北风两级转三级', [['两星级', 'ORDINAL'], ['两级', 'ORDINAL'], ['三级', 'ORDINAL']]],
  ['学制从五年到三年', [['五年', 'QUANTITY'], ['三年', 'QUANTITY']]],
  ['有期徒刑一年零八个月', [['一年零八个月', 'QUANTITY', { value: 20, unit: '个月' }]]],
  ['第二条之一百', [['第二条', 'ORDINAL']]],
  // Days of the week; the part of a year or its holiday after it; a range's dash set apart by spaces.
  ['本周二公布，周一（24日）', [['周二', 'DATE', { date: { weekday: 2 } }], ['周一', 'DATE', { date: { weekday: 1 } }], ['24日', 'DATE']]],
  ['2025年12月16日周二东部时间', [['2025年12月16日周二', 'DATE', { date: { year: 2025, month: 12, day: 16, weekday: 2 } }]]],
  ['每周一上午，星期天，礼拜三', [['周一', 'DATE'], ['星期天', 'DATE'], ['礼拜三', 'DATE']]],
  ['每周一次，两周一次', [['两周', 'QUANTITY']]],
  ['2024年年末全国人口，2025年元旦，2019年春节', [['2024年年末', 'DATE'], ['2025年', 'DATE'], ['2019年', 'DATE']]],
  ['2024年16 - 59岁劳动年龄人口', [['2024年', 'DATE'], ['16 - 59岁', 'QUANTITY', { low: 16, high: 59, unit: '岁' }]]],
  ['客运周转量2780.8亿人次公里，开行列车4431万列次', [['2780.8亿人次公里', 'QUANTITY'], ['4431万列次', 'QUANTITY']]],
  ['采用双向四车道标准，上证指数3000点', [['四车道', 'QUANTITY', { value: 4, unit: '车道' }], ['3000点', 'QUANTITY']]],
  // Found by the second review: 一 counts after "only", "at least", "each", in how often and in ranges; 两 counts
  // before 档, 等, 号; weekday ranges; prison terms after 判处; shares before words a measure word opens.
  ['现场只有一位医生，至少一位家长，各胜一场', [['一位', 'QUANTITY'], ['一位', 'QUANTITY'], ['一场', 'QUANTITY']]],
  ['每年一次的体检，该药每日一次', [['一次', 'QUANTITY'], ['一次', 'QUANTITY']]],
  ['每周锻炼一次至三次', [['一次至三次', 'QUANTITY', { low: 1, high: 3, unit: '次' }]]],
  ['分为两档，前两号种子', [['两档', 'QUANTITY'], ['两号', 'QUANTITY']]],
  ['周一至周五', [['周一至周五', 'DATE', { date: { weekday: 1 }, dateEnd: { weekday: 5 } }]]],
  ['每个周一', [['周一', 'DATE']]],
  ['被告人分别被判处十二年至三年有期徒刑', [['十二年至三年', 'QUANTITY', { low: 3, high: 12, unit: '年' }]]],
  ['1/3人口，1/4股份', [['1/3', 'PERCENT'], ['1/4', 'PERCENT', { value: 0.25 }]]],
  ['I-IV类，劣V类', [['I-IV类', 'ORDINAL', { low: 1, high: 4, unit: '类' }], ['V类', 'ORDINAL', { value: 5, unit: '类' }]]],
  ['2024年年中国经济', [['2024年', 'DATE']]],
  ['最终比分定格在 2 - 1。', [['2', 'CARDINAL'], ['1', 'CARDINAL']]],
  // Sport: seasons, shooting lines, players' margins and heights, per-game statistics, goals, scores with 比 and more verbs.
  ['在2025赛季，2024—2025赛季中超，2025-26赛季西甲', [
    ['2025赛季', 'DATE', { date: { year: 2025 } }], ['2024—2025赛季', 'DATE', { date: { year: 2024 }, dateEnd: { year: 2025 } }],
    ['2025-26赛季', 'DATE', { date: { year: 2025 }, dateEnd: { year: 2026 } }],
  ]],
  ['全场16投11中，三分球2中1，罚球13中11', [['16投11中', 'CARDINAL'], ['2中1', 'CARDINAL'], ['13中11', 'CARDINAL']]],
  ['正负值+2，净胜球+16，正负值+2位列全队第二', [['+2', 'CARDINAL', { value: 2 }], ['+16', 'CARDINAL', { value: 16 }], ['+2', 'CARDINAL'], ['第二', 'ORDINAL']]],
  ['胡金秋长到了2米04，粟文以16米90位列第九，长8米21日', [['2米04', 'QUANTITY', { value: 2.04, unit: '米' }], ['16米90', 'QUANTITY', { value: 16.9, unit: '米' }], ['第九', 'ORDINAL'], ['8米', 'QUANTITY'], ['21日', 'DATE']]],
  ['场均3.5篮板1助攻1.3封盖，以32球打破纪录', [['3.5篮板', 'QUANTITY'], ['1助攻', 'QUANTITY'], ['1.3封盖', 'QUANTITY'], ['32球', 'QUANTITY']]],
  ['雷霆以121比111击败掘金，海港1-0力挫英博，2-2逼平阿森纳', [['121比111', 'CARDINAL'], ['1-0', 'CARDINAL'], ['2-2', 'CARDINAL']]],
  // 球 counts goals, not the 球 of 球队.
  ['有2球队晋级', [['2', 'CARDINAL', { value: 2 }]]],
  ['以第16顺位被选中，两队积分追平', [['第16顺位', 'ORDINAL', { value: 16, unit: '顺位' }], ['两队', 'QUANTITY']]],
  // Found by the third review.
  ['外交部发言人周四回应称，新规自本周一起施行，他周三代表中国队出战', [['周四', 'DATE'], ['周一', 'DATE'], ['周三', 'DATE']]],
  ['每星期三出版', [['星期三', 'DATE', { date: { weekday: 3 } }]]],
  ['上证3000点保卫战，沪深3000多家上市公司', [['3000点', 'QUANTITY'], ['3000多家', 'QUANTITY']]],
  ['3/4英寸的钢管', [['3/4英寸', 'QUANTITY', { value: 0.75, unit: '英寸' }]]],
  ['预计投资1 - 3亿元，以 2 - 0 战胜对手', [['1 - 3亿元', 'MONEY', { low: 1e8, high: 3e8, unit: '元' }], ['2 - 0', 'CARDINAL']]],
  ['他已接种一剂疫苗，每半年报送一次', [['一剂', 'QUANTITY'], ['半年', 'QUANTITY']]],
  ['2025年半年报显示', [['2025年', 'DATE']]],
  ['以3比1的比例混合', [['3', 'CARDINAL'], ['1', 'CARDINAL']]],
  ['抢下10篮板球，２０２５赛季，罚球１３中１１', [['10篮板球', 'QUANTITY'], ['２０２５赛季', 'DATE', { date: { year: 2025 } }], ['１３中１１', 'CARDINAL']]],
  // Phones and their specifications: Latin units set apart by a space, pixels, brightness, cores, a sensor's size, a resolution.
  ['起步 256 GB 存储，塞进 4100 mAh 电池，40 W 快充', [['256 GB', 'QUANTITY', { value: 256, unit: 'GB' }], ['4100 mAh', 'QUANTITY'], ['40', 'CARDINAL']]],
  ['三颗4800万像素镜头，最高亮度3200nit，50MP 主摄', [['三颗', 'QUANTITY'], ['4800万像素', 'QUANTITY', { value: 48e6, unit: '像素' }], ['3200nit', 'QUANTITY'], ['50MP', 'QUANTITY']]],
  ['6核CPU，1/1.28英寸传感器，分辨率3200*1440', [['6核', 'QUANTITY'], ['1/1.28英寸', 'QUANTITY', { value: 0.78125, unit: '英寸' }], ['3200*1440', 'CARDINAL']]],
  ['华为5年投入，苹果3个', [['5年', 'QUANTITY'], ['3个', 'QUANTITY']]],
  // Table tennis, badminton, athletics: games listed one after another, a draw, a tally set apart, points, relays, world rankings.
  ['比分为6-11、11-5、7-11', [['6-11', 'CARDINAL'], ['11-5', 'CARDINAL'], ['7-11', 'CARDINAL']]],
  ['技术统计3-5、6-8年', [['3-5', 'CARDINAL', { low: 3, high: 5 }], ['6-8年', 'QUANTITY']]],
  ['双方大比分来到1比1平', [['1比1', 'CARDINAL']]],
  ['总成绩提升为 12 金 5 银 2 铜', [['12 金', 'QUANTITY'], ['5 银', 'QUANTITY'], ['2 铜', 'QUANTITY']]],
  ['获得800积分，在4x100米自由泳接力', [['800积分', 'QUANTITY'], ['4x100米', 'QUANTITY', { unit: '米' }]]],
  ['跑出49秒66位列第八，力克NO.7万卓索娃', [['49秒66', 'QUANTITY'], ['第八', 'ORDINAL'], ['NO.7', 'ORDINAL', { value: 7 }]]],
  // Foreign and defence news: tenths with digits and a half, a remainder of three digits under 万, ringgit, bodies and flags, fiscal years.
  ['约9成罹难者，占整体四成半', [['9成', 'PERCENT', { value: 0.9 }], ['四成半', 'PERCENT', { value: 0.45 }]]],
  ['至少已有4万819人，约20亿1002万令吉', [['4万819人', 'QUANTITY', { value: 40819, unit: '人' }], ['20亿1002万令吉', 'MONEY', { value: 2010020000, unit: '令吉' }]]],
  ['4万8', [['4万', 'CARDINAL'], ['8', 'CARDINAL']]],
  ['接收了15具遗体，80面战旗', [['15具', 'QUANTITY'], ['80面', 'QUANTITY']]],
  ['2025财年，2023至2027财年', [['2025财年', 'DATE', { date: { year: 2025 } }], ['2023至2027财年', 'DATE', { date: { year: 2023 }, dateEnd: { year: 2027 } }]]],
  // Found by the fourth review: a maker's name before a date, a time, a share; ranges listed with a shared unit; 具, 面, 核, 成 in words.
  ['苹果2024财年营收，苹果1-9月在华销量，华为 10:00 召开发布会，苹果3成营收', [['2024财年', 'DATE'], ['1-9月', 'DATE'], ['10:00', 'DATE'], ['3成', 'PERCENT']]],
  ['年龄12-14、15-17岁的青少年', [['12-14', 'CARDINAL', { low: 12, high: 14 }], ['15-17岁', 'QUANTITY']]],
  ['主力户型为89-120平的三房', [['89-120', 'CARDINAL', { low: 89, high: 120 }]]],
  ['3具有代表性的案例，鸿蒙5面世后，构建1核心格局，2成年人陪同', [['3', 'CARDINAL'], ['5', 'CARDINAL'], ['1', 'CARDINAL'], ['2', 'CARDINAL']]],
  // NO. ranks only after a match's verb or another player; one letter after a space is no unit.
  ['No.5香水，编号NO.12，年薪 50 W', [['5', 'CARDINAL'], ['12', 'CARDINAL'], ['50', 'CARDINAL']]],
  ['尺寸为300*200*100毫米', [['300', 'CARDINAL'], ['200', 'CARDINAL'], ['100毫米', 'QUANTITY']]],
  // Energy: a storage plant's power and energy, a DC line's ±, counts of provinces, the first months after a year, money after its currency.
  ['项目容量300MW/600MWh，新增1.83GW/4.09GWh', [['300MW/600MWh', 'QUANTITY', { unit: 'MW/MWh' }], ['1.83GW/4.09GWh', 'QUANTITY']]],
  ['金沙江上游至湖北±800千伏特高压', [['±800千伏', 'QUANTITY', { value: 800, unit: '千伏' }]]],
  ['云南、山东等11省，南方五省区，前10省份中', [['11省', 'QUANTITY'], ['五省区', 'QUANTITY'], ['前10', 'ORDINAL']]],
  ['2024年前10月，全国风电利用率', [['2024年前10月', 'DATE', { date: { year: 2024, month: 1 }, dateEnd: { year: 2024, month: 10 } }]]],
  ['外币美元6.5亿、欧元10亿', [['6.5亿', 'MONEY', { value: 6.5e8, unit: '美元' }], ['10亿', 'MONEY', { value: 1e9, unit: '欧元' }]]],
  // Found by the fifth review: places numbered before 文, provinces with their cities, months with 份.
  ['5号文化广场，住在12号文昌路', [['5号', 'ORDINAL'], ['12号', 'ORDINAL']]],
  ['11省市，全国31省区市，3省政府', [['11省市', 'QUANTITY'], ['31省区市', 'QUANTITY'], ['3', 'CARDINAL']]],
  ['2024年前3月份，300MW／600MWh', [['2024年前3月份', 'DATE'], ['300MW／600MWh', 'QUANTITY']]],
  // An article inserted by an amendment.
  ['刑法第二百八十七条之二规定', [['第二百八十七条之二', 'ORDINAL', { value: 287, unit: '条' }]]],
  ['郑钦文2-0横扫对手', [['2-0', 'CARDINAL']]],
  // A result set apart by spaces between the sides' names; a range with its unit stays a range.
  ['第25轮，浙江队 2-2 青岛海牛', [['第25轮', 'ORDINAL'], ['2-2', 'CARDINAL']]],
  ['年龄在 18-25 岁之间', [['18-25 岁', 'QUANTITY']]],
  ['以3-1战胜对手', [['3-1', 'CARDINAL']]],
  ['三次产业结构比为6.9:40.1:53.0。', [['6.9:40.1:53.0', 'CARDINAL']]],
  ['5-8人参加', [['5-8人', 'QUANTITY', { low: 5, high: 8, unit: '人' }]]],
  ['编号3-1的房间', [['3', 'CARDINAL']]],
];

for (const [text, expected] of SCORES) test(`score: ${text}`, () => check(text, expected));

// The year's first quarters and months are periods, joined to the year before them.
const PERIODS: Array<[string, Expected[]]> = [
  ['2025年前三季度进出口', [['2025年前三季度', 'DATE', { date: { year: 2025, month: 1 }, dateEnd: { year: 2025, month: 9 } }]]],
  ['今年前三季度，', [['前三季度', 'DATE', { date: { month: 1 }, dateEnd: { month: 9 } }]]],
  ['今年前10个月，', [['前10个月', 'DATE', { date: { month: 1 }, dateEnd: { month: 10 } }]]],
  ['2025 年前 11 个月', [['2025 年前 11 个月', 'DATE', { date: { year: 2025, month: 1 }, dateEnd: { year: 2025, month: 11 } }]]],
  // Months before an event are a length of time.
  ['离职前10个月', [['10个月', 'QUANTITY']]],
  ['此前3个月', [['3个月', 'QUANTITY']]],
];

for (const [text, expected] of PERIODS) test(`period: ${text}`, () => check(text, expected));

// Magnitudes in a row, days to do something in, and a day with its time.
const STATISTICS: Array<[string, Expected[]]> = [
  ['党员总数有1亿27万1千人，', [['1亿27万1千人', 'QUANTITY', { value: 100271000, unit: '人' }]]],
  ['总数已达1亿零27.1万名，', [['1亿零27.1万名', 'QUANTITY', { value: 100271000, unit: '名' }]]],
  ['女党员3099万5千人，', [['3099万5千人', 'QUANTITY', { value: 30995000, unit: '人' }]]],
  ['3亿5亿', [['3亿', 'CARDINAL'], ['5亿', 'CARDINAL']]],
  ['乘车日期起的30日内办理', [['30日', 'QUANTITY', { value: 30, unit: '日' }]]],
  ['截至 5 月 25 日 18 时，', [['5 月 25 日 18 时', 'DATE', { date: { month: 5, day: 25, hour: 18 } }]]],
  ['3月5日20时', [['3月5日20时', 'DATE', { date: { month: 3, day: 5, hour: 20 } }]]],
  ['5日12家企业', [['5日', 'DATE'], ['12家', 'QUANTITY']]],
];

for (const [text, expected] of STATISTICS) test(`statistics and times: ${text}`, () => check(text, expected));

// What the rules above must leave alone (a review of them on ordinary text).
const LEFT_ALONE: Array<[string, Expected[]]> = [
  ['经济以6-7%的速度增长', [['6-7%', 'PERCENT', { low: 0.06, high: 0.07 }]]],
  ['他以3-5年为周期', [['3-5年', 'QUANTITY']]],
  ['最终1-11月累计', [['1-11月', 'DATE']]],
  ['单位须为员工缴纳五险一金，小五金、富家千金，', []],
  ['中俄美德四强争雄，世界四强', []],
  ['2024 百度世界大会', [['2024', 'CARDINAL']]],
  ['突破 2000 万元', [['2000 万元', 'MONEY']]],
  ['我国经历了两次产业转移', [['两次', 'QUANTITY']]],
  ['孕前3个月开始补充叶酸，与前3个月相比', [['3个月', 'QUANTITY'], ['3个月', 'QUANTITY']]],
  ['他说“再等三天”，记者注意到“限购2件”', [['三天', 'QUANTITY'], ['2件', 'QUANTITY']]],
  ['次月15日内申报纳税', [['15日', 'DATE']]],
  ['AQI 150，', [['150', 'CARDINAL']]],
  ['人口达12345，车次12306', [['12345', 'CARDINAL'], ['12306', 'CARDINAL']]],
  ['增长一倍多元化', [['一倍', 'QUANTITY']]],
];

for (const [text, expected] of LEFT_ALONE) test(`left alone: ${text}`, () => check(text, expected));

test('a long run of magnitudes is read in linear time, without overflowing the stack', () => {
  const text = '1万'.repeat(20000);
  assert.equal(recogniseNumbers(text).length, 20000);
});

// Units the news sets showed: per a Latin unit or a round number of a unit, flights, stops and shots, the digits under 万,
// a year of accounts, and a date range with spaces.
const MORE_UNITS: Array<[string, Expected[]]> = [
  ['均售价从0.889元/Wh降至0.664元/Wh', [['0.889元/Wh', 'MONEY', { value: 0.889, unit: '元/Wh' }], ['0.664元/Wh', 'MONEY']]],
  ['路网密度5.12公里/百平方公里，', [['5.12公里/百平方公里', 'QUANTITY', { value: 5.12, unit: '公里/百平方公里' }]]],
  ['每周200班；在中国的2站比赛，打出了12记Ace球', [['200班', 'QUANTITY'], ['2站', 'QUANTITY'], ['12记', 'QUANTITY']]],
  ['波音757班机', [['757', 'CARDINAL']]],
  ['赛季总奖金是325万4555美元，', [['325万4555美元', 'MONEY', { value: 3254555, unit: '美元' }]]],
  ['入选2025年度民生实事', [['2025年度', 'DATE', { date: { year: 2025 } }]]],
  ['5 月 22 日至 23 日，', [['5 月 22 日至 23 日', 'DATE']]],
];

for (const [text, expected] of MORE_UNITS) test(`units: ${text}`, () => check(text, expected));

// From two sets of current news on finance and production (2026-11-30): the part of a period, a sign of a rise, counts
// of kinds before 大, a season.
const PERIOD_PARTS_AND_SIGNS: Array<[string, Expected[]]> = [
  ['2025 年三季度末，银行业', [['2025 年三季度末', 'DATE']]],
  ['截至2024年5月底，2月末，7月初，2025年7月上旬', [['2024年5月底', 'DATE'], ['2月末', 'DATE'], ['7月初', 'DATE'], ['2025年7月上旬', 'DATE']]],
  // 底, 末, 初 opening a word after the date stay out of it.
  ['6月初步建成，2025年底线思维', [['6月', 'DATE'], ['2025年', 'DATE']]],
  ['2023年初显成效，1996年初夏，农历五月初五', [['2023年', 'DATE'], ['1996年', 'DATE'], ['五月', 'DATE']]],
  ['日产增加1.1万吨(+27.9%)，全年+3.5%', [['1.1万吨', 'QUANTITY'], ['+27.9%', 'PERCENT', { value: 0.279 }], ['+3.5%', 'PERCENT']]],
  // A plus between items joins them.
  ['3座航站楼+1座卫星厅+4条跑道', [['3座', 'QUANTITY'], ['1座', 'QUANTITY'], ['4条', 'QUANTITY']]],
  ['投向两大核心领域，三大攻坚战，打造3大产业集群，已形成清晰的三大主营业务', [['两', 'CARDINAL'], ['三', 'CARDINAL'], ['3', 'CARDINAL'], ['三', 'CARDINAL']]],
  // Not an article (一大), a congress (二十大), a word 大 begins (三大学), nor a slogan in quotation marks.
  ['一大亮点，党的二十大，三大学科，做实“两大定位”', []],
  ['中共六大在莫斯科召开，党的七大代表，越共八大，两大车物资', []],
  ['粮食收获的第二季，第一季度', [['第二季', 'ORDINAL'], ['第一季度', 'DATE']]],
  // A table's or a figure's number; a count of tables, or 图 ending a word (制图), is a number.
  ['下降11.9%(见表1)，表1显示，如图2所示，附表3', [['11.9%', 'PERCENT']]],
  ['共有表格3张，制图2张', [['3张', 'QUANTITY'], ['2张', 'QUANTITY']]],
];

for (const [text, expected] of PERIOD_PARTS_AND_SIGNS) test(`period parts and signs: ${text}`, () => check(text, expected));

// From two more sets of current news, on sport and on health and society (2026-11-30): race times, relays, minutes of a
// match, scores by what follows, single medals, rates per population, classes of graduates, floors, shares named as halves.
const SPORT_AND_SOCIETY: Array<[string, Expected[]]> = [
  ['以4分14秒90成功卫冕，以2分07秒41打破纪录，1小时18分43秒，', [['4分14秒90', 'QUANTITY'], ['2分07秒41', 'QUANTITY'], ['1小时18分43秒', 'QUANTITY']]],
  ['吴艳妮以13秒15完成比赛，用时12秒63，30秒后，10秒5个', [['13秒15', 'QUANTITY'], ['12秒63', 'QUANTITY'], ['30秒', 'QUANTITY'], ['10秒', 'QUANTITY'], ['5个', 'QUANTITY']]],
  ['倒计时30秒12月31日', [['30秒', 'QUANTITY'], ['12月31日', 'DATE']]],
  // A relay's legs and distance are one; cores and a clock rate stay two.
  ['女子4×100米自由泳接力，频率1×3.4GHz', [['4×100米', 'QUANTITY'], ['1', 'CARDINAL'], ['3.4GHz', 'QUANTITY']]],
  ['第4分钟进球，命中到2-0领先，有1万球迷', [['第4分钟', 'ORDINAL'], ['2-0', 'CARDINAL'], ['1万', 'CARDINAL']]],
  ['中国以15金37枚奖牌领先，两回合交战，美国10金排名第三，2023金鸡奖', [['15金', 'QUANTITY'], ['37枚', 'QUANTITY'], ['两回合', 'QUANTITY'], ['10金', 'QUANTITY'], ['第三', 'ORDINAL'], ['2023', 'CARDINAL']]],
  ['孕产妇死亡率下降到15.1/10万，占比1/4', [['15.1/10万', 'PERCENT', { value: 0.000151 }], ['1/4', 'PERCENT']]],
  ['2025届全国普通高校毕业生，瑞金医院6号楼', [['2025届', 'DATE', { date: { year: 2025 } }], ['6号楼', 'ORDINAL']]],
  ['连续四年突破千万，千万不要大意，不过千万别忘了', [['四年', 'QUANTITY'], ['千万', 'CARDINAL']]],
  // A half named as a share after a word of amount; 半 alone only before a break (not 近半公里, 过半决赛, 半导体), not a duration
  // (近半年), nor a half alone (一半是海水).
  ['近一半毕业生，超过一半，已过半。近半年，一半是海水，不到半公里，闯过半决赛', [['一半', 'PERCENT'], ['一半', 'PERCENT'], ['半', 'PERCENT'], ['半年', 'QUANTITY']]],
];

for (const [text, expected] of SPORT_AND_SOCIETY) test(`sport and society: ${text}`, () => check(text, expected));
