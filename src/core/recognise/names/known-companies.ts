import { LabelledSpan } from './tags';
import { LEX, Lexicon } from './lexicon';
import { isPlainWord, Scored } from './list-rules';
import { isHan, namesByFirstCharacter } from './lists';
import { replacedBy } from './span-edges';

/** Car brands, which open a model's name (问界M9, 腾势D9): the product, no organisation. */
const CAR_BRAND_NAMES = ['问界', '智界', '享界', '尊界', '尚界', '腾势', '方程豹'];

/**
 * Companies business news names every day by a short name that the 1998 corpora never saw and that the
 * model reads as a place or a person (宁德 of 宁德时代, 周六福, 蔚来 as nothing). No package lists China's
 * companies (the npm registry has none; CC-CEDICT, the dictionary of proper nouns the lexicon already
 * holds, lacks most of these), so this is a short table of large listed companies and household brands,
 * and of international bodies, leagues and market researchers news names by Latin letters (G7, APEC, IDC),
 * chosen by size and by how often news names them, not from any text the recogniser is scored on. A name
 * that is also a common word or a person's or place's name (小米, 美的, 苹果, 长安, 李宁, 理想) is not in it:
 * those are left to the rules that read a company from its context; 京东 and 快手 stay, their other senses
 * (a place east of Beijing, a quick hand) being rare in news.
 */
