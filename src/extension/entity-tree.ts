import * as vscode from 'vscode';
import { Annotation, EntityLabel, ENTITY_LABELS } from '../core/types';
import { countByLabel } from '../core/annotations/counts';
import { Decision } from '../core/annotations/decisions';
import { AnnotationStore } from './annotation-store';
import { measure } from './block-monitor';
import { labelName } from './commands/decide';
import { EntityGroup, entityGroups, pageOf } from './entity-pages';
import { REVEAL_COMMAND } from './commands/reveal-mention';

export const TREE_VIEW_ID = 'zhNews.entities';

type Node =
  | { type: 'label'; label: EntityLabel; count: number }
  | { type: 'entity'; label: EntityLabel; text: string; mentions: Annotation[] }
  | { type: 'more'; label: EntityLabel; rest: EntityGroup[] }
  | { type: 'mention'; annotation: Annotation }
  | { type: 'orphans'; decisions: Decision[] }
  | { type: 'orphan'; decision: Decision };

/**
 * The entity explorer: label → entity (with its mention count) → mentions, for the active editor.
 * Orphaned decisions, whose text is gone from the article, have their own group.
 */
export class EntityTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private filter: readonly EntityLabel[] = ENTITY_LABELS;
  private timer: NodeJS.Timeout | undefined;
  private doc: vscode.TextDocument | undefined;

  /** `shown`: what the editor shows (labels, confidence threshold); the tree lists nothing else. */
  constructor(
    private readonly store: AnnotationStore,
    private readonly shown: (a: Annotation) => boolean,
  ) {}

  /** Refreshes soon, coalescing bursts of updates while the user types. */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(undefined), 100);
  }

  setFilter(labels: readonly EntityLabel[]): void {
    this.filter = labels;
    this.changed.fire(undefined);
  }

  get labelsShown(): readonly EntityLabel[] {
    return this.filter;
  }

  getChildren(node?: Node): Node[] {
    return measure('tree', () => this.children(node));
  }

  private children(node?: Node): Node[] {
    if (!node) {
      this.doc = vscode.window.activeTextEditor?.document;
      const state = this.doc && this.store.get(this.doc.uri);
      if (!this.doc || !state) return [];
      const counts = countByLabel(state.annotations.filter(this.shown));
      const roots: Node[] = this.filter
        .map((label) => ({ type: 'label' as const, label, count: counts.get(label) ?? 0 }))
        .filter((n) => n.count > 0);
      const orphans = state.decisions.filter((d) => d.orphan);
      if (orphans.length) roots.push({ type: 'orphans', decisions: orphans });
      return roots;
    }
    const state = this.doc && this.store.get(this.doc.uri);
    if (!this.doc || !state) return [];
    const text = this.doc.getText();
    switch (node.type) {
      case 'label':
      case 'more': {
        const all = node.type === 'label' ? entityGroups(state.annotations.filter(this.shown), node.label, text, collator().compare) : node.rest;
        const { page, rest } = pageOf(all);
        const items: Node[] = page.map((g) => ({ type: 'entity', label: node.label, text: g.text, mentions: g.mentions }));
        if (rest.length) items.push({ type: 'more', label: node.label, rest });
        return items;
      }
      case 'entity':
        return node.mentions.map((annotation) => ({ type: 'mention', annotation }));
      case 'orphans':
        return node.decisions.map((decision) => ({ type: 'orphan', decision }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const doc = this.doc;
    switch (node.type) {
      case 'label': {
        const item = new vscode.TreeItem(`${labelName(node.label)} (${node.label})`, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.count);
        item.contextValue = 'zhNews.label';
        return item;
      }
      case 'entity': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `×${node.mentions.length}`;
        item.contextValue = 'zhNews.entity';
        return item;
      }
      case 'mention': {
        const a = node.annotation;
        const pos = doc ? doc.positionAt(a.start) : new vscode.Position(0, 0);
        const item = new vscode.TreeItem(`${pos.line + 1}:${pos.character + 1}`, vscode.TreeItemCollapsibleState.None);
        item.description = doc ? context(doc.getText(), a.start, a.end) : '';
        item.tooltip = a.status === 'accepted' || a.source === 'manual' ? vscode.l10n.t('accepted') : vscode.l10n.t('suggestion');
        item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Reveal'), arguments: [doc?.uri.toString(), a.start, a.end] };
        item.contextValue = 'zhNews.mention';
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem(vscode.l10n.t('{0} more', String(node.rest.length)), vscode.TreeItemCollapsibleState.Collapsed);
        item.tooltip = vscode.l10n.t('Entities mentioned less often; filter the view by label to narrow it.');
        return item;
      }
      case 'orphans': {
        const item = new vscode.TreeItem(vscode.l10n.t('Orphaned annotations'), vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.decisions.length);
        item.tooltip = vscode.l10n.t('Their text is no longer in the article. Re-attach each to a selection, or delete it.');
        return item;
      }
      case 'orphan': {
        const d = node.decision;
        const item = new vscode.TreeItem(`${d.label} “${d.quote}”`, vscode.TreeItemCollapsibleState.None);
        item.description = vscode.l10n.t('was at {0}', String(d.start));
        item.contextValue = 'zhNews.orphan';
        item.id = `orphan:${d.id}`;
        return item;
      }
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
  }
}

/**
 * One collator for every sort: building one per comparison cost 167 ms on the seed article. Made
 * on first use (or by warmUp), not when the bundle loads: building it reads ICU's Chinese collation
 * data, 20–40 ms.
 */
let zhCollator: Intl.Collator | undefined;
function collator(): Intl.Collator {
  return (zhCollator ??= new Intl.Collator('zh'));
}

/** Builds the collator now, in a turn of the event loop of its own, so the tree's first refresh does not. */
export function warmUpTree(): void {
  collator();
}

function context(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 8), start).replace(/\s+/g, ' ');
  const after = text.slice(end, end + 8).replace(/\s+/g, ' ');
  return `…${before}【${text.slice(start, end)}】${after}…`;
}
