import { test } from 'node:test';
import assert from 'node:assert/strict';
import { webOutletsWhole } from '../../../../src/core/recognise/names/web-outlets';
import { show, spansOf, S } from './spans';

test("a name read without its site's 网 takes it where a source's words follow", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['【财新网】获上交所受理', [['财新', 'ORG'], ['上交所', 'ORG']], ['ORG:财新网', 'ORG:上交所']],
    ['齐鲁网·闪电新闻10月24日讯', [['齐鲁', 'LOC']], ['ORG:齐鲁网']],
    ['华龙网记者 张三', [['华龙', 'PER']], ['ORG:华龙网']],
    // 网 of a net or a grid, not a site.
    ['重庆网络安全', [['重庆', 'LOC']], ['LOC:重庆']],
    ['国家电网公司', [['国家电', 'ORG']], ['ORG:国家电']],
    ['重庆网民', [['重庆', 'LOC']], ['LOC:重庆']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, webOutletsWhole(text, spansOf(text, read))), want, text);
});
