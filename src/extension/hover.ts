import * as vscode from 'vscode';
import { entityCard } from '../core/cards/entity-card';
import { cardMessages } from '../core/cards/messages';
import { TERM_CARD_REQUEST } from '../server/protocol';
import { AnnotationStore } from './annotation-store';
import { DecorationOptions, isShown } from './decorations';
import { Engine } from './engine';

/**
 * Hover cards for the annotations under the cursor, one combined card where spans overlap. Entity
 * cards are composed here (core, pure) because the decisions live here; glossary cards come from
 * the server, which owns the glossaries. Nothing from the document or a glossary is trusted markdown.
 */
export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: AnnotationStore,
    private readonly client: Engine,
    private readonly options: () => DecorationOptions,
  ) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const state = this.store.get(doc.uri);
    if (!state || state.version !== doc.version) return undefined;
    const offset = doc.offsetAt(position);
    const opts = this.options();
    const hits = state.annotations.filter((a) => a.start <= offset && offset < a.end && isShown(a, opts));
    if (hits.length === 0) return undefined;
    const text = doc.getText();
    const messages = cardMessages(vscode.env.language);
    const all = state.annotations.filter((a) => a.label !== 'TERM');
    const parts: string[] = [];
    for (const a of hits) {
      if (a.label === 'TERM' && a.glossaryId) {
        const card = await this.client.sendRequest<string | null>(TERM_CARD_REQUEST, { glossaryId: a.glossaryId, locale: vscode.env.language }, token);
        if (card) parts.push(card);
      } else if (a.label !== 'TERM') {
        parts.push(entityCard(a, { text, all, messages }));
      }
    }
    if (parts.length === 0) return undefined;
    const md = new vscode.MarkdownString(parts.join('\n\n---\n\n'));
    md.isTrusted = { enabledCommands: ['zhNews.openGlossaryEntry'] };
    md.supportHtml = false;
    const start = Math.min(...hits.map((a) => a.start));
    const end = Math.max(...hits.map((a) => a.end));
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(start), doc.positionAt(end)));
  }
}
