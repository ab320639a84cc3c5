import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Compiled to out/test/syntaxes/: the repository root is three levels up.
const ROOT = join(__dirname, '..', '..', '..');

interface Rule {
  match?: string;
  include?: string;
  name?: string;
}
interface Grammar {
  scopeName: string;
  injectionSelector: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

const grammar = JSON.parse(readFileSync(join(ROOT, 'syntaxes', 'numerals.tmLanguage.json'), 'utf8')) as Grammar;

/** The top-level rules in order, includes resolved from the repository. */
function rules(): Array<{ re: RegExp; name: string }> {
  return grammar.patterns.map((p) => {
    const rule = p.include ? grammar.repository[p.include.slice(1)] : p;
    assert.ok(rule && rule.match && rule.name, `rule ${p.include ?? '?'}`);
    return { re: new RegExp(rule.match, 'g'), name: rule.name };
  });
}

/**
 * Tokenises one line as TextMate does with a flat list of match rules: from the current position, the
 * rule whose match starts first wins, the earlier rule on a tie; the scan resumes after the match.
 */
function scoped(line: string): string[] {
  const rs = rules();
  const out: string[] = [];
  let pos = 0;
  while (pos < line.length) {
    let best: RegExpExecArray | null = null;
    for (const r of rs) {
      r.re.lastIndex = pos;
      const m = r.re.exec(line);
      if (m && (!best || m.index < best.index)) best = m;
    }
    if (!best) break;
    if (best[0].length) out.push(best[0]);
    pos = best.index + Math.max(1, best[0].length);
  }
  return out;
}

const SAMPLES: Array<[string, string[]]> = [
  ['总投资33亿元的首批11个项目', ['33亿元', '11个']],
  ['增长8.8%，', ['8.8%']],
  ['贡献率超50％', ['50％']],
  ['１９９７年１２月３１日', ['１９９７年', '１２月', '３１日']],
  ['成本约3000元/千瓦', ['3000元/千瓦']],
  ['标准3207元/年·人', ['3207元/年·人']],
  ['去年95.3万辆', ['95.3万辆']],
  ['基地420多家', ['420多家']],
  ['每下线两辆新能源汽车', ['两辆']],
  ['排名全国第四。', ['第四']],
  ['百分之八点八', ['百分之八点八']],
  ['占三分之一', ['三分之一']],
  ['比重超1/4，', ['1/4']],
  ['二〇二四年', ['二〇二四年']],
  ['3大支柱产业', ['3']],
  ['一百多万辆', ['一百多万辆']],
  ['𠮷2024年😀', ['2024年']],
  ['G65包茂高速', []],
  ['5G网络', []],
  ['PM2.5浓度', []],
  ['聚焦市两会', []],
  ['一是实施', []],
  ['“十四五”收官', []],
  ['一批项目', []],
  ['一方面', []],
  ['千万不要', []],
  ['', []],
];

for (const [line, expected] of SAMPLES) {
  test(`grammar scopes ${JSON.stringify(line)} as ${JSON.stringify(expected)}`, () => {
    assert.deepEqual(scoped(line), expected);
  });
}

test('every rule names the constant.numeric.zhnews scope', () => {
  for (const rule of Object.values(grammar.repository)) assert.equal(rule.name, 'constant.numeric.zhnews');
});

test('patterns use only syntax that Oniguruma and JavaScript read alike', () => {
  for (const [key, rule] of Object.entries(grammar.repository)) {
    const src = rule.match ?? '';
    // \d, \w, \b and \s differ in Unicode range between the engines; \p{}, \h, \G, possessive and atomic
    // groups, and inline flags exist in only one of them.
    assert.doesNotMatch(src, /\\[dwbsDWBSphGAzZ]|[+*?}]\+|\(\?>|\(\?[imx]/, key);
    assert.doesNotThrow(() => new RegExp(src), key);
  }
});

test('the grammar is injected into plain text and Markdown, and plain text has a grammar to inject into', () => {
  assert.match(grammar.injectionSelector, /L:text\.plain/);
  assert.match(grammar.injectionSelector, /L:text\.html\.markdown/);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const grammars = pkg.contributes.grammars as Array<{ scopeName: string; path: string; injectTo?: string[]; language?: string }>;
  const injection = grammars.find((g) => g.scopeName === grammar.scopeName);
  assert.ok(injection, 'contributes.grammars has the injection grammar');
  assert.deepEqual([...(injection.injectTo ?? [])].sort(), ['text.html.markdown', 'text.plain']);
  for (const g of grammars) assert.ok(existsSync(join(ROOT, g.path)), g.path);
  assert.ok(grammars.some((g) => g.language === 'plaintext' && g.scopeName === 'text.plain'));
});
