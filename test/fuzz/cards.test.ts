import { test } from 'node:test';
import fc from 'fast-check';
import { escapeMarkdown } from '../../src/core/cards/markdown';
import { entityCard } from '../../src/core/cards/entity-card';
import { cardMessages } from '../../src/core/cards/messages';
import { glossaryCard } from '../../src/core/cards/glossary-card';
import { GlossaryEntry } from '../../src/core/glossary/types';
import { Annotation } from '../../src/core/types';
import { check, fragment } from './support';

const OPEN = 'zhNews.openGlossaryEntry';

/** Pieces of markdown and HTML an attacker would put in an article or a shared glossary. */
const ATTACK = [
  '[x](command:workbench.action.quit)', '[x](https://evil.example/)', '![i](https://evil.example/a.png)', '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>', '<a href="command:x">a</a>', 'command:workbench.action.openSettings?%5B%5D', 'https://evil.example',
  'www.evil.example', 'a@evil.example', '<https://evil.example>', '`code`', '```', '**b**', '_e_', '~~s~~', '# h', '1. ', '- ', '> ',
  '[ref]: https://evil.example', '[ref]', '===', '---', '&lt;', '&#x3C;', '&amp;', '\\', '\\[', '](', '[', ']', '(', ')', '<!--', '-->',
  '<', '>', '\n', '\r\n', '\r', '\n\n', '    ', '|a|b|', '$$', '{', '}', '"', "'", '=', ':',
];
const hostile = fc.array(fc.oneof(fc.constantFrom(...ATTACK), fragment), { maxLength: 25 }).map((a) => a.join(''));

/** ASCII punctuation CommonMark may give meaning to (all of it: a backslash makes any of these literal). */
const PUNCT = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
const SAFE_UNESCAPED = new Set(['$', '%', ',', '/', ';', '?', '@', '^']);

/** Throws unless every markdown-significant character is escaped, and unescaping gives the text back. */
function assertInert(md: string, original: string): void {
  let plain = '';
  for (let i = 0; i < md.length; i++) {
    const c = md[i];
    if (c === '\\' && i + 1 < md.length && PUNCT.test(md[i + 1])) {
      plain += md[++i];
      continue;
    }
    if (c === '&') {
      const m = /^&(lt|gt|amp);/.exec(md.slice(i));
      if (!m) throw new Error(`raw & at ${i}: ${JSON.stringify(md)}`);
      plain += m[1] === 'lt' ? '<' : m[1] === 'gt' ? '>' : '&';
      i += m[0].length - 1;
      continue;
    }
    if (PUNCT.test(c) && !SAFE_UNESCAPED.has(c)) throw new Error(`unescaped ${JSON.stringify(c)} at ${i}: ${JSON.stringify(md)}`);
    plain += c;
  }
  if (plain !== original.replace(/\r?\n/g, '  \n')) throw new Error(`escaping changed the text: ${JSON.stringify(original)} → ${JSON.stringify(md)}`);
}

/** Markdown link destinations `](…)` that are not escaped. */
function linkTargets(md: string): string[] {
  return [...md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
}

test('escapeMarkdown, entity cards and glossary cards keep hostile text inert', () => {
  const messages = cardMessages('en');
  check('cards.escape', fc.tuple(hostile, hostile, fc.constantFrom<Annotation['label']>('PER', 'ORG', 'LOC', 'NUM')), ([text, other, label]) => {
    assertInert(escapeMarkdown(text), text);

    // An entity card over the whole hostile text (a manual span can cover anything).
    if (text.length > 0) {
      const a: Annotation = { start: 0, end: text.length, label, confidence: 0.5, source: 'auto', kind: label === 'NUM' ? 'CARDINAL' : undefined, value: label === 'NUM' ? { unit: other } : undefined, roles: [{ role: other, org: text }] };
      const card = entityCard(a, { text, all: [a], messages });
      if (linkTargets(card).length) throw new Error(`entity card has a link: ${JSON.stringify(card)}`);
      if (/<[a-z!/?]/i.test(card)) throw new Error(`entity card has a raw tag: ${JSON.stringify(card)}`);
    }

    // A glossary entry made of hostile text: the only link is our command, with JSON arguments.
    const entry: GlossaryEntry = {
      id: other || 'x', term: text || 't', aliases: [other], category: other, summary: text, definition: `${text}\n\n${other}`, related: [text],
      source: { title: other, url: `https://example.org/${text}`, publication: text },
      location: { file: `/ws/${other}.glossary.yaml`, line: 1, col: 1, offset: 0 },
    };
    const md = glossaryCard([entry], OPEN);
    const targets = linkTargets(md);
    const commands = targets.filter((t) => t.startsWith('command:'));
    if (commands.length !== 1 || !commands[0].startsWith(`command:${OPEN}?`)) throw new Error(`links: ${JSON.stringify(targets)}`);
    const args = JSON.parse(decodeURIComponent(commands[0].slice(`command:${OPEN}?`.length))) as { id: string }[];
    if (!Array.isArray(args) || args.length !== 1 || args[0].id !== entry.id) throw new Error(`command arguments ${JSON.stringify(args)}`);
    for (const t of targets) if (!t.startsWith('command:') && !/^https:\/\/example\.org\/[^\s()<>]*$/.test(t)) throw new Error(`unexpected link ${t}`);
    if (/<[a-z!/?]/i.test(md)) throw new Error(`glossary card has a raw tag: ${JSON.stringify(md)}`);
  });
});
