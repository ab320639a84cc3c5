import * as vscode from 'vscode';
import { Decorations } from '../decorations';
import { readSettings } from '../settings';
import { TOGGLE_COMMAND } from '../status-bar';

export function registerToggleHighlights(decorations: Decorations, onToggle: () => void): vscode.Disposable {
  return vscode.commands.registerCommand(TOGGLE_COMMAND, () => {
    decorations.setEnabled(!decorations.isEnabled, readSettings().enabledLabels);
    onToggle();
  });
}
