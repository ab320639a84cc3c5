import { test } from 'node:test';
import assert from 'node:assert/strict';
import { departmentsBeforeTheirHeads } from '../../../../src/core/recognise/names/departments';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { S, show, spansOf } from './spans';

test("a department named right before its head's title is an organisation", () => {
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.75 });
  // Verbs share the part-of-speech id of 表示; 任命 is a word.
  const lex = Lexicon.build([['表示', LEX.WORD, 1000, 17], ['感谢', LEX.WORD, 500, 17], ['统计', LEX.WORD, 500, 17], ['任命', LEX.WORD, 500, 2]]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['，高技术司司长伍浩出席', [['伍浩', 'PER']], ['ORG:高技术司', 'PER:伍浩']],
    // The ministry or place the model read at its start is taken in; 与 joins the department's fields.
    ['，生态环境部生态环境监测司副司长蒋火华', [['生态环境部', 'ORG'], ['环境监测司', 'ORG'], ['蒋火华', 'PER']], ['ORG:生态环境部生态环境监测司', 'PER:蒋火华']],
    ['，中国气象局应急减灾与公共服务司副司长', [['中国气象局', 'ORG']], ['ORG:中国气象局应急减灾与公共服务司']],
    // Back to a title, a verb of holding a post, a preposition or a count, not past them.
    ['成员、副主任兼省能源局局长汪某', [], ['ORG:省能源局']],
    ['他曾任陕西省文化厅副厅长', [['陕西省', 'LOC']], ['ORG:陕西省文化厅']],
    ['据重庆市招商投资促进局局长周波介绍', [['重庆市招商投资促进局', 'ORG']], ['ORG:重庆市招商投资促进局']],
    ['成为一名县水利水保局副局长', [], ['ORG:县水利水保局']],
    // Two bodies joined after a head, or after a bracket: the second alone.
    ['，市财政局和市税务局局长', [['市财政局', 'ORG']], ['ORG:市财政局', 'ORG:市税务局']],
    // A kind of office, one character before the head, a person inside: nothing new.
    ['长江流域各省市气象局局长', [['长江', 'LOC']], ['LOC:长江']],
    ['，当局长', [], []],
    ['，张伟与高技术司司长', [['张伟', 'PER']], ['PER:张伟']],
    // The ministry already read inside is where the name starts; a verb before a level's character is no part of
    // it, nor is the half of a word cut at the start; a verb that is a field stays (统计分析司).
    ['，记者专访国家统计局局长康义', [['国家统计局', 'ORG'], ['康义', 'PER']], ['ORG:国家统计局', 'PER:康义']],
    ['，感谢市公安局局长张勇', [['张勇', 'PER']], ['ORG:市公安局', 'PER:张勇']],
    ['，新任命国家外汇管理局局长', [], ['ORG:国家外汇管理局']],
    ['发言人、统计分析司司长', [], ['ORG:统计分析司']],
    // A clause's verb (决定, 延长) is no part of the department after it.
    ['立法会主席决定延长政务司司长动议议案', [], ['ORG:政务司']],
    ['特首宣布委任律政司司长', [], ['ORG:律政司']],
    ['特区政府宣布延长政务司司长任期', [['特区政府', 'ORG']], ['ORG:特区政府', 'ORG:政务司']],
    ['省长会见商务厅厅长王涛', [['王涛', 'PER']], ['ORG:商务厅', 'PER:王涛']],
    // 处处长满: everywhere grows.
    ['田野里处处长满了油菜花', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, departmentsBeforeTheirHeads(text, spansOf(text, read), make, lex)), want, text);
});
