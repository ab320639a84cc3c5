import { LEX, Lexicon } from './lexicon';
import { isKnownCompany } from './known-companies';
import { isDictionaryCompany, isPlainWord, Scored } from './list-rules';
import { replacedBy } from './span-edges';
import { LabelledSpan } from './tags';

/** A registered name's trade and legal form, without the brand that opens it (智能科技控股有限公司). */
const TRADE_AND_FORM =
  /^(?:智能|科技|汽车|新能源|电子|信息|网络|技术|数字|医药|生物|材料|能源|实业|控股|电气|通信|软件|光电|机器人|半导体)[\u4e00-\u9fff]{0,8}?(?:股份有限公司|有限责任公司|有限公司|集团)$/;
/** What no brand holds: a break, a function word or a verb of reporting before the name. */
const NOT_IN_BRAND = /[^\u4e00-\u9fff]|[的了是在和与及到对把被将从由为称据向于等以其该这那各]/;

/**
 * 极氪 + 智能科技控股有限公司: the model reads the trade and the legal form as the name and leaves the brand
 * before them, a word it never saw, unread (or reads it as a place). The brand (two to four characters
 * back to a break or a function word, no word of the dictionary) joins the name.
 */
export function brandsBeforeLegalNames<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  // A brand the dictionary of proper nouns knows is no plain word, whatever else jieba says of it (小米).
  const plain = (w: string) => isPlainWord(lex, w) && !(lex.lookup(w) & LEX.NAME_ORG);
  let out: T[] | undefined;
  // A name the brand takes in (蔚来 read as a place) goes; its index is kept here, the list filtered once at the end.
  const joined = new Set<number>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.label !== 'ORG' || !TRADE_AND_FORM.test(text.slice(s.start, s.end))) continue;
    let start = s.start;
    while (start > 0 && s.start - start < 4 && !NOT_IN_BRAND.test(text[start - 1])) start--;
    // 计划收购 + 极氪: a word of the dictionary at the run's start is the clause's (a verb), not the brand's.
    if (s.start - start >= 4 && isPlainWord(lex, text.slice(start, start + 2))) start += 2;
    if (s.start - start < 2) continue;
    const brand = text.slice(start, s.start);
    const prev = k > 0 && !joined.has(k - 1) ? (out ?? spans)[k - 1] : undefined;
    // A name read across the brand's start, or a plain word (新成立智能科技有限公司), is left as read.
    if (prev && prev.end > start && prev.start < start) continue;
    if (plain(brand) || plain(brand.slice(-2))) continue;
    if (prev && prev.start >= start) joined.add(k - 1);
    (out ??= spans.slice())[k] = { ...s, start };
  }
  return out ? out.filter((_, k) => !joined.has(k)) : spans;
}

/** A subsidiary's description after a company's name (吉利汽车 + 全资子公司): no part of the name. */
const SUBSIDIARY_TAIL = /(?:的)?(?:全资|控股|参股)?(?:子公司|孙公司|分公司)$/;
/** A company's headquarters after its name (吉利汽车集团 + 总部, 极氪 + 全球总部, 美的集团 + 第二总部, 嘉禾控股集团 + 研发总部): a place of it, not its name. */
const HEADQUARTERS_TAIL = /(?:(?:全球|中国|亚太|欧洲|北美|海外|国际|区域|华[东南西北中]|西[南北]|东北)?(?:研发|运营|营销|结算)?|第[二三四五六七八九十])总部$/;

/** A subsidiary's description between its parent and its own name (华东医药 + 全资子公司 + 杭州中美华东制药有限公司). */
const SUBSIDIARY_BETWEEN = /(?:的)?(?:全资|控股|参股)(?:子公司|孙公司)/;
/** What ends the subsidiary's own name after the description. */
const COMPANY_END = /(?:公司|集团|银行|厂)$/;

/**
 * 吉利汽车全资子公司 → 吉利汽车, 众生药业子公司 → 众生药业, 领克汽车总部 → 领克汽车: the model reads on into the description; the name ends before it.
 * With the subsidiary named after the description, read as one with its parent, the two are two names.
 */
export function subsidiariesOffCompanies<T extends Scored>(text: string, spans: T[]): T[] {
  return spans.flatMap((s) => {
    if (s.label !== 'ORG') return [s];
    const t = text.slice(s.start, s.end);
    const between = SUBSIDIARY_BETWEEN.exec(t);
    if (between && between.index >= 2 && t.length - between.index - between[0].length >= 4 && COMPANY_END.test(t)) {
      return [{ ...s, end: s.start + between.index }, { ...s, start: s.start + between.index + between[0].length }];
    }
    return [subsidiaryOff(t, s)];
  });
}

/** The name `s` (whose text is `t`) without a headquarters or a subsidiary's description at its end. */
function subsidiaryOff<T extends Scored>(t: string, s: T): T {
  const hq = HEADQUARTERS_TAIL.exec(t);
  if (hq && t.length - hq[0].length >= 2) return { ...s, end: s.end - hq[0].length };
  const m = SUBSIDIARY_TAIL.exec(t);
  // What is left must still be a name of two characters or more. A branch (分公司) is a name of its own unless described
  // (控股分公司); a subsidiary is a description either way (众生药业 + 子公司).
  if (!m || !/(?:全资|控股|参股)|[子孙]公司$/.test(m[0]) || t.length - m[0].length < 2) return s;
  return { ...s, end: s.end - m[0].length };
}

