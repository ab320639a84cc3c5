import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityCard } from '../../../src/core/cards/entity-card';
import { cardMessages } from '../../../src/core/cards/messages';
import { Annotation } from '../../../src/core/types';

const HOSTILE = [
  '[退出](command:workbench.action.quit)',
  '![图](https://evil.example/a.png)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'https://evil.example 和 www.evil.example',
  '<https://evil.example>',
  '`代码` **粗** _斜_',
  '[ref]: command:workbench.action.quit\n[ref]',
  '&#x3C;script&#x3E;',
];

/** Markdown link destinations that are not escaped. */
const links = (md: string) => [...md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);

for (const h of HOSTILE) {
  for (const label of ['PER', 'ORG', 'NUM'] as const) {
    test(`entity card of document text ${JSON.stringify(h)} as ${label} is inert`, () => {
      const text = `张伟说${h}。`;
      const a: Annotation = {
        start: 3, end: 3 + h.length, label, confidence: 0.8, source: 'auto',
        ...(label === 'NUM' ? { kind: 'QUANTITY' as const, value: { value: 3, unit: h } } : {}),
        ...(label === 'PER' ? { roles: [{ role: h, org: h }] } : {}),
      };
      const people: Annotation = { start: 0, end: 2, label: 'PER', confidence: 1, source: 'auto', roles: [{ org: h }] };
      const md = entityCard(a, { text, all: [a, people], messages: cardMessages('zh-cn') });
      assert.deepEqual(links(md), [], md);
      assert.ok(!/<[a-z!/]/i.test(md), `raw tag in ${md}`);
      assert.ok(!/(^|[^\\])(https?|command):/.test(md), `live scheme in ${md}`);
      assert.ok(!/(^|[^\\])`/.test(md.replace(/`(PER|ORG|LOC|NUM)`/g, '')), `unescaped backtick in ${md}`);
      assert.ok(!/(^|[^\\])&[#a-z]/i.test(md.replace(/&(lt|gt|amp);/g, '')), `entity in ${md}`);
    });
  }
}
