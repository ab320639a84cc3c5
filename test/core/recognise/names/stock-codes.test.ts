import { test } from 'node:test';
import assert from 'node:assert/strict';
import { companiesBeforeStockCodes, specialTreatmentNames } from '../../../../src/core/recognise/names/stock-codes';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { at, S, show, spansOf } from './spans';

test('a short name before a stock code in brackets is a listed company, whatever the model read in it', () => {
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.8 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['19日，山东出版（601019.SH）公告', [['山东', 'LOC']], ['ORG:山东出版']],
    ['APP讯，广誉远（600771.SH）发布', [['广誉远', 'PER']], ['ORG:广誉远']],
    ['，中达安（300635.SZ）称', [], ['ORG:中达安']],
    ['，葛洲坝（600068）上涨', [], ['ORG:葛洲坝']],
    ['这封由吉利汽车（HK.0175）发出', [], ['ORG:吉利汽车']],
    ['，腾讯控股（00700.HK）股价', [], ['ORG:腾讯控股']],
    ['，英伟达（NASDAQ: NVDA）市值', [], ['ORG:英伟达']],
    // Listed in two markets: the codes one after the other.
    ['日，国泰君安（601211/02611.HK）发布公告', [], ['ORG:国泰君安']],
    // Words before the name: a company under special treatment keeps its mark; a word for companies ends before it.
    ['的还有*ST亚振（603389.SH）', [['亚振', 'PER']], ['ORG:*ST亚振']],
    ['新茶饮公司古茗（HK01364，股价11.24港元）', [], ['ORG:古茗']],
    ['式拿下科创板公司上纬新材（688585.SH）', [], ['ORG:上纬新材']],
    // A long run: the name the model found ending at the code.
    ['据了解这次公告显示东方园林（002310.SZ）', [['东方园林', 'ORG']], ['ORG:东方园林']],
    // An organisation reaching past the short name is left; a number in brackets that is no code changes nothing.
    ['，重庆市城市建设发展有限公司（600000）', [['重庆市城市建设发展有限公司', 'ORG']], ['ORG:重庆市城市建设发展有限公司']],
    ['，山东省（2023年）', [['山东省', 'LOC']], ['LOC:山东省']],
    ['，去年收入（120000元）', [], []],
  ];
  for (const [text, read, want] of table) {
    const spans = read.map(([s, label]) => at(text, s, label));
    assert.deepEqual(show(text, companiesBeforeStockCodes(text, spans, make)), want, text);
  }
});

test('a company under special treatment is named by its mark and two characters, wherever it stands', () => {
  const make = (s: LabelledSpan): S => ({ ...s, confidence: 0.75 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['拟对*ST元成时任董事长', [], ['ORG:*ST元成']],
    ['包括ST西发、*ST苏吴', [['苏吴', 'LOC']], ['ORG:ST西发', 'ORG:*ST苏吴']],
    // Latin letters before it (a word such as FIRST), or a longer name over it: as read.
    ['FIRST元成', [], []],
    ['*ST元成股份有限公司', [['*ST元成股份有限公司', 'ORG']], ['ORG:*ST元成股份有限公司']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, specialTreatmentNames(text, spansOf(text, read), make)), want, text);
});
