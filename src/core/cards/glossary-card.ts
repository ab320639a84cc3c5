import { GlossaryEntry, GlossaryLocation } from '../glossary/types';
import { isHttpUrl } from '../glossary/validate';
import { escapeMarkdown } from './markdown';

export interface GlossaryCardMessages {
  aliases: string;
  related: string;
  source: string;
  updated: string;
  open: string;
}

const EN: GlossaryCardMessages = { aliases: 'Also written', related: 'Related', source: 'Source', updated: 'Checked', open: 'Open entry' };
const ZH: GlossaryCardMessages = { aliases: '别称', related: '相关词条', source: '来源', updated: '核对日期', open: '打开词条' };

export function glossaryCardMessages(locale: string | undefined): GlossaryCardMessages {
  return locale && locale.toLowerCase().startsWith('zh') ? ZH : EN;
}

/** The arguments the open command receives (as its single argument): where the entry starts. */
export interface OpenEntryArgs extends GlossaryLocation {
  id: string;
}

const COMMAND_ID = /^[A-Za-z][A-Za-z0-9_.\-]*$/;

/**
 * One hover card for the glossary entries under the cursor (several when TERM spans overlap), as
 * markdown. Every piece of glossary text is escaped; the only links are a validated http(s) source
 * URL and `command:<openCommandId>`, so the hover can be trusted with exactly that one command
 * (`MarkdownString.isTrusted = { enabledCommands: [openCommandId] }`, `supportHtml` off).
 */
export function glossaryCard(entries: readonly GlossaryEntry[], openCommandId: string, messages: GlossaryCardMessages = EN): string {
  return entries.map((e) => entryCard(e, openCommandId, messages)).join('\n\n---\n\n');
}

function entryCard(e: GlossaryEntry, openCommandId: string, m: GlossaryCardMessages): string {
  const parts: string[] = [];
  parts.push(`**${escapeMarkdown(e.term)}**${e.category ? ` · ${escapeMarkdown(e.category)}` : ''}`);
  if (e.summary) parts.push(`*${escapeMarkdown(e.summary)}*`);
  if (e.definition) parts.push(escapeParagraphs(e.definition));
  if (e.aliases.length) parts.push(`${m.aliases}: ${e.aliases.map(escapeMarkdown).join(' · ')}`);
  if (e.related.length) parts.push(`${m.related}: ${e.related.map(escapeMarkdown).join(' · ')}`);
  if (e.source) parts.push(`${m.source}: ${sourceLine(e.source)}`);
  const foot: string[] = [];
  if (e.updated) foot.push(`${m.updated}: ${escapeMarkdown(e.updated)}`);
  const open = openLink(e, openCommandId, m);
  if (open) foot.push(open);
  if (foot.length) parts.push(foot.join(' · '));
  return parts.join('\n\n');
}

/** Paragraphs survive (blank lines), everything else in them is literal text. */
function escapeParagraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => escapeMarkdown(p.split(/\r?\n/).map((l) => l.trim()).join('\n').trim()))
    .filter((p) => p !== '')
    .join('\n\n');
}

function sourceLine(s: NonNullable<GlossaryEntry['source']>): string {
  const title = escapeMarkdown(s.title);
  const link = s.url ? safeHref(s.url) : undefined;
  const head = link ? `[${title}](${link})` : title;
  return s.publication ? `${head} · ${escapeMarkdown(s.publication)}` : head;
}

/** The URL as a link destination, or undefined when it is not a plain http(s) URL. */
export function safeHref(url: string): string | undefined {
  if (!isHttpUrl(url)) return undefined;
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return undefined;
  }
  // URL serialisation leaves ( ) and a few others; they would end or confuse a markdown destination.
  return href.replace(/[()<>\\ '"`]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

function openLink(e: GlossaryEntry, commandId: string, m: GlossaryCardMessages): string | undefined {
  if (!COMMAND_ID.test(commandId)) return undefined;
  const args: OpenEntryArgs = { id: e.id, ...e.location };
  const encoded = encodeURIComponent(JSON.stringify([args])).replace(/[!'()*~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `[${m.open}](command:${commandId}?${encoded})`;
}
