/**
 * General word lists for features and rules: common surnames, titles and roles, organisation and
 * place heads. Written from general knowledge of Chinese news style, not from any evaluation text.
 */

const split = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** A national or provincial side by its kind (中国女排, 江苏男篮): alone, the kind names no team. */
export const TEAM_KINDS: readonly string[] = ['女排', '男排', '女足', '男足', '女篮', '男篮'];

/** Common single-character surnames (the ~300 most frequent) and compound surnames. */
export const SURNAMES: readonly string[] = [
  ...(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
    '姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季' +
    '裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄' +
    '窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池' +
    '查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆' +
    '朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫' +
    '杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧' +
    '闭由庹'
  ).split(''),
  ...split('欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 西门 南宫'),
];
const ONE_CHARACTER_SURNAMES = new Set(SURNAMES.filter((s) => s.length === 1));
/** Whether `c` is a surname of one character (the rules ask it of a name's first character). */
export const isSurname = (c: string): boolean => ONE_CHARACTER_SURNAMES.has(c);

/** Titles and roles written before or after a name (市委书记王某, 王某主任). */
export const TITLES: readonly string[] = split(`
  主任 副主任 书记 副书记 代表 委员 常委 主席 副主席 记者 通讯员 编辑 摄影 局长 副局长 厅长 副厅长 处长 副处长
  科长 部长 副部长 省长 副省长 市长 副市长 区长 副区长 县长 副县长 镇长 副镇长 乡长 村长 主委 秘书长 副秘书长
  董事长 副董事长 总经理 副总经理 经理 总裁 副总裁 总监 总工程师 院长 副院长 校长 副校长 所长 副所长 站长 队长
  会长 副会长 理事长 社长 总编辑 主编 行长 副行长 教授 副教授 研究员 院士 博士 医生 主治医师 护士长 老师 教练
  总理 副总理 总统 副总统 国务委员 大使 发言人 负责人 党组书记 党委书记 党工委书记 支部书记 工作人员 专家 学者
  先生 女士 同志 主持人 创始人 法定代表人 检察长 审判长 法官 律师 警官 民警 干部 厂长 主管 组长 班长 馆长 团长
  政委 司令员 军长 师长 旅长 营长 连长 首席执行官 首席科学家 合伙人 主任医师 副主任医师 工程师 高级工程师
  巡视员 一级巡视员 二级巡视员 调研员 一级调研员 二级调研员 总农艺师 总经济师 总会计师 总规划师 总畜牧师
  `);

/** Heads that end organisation names. */
export const ORG_SUFFIXES: readonly string[] = split(`
  委 局 厅 办 部 署 院 所 处 科 社 会 行 司 组 团 队 校 馆 台 报 站 中心 公司 集团 企业 银行 医院 学院 大学 中学
  小学 学校 研究院 研究所 实验室 委员会 管委会 人大 政协 政府 法院 检察院 公安局 党委 党组 工委 纪委 监委 区委
  县委 市委 省委 镇委 常委会 办公室 办公厅 协会 学会 商会 基金会 联合会 总会 促进会 出版社 报社 电视台 电台
  日报 晚报 通讯社 新华社 有限公司 股份有限公司 有限责任公司 控股 股份 工厂 厂 矿 俱乐部 联盟 合作社 事务所
  发改委 经信委 卫健委 教委 财政局 税务局 交通局 商务委 国资委 管理局 监督局 管理委员会 党支部 支部 总局 分局
  `);

/**
 * A name ending in an organisation's head (ORG_SUFFIXES, and the bodies named by two characters that are no
 * suffix of their own: 海关, 公安, 税务): the one test of "this names a body" the rules share.
 */
export const ORG_HEAD_AT_END = new RegExp(`(?:${[...ORG_SUFFIXES, '海关', '公安', '税务'].sort((a, b) => b.length - a.length).join('|')})$`);

