/**
 * Units and measure words that may follow a number, with the category that decides a NUM's kind.
 * No maintained npm list of Chinese measure words exists (checked: nzh, chinese-numbers-converter
 * only convert numerals), so the table is ours; it follows the common classifier inventory of
 * modern Chinese plus the SI, market and currency units seen in news.
 *
 * A unit marked `*` follows only Arabic numerals: after a Chinese numeral it usually forms a word
 * (十分, 一道, 一起, 一方面, 六盘水), while 3分, 5道, 2起, 700亿方 are quantities.
 */

export type UnitCategory = 'currency' | 'time' | 'classifier' | 'measure' | 'percent' | 'times' | 'era' | 'rank';

export interface Unit {
  text: string;
  category: UnitCategory;
  /** May follow a Chinese numeral. */
  afterChinese: boolean;
  /** Latin-letter unit (km, MW): must not run on into more letters. */
  latin: boolean;
}

const TABLE: Record<UnitCategory, string> = {
  currency:
    '元 美元 欧元 日元 英镑 港元 港币 澳元 加元 韩元 卢布 法郎 马克 新台币 台币 泰铢 卢比 比索 澳门元 瑞郎 ' +
    '人民币 美金 块钱 元钱 角* 毛钱* 盾* 铢 埃镑 列伊 里拉 兰特 披索 比塞塔 克朗 福林 兹罗提 第纳尔 里亚尔 ' +
    '林吉特 令吉 新元 新加坡元 澳门币 先令 雷亚尔 日圆 美圆 欧元 台元 卢比',
  time:
    '年 个月 周 个星期 星期 天 日 小时 个小时 钟头 个钟头 分钟 秒 秒钟 毫秒 季度 个季度 岁 周岁 个工作日 工作日 昼夜 学年 年度 ' +
    '周年 个年头 年头 旬',
  era: '世纪 年代',
  percent: '个百分点 百分点',
  times: '倍 番',
  rank: '级 档 等 号 号楼 星级',
  classifier:
    '个 位 名 人 口 户 家 所 座 栋 幢 间 套 层 辆 架 艘 台 部 件 条 根 支 只 头 匹 棵 株 朵 片 张 本 册 篇 首 幅 封 ' +
    '份 项 门 处 颗 粒 枚 块 把 扇 盏 顶 双 对 副 组 批 群 类 种 宗 桩 例 笔 场 届 期 次 回 趟 遍 轮 页 段 节 章 ' +
    '方面 集 卷 茬 席 尾 盘* 路* 句 餐 顿 瓶 杯 碗 桶 箱 袋 盒 罐 尊 道* 起* 样* 阵* 声* 字* 行* 步* 眼* 股* 代* 列 款 座次 ' +
    '人次 辆次 架次 车次 列次 班次 户次 航次 批次 场次 课时 学时 帧 件次 床 台套 票 例次 大类 点* 班* 站* 记* 回合 剂次 剂 车道 篮板球 篮板 助攻 盖帽 封盖 抢断 球* 队 核* 积分* 具* 面* 省* 省区 省市 省区市',
  measure:
    '米 厘米 毫米 微米 纳米 千米 公里 里* 英里 海里 公尺 尺* 寸* 英尺 英寸 平方米 平方公里 平方千米 平米 平方* ' +
    '亩 公顷 顷 立方米 立方* 方* 升 毫升 公升 吨 千克 公斤 克 毫克 微克 纳克 斤 磅 盎司 瓦 千瓦 兆瓦 吉瓦 千瓦时 度* ' +
    '伏 千伏 赫兹 兆赫 焦耳 千焦 卡 千卡 大卡 帕 兆帕 千帕 摄氏度 ℃ 马力 标准箱 吨公里 人公里 人次公里 延米 延长米 ' +
    '分* 吨标准煤 吨标煤 立方英尺 标箱 毫安时 毫安 安培 伏特 瓦特 光年 克拉 千牛* 牛顿* 千牛顿* 比特 像素 尼特 ' +
    'km m cm mm nm kg g mg t kt Wh kW kWh MW MWh GW GWh TW kV V W Hz kHz MHz GHz KB MB GB TB PB Mbps Gbps ' +
    'ml mL L ppm kN MP nit μg µg ng m² m³ km² cm² cm³ ㎥ mAh ㎡ ㎞ ㎏ ㎜ ㎝ ㎎ ㎖ °C',
};

const byFirst = new Map<number, Unit[]>();
for (const [category, list] of Object.entries(TABLE) as Array<[UnitCategory, string]>) {
  for (const raw of list.split(/\s+/)) {
    if (!raw) continue;
    const digitOnly = raw.endsWith('*');
    const text = digitOnly ? raw.slice(0, -1) : raw;
    const unit: Unit = { text, category, afterChinese: !digitOnly, latin: /^[A-Za-z°]/.test(text) };
    const key = text.charCodeAt(0);
    const list = byFirst.get(key) ?? [];
    if (list.some((u) => u.text === text)) continue;
    list.push(unit);
    byFirst.set(key, list);
  }
}
for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** The longest unit starting at `i` (full-width Latin folded), or null. */
export function matchUnit(text: string, i: number, afterChinese: boolean): Unit | null {
  let code = text.charCodeAt(i);
  if (code >= 0xff21 && code <= 0xff5a) code -= 0xfee0;
  const list = byFirst.get(code);
  if (!list) return null;
  for (const u of list) {
    if (!afterChinese || u.afterChinese) {
      if (!startsWithFolded(text, i, u.text)) continue;
      if (u.latin) {
        let next = text.charCodeAt(i + u.text.length);
        if (next >= 0xff21 && next <= 0xff5a) next -= 0xfee0;
        if (isAsciiLetter(next)) continue;
      }
      return u;
    }
  }
  return null;
}

function startsWithFolded(text: string, i: number, word: string): boolean {
  if (text.startsWith(word, i)) return true;
  if (!/^[A-Za-z]/.test(word)) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(i + k);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** For the numeral parser: length of a unit such as 千瓦 or 千米 that begins with a scale character. */
export function scaleUnitLength(text: string, i: number): number {
  const u = matchUnit(text, i, false);
  return u && u.text.length > 1 ? u.text.length : 0;
}

/** 年, 个月, 天, 小时…: units after which 多 or 半 still belong to the quantity (3年多, 一年半). */
export const HALF_OR_MORE_AFTER = new Set(['年', '个月', '天', '小时', '个小时', '周', '个星期', '星期', '岁', '个钟头', '钟头', '分钟', '斤', '公斤', '个']);

