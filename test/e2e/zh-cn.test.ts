import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/paths';
import { engineAnnotations, eventually, runCommand, selectSpan, startUiSession, statusCounts, UiSession } from '../support/ui-session';
import { hoverUntil, SEL } from '../support/workbench';

/**
 * Issue 5: with VS Code's display language set to Simplified Chinese, our contributions speak
 * Chinese. code-server 4.100.3 takes the display language from `--locale`, else from `locale` in
 * <user-data-dir>/User/argv.json (read on every workbench load), else a cookie or Accept-Language;
 * argv.json is what a user's “Configure Display Language” writes, so that is used here. Without a
 * language pack the core UI stays English; our package.nls.zh-cn.json and l10n bundle apply anyway.
 * Expected strings are read from those files.
 */

/**
 * What “Configure Display Language → 中文(简体)” leaves behind: `locale` in User/argv.json and a
 * registered language pack. The Chinese language pack cannot be downloaded here (no marketplace), so
 * an empty one is registered in languagepacks.json, where the server looks packs up: VS Code's own
 * strings stay English (every message falls back), but the workbench and the extension host run
 * in zh-cn, which is what decides our manifest's and our l10n bundle's language.
 */
function chineseDisplayLanguage(userDataDir: string): void {
  fs.writeFileSync(path.join(userDataDir, 'User', 'argv.json'), JSON.stringify({ locale: 'zh-cn' }));
  const translations = path.join(userDataDir, 'test-language-pack', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(
    path.join(userDataDir, 'languagepacks.json'),
    JSON.stringify({ 'zh-cn': { hash: 'zhnews-test', label: '中文(简体)', extensions: [{ extensionIdentifier: { id: 'zhnews-test.language-pack-zh-cn' }, version: '1.0.0' }], translations: { vscode: translations } } }),
  );
}

function readJson(file: string): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')) as Record<string, string>;
}

test('UI: zh-CN display language shows Chinese command titles, view title and hover card', { timeout: 300_000 }, async (t) => {
  const nls = readJson('package.nls.zh-cn.json');
  const bundle = readJson('l10n/bundle.l10n.zh-cn.json');
  for (const k of ['category', 'command.markOrganisation', 'command.exportAnnotations', 'command.rejectSuggestion', 'view.entities']) {
    assert.ok(nls[k] && /[\u4e00-\u9fff]/.test(nls[k]), `package.nls.zh-cn.json has no Chinese ${k}`);
  }
  let s: UiSession | undefined;
  try {
    s = await startUiSession(t, { beforeOpen: (server) => chineseDisplayLanguage(server.userDataDir) });
    const { page } = s;
    const lang = await page.evaluate<string>('String(globalThis._VSCODE_NLS_LANGUAGE ?? document.documentElement.lang)');
    t.diagnostic(`workbench NLS language: ${JSON.stringify(lang)}`);

    // F1 lists our commands under their Chinese titles and category.
    for (const key of ['command.markOrganisation', 'command.exportAnnotations', 'command.rejectSuggestion']) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.type(nls[key]);
      const row = page.locator(SEL.quickInputRow, { hasText: nls[key] }).first();
      await row.waitFor({ state: 'visible', timeout: 15_000 });
      const rowText = (await row.innerText()).replace(/\s+/g, ' ');
      assert.ok(rowText.includes(`${nls.category}: ${nls[key]}`), `F1 row reads ${JSON.stringify(rowText)}`);
      if (key === 'command.markOrganisation') await s.shot('zh-cn-command-palette');
    }
    await page.keyboard.press('Escape');

    // The Entities view's title.
    await page.keyboard.press('Control+Shift+E');
    await page.locator('.pane-header', { hasText: nls['view.entities'] }).first().waitFor({ state: 'visible', timeout: 15_000 });

    // A command run by its Chinese title does its work, and its notification (l10n bundle) is Chinese.
    const text = fs.readFileSync(s.article, 'utf8');
    const auto = engineAnnotations(s.article);
    await eventually(page, 'annotations counted in the status bar', async () => (Object.keys(await statusCounts(page)).length ? true : undefined), 90_000);
    const num = auto.find((a) => a.label === 'NUM' && a.kind === 'MONEY' && a.confidence >= 0.5);
    assert.ok(num, 'the engine finds no MONEY number in the seed article');
    const box = (await selectSpan(page, text, num.start, num.end))[0];
    await page.keyboard.press('Escape');
    // The number's hover card in Chinese: label and kind names.
    const hover = await hoverUntil(page, box, ['数字', '金额']);
    t.diagnostic(`hover over ${num.text}: ${hover.replace(/\s+/g, ' ').slice(0, 120)}`);
    await page.waitForTimeout(400);
    await s.shot('zh-cn-hover');
    await page.mouse.move(5, 5);

    await runCommand(page, nls['command.exportAnnotations']);
    await page.locator(SEL.quickInputRow, { hasText: 'brat' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.type('brat');
    await page.keyboard.press('Enter');
    const done = bundle['Exported {0} annotations: {1}'].split('{0}')[0];
    await page.locator(SEL.toasts, { hasText: done }).first().waitFor({ state: 'visible', timeout: 20_000 });
    assert.ok(fs.existsSync(path.join(s.ws.folder, 'seed-article.ann')), 'the export run from its Chinese title wrote no .ann');
    await s.shot('zh-cn-export');
  } catch (e) {
    await s?.shot('zh-cn-failure').catch(() => undefined);
    throw e;
  } finally {
    await s?.close('zh-cn');
  }
});
