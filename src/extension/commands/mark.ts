import * as vscode from 'vscode';
import { EntityLabel, NUM_KINDS, NumKind } from '../../core/types';
import { NUMBER_READING_REQUEST, NumberReadingParams, NumberReadingResult } from '../../server/protocol';
import { DecisionService } from '../decision-service';
import { activeEditor } from './target';

/** Reads a marked number's kind and value: the engine's number grammar (NUMBER_READING_REQUEST). */
export type NumberReader = (text: string) => Promise<NumberReadingResult>;

export const MARK_COMMANDS: Record<EntityLabel, string> = {
  PER: 'zhNews.markPerson',
  ORG: 'zhNews.markOrganisation',
  LOC: 'zhNews.markPlace',
  NUM: 'zhNews.markNumber',
};

/** Mark selection as Person / Organisation / Place / Number. */
export function registerMarkCommands(decisions: DecisionService, readNumber: NumberReader): vscode.Disposable[] {
  return (Object.keys(MARK_COMMANDS) as EntityLabel[]).map((label) =>
    vscode.commands.registerCommand(MARK_COMMANDS[label], async () => {
      const editor = activeEditor();
      if (!editor) return;
      const doc = editor.document;
      const spans = editor.selections.filter((s) => !s.isEmpty);
      if (spans.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Select the text to mark first.'));
        return;
      }
      const version = doc.version;
      for (const sel of spans) {
        const { start, end } = trimmed(doc, sel);
        if (end <= start) continue;
        if (label === 'NUM') {
          const numeric = await numberSpan(doc.getText().slice(start, end), readNumber);
          if (!numeric) return;
          // The text changed while the engine was asked or the kind was chosen: the offsets may no longer fit it.
          if (doc.version !== version) {
            void vscode.window.showInformationMessage(vscode.l10n.t('The text changed while the number was being marked; nothing more was marked. Select it and mark it again.'));
            return;
          }
          decisions.mark(doc, { start, end, kind: numeric.kind, value: numeric.value }, label);
        } else decisions.mark(doc, { start, end }, label);
      }
    }),
  );
}

/** The selection without surrounding white space: a span's edges are the name's edges. */
function trimmed(doc: vscode.TextDocument, sel: vscode.Selection): { start: number; end: number } {
  const text = doc.getText(sel);
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  return { start: doc.offsetAt(sel.start) + lead, end: doc.offsetAt(sel.end) - trail };
}

/** A manual NUM gets the kind and value the number grammar reads from it; otherwise (or if the engine cannot say) the editor picks a kind. */
async function numberSpan(text: string, readNumber: NumberReader): Promise<{ kind: NumKind; value?: NonNullable<NumberReadingResult>['value'] } | undefined> {
  const read = await readNumber(text).catch(() => null);
  if (read?.kind) return { kind: read.kind, value: read.value };
  const pick = await vscode.window.showQuickPick(
    NUM_KINDS.map((k) => ({ label: k })),
    { placeHolder: vscode.l10n.t('Kind of number for “{0}”', text) },
  );
  return pick ? { kind: pick.label as NumKind } : undefined;
}