/** Heads that end place names. */
export const LOC_SUFFIXES: readonly string[] = split(`
  省 市 区 县 镇 乡 村 州 盟 旗 街道 社区 新区 开发区 高新区 园区 片区 地区 库区 山区 流域 自治区 自治州 自治县
  江 河 湖 海 山 岭 峰 岛 湾 峡 溪 港 口 关 路 街 巷 道 桥 高速 铁路 高铁 公路 机场 码头 车站 收费站 隧道 大道
  广场 公园 景区 园 城 洲 洋 半岛 平原 盆地 高原 沙漠 草原 水库 大桥 线
  `);

/**
 * Trades that end a company's name before its legal form (比亚迪汽车, 阿维塔科技, 蜂巢能源): its short name
 * leaves them out, and a word ending in one may still be a company's name.
 */
export const COMPANY_TRADE = /(?:新能源|机器人|半导体|汽车|科技|实业|控股|电子|能源|智能|网络|信息|技术|医药|药业|电气|电器|通信|软件|材料|化工|动力|电池|生物|光电|传媒|物流|置业|摩托)$/;

/** Whether a name is trades and nothing else (能源, 能源科技, 智能科技). */
export function onlyTrades(name: string): boolean {
  let rest = name;
  for (let trade = COMPANY_TRADE.exec(rest); trade; trade = COMPANY_TRADE.exec(rest)) rest = rest.slice(0, trade.index);
  return rest === '';
}

/** China's provinces, autonomous regions, municipalities and special administrative regions by their short names. */
export const PROVINCIAL_UNITS: ReadonlySet<string> = new Set(
  split(`北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川
  贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾`),
);

/** Words for a company, not names of one (公司董事长, 集团总裁, 上市公司). */
export const GENERIC_COMPANY_WORD = /^(?:公司|集团|企业|市场|董事会|股东|企业家|民营企业|上市公司|子公司|分公司|总公司|母公司)$/;

/** 1 at the UTF-16 code of each character of `chars`: a set a hot loop asks by code. */
export function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

/** Whether a UTF-16 code is a character of the CJK Unified Ideographs block. */
export const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** Whether a UTF-16 code is a Latin letter (half width). */
export const isLatinLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether position `i` falls inside a word of Latin letters: a letter on both sides of it (AIoT at I, Model at o). */
export const insideLatinWord = (text: string, i: number): boolean => i > 0 && i < text.length && isLatinLetter(text.charCodeAt(i - 1)) && isLatinLetter(text.charCodeAt(i));

/**
 * Whether a name can start at `i`: a Chinese character there, at the text's start or after a character
 * that is not Chinese or that ends the word before it (one of `endsWordBefore`).
 */
export function startsWord(text: string, i: number, endsWordBefore: Uint8Array): boolean {
  if (!isHan(text.charCodeAt(i))) return false;
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  return !isHan(before) || endsWordBefore[before] === 1;
}

/**
 * A table of names indexed for scanning a text: the names by their first character, longest first, and
 * which UTF-16 codes open any (most positions of a text open none, and one look-up says so).
 */
export function namesByFirstCharacter(names: readonly string[]): { byFirst: Map<number, string[]>; opens: Uint8Array } {
  // Keyed by the first UTF-16 unit: a number below 2^16 is no string made per position of the text.
  const byFirst = new Map<number, string[]>();
  const opens = new Uint8Array(0x10000);
  for (const n of [...names].sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(n.charCodeAt(0));
    if (list) list.push(n);
    else byFirst.set(n.charCodeAt(0), [n]);
    opens[n.charCodeAt(0)] = 1;
  }
  return { byFirst, opens };
}

/**
 * Words of policy and trade newer than the 1998 corpora and jieba's dictionary (文旅, culture and tourism; 康养, health and
 * care; 非遗, intangible cultural heritage): the model reads them as a surname and a given name, or their first character
 * as the end of a place before them (海南非遗 as 海 | 南非).
 */
export const NEW_WORDS: ReadonlySet<string> = new Set(['文旅', '农旅', '商旅', '体旅', '康养', '数智', '算力', '文创', '智造', '双碳', '非遗', '思政']);
