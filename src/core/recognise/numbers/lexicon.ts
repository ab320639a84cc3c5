/**
 * Words that contain a numeral but state no number (GUIDELINES.md, NUM: set phrases, articles, words).
 * Most such words are already skipped by the grammar (a lone Chinese numeral needs a unit or measure
 * word after it: 两会, 一是, 零部件, 半导体); this list holds the ones where the numeral is followed by
 * something that looks like a measure word (一批, 十分, 一方面) or preceded by a character that
 * makes it part of a word (统一, 唯一, 之一, 第三方).
 */
import { extraNumeralWords } from './lexicon-words';

const SET_PHRASES =
  // 一 + a measure-word-like character: vague amounts and adverbs (一批, 一番 take a unit the grammar knows).
  '一批 一些 一点 一下 一步 一招 一番 一阵 一起 一道 一样 一度 一切 一旦 一致 一律 一向 一手 一口气 ' +
  '一系列 一大批 一方面 一次性 一把手 一线 一同 一连 一再 一时 一生 一面 一体 一边 一股 一行 一块儿 ' +
  '一会 一概 一贯 一齐 一举 一身 一路 一流 一心 一味 一定 一直 一般 一经 一则 一方 一家人 一声 一字 ' +
  '一句话 一窝蜂 一场空 一回事 一番话 一辈子 一阵子 一下子 一溜 一色 一环 一部分 ' +
  // Idioms and fixed phrases that the dictionary list misses.
  '一条龙 一条心 一席之地 一门心思 一揽子 一刀切 一票否决 一年一度 一分为二 一成不变 一五一十 千篇一律 ' +
  '十全十美 三番五次 四面八方 五湖四海 七上八下 千方百计 万无一失 一国两制 三天两头 三心二意 一心一意 ' +
  '一干二净 九死一生 八九不离十 十有八九 不管三七二十一 一石二鸟 一举两得 日复一日 年复一年 一年四季 ' +
  '一年到头 连成一片 打成一片 更上一层楼 独此一家 死路一条 一日三餐 亲如一家 三位一体 万分 百分百 百般 十足 两手 两面 两岸 ' +
  // Names, terms and words: 一带一路, 四人帮, 三轮车, 第三产业, 一家三口 (a family, not a count).
  '一带一路 三个代表 两个文明 两个确立 两个维护 一号文件 五个一工程 四人帮 一中一台 二把手 二元 三轮车 ' +
  '第三世界 第三道路 第一产业 第二产业 第三产业 老两口 小两口 一家三口 一家老小 一家子 四处 四周 三伏 三九 ' +
  '一回来 一回到 一次次 一个个 一年年 一天天 一级市场 二级市场 ' +
  // A character before the numeral that makes it part of a word.
  '统一 唯一 同一 单一 专一 划一 之一 合一 归一 逐一 均一 另一 其一 初一 万一 整一 ' +
  '下一步 进一步 新一代 第一手 第一线 第一时间 第三方 第三者 次第 等第 府第 门第 宅第 及第 落第 ' +
  '星期一 星期二 星期三 星期四 星期五 星期六 周一 周二 周三 周四 周五 周六 礼拜一 礼拜二 礼拜三';

/** Words grouped by the character a candidate starts with, then by (offset of that character, length). */
interface Probe {
  at: number;
  length: number;
  words: Set<string>;
  /** First and last characters of the words: a cheap test before a substring is cut for the set. */
  firsts: Set<number>;
  lasts: Set<number>;
  /** The same as 1024-bit filters (by the code's low ten bits): most probes fail on a bit, before any set lookup. */
  firstBits: Uint32Array;
  lastBits: Uint32Array;
}

function setBit(bits: Uint32Array, code: number): void {
  bits[(code & 1023) >>> 5] |= 1 << (code & 31);
}

function hasBit(bits: Uint32Array, code: number): boolean {
  return (bits[(code & 1023) >>> 5] & (1 << (code & 31))) !== 0;
}
const byChar = new Map<number, Probe[]>();
const probeByKey = new Map<number, Probe>();

function add(word: string): void {
  if (word.length > 31) return; // the probe key packs offset and length into five bits each
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (!STARTS.has(code)) continue;
    let probes = byChar.get(code);
    if (!probes) byChar.set(code, (probes = []));
    const key = code * 1024 + at * 32 + word.length;
    let p = probeByKey.get(key);
    if (!p) {
      p = { at, length: word.length, words: new Set(), firsts: new Set(), lasts: new Set(), firstBits: new Uint32Array(32), lastBits: new Uint32Array(32) };
      probeByKey.set(key, p);
      probes.push(p);
    }
    p.words.add(word);
    p.firsts.add(word.charCodeAt(0));
    p.lasts.add(word.charCodeAt(word.length - 1));
    setBit(p.firstBits, word.charCodeAt(0));
    setBit(p.lastBits, word.charCodeAt(word.length - 1));
  }
}

const NUMERAL_CONTINUES = new Set([...'零〇一二两三四五六七八九0123456789'].map((c) => c.charCodeAt(0)));

/** Characters a NUM candidate can start with (numerals, 第, 前, 半, 几, 数). */
const STARTS = new Set([...'零〇○一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟第前半几数'].map((c) => c.charCodeAt(0)));

for (const w of SET_PHRASES.split(/\s+/)) if (w) add(w);
for (const w of extraNumeralWords) add(w);
for (const probes of byChar.values()) probes.sort((a, b) => b.length - a.length || a.at - b.at);

/**
 * If a listed word covers the character at `i`, returns where that word ends (the scanner resumes
 * there); otherwise -1. Only words in which the character at `i` can open a number are consulted,
 * with one set lookup per (offset, length) shape: a few dozen at most.
 */
export function wordCovering(text: string, i: number): number {
  const probes = byChar.get(text.charCodeAt(i));
  if (!probes) return -1;
  for (const p of probes) {
    const s = i - p.at;
    const e = s + p.length;
    if (s < 0 || e > text.length) continue;
    const first = text.charCodeAt(s);
    const last = text.charCodeAt(e - 1);
    if (!hasBit(p.firstBits, first) || !hasBit(p.lastBits, last) || !p.firsts.has(first) || !p.lasts.has(last)) continue;
    if (!p.words.has(text.slice(s, e))) continue;
    // 一点四个百分点: a numeral right after the word means the word was a misreading.
    if (NUMERAL_CONTINUES.has(text.charCodeAt(e))) continue;
    return e;
  }
  return -1;
}

/** Characters that, right before 一, make it a determiner rather than a count (这一年, 每一次). */
export const BEFORE_YI_DETERMINER = new Set('这那每某哪任同统唯单专划之合归逐均另其初整上下');
