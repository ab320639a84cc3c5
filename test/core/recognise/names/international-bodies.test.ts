import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unAgencies } from '../../../../src/core/recognise/names/international-bodies';
import { S, show, spansOf } from './spans';

test("the United Nations' agencies and their organs are named after it, one organisation", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['中国入选联合国旅游组织“最佳旅游乡村”', [['中国', 'LOC'], ['联合国', 'ORG']], ['LOC:中国', 'ORG:联合国旅游组织']],
    ['举行的联合国旅游组织执行委员会第122次会议', [['联合国', 'ORG'], ['执行委员会', 'ORG']], ['ORG:联合国旅游组织执行委员会']],
    ['联合国开发计划署发布', [['联合国', 'ORG']], ['ORG:联合国开发计划署']],
    // A verb or a coordination after it: the United Nations alone.
    ['联合国呼吁各方保持克制', [['联合国', 'ORG']], ['ORG:联合国']],
    ['联合国和世界银行', [['联合国', 'ORG'], ['世界银行', 'ORG']], ['ORG:联合国', 'ORG:世界银行']],
    ['联合国发布报告称', [['联合国', 'ORG']], ['ORG:联合国']],
    // Its missions, a relief agency with 和 in its name, the trade conference; not its headquarters.
    ['那里是联合国驻黎巴嫩临时部队（联黎部队）的总部', [['联合国', 'ORG'], ['黎巴嫩', 'LOC']], ['ORG:联合国驻黎巴嫩临时部队']],
    ['联合国近东巴勒斯坦难民救济和工程处总专员', [['联合国', 'ORG'], ['巴勒斯坦', 'LOC']], ['ORG:联合国近东巴勒斯坦难民救济和工程处']],
    ['联合国贸发会议、联合国工发组织', [['联合国', 'ORG'], ['联合国', 'ORG']], ['ORG:联合国贸发会议', 'ORG:联合国工发组织']],
    ['在纽约联合国总部举行', [['纽约', 'LOC'], ['联合国', 'ORG']], ['LOC:纽约', 'ORG:联合国']],
    ['联合国秘书长视察加沙地带供水工程处', [['联合国', 'ORG'], ['加沙地带', 'LOC']], ['ORG:联合国', 'LOC:加沙地带']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, unAgencies(text, spansOf(text, read))), want, text);
});
