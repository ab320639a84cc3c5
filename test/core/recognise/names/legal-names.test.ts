import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brandsBeforeLegalNames, companyHeadsTakenIn, subsidiariesOffCompanies } from '../../../../src/core/recognise/names/legal-names';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { show, spansOf, S } from './spans';

test('a brand the model leaves before a trade and a legal form joins the name', () => {
  const lex = Lexicon.build([['成立', LEX.WORD], ['公告', LEX.WORD], ['收购', LEX.WORD], ['极氪', LEX.WORD | LEX.NAME_ORG]]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['公告称，极氪智能科技控股有限公司已完成', [['智能科技控股有限公司', 'ORG']], ['ORG:极氪智能科技控股有限公司']],
    // A place the model read in the brand goes into the name.
    ['与蔚来汽车科技有限公司签约', [['蔚来', 'LOC'], ['汽车科技有限公司', 'ORG']], ['ORG:蔚来汽车科技有限公司']],
    // A plain word before the trade, a function word, or a name the model read across the brand: as read.
    ['新成立智能科技有限公司', [['智能科技有限公司', 'ORG']], ['ORG:智能科技有限公司']],
    // A verb at the run's start is the clause's, not the brand's.
    ['计划收购极氪智能科技有限公司已发行', [['智能科技有限公司', 'ORG']], ['ORG:极氪智能科技有限公司']],
    ['，与智能科技有限公司', [['智能科技有限公司', 'ORG']], ['ORG:智能科技有限公司']],
    ['重庆长安汽车股份有限公司', [['重庆长安汽车股份有限公司', 'ORG']], ['ORG:重庆长安汽车股份有限公司']],
    // A name with its own head before the legal form is not a trade's.
    ['，华峰化工有限公司', [['化工有限公司', 'ORG']], ['ORG:化工有限公司']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, brandsBeforeLegalNames(text, spansOf(text, read), lex)), want, text);
});

test("a subsidiary's description is cut off the company's name", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['正式成为吉利汽车全资子公司，', [['吉利汽车全资子公司', 'ORG']], ['ORG:吉利汽车']],
    ['是万科的控股子公司', [['万科的控股子公司', 'ORG']], ['ORG:万科']],
    // A branch is a name of its own; nothing left but the description stays as read.
    ['中国银行北京分公司', [['中国银行北京分公司', 'ORG']], ['ORG:中国银行北京分公司']],
    ['一家全资子公司', [['全资子公司', 'ORG']], ['ORG:全资子公司']],
    // A headquarters after the name is no part of it.
    ['吉利汽车集团总部、领克汽车总部', [['吉利汽车集团总部', 'ORG'], ['领克汽车总部', 'ORG']], ['ORG:吉利汽车集团', 'ORG:领克汽车']],
    ['设立全球总部', [['全球总部', 'ORG']], ['ORG:全球总部']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, subsidiariesOffCompanies(text, spansOf(text, read))), want, text);
});

test("the head the model leaves after a company's name joins it", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['成立“极氪科技集团”。', [['极氪科技', 'ORG']], ['ORG:极氪科技集团']],
    ['由范峻毅挂帅；极氪科技事业群统管', [['范峻毅', 'PER'], ['极氪科技', 'ORG']], ['PER:范峻毅', 'ORG:极氪科技事业群']],
    // A name with a head of its own, a place, or a name read right after: as read.
    ['万科有限公司集团化', [['万科有限公司', 'ORG']], ['ORG:万科有限公司']],
    ['重庆集团化改革', [['重庆', 'LOC']], ['LOC:重庆']],
    ['华为公司董事会', [['华为', 'ORG'], ['公司董事会', 'ORG']], ['ORG:华为', 'ORG:公司董事会']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, companyHeadsTakenIn(text, spansOf(text, read))), want, text);
});