const KNOWN_COMPANIES = [
  // Internet and technology
  '阿里巴巴', '阿里云', '腾讯', '腾讯控股', '京东', '京东集团', '美团', '拼多多', '字节跳动', '快手', '网易', '新浪', '携程',
  '滴滴', '哔哩哔哩', '饿了么', '蚂蚁集团', '科大讯飞', '商汤科技', '中芯国际', '华虹半导体', '紫光集团', '联想集团', '中兴通讯',
  '海康威视', '大疆', '工业富联', '富士康', '立讯精密', '台积电', '英特尔', '高通', '微软', '谷歌', '英伟达', '三星电子',
  // Cars and batteries
  '比亚迪', '蔚来', '小鹏汽车', '理想汽车', '零跑汽车', '长城汽车', '吉利汽车', '上汽集团', '广汽集团', '北汽集团', '一汽集团',
  '东风汽车', '奇瑞汽车', '特斯拉', '宁德时代', '亿纬锂能', '国轩高科', '隆基绿能', '通威股份', '天合光能', '阳光电源',
  // Energy, industry, telecoms
  '中国石油', '中国石化', '中国海油', '国家电网', '南方电网', '中国中车', '中国建筑', '中国中铁', '中国铁建', '中国交建',
  '三一重工', '中联重科', '宝武钢铁', '中国移动', '中国联通', '中国电信', '中国中化', '中国电科',
  // Finance
  '工商银行', '建设银行', '农业银行', '交通银行', '招商银行', '中国平安', '中国人寿', '中国人保', '中国太保', '新华保险',
  '中国太平', '中信证券', '中信建投', '中金公司', '华泰证券',
  '国泰君安', '海通证券', '国泰海通', '中央汇金', '东方财富', '高盛', '摩根士丹利', '摩根大通', '贝莱德', '汇丰银行',
  // Consumer goods and retail
  '贵州茅台', '五粮液', '泸州老窖', '伊利股份', '蒙牛乳业', '海天味业', '农夫山泉', '娃哈哈', '蜜雪冰城', '瑞幸咖啡', '喜茶',
  '泡泡玛特', '安踏体育', '海尔智家', '格力电器', '海信集团', '苏宁易购', '名创优品', '老铺黄金', '周大福', '星巴克',
  '麦当劳', '肯德基', '可口可乐', '恒瑞医药', '药明康德', '迈瑞医疗', '百济神州', '片仔癀',
  // The largest drug makers, foreign and Chinese, by the names Chinese news gives them
  // (not 安进, 吉利德, 华东医药 or 中国生物制药, which ordinary text holds: 治安进一步, 吉利德国工厂, 华东医药市场, 中国生物制药行业)
  '辉瑞', '默沙东', '默克', '阿斯利康', '诺华', '罗氏', '赛诺菲', '葛兰素史克', '拜耳', '礼来', '强生', '诺和诺德', '武田制药',
  '百时美施贵宝', '艾伯维', '勃林格殷格翰', '复星医药', '石药集团', '正大天晴', '人福医药',
  '信达生物', '君实生物', '翰森制药', '科伦药业', '齐鲁制药',
  '永辉超市', '胖东来', '大润发', '盒马', '沃尔玛', '家乐福', '华润万家', '全聚德', '同仁堂', '融创', '万科', '碧桂园',
  '安踏', '特步', '鸿星尔克', '蒙牛', '顺丰', '韵达', '申通', '极兔', '中通快递', '圆通速递', '华住集团', '亚朵', '万豪',
  '希尔顿集团', '光线传媒', '芒果TV', '爱奇艺', '优酷', 'TCL', '中石化', '中石油', '越共', '凤凰传奇',
  '恒大集团', '恒大地产', '恒大汽车', '恒大物业', '徐工', '徐工集团', '工行', '建行', '农行', '中行', '交行', '招行', '国开行', '农发行', '邮储银行',
  // Phones, chips and AI companies named in every technology story
  '华为', '百度', '小米集团', '小米汽车', '联发科', '宇树科技', '百川智能', '零一万物', '月之暗面', '商汤', '旷视科技', '海思',
  '紫光展锐', '长江存储', '长鑫存储', '中科曙光', '浪潮信息', 'OPPO', 'vivo', 'MiniMax',
  // Robots, chips and power named in technology and industry stories; 辉达 is Nvidia in Taiwan's press
  '优必选', '宇树', '智元机器人', '摩尔线程', '壁仞科技', '地平线机器人', '辉达', '寒武纪科技', '长江电力', '特变电工',
  '紫金矿业', '中国神华', '中软国际', '中国中免', '鸿蒙智行',
  // The largest property developers by the names news gives them (China Index Academy's top sales lists)
  '保利发展', '华润置地', '招商蛇口', '中海地产', '中国海外发展', '中国金茂', '绿城中国', '融创中国', '新城控股', '龙湖集团', '金地集团',
  '越秀地产', '建发房产',
  // Car brands news names as organisations (问界 4 of 4 in the sets), except inside a model's name (问界M9)
  ...CAR_BRAND_NAMES,
  // Central state-owned enterprises by the names news gives them (the State Council's list of central enterprises)
  '中国一汽', '中国五矿', '中国长安汽车', '中国宝武', '中国华能', '中国华电', '中国大唐', '国家能源集团', '国家电投', '三峡集团',
  '中国电建', '中国能建', '中国航天科技', '中国航天科工', '航空工业', '中航工业', '中国商飞', '中国船舶', '兵器装备集团',
  '中国有色', '中国铝业', '中国建材', '中国国新', '中国诚通', '中国国航', '东方航空', '南方航空', '中粮集团', '中国一重',
  '招商局集团', '华润集团', '中远海运', '中国邮政', '中国安能', '中国广核', '中核集团', '通用技术集团', '中国旅游集团',
  '中国稀土', '中国物流集团', '中国电气装备', '中国邮政储蓄银行', '中交集团', '中建集团', '中国铁塔', '蔚来汽车',
  '中国化学', '中国航发', '中国东航', '中国港湾', '中国融通', '中国信达', '中国华融', '中国中冶', '中冶集团', '中国节能',
  '中国化工', '中国兵器', '中国航油', '中储粮', '国机集团', '中国建科', '中国钢研', '中国信科', '中国华录', '中国海装',
  '中国重燃', '国铁集团', '中国中煤', '中煤集团', '中煤能源', '中国重工', '中船重工',
  // The grids' own short names, which open the names of their provincial and city companies (国网宝鸡供电公司)
  '国网', '南网',
  // Car makers the groups above own, platforms and apps news names as companies
  '极氪', '领克', '岚图', '阿维塔', '深蓝汽车', '吉利控股', '长安汽车', '抖音', '小红书', '淘宝', '天猫', '闲鱼', '支付宝', '高德地图', '钉钉',
  // Multinationals, auditors, consultancies and outlets known by Chinese names; bands (凤凰传奇) are organisations too
  '阿里', '瑞幸', '西门子', '巴斯夫', '博世', '索尼', '丰田汽车', '本田汽车', '大众汽车', '宝马', '通用汽车', '福特汽车',
  '波音', '空客', '苹果公司', '德勤', '安永', '普华永道', '毕马威', '麦肯锡', '彭博社', '彭博', '路透社', '福布斯',
  '哈马斯', '真主党', '俄军', '美军', '以军', '乌军', '世界经济论坛',
  '金砖国家', '联合国大会',
  // Forums of China and a region, named by their abbreviations (中 + 拉, 阿, 非), which the model reads as places
  '中拉论坛', '中阿合作论坛', '中非合作论坛',
  // Universities news names by short forms built on a place the model reads alone (港 of 港科大, 中国 of 中国科大)
  '港科大', '港中大', '中国科大',
  // Governments news names without their place (the place read before them keeps the name whole: 香港特区政府)
  '特区政府', '特别行政区政府', '中央政府',
  // Clubs of the top football and basketball leagues, which news names without a score beside them
  '上海海港', '上海申花', '山东泰山', '北京国安', '成都蓉城', '天津津门虎', '武汉三镇', '长春亚泰', '沧州雄狮', '青岛海牛',
  '深圳新鹏城', '梅州客家', '南通支云', '青岛西海岸', '大连英博', '云南玉昆', '河南俱乐部', '浙江俱乐部', '广州队',
  '辽宁本钢', '广东宏远', '浙江广厦', '北京首钢', '上海久事', '新疆广汇', '山东高速', '深圳马可波罗', '四川金强', '北京北控',
  '北京稻香村',
  // Europe's best-known football clubs by the names Chinese news gives them; not those named only by their city (利物浦,
  // 多特蒙德, 那不勒斯), which stay places
  '巴黎圣日耳曼', '大巴黎', '切尔西', '国际米兰', '国米', 'AC米兰', '拜仁慕尼黑', '拜仁', '曼城', '曼联', '阿森纳', '热刺',
  '皇家马德里', '皇马', '巴萨', '尤文图斯', '马德里竞技', '马竞', '阿贾克斯', '本菲卡',
  // International bodies, leagues and market researchers known by Latin letters in Chinese text
  'G7', 'G20', 'APEC', 'WTO', 'WHO', 'IMF', 'NATO', 'OPEC', 'ASEAN', 'FIFA', 'IOC', 'UNESCO', 'UNICEF', 'IPCC', 'IAEA',
  'OECD', 'BRICS', 'NBA', 'CBA', 'WTT', 'WTA', 'ATP', 'UEFA', 'FIBA', 'IDC', 'Canalys', 'Counterpoint', 'Gartner',
  // Drug regulators and makers news names by Latin letters
  'FDA', 'NMPA', 'EMA', 'GSK', 'AstraZeneca', 'Pfizer', 'Novartis',
];

