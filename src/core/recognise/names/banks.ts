import { LabelledSpan } from './tags';
import { Scored } from './list-rules';
import { replacedBy } from './span-edges';

/**
 * 深圳农商行, 山西五台农村商业银行, 太原市阳曲县汇民村镇银行, 海西支行: a bank named by its places (and a name
 * of its own) is one organisation; the model reads the places alone and leaves the bank's head. The places
 * right before the head, side by side, open its name; a bank before them (交通银行 + 重庆市 + 分行) too.
 */
const BANK_HEAD = /(?:农村商业银行|农商银行|农商行|村镇银行|农村信用合作联社|农村信用社|信用社|农信社|支行|分行|银行)(?![业家卡账间系体])/g;
/** A bank's name before the places of its branch (人民银行, 中国人民银行, 工商银行). */
const PARENT_BANK = /(?:中国人民银行|人民银行|(?<![的了是在和与及等])[\u4e00-\u9fff]{2}银行)$/;
/** A country's commercial banks are a kind, not one bank (中国商业银行). */
const KIND_OF_BANK = /^商业银行$/;

export function banksNamedByPlaces<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  if (!/银行|农商行|信用社|农信社|支行|分行/.test(text)) return spans;
  let out = spans;
  for (const m of text.matchAll(BANK_HEAD)) {
    let h = m.index!;
    const end = h + m[0].length;
    const over = out.filter((o) => o.start < end && h < o.end);
    // 汇民村镇 + 银行: the model read into the head; the bank's head is what follows its place.
    if (over.length === 1 && over[0].label === 'LOC' && over[0].start < h && /^(?:银行|支行|分行)$/.test(text.slice(over[0].end, end))) h = over[0].end;
    else if (over.length) continue;
    // The names side by side right before the head: places (and a person or place the model read for the bank's own name).
    const chain: T[] = [];
    let at = h;
    for (let k = out.length - 1; k >= 0; k--) {
      const o = out[k];
      if (o.end > at) continue;
      if (o.end < at) break;
      const isBank = o.label === 'ORG' && /(?:银行|农商行)$/.test(text.slice(o.start, o.end));
      if (o.label !== 'LOC' && !(o.label === 'PER' && chain.length === 0) && !isBank) break;
      chain.unshift(o);
      at = o.start;
      if (isBank) break;
    }
    const branch = m[0] === '支行' || m[0] === '分行';
    // 巴公支行, 海西支行: a branch named by one name the model read as a person.
    if (!chain.some((o) => o.label === 'LOC') && !(chain.length === 1 && branch)) continue;
    if (chain.length === 1 && chain[0].label === 'LOC' && KIND_OF_BANK.test(m[0]) && /^(?:中国|我国|全国|国内)$/.test(text.slice(chain[0].start, chain[0].end))) continue;
    // 人民银行 + 甘肃省 + 分行: a bank the model left unread before the places of its branch.
    let start = chain[0].start;
    const parent = branch && chain[0].label === 'LOC' ? PARENT_BANK.exec(text.slice(Math.max(0, start - 6), start)) : null;
    if (parent && !out.some((o) => o.end > start - parent[0].length && o.start < start)) start -= parent[0].length;
    out = replacedBy(out, chain, make({ start, end, label: 'ORG' }));
  }
  return out;
}
