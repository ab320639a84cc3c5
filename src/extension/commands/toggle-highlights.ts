import * as vscode from 'vscode';
import { Decorations } from '../decorations';
import { TOGGLE_COMMAND } from '../status-bar';

export function registerToggleHighlights(decorations: Decorations, onToggle: () => void): vscode.Disposable {
  return vscode.commands.registerCommand(TOGGLE_COMMAND, () => {
    decorations.configure({ ...decorations.current, enabled: !decorations.current.enabled });
    onToggle();
  });
}