// 阿里地区 is a prefecture of Tibet.
const LONGER_NAME_AFTER = /^(?:汽车|证券|基金|资管|集团|公司|股份|控股|科技|新能源|外卖|机场|银行|中国|国际|韩国|日本|欧洲|美国|亚太|全球|地区|公路|都市圈|大区)/;
/** Trades a listed company's name takes (徐工 + 机械), before a break or a clause's next word, not a legal form or a longer name. */
const TRADE_AFTER = /^(?:机械|电器|重工|置地|石化|电子|智能|能源)(?=[，。、；：！？）)”\s]|$|上半年|今年|去年|近年|已|也|亦|将|在|是|与|和|等|还|则|积极|目前|正)/;
/** What follows a company's China arm (毕马威中国方面, 融创中国发行): a break or a function word or verb, not 区 or 市场. */
const CHINA_ARM_AFTER = /^(?:[^\u4e00-\u9fff]|[的方在发与和将已也等则还]|$)/;
/** A platform's service named after it (美团闪购, 淘宝闪购, 京东秒送, 京东到家). */
const SERVICE_AFTER = /^(?:闪购|秒送|到家|买菜|优选)/;
/** A branch after the name: the province or city with its suffix (or a bank's without it) and 分行, 支行, 分公司 (农行甘肃省分行, 农行甘肃分行; not 华为在各地分公司). */
const BRANCH_AFTER = /^(?:[\u4e00-\u9fff]{1,4}?[省市县区州]|[\u4e00-\u9fff]{2}(?=分行|支行))?(?:分行|支行|分公司|分理处)(?:党委)?/;

/** A grid's provincial or city company after 国网 or 南网: its place (two to five characters) and 电力 or 供电 with its head. */
const GRID_COMPANY_AFTER = /^[\u4e00-\u9fff]{2,5}?(?:电力(?:有限)?公司|供电(?:分)?公司|供电局|电力)/;