/** A company's head right after the name the model read without it (极氪科技 + 集团, 极氪科技 + 事业群). */
const COMPANY_HEAD_AFTER = /^(?:股份有限公司|有限责任公司|有限公司|控股集团|集团|事业群|事业部)/;
/** A name that already ends in a head of its own takes no second one (…有限公司 + 集团 is two words). */
const ENDS_IN_HEAD = /(?:公司|集团|事业群|事业部|银行|局|委|会|院|所|厂|社|部|中心)$/;

/** 成立“极氪科技 + 集团”: the head the model leaves after a company's name is part of it. */
export function companyHeadsTakenIn<T extends Scored>(text: string, spans: T[]): T[] {
  return spans.map((s, k) => {
    if (s.label !== 'ORG' || s.end - s.start < 2 || ENDS_IN_HEAD.test(text.slice(s.start, s.end))) return s;
    const m = COMPANY_HEAD_AFTER.exec(text.slice(s.end, s.end + 6));
    const next = spans[k + 1];
    if (!m || (next && next.start < s.end + m[0].length)) return s;
    return { ...s, end: s.end + m[0].length };
  });
}

/** A company's site after its name: a factory or a production base (超级工厂, 数智工厂, 生产基地), with the words before 工厂 that describe it. */
const FACTORY_TAIL = /(?:储能超级工厂|超级工厂|智慧工厂|数智工厂|智能工厂|新工厂|工厂|生产基地)$/;
/** Longest company name looked for at a site's start, and longest place inside it. */
const MAX_COMPANY = 8;
const MAX_PLACE = 4;

/** Whether the text is a company's name: the table's, the dictionary of proper nouns', or jieba's organisation and no place. */
function isCompanyName(name: string, lex: Lexicon): boolean {
  if (isKnownCompany(name) || isDictionaryCompany(lex, name)) return true;
  const cls = lex.lookup(name);
  return (cls & LEX.ORG) !== 0 && (cls & (LEX.LOC | LEX.NAME_LOC)) === 0;
}

/** The longest place the lexicon knows at `at` in `s`, in characters (0: none). */
function placeAt(s: string, at: number, lex: Lexicon): number {
  for (let n = Math.min(MAX_PLACE, s.length - at); n >= 2; n--) {
    if ((lex.lookup(s.slice(at, at + n)) & (LEX.LOC | LEX.NAME_LOC)) !== 0) return n;
  }
  return 0;
}

/**
 * 赛力斯超级工厂, 比亚迪泰国罗勇工厂, 上汽集团郑州新能源动力生产基地, 海信 + 埃及电视工厂, 北京工厂, 长安汽车 + 渝北新工厂: a factory is
 * the company's site, not a name. The company that opens it, or stands right before it, is the name (the
 * longest the table or the dictionaries know: 长安汽车 of 长安汽车渝北新工厂), and the places after the company
 * are places (泰国, 郑州). With no company, a factory named by places alone is those places (北京工厂); one
 * with a name of its own (长寿化工厂, 响水豆腐工厂) stays.
 */
export function factoriesOffCompanies<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  let out = spans;
  for (const s of spans) {
    if (s.label !== 'ORG') continue;
    const name = text.slice(s.start, s.end);
    const tail = FACTORY_TAIL.exec(name);
    // 灯塔工厂: the World Economic Forum's lighthouse factories (a distinction), no factory of the city of 灯塔 nor a firm.
    if (name === '灯塔工厂') {
      out = out.filter((o) => o !== s);
      continue;
    }
    if (!tail) continue;
    const body = name.slice(0, tail.index);
    let company = 0;
    for (let n = Math.min(MAX_COMPANY, body.length); n >= 2 && !company; n--) if (isCompanyName(body.slice(0, n), lex)) company = n;
    const pieces: LabelledSpan[] = [];
    if (company) pieces.push({ start: s.start, end: s.start + company, label: 'ORG' });
    let allPlaces = true;
    for (let at = company; at < body.length; ) {
      const n = placeAt(body, at, lex);
      if (n) pieces.push({ start: s.start + at, end: s.start + at + n, label: 'LOC' });
      else allPlaces = false;
      at += n || 1;
    }
    if (!company) {
      // 海信 + 埃及电视工厂: the company the model left before the site, with nothing read on it.
      let before = 0;
      for (let n = 4; n >= 2 && !before; n--) if (s.start >= n && isCompanyName(text.slice(s.start - n, s.start), lex)) before = n;
      if (before && !out.some((o) => o.end > s.start - before && o.start < s.start)) pieces.unshift({ start: s.start - before, end: s.start, label: 'ORG' });
      else if (!allPlaces || !pieces.length) continue;
    }
    out = replacedBy(out, [s], make(pieces[0]));
    for (const p of pieces.slice(1)) out = replacedBy(out, [], make(p));
  }
  return out;
}
