/**
 * A static check of the extension's sources (they import vscode, so they cannot run here): every
 * MarkdownString is untrusted except for our one entry-opening command, and never renders HTML.
 * The card contents themselves are tested in test/core/cards and test/fuzz/cards.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(__dirname, '..', '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const files = [...sources(join(SRC, 'extension')), ...sources(join(SRC, 'server'))].map((p) => ({ p, text: readFileSync(p, 'utf8') }));

test('no MarkdownString is trusted wholesale or renders HTML', () => {
  for (const { p, text } of files) {
    assert.ok(!/isTrusted\s*=\s*true/.test(text), `${p}: isTrusted = true`);
    assert.ok(!/supportHtml\s*=\s*true/.test(text), `${p}: supportHtml = true`);
    assert.ok(!/new\s+(vscode\.)?MarkdownString\([^)]*,\s*true\s*\)/.test(text), `${p}: MarkdownString(…, supportThemeIcons) is fine, but check`);
  }
});

test('each MarkdownString made enables only zhNews.openGlossaryEntry and turns HTML off', () => {
  let made = 0;
  for (const { p, text } of files) {
    const vars = [...text.matchAll(/const\s+(\w+)\s*=\s*new\s+(?:vscode\.)?MarkdownString\(/g)].map((m) => m[1]);
    made += [...text.matchAll(/new\s+(?:vscode\.)?MarkdownString\(/g)].length;
    for (const v of vars) {
      const trust = [...text.matchAll(new RegExp(`${v}\\.isTrusted\\s*=\\s*([^;]+);`, 'g'))].map((m) => m[1].replace(/\s+/g, ''));
      for (const t of trust) assert.equal(t, "{enabledCommands:['zhNews.openGlossaryEntry']}", `${p}: ${v}.isTrusted = ${t}`);
      assert.match(text, new RegExp(`${v}\\.supportHtml\\s*=\\s*false`), `${p}: ${v}.supportHtml is not set to false`);
    }
    // A MarkdownString not kept in a const cannot be checked here: keep them in one.
    assert.equal([...text.matchAll(/new\s+(?:vscode\.)?MarkdownString\(/g)].length, vars.length, `${p}: a MarkdownString not assigned to a const`);
  }
  assert.ok(made >= 1, 'the hover provider makes a MarkdownString');
});