/** A word common enough that, starting right after a name, it shows where the name ends (表示; not 收在 of 丰收在望). */
const COMMON_WORD = 14;
/** What follows a name though it makes a word with its last character: a localiser, a function word, the forces' units. */
const AFTER_NAME = /^(?:[上下中里内外的了是在和与及等将已也都]|部队|主帅|主教练|主场|主队|主力)/;

const { byFirst: BY_FIRST, opens: OPENS_NAME } = namesByFirstCharacter(KNOWN_COMPANIES);
/**
 * The names' first two characters, as bits of a 64 Kbit table (中 opens many words, 中国 fewer): a bit may stand
 * for other pairs too, which the names' own test then turns down. A number above 2^30 as a Set key is boxed first.
 */
const FIRST_TWO = new Uint32Array(2048);
const pairBit = (c0: number, c1: number) => ((c0 * 31) ^ c1) & 0xffff;
for (const n of KNOWN_COMPANIES) {
  const b = pairBit(n.charCodeAt(0), n.charCodeAt(1));
  FIRST_TWO[b >>> 5] |= 1 << (b & 31);
}

const KNOWN = new Set(KNOWN_COMPANIES);
const CAR_BRANDS = new Set(CAR_BRAND_NAMES);

/** 问界M9, 尊界S800: whether `name`, ending at `end`, is a car brand opening a model's name (the product's, no organisation). */
export function opensModelName(text: string, name: string, end: number): boolean {
  // A number after the brand is a model's (极氪001) unless it is a date or a count (腾势2025年销量, 问界9月交付).
  return CAR_BRANDS.has(name) && /^(?:[A-Za-zＡ-Ｚａ-ｚ]|[0-9０-９]+(?![0-9０-９]*(?:年|月|日|万|亿|辆|台|个|家|[%％.．]|[-—~～至到])))/.test(text.slice(end, end + 8));
}

/** Whether the table names this company (a whole name: 长安汽车, 宁德时代). */
export function isKnownCompany(name: string): boolean {
  return KNOWN.has(name);
}

