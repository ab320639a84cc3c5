import { test } from 'node:test';
import assert from 'node:assert/strict';
import { glossaryCard, glossaryCardMessages, safeHref } from '../../../src/core/cards/glossary-card';
import { escapeMarkdown } from '../../../src/core/cards/markdown';
import { GlossaryEntry } from '../../../src/core/glossary/types';

const OPEN = 'zhNews.openGlossaryEntry';

function entry(extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id: '两重两新',
    term: '两重两新',
    aliases: ['两重、两新'],
    category: '宏观政策',
    summary: '“两重”建设与“两新”工作的合称。',
    definition: '第一段。\n\n第二段。',
    related: ['两重', '两新'],
    source: { title: '政府工作报告', url: 'https://www.gov.cn/', publication: '国务院' },
    location: { file: '/ws/a (1).glossary.yaml', line: 12, col: 5, offset: 300 },
    ...extra,
  };
}

/** Markdown link targets in a card: `](target)`. */
function linkTargets(md: string): string[] {
  return [...md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
}

test('the card shows term, category, summary, definition, aliases, related, source and the open link', () => {
  const md = glossaryCard([entry()], OPEN, glossaryCardMessages('zh-cn'));
  for (const part of ['两重两新', '宏观政策', '合称', '第一段', '第二段', '别称', '相关词条', '两重 · 两新', '来源', '政府工作报告', '国务院', '打开词条']) {
    assert.ok(md.includes(part), part);
  }
  const targets = linkTargets(md);
  assert.equal(targets.length, 2);
  assert.equal(targets[0], 'https://www.gov.cn/');
  assert.ok(targets[1].startsWith(`command:${OPEN}?`));
});

test('the open link carries the entry location as a JSON argument array', () => {
  const md = glossaryCard([entry()], OPEN);
  const target = linkTargets(md)[1];
  const args = JSON.parse(decodeURIComponent(target.slice(`command:${OPEN}?`.length)));
  assert.deepEqual(args, [{ id: '两重两新', file: '/ws/a (1).glossary.yaml', line: 12, col: 5, offset: 300 }]);
  assert.ok(!/[()\s]/.test(target), target);
});

test('overlapping terms make one card with a separator', () => {
  const md = glossaryCard([entry(), entry({ id: '两重', term: '两重' })], OPEN);
  assert.equal(md.split('\n---\n').length, 2);
});

const HOSTILE = [
  '[click](command:workbench.action.terminal.new)',
  '[x](https://evil.example/)',
  '![img](https://evil.example/a.png)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="command:evil">a</a>',
  'command:workbench.action.openSettings?%5B%5D',
  'https://evil.example/autolink and www.evil.example',
  '<https://evil.example>',
  '`code` **bold** _em_ ~~s~~',
  '# heading',
  '1. list\n- item\n> quote',
  '[ref]: https://evil.example\n[ref]',
  'line\n===',
  '&lt;b&gt; &#x3C;script&#x3E;',
  '\\[escaped\\](command:x)',
];

for (const h of HOSTILE) {
  test(`hostile glossary text is inert: ${JSON.stringify(h)}`, () => {
    const e = entry({ term: h, category: h, summary: h, definition: h, aliases: [h], related: [h], source: { title: h, publication: h } });
    const md = glossaryCard([e], OPEN);
    // The only link left is our own command.
    const targets = linkTargets(md);
    assert.equal(targets.length, 1, md);
    assert.ok(targets[0].startsWith(`command:${OPEN}?`));
    assert.ok(!/<[a-z!/]/i.test(md), 'raw HTML tag survived');
    assert.ok(!/(^|[^\\])`/.test(md), 'unescaped backtick');
    assert.ok(!/(^|\n)\s*#/.test(md), 'heading survived');
    assert.ok(!/(^|[^\\])(https?|command):/.test(md.replace(/\]\(command:[^)]*\)/, '')), 'live scheme survived');
    assert.ok(!/(^|[^\\])&[#a-z]/i.test(md.replace(/&(lt|gt|amp);/g, '')), 'entity survived');
  });
}

test('only validated http(s) URLs become links', () => {
  for (const bad of ['javascript:alert(1)', 'command:x', 'file:///etc/passwd', 'data:text/html,x', 'https://', 'http://a b', 'vscode://x']) {
    assert.equal(safeHref(bad), undefined, bad);
    const md = glossaryCard([entry({ source: { title: 'T', url: bad } })], OPEN);
    assert.equal(linkTargets(md).length, 1, bad);
  }
  assert.equal(safeHref('https://a.example/x(1)'), 'https://a.example/x%281%29');
});

test('a command id that is not a plain identifier gives no open link', () => {
  const md = glossaryCard([entry()], 'x) [y](command:evil');
  assert.deepEqual(linkTargets(md), ['https://www.gov.cn/']);
});

test('escapeMarkdown leaves Chinese text alone and escapes markdown punctuation', () => {
  assert.equal(escapeMarkdown('新质生产力'), '新质生产力');
  assert.equal(escapeMarkdown('a*b'), 'a\\*b');
  assert.equal(escapeMarkdown('[a](b)'), '\\[a\\]\\(b\\)');
  assert.equal(escapeMarkdown('<b>'), '&lt;b&gt;');
});
