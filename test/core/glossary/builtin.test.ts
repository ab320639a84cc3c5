import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGlossary } from '../../../src/core/glossary/parse';
import { TermMatcher } from '../../../src/core/glossary/matcher';
import { termKey } from '../../../src/core/glossary/fold';

// Compiled to out/test/core/glossary/: the repository root is four levels up.
const ROOT = join(__dirname, '..', '..', '..', '..');
const FILE = join(ROOT, 'glossary', 'builtin.glossary.yaml');
const parsed = parseGlossary(readFileSync(FILE), FILE);

// The policy vocabulary of the seed article (issue 4 lists it); each must be a term or an alias.
const SEED_TERMS = ['两会', '新质生产力', '新型工业化', '33618', '“33618”现代制造业集群体系', '十四五', '十五五', '两重两新', '两重', '两新',
  '2349', '6+3', '专精特新', '单项冠军', '链主', '满天星', '低空经济', '空天信息', '具身智能', '长护险', '长期护理保险', '抽水蓄能',
  '多式联运', '成渝地区双城经济圈', '规上工业', '三甲医院', '分级诊疗', '四链融合', '三大行动', '两群'];

test('the built-in glossary loads with no errors or warnings', () => {
  assert.deepEqual(parsed.errors.map((e) => `${e.line}:${e.col} ${e.message}`), []);
});

test('the built-in glossary has at least 60 entries, each with a summary, a definition and a source', () => {
  assert.ok(parsed.entries.length >= 60, String(parsed.entries.length));
  for (const e of parsed.entries) {
    assert.ok(e.summary && e.definition && e.category, e.id);
    assert.ok(e.source && (e.source.url || e.source.publication), `${e.id} has no checkable source`);
  }
});

test('every seed-article term is in the built-in glossary', () => {
  const keys = new Set(parsed.entries.flatMap((e) => [e.term, ...e.aliases].map(termKey)));
  const missing = SEED_TERMS.filter((t) => !keys.has(termKey(t)));
  assert.deepEqual(missing, []);
});

test('related terms point at entries that exist', () => {
  const keys = new Set(parsed.entries.flatMap((e) => [e.id, e.term, ...e.aliases]));
  const dangling = parsed.entries.flatMap((e) => e.related.filter((r) => !keys.has(r)).map((r) => `${e.id} → ${r}`));
  assert.deepEqual(dangling, []);
});

test('no term or alias of the built-in glossary is claimed twice', () => {
  assert.deepEqual(new TermMatcher(parsed.entries).shadowed, []);
});

test('in the seed article, the terms the gold leaves outside NUM are found as TERM', () => {
  const text = readFileSync(join(ROOT, '..', 'shared', 'data', 'seed-article.txt'), 'utf8');
  const found = new TermMatcher(parsed.entries).find(text).map((a) => text.slice(a.start, a.end));
  for (const t of ['33618', '6+3', '2349', '两会', '十四五', '十五五', '两重', '两新', '四链融合', '三大行动', '两群', '三甲医院']) {
    assert.ok(found.some((f) => f.includes(t)), t);
  }
});
