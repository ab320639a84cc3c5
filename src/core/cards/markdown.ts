/**
 * Escapes text for a markdown hover so it renders literally: no links, images, HTML, emphasis,
 * code spans, headings or list markers survive, and `command:` URIs stay inert text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}\[\]()#+\-.!|<>~&"'=:]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
    .replace(/\r?\n/g, '  \n');
}
