import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Annotator, TermFinder } from '../../src/core/annotate';
import { JiebaSegmenter } from '../../src/core/segment/jieba';
import { cliNameRecogniser } from '../../src/cli/engine';
import { loadCliGlossary } from '../../src/cli/glossary-files';
import { Annotation, Label } from '../../src/core/types';
import { NameRecogniser } from '../../src/core/recognise/names';
import { addToPrefixes, consolidateNames, NamesByPrefix, removeFromPrefixes } from '../../src/core/recognise/names/consolidate';
import { DocumentNames } from '../../src/core/recognise/names/document-names';
import { seedArticlePath } from '../support/paths';

// The pipeline the editor runs: the name model with its document pass, numbers, the built-in glossary.
const names = cliNameRecogniser();
const terms: TermFinder = loadCliGlossary([], () => {}).matcher;
const segmenter = new JiebaSegmenter();

// Paragraphs with persons, their roles, organisations and places mentioned again further down; the
// opening repeated at the end, so the same names have equally confident mentions in two places.
const seed = readFileSync(seedArticlePath(), 'utf8');
// A company named in full, and by its short names in other paragraphs (one the model reads as a person);
// a company known by a title only companies give, and named again where the model reads a place inside it.
const ARTICLE =
  seed.slice(0, 3000) +
  '\n重庆华峰化工有限公司成立于2010年。\n' +
  seed.slice(0, 600) +
  '\n如今，华峰化工的产品销往全球。\n比亚迪汽车有限公司发布召回计划。\n截至收盘，比亚迪股价下跌。\n宁德时代董事长曾毓群说。\n宁德时代创立于2011年。\n重庆铜梁龙2-0战胜上海嘉定汇龙。\n赛后，重庆铜梁龙积4分，铜梁龙领跑。';

interface Edit {
  kind: 'insert' | 'delete' | 'copy' | 'newline';
  at: number;
  from: number;
  length: number;
  char: string;
}

/** Edits that make, break, move and join names: typed characters, deletions, pasted pieces of the text, line breaks. */
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'copy', 'newline'),
  at: fc.nat(),
  from: fc.nat(),
  length: fc.integer({ min: 1, max: 8 }),
  char: fc.constantFrom('王', '市', '委', '主任', '重庆', '、', '，', '日报', '县', '区', '3', '的', '有限公司', '董事长'),
});

function apply(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  switch (e.kind) {
    case 'insert':
      return text.slice(0, at) + e.char + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'newline':
      return text.slice(0, at) + '\n' + text.slice(at);
    case 'copy': {
      const from = e.from % (text.length + 1);
      return text.slice(0, at) + text.slice(from, from + e.length) + text.slice(at);
    }
  }
}

test('edit after edit, the incremental document pass gives exactly what annotating the text afresh gives', () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), fc.constantFrom<readonly Label[] | undefined>(undefined, ['PER', 'ORG', 'TERM']), (edits, labels) => {
      const incremental = new Annotator({ segmenter, names, terms, labels });
      let text = ARTICLE;
      incremental.annotate(text);
      for (const [i, e] of edits.entries()) {
        text = apply(text, e);
        // Afresh: no paragraph cache, so the whole-document consolidateNames, not the document pass.
        const fresh = new Annotator({ segmenter, names, terms, labels, paragraphCache: false });
        assert.deepStrictEqual(incremental.annotate(text), fresh.annotate(text), `after edit ${i} (${JSON.stringify(e)})`);
      }
    }),
    { seed: 20261129, numRuns: 25 },
  );
});

test('a name made confident in one paragraph is marked, with its roles, in the others; undoing the edit takes it back', () => {
  const a = new Annotator({ segmenter, names, terms });
  const base = '市发展改革委主任高健说，要加快发展。\n会上，高健介绍了情况。\n记者从会上获悉，高健表示。';
  const before = a.annotate(base);
  const fresh = (t: string) => new Annotator({ segmenter, names, terms, paragraphCache: false }).annotate(t);
  assert.deepStrictEqual(before, fresh(base));
  const pers = (as: typeof before, t: string) => as.filter((x) => x.label === 'PER').map((x) => `${t.slice(x.start, x.end)}:${x.roles?.map((r) => (r.org ?? '') + (r.role ?? '')).join('/') ?? ''}`);
  // The roles stated in the first paragraph reach every mention of 高健.
  assert.deepEqual(pers(before, base), ['高健:市发展改革委主任', '高健:市发展改革委主任', '高健:市发展改革委主任']);
  // Break the first paragraph's statement of the role: the other paragraphs lose it too.
  const edited = base.replace('主任高健', '主任，高健');
  const after = a.annotate(edited);
  assert.deepStrictEqual(after, fresh(edited));
  assert.deepStrictEqual(a.annotate(base), before);
});