export function knownCompanies<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  let out = spans;
  for (let i = 0; i < text.length; i++) {
    if (OPENS_NAME[text.charCodeAt(i)] === 0) continue;
    const b = pairBit(text.charCodeAt(i), text.charCodeAt(i + 1));
    if ((FIRST_TWO[b >>> 5] & (1 << (b & 31))) === 0) continue;
    const names = BY_FIRST.get(text.charCodeAt(i));
    if (!names) continue;
    const name = names.find((n) => text.startsWith(n, i));
    if (!name) continue;
    const end = i + name.length;
    // A Latin name is a word of its own (not WHO of WHOLE, G7 of G70).
    if (/[A-Za-z0-9]/.test(name) && (/[A-Za-z0-9]/.test(text[i - 1] ?? '') || /[A-Za-z0-9]/.test(text[end] ?? ''))) continue;
    if (opensModelName(text, name, end)) continue;
    // Inside a longer word (完美团队 holds 美团, 京东方 holds 京东): a word of the dictionary across either edge.
    if (isHan(text.charCodeAt(i - 1)) && isPlainWord(lex, text.slice(i - 1, i + 1))) continue;
    // 蜜雪冰城股份有限公司 read as 冰城股份有限公司: the organisation the model cut inside the name starts with it.
    const cut = out.find((o) => o.label === 'ORG' && o.start > i && o.start < end && o.end > end);
    if (cut && !out.some((o) => o !== cut && o.start < cut.end && i < o.end && (o.start < i || o.label !== 'LOC'))) {
      out = replacedBy(out, out.filter((o) => o.start < cut.end && i < o.end), { ...cut, start: i });
      i = cut.end - 1;
      continue;
    }
    // Not where a word of its own starts after it (宁德时代表示: 代表, but 表示; 招商蛇口紧随: 口紧, but the commoner 紧随), nor a
    // localiser, a function word or a unit of the forces named (联合国大会上, 乌军部队).
    const wordAfter = lex.isWordAt(text, end) ? lex.frequency(text.slice(end, end + 2)) : -1;
    if (isHan(text.charCodeAt(end)) && lex.isWordAt(text, end - 1) && !(wordAfter >= COMMON_WORD || wordAfter > lex.frequency(text.slice(end - 1, end + 1))) && !AFTER_NAME.test(text.slice(end, end + 2))) continue;
    // 农行甘肃省分行, 美团闪购, 徐工机械, 毕马威中国: what after the name is one name with it.
    const tail = wholeNameTail(text, end);
    if (tail) {
      out = takenWhole(out, i, end + tail, make);
      i = end + tail - 1;
      continue;
    }
    // A longer name it opens: its trade or division (蔚来汽车, 国泰君安证券, 泡泡玛特韩国), or what is named after it (五粮液机场).
    if (LONGER_NAME_AFTER.test(text.slice(end, end + 8))) continue;
    // 香港 | 特区政府: a government after its place is the place's, one name the other rules read.
    if (/政府$/.test(name) && out.some((o) => o.label === 'LOC' && o.end === i)) continue;
    // 那曲、阿里、日喀则: in a list of places, a place of the same name (阿里 is also a prefecture of Tibet);
    // not 中国人寿、中国平安, where the place beside is the head of the next company.
    if ((lex.lookup(name) & (LEX.LOC | LEX.NAME_LOC)) !== 0 && placeBeside(out, text, i, end)) continue;
    // 中国能建 | 甘肃院, 国网 | 宝鸡供电公司: an organisation right after the company is its subsidiary, one name with it.
    const subsidiary = out.find((o) => o.label === 'ORG' && o.start === end);
    if (subsidiary && !out.some((o) => o.start < end && i < o.end && (o.start < i || o.label !== 'ORG'))) {
      out = replacedBy(out, out.filter((o) => o.start < subsidiary.end && i < o.end), make({ start: i, end: subsidiary.end, label: 'ORG' }));
      i = subsidiary.end - 1;
      continue;
    }
    // 国网湖北电力: a grid's company named by its province and 电力 or 供电, where the model read only the place.
    const placeAfter = out.some((o) => o.label === 'LOC' && o.start === end) || lex.placeOnlyAt(text, end);
    const grid = (name === '国网' || name === '南网') && placeAfter && GRID_COMPANY_AFTER.exec(text.slice(end, end + 12));
    if (grid) {
      out = takenWhole(out, i, end + grid[0].length, make);
      i = end + grid[0].length - 1;
      continue;
    }
    const overlapping = out.filter((o) => o.start < end && i < o.end);
    // A longer name read around it (贵州茅台酒股份有限公司) stays; an organisation read exactly is left as it is.
    if (overlapping.some((o) => o.start < i || o.end > end || (o.label === 'ORG' && o.start === i && o.end === end))) continue;
    out = replacedBy(out, overlapping, make({ start: i, end, label: 'ORG' }));
    i = end - 1;
  }
  return out;
}

/**
 * How much of what follows a known name at `end` is one name with it (0 for none), tried in this order: a branch (农行甘肃省分行),
 * a platform's service (美团闪购, 京东秒送), a trade before a break or the clause's next word (徐工机械上半年; not 华为智能手机,
 * 宁德时代能源科技), a China arm or listed name with 中国 (毕马威中国, 融创中国; not 华为中国区, 中国市场).
 */
function wholeNameTail(text: string, end: number): number {
  const after = text.slice(end, end + 8);
  const m = BRANCH_AFTER.exec(after) ?? SERVICE_AFTER.exec(after) ?? TRADE_AFTER.exec(after);
  if (m) return m[0].length;
  return after.startsWith('中国') && CHINA_ARM_AFTER.test(after.slice(2, 3)) ? 2 : 0;
}

/** `spans` with [start, end) one organisation, unless a name read there crosses its edges (农行甘肃省分行, 徐工机械, 国网湖北电力). */
function takenWhole<T extends Scored>(spans: T[], start: number, end: number, make: (s: LabelledSpan) => T): T[] {
  const inside = spans.filter((o) => o.start < end && start < o.end);
  return inside.some((o) => o.start < start || o.end > end) ? spans : replacedBy(spans, inside, make({ start, end, label: 'ORG' }));
}

/** Whether a place stands right before or after [start, end) across a list's comma. */
function placeBeside(spans: readonly Scored[], text: string, start: number, end: number): boolean {
  return (
    (text[start - 1] === '、' && spans.some((o) => o.label === 'LOC' && o.end === start - 1)) ||
    (text[end] === '、' && spans.some((o) => o.label === 'LOC' && o.start === end + 1))
  );
}
