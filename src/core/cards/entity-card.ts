import { Annotation } from '../types';
import { describeValue, isoDate } from '../recognise/numbers/describe';
import { CardMessages } from './messages';
import { escapeMarkdown } from './markdown';

/** What a card may know about the rest of the article. */
export interface CardContext {
  text: string;
  /** All PER/ORG/LOC/NUM annotations of the document, for mention counts and related people. */
  all: readonly Annotation[];
  messages: CardMessages;
}

/**
 * The hover card of one PER/ORG/LOC/NUM annotation, as markdown in which every piece of document
 * text is escaped (a hover must never render a link, command or HTML that came from the article).
 */
export function entityCard(a: Annotation, ctx: CardContext): string {
  const m = ctx.messages;
  const surface = ctx.text.slice(a.start, a.end);
  const status =
    a.source === 'manual' ? m.manual : a.status === 'accepted' ? m.accepted : m.suggested;
  const head = `**${m.label[a.label]}** \`${a.label}\`${a.kind ? ` · ${a.kind} (${m.kind[a.kind]})` : ''} · ${status}`;
  const lines = [head, '', escapeMarkdown(surface)];
  if (a.label === 'NUM') {
    const v = a.value;
    if (v?.date) lines.push('', `${m.date}: ${escapeMarkdown(describeValue(a) || isoDate(v.date))}`);
    else if (v && v.low !== undefined && v.high !== undefined) lines.push('', `${m.range}: ${escapeMarkdown(describeValue(a))}`);
    else if (v) lines.push('', `${m.value}: ${escapeMarkdown(describeValue(a))}`);
  } else {
    const mentions = ctx.all.filter((b) => b.label === a.label && ctx.text.slice(b.start, b.end) === surface).length;
    lines.push('', `${m.mentions}: ${mentions}`);
    if (a.label === 'PER') {
      const roles = collectRoles(ctx, surface);
      if (roles.length) lines.push('', `${m.role}: ${roles.map(escapeMarkdown).join('; ')}`);
    }
    if (a.label === 'ORG') {
      const people = peopleOf(ctx, surface);
      if (people.length) lines.push('', `${m.people}: ${people.map(escapeMarkdown).join(', ')}`);
    }
  }
  if (a.source !== 'manual') lines.push('', `${m.confidence}: ${Math.round(a.confidence * 100)}%`);
  return lines.join('\n');
}

/** Roles stated anywhere in the article next to this person's name. */
function collectRoles(ctx: CardContext, name: string): string[] {
  const seen = new Set<string>();
  for (const b of ctx.all) {
    if (b.label !== 'PER' || !b.roles || ctx.text.slice(b.start, b.end) !== name) continue;
    for (const r of b.roles) seen.add([r.org, r.role].filter(Boolean).join(' '));
  }
  return [...seen].filter(Boolean);
}

/** People whose stated role names this organisation. */
function peopleOf(ctx: CardContext, org: string): string[] {
  const seen = new Set<string>();
  for (const b of ctx.all) {
    if (b.label === 'PER' && b.roles?.some((r) => r.org === org)) seen.add(ctx.text.slice(b.start, b.end));
  }
  return [...seen];
}