test("a company named in full lends its short name to the article's other paragraphs, and takes it back when it goes", () => {
  const a = new Annotator({ segmenter, names, terms });
  // 如今华峰化工: no clause break before the short name, where the trade alone would make it a company's.
  const base = '重庆华峰化工有限公司成立于2010年。\n如今华峰化工的产品销往全球。';
  const orgs = (t: string) => a.annotate(t).filter((x) => x.label === 'ORG').map((x) => t.slice(x.start, x.end));
  assert.deepEqual(orgs(base), ['重庆华峰化工有限公司', '华峰化工']);
  // Without the full name, nothing says 华峰化工 is a company.
  const edited = base.replace('重庆华峰化工有限公司', '该公司');
  assert.ok(!orgs(edited).includes('华峰化工'));
  assert.deepStrictEqual(a.annotate(edited), new Annotator({ segmenter, names, terms, paragraphCache: false }).annotate(edited));
  assert.deepEqual(orgs(base), ['重庆华峰化工有限公司', '华峰化工']);
});

/**
 * Names whose label and confidence depend on the character after them, so that equally confident
 * mentions of one name disagree on its label (the first in the document decides), plus organisations
 * and titles that state roles.
 */
const tieNames: NameRecogniser = {
  needsWords: false,
  recognise(text: string): Annotation[] {
    const out: Annotation[] = [];
    for (const m of text.matchAll(/[市县]教育委/g)) out.push({ start: m.index!, end: m.index! + m[0].length, label: 'ORG', confidence: 0.9, source: 'auto' });
    for (const m of text.matchAll(/[张李][明华]/g)) {
      const next = text.charCodeAt(m.index! + 2) || 0;
      const label = (['PER', 'ORG', 'LOC'] as const)[next % 3];
      out.push({ start: m.index!, end: m.index! + 2, label, confidence: [0.5, 0.7, 0.9][(next >> 2) % 3], source: 'auto' });
    }
    return out;
  },
  consolidate: (text, all) => consolidateNames(text, all),
  documentPass: () => new DocumentNames(),
};

test('the document pass agrees with the whole-document pass where equally confident mentions disagree on a label', () => {
  // Names and line breaks often: ties between paragraphs need several mentions of one name.
  const pieces = ['张明', '张明', '张明', '李华', '李华', '说', '局', '主任', '市教育委', '县教育委', '、', '，', '\n', '\n', '\n', '的', '。', '张', '华'];
  const op = fc.record({ at: fc.nat(), piece: fc.constantFrom(...pieces), del: fc.integer({ min: 0, max: 3 }) });
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 5, maxLength: 60 }), fc.array(op, { minLength: 1, maxLength: 30 }), (start, ops) => {
      const incremental = new Annotator({ segmenter, names: tieNames });
      let text = start.join('');
      incremental.annotate(text);
      for (const [i, o] of ops.entries()) {
        const at = o.at % (text.length + 1);
        text = text.slice(0, at) + (o.del ? '' : o.piece) + text.slice(at + o.del);
        const fresh = new Annotator({ segmenter, names: tieNames, paragraphCache: false });
        assert.deepStrictEqual(incremental.annotate(text), fresh.annotate(text), `after edit ${i}: ${JSON.stringify(text)}`);
      }
    }),
    { seed: 20261129, numRuns: 300 },
  );
  // The smallest such case: 张明 is LOC (0.9) first, ORG (0.9) next, so the third, less confident, mention is a LOC.
  const text = '张明说\n张明李\n张明县';
  const got = new Annotator({ segmenter, names: tieNames }).annotate(text);
  assert.deepStrictEqual(got, new Annotator({ segmenter, names: tieNames, paragraphCache: false }).annotate(text));
  assert.deepEqual(got.map((a) => a.label), ['LOC', 'ORG', 'LOC']);
});

test('names sharing a head are tried longest first, then in code-unit order, whatever order they come in', () => {
  const names = ['中国', '中国银行', '中国人民银行', '中国人民大学', '中国队', '中国科学院', '中国银行重庆分行'];
  const want = ['中国银行重庆分行', '中国人民大学', '中国人民银行', '中国科学院', '中国银行', '中国队', '中国'];
  for (const order of [names, [...names].reverse(), [names[3], names[0], names[6], names[1], names[5], names[2], names[4]]]) {
    const byPrefix: NamesByPrefix = new Map();
    for (const s of order) addToPrefixes(byPrefix, s, { label: 'ORG', confidence: 0.9 });
    assert.deepEqual([...byPrefix.values()].map((l) => l.map(([s]) => s)), [want]);
    removeFromPrefixes(byPrefix, '中国科学院');
    assert.deepEqual([...byPrefix.values()].map((l) => l.map(([s]) => s)), [want.filter((s) => s !== '中国科学院')]);
  }
});
