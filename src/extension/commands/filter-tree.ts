import * as vscode from 'vscode';
import { EntityLabel, ENTITY_LABELS } from '../../core/types';
import { EntityTree } from '../entity-tree';
import { labelName } from './decide';

export const FILTER_COMMAND = 'zhNews.filterEntities';

export function registerFilterTree(tree: EntityTree): vscode.Disposable {
  return vscode.commands.registerCommand(FILTER_COMMAND, async () => {
    const shown = tree.labelsShown;
    const picks = await vscode.window.showQuickPick(
      ENTITY_LABELS.map((l) => ({ label: l, description: labelName(l), picked: shown.includes(l) })),
      { canPickMany: true, placeHolder: vscode.l10n.t('Labels to show in the entity explorer') },
    );
    if (picks) tree.setFilter(picks.map((p) => p.label as EntityLabel));
  });
}
