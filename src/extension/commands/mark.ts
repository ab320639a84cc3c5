import * as vscode from 'vscode';
import { EntityLabel, NUM_KINDS, NumKind } from '../../core/types';
import type { recogniseNumbers as RecogniseNumbers } from '../../core/recognise/numbers';
import { DecisionService } from '../decision-service';
import { activeEditor } from './target';

export const MARK_COMMANDS: Record<EntityLabel, string> = {
  PER: 'zhNews.markPerson',
  ORG: 'zhNews.markOrganisation',
  LOC: 'zhNews.markPlace',
  NUM: 'zhNews.markNumber',
};

/** Mark selection as Person / Organisation / Place / Number. */
export function registerMarkCommands(decisions: DecisionService): vscode.Disposable[] {
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
      for (const sel of spans) {
        const { start, end } = trimmed(doc, sel);
        if (end <= start) continue;
        if (label === 'NUM') {
          const numeric = await numberSpan(doc.getText().slice(start, end));
          if (!numeric) return;
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

/** A manual NUM gets the kind and value the number grammar reads from it; otherwise the editor picks a kind. */
async function numberSpan(text: string): Promise<{ kind: NumKind; value?: ReturnType<typeof RecogniseNumbers>[number]['value'] } | undefined> {
  // Required here, not imported: the number grammar's word lists cost ~100 ms to load, which the
  // extension host should not pay at activation for a command that may never run.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { recogniseNumbers } = require('../../core/recognise/numbers') as { recogniseNumbers: typeof RecogniseNumbers };
  const found = recogniseNumbers(text);
  if (found.length === 1 && found[0].start === 0 && found[0].end === text.length && found[0].kind) {
    return { kind: found[0].kind, value: found[0].value };
  }
  const pick = await vscode.window.showQuickPick(
    NUM_KINDS.map((k) => ({ label: k })),
    { placeHolder: vscode.l10n.t('Kind of number for “{0}”', text) },
  );
  return pick ? { kind: pick.label as NumKind } : undefined;
}
