import { LabelledSpan } from './tags';
import { LEADING_FUNCTION, Scored } from './list-rules';
import { matchesAsNames, replacedBy } from './span-edges';

/**
 * A listed company named before its stock code in brackets: 上海凤凰(600679.SH), 中达安(300635.SZ),
 * 吉利汽车(HK.0175), 腾讯控股(00700.HK), 英伟达(NASDAQ:NVDA), 国泰君安(601211/02611.HK) listed in two markets. Market news names companies by their
 * short names, which the model reads as places (上海 of 上海凤凰) or people (广誉远); the code says
 * what they are.
 */
const STOCK_CODE =
  /[（(](?:\d{6}(?:\.(?:SH|SZ|BJ|sh|sz|bj))?|\d{4,5}\.(?:HK|hk)|HK\.?\d{4,5}|(?:NASDAQ|Nasdaq|NYSE|纳斯达克|纽交所|港交所)\s?[:：]\s?[A-Z]{1,5}|[A-Z]{1,5}\.(?:O|N|US))[)）,，、;；/／]/g;

/** Characters of a short name: Chinese, Latin letters (TCL中环) and the mark of special treatment (*ST). */
const NAME_CHAR = /[\u4e00-\u9fffA-Za-z*]/;

/** Short names run 2–5 characters; a longer run holds words before the name (科创板公司上纬新材). */
const LONGEST_SHORT_NAME = 5;
/** Words that speak of companies: the name comes after them (新茶饮公司古茗). */
const COMPANY_KIND = /公司|企业|集团|品牌|个股|龙头|标的/g;
const USUAL_SHORT_NAME = 4;

export function companiesBeforeStockCodes<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  if (!text.includes('(') && !text.includes('（')) return spans;
  let out = spans;
  for (const code of text.matchAll(STOCK_CODE)) {
    const end = code.index!;
    let start = end;
    while (start > 0 && end - start < 12 && NAME_CHAR.test(text[start - 1])) start--;
    if (end - start < 2) continue;
    const run = text.slice(start, end);
    // *ST亚振: a company under special treatment keeps its mark; what comes before it is not the name.
    const marked = run.search(/\*?ST(?=[\u4e00-\u9fff])/);
    if (marked >= 0) start += marked;
    else if (end - start > LONGEST_SHORT_NAME) {
      // The name the model or a rule found ending at the code, if it is a short name's length; else four characters.
      const found = out.find((o) => o.end === end && end - o.start >= 2 && end - o.start <= LONGEST_SHORT_NAME);
      start = found ? found.start : end - USUAL_SHORT_NAME;
      // 新茶饮公司古茗: a word that speaks of companies ends before the name.
      if (!found) {
        const from = end - run.length;
        for (const kind of run.matchAll(COMPANY_KIND)) {
          const after = from + kind.index! + kind[0].length;
          if (after > start && end - after >= 2) start = after;
        }
      }
    } else if (LEADING_FUNCTION.has(text[start]) && end - start > 3) start++;
    const overlapping = out.filter((o) => o.start < end && start < o.end);
    // A name reaching outside the short name (a longer organisation ending at the code) is left as it is.
    if (overlapping.some((o) => o.start < start || o.end > end)) continue;
    if (overlapping.length === 1 && overlapping[0].label === 'ORG' && overlapping[0].start === start) continue;
    out = replacedBy(out, overlapping, make({ start, end, label: 'ORG' }));
  }
  return out;
}

/**
 * *ST元成, ST华微: a listed company under special treatment, by the mark and the two characters its short
 * name keeps after it (A-share short names run four characters, the mark included), wherever it stands.
 */
const SPECIAL_TREATMENT = /(?<![A-Za-z0-9])\*?ST[\u4e00-\u9fff]{2}/g;

export function specialTreatmentNames<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  // A longer name read over it (the company's full name) stays.
  return text.indexOf('ST') < 0 ? spans : matchesAsNames(text, spans, SPECIAL_TREATMENT, make, 'ORG');
}
