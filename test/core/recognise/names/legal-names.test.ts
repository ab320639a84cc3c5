import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brandsBeforeLegalNames, companyHeadsTakenIn, factoriesOffCompanies, subsidiariesOffCompanies } from '../../../../src/core/recognise/names/legal-names';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
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
    // The subsidiary named after the description: the parent and the subsidiary, two names.
    ['华东医药全资子公司杭州中美华东制药有限公司收到', [['华东医药全资子公司杭州中美华东制药有限公司', 'ORG']], ['ORG:华东医药', 'ORG:杭州中美华东制药有限公司']],
    ['华东医药全资子公司杭州研发', [['华东医药全资子公司杭州研发', 'ORG']], ['ORG:华东医药全资子公司杭州研发']],
    ['是万科的控股子公司', [['万科的控股子公司', 'ORG']], ['ORG:万科']],
    ['【众生药业子公司昂拉地韦颗粒', [['众生药业子公司', 'ORG']], ['ORG:众生药业']],
    // A branch is a name of its own; nothing left but the description stays as read.
    ['中国银行北京分公司', [['中国银行北京分公司', 'ORG']], ['ORG:中国银行北京分公司']],
    ['一家全资子公司', [['全资子公司', 'ORG']], ['ORG:全资子公司']],
    // A headquarters after the name is no part of it.
    ['吉利汽车集团总部、领克汽车总部', [['吉利汽车集团总部', 'ORG'], ['领克汽车总部', 'ORG']], ['ORG:吉利汽车集团', 'ORG:领克汽车']],
    ['设立全球总部', [['全球总部', 'ORG']], ['ORG:全球总部']],
    ['美的集团第二总部、东软上海总部', [['美的集团第二总部', 'ORG']], ['ORG:美的集团']],
    ['嘉禾控股集团研发总部正式落户苏州', [['嘉禾控股集团研发总部', 'ORG']], ['ORG:嘉禾控股集团']],
    ['青禾集团华南总部大楼', [['青禾集团华南总部', 'ORG']], ['ORG:青禾集团']],
    ['引进拓斯达全球研发总部基地', [['拓斯达全球研发总部', 'ORG']], ['ORG:拓斯达']],
    // A name of three characters before a bare 总部 keeps them all.
    ['在联合国总部的例行吹风会', [['联合国总部', 'ORG']], ['ORG:联合国']],
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

test("a factory is the company's site: the company and the places in it are the names", () => {
  const lex = Lexicon.build([
    ['赛力斯', LEX.NAME_ORG],
    ['比亚迪', LEX.NAME_ORG],
    ['海信', LEX.WORD | LEX.NAME_ORG],
    ['上汽集团', LEX.ORG],
    ['泰国', LEX.LOC],
    ['郑州', LEX.LOC],
    ['北京', LEX.LOC],
    ['埃及', LEX.LOC],
    ['长寿', LEX.LOC | LEX.WORD],
    ['响水', LEX.LOC],
    ['上海', LEX.LOC],
    ['德国', LEX.LOC],
    ['图林根', LEX.LOC],
    ['渝北', LEX.LOC],
    ['张家口', LEX.LOC],
  ]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['赛力斯超级工厂内', [['赛力斯超级工厂', 'ORG']], ['ORG:赛力斯']],
    ['比亚迪泰国罗勇工厂迎来', [['比亚迪泰国罗勇工厂', 'ORG']], ['ORG:比亚迪', 'LOC:泰国']],
    ['上汽集团郑州新能源动力生产基地', [['上汽集团郑州新能源动力生产基地', 'ORG']], ['ORG:上汽集团', 'LOC:郑州']],
    // The company before the site the model read without it; places alone and 工厂.
    ['海信埃及电视工厂项目', [['埃及电视工厂', 'ORG']], ['ORG:海信', 'LOC:埃及']],
    ['北京工厂被寄予厚望', [['北京工厂', 'ORG']], ['LOC:北京']],
    ['月13日，上海超级工厂第100万辆', [['上海超级工厂', 'ORG']], ['LOC:上海']],
    ['，德国图林根工厂正在', [['德国图林根工厂', 'ORG']], ['LOC:德国', 'LOC:图林根']],
    // The words that describe the factory go with 工厂 (新工厂, 超级工厂); the company the table knows opens it.
    ['，特斯拉上海超级工厂', [['特斯拉上海超级工厂', 'ORG']], ['ORG:特斯拉', 'LOC:上海']],
    ['，长安汽车渝北新工厂', [['长安汽车渝北新工厂', 'ORG']], ['ORG:长安汽车', 'LOC:渝北']],
    ['，张家口铁路工厂', [['张家口铁路工厂', 'ORG']], ['ORG:张家口铁路工厂']],
    // A factory with a name of its own, and one with no company or place at its start: as read.
    ['长寿化工厂', [['长寿化工厂', 'ORG']], ['ORG:长寿化工厂']],
    ['响水豆腐工厂', [['响水豆腐工厂', 'ORG']], ['ORG:响水豆腐工厂']],
    ['红星机械工厂', [['红星机械工厂', 'ORG']], ['ORG:红星机械工厂']],
    // A lighthouse factory is a distinction, no factory of the city of 灯塔 and no firm.
    ['，实现灯塔工厂出口', [['灯塔工厂', 'ORG']], []],
  ];
  const make = (s: LabelledSpan): S => ({ ...s, confidence: 0.7 });
  for (const [text, read, want] of table) assert.deepEqual(show(text, factoriesOffCompanies(text, spansOf(text, read), make, lex)), want, text);
});
