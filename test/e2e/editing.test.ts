import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { seedArticlePath } from '../support/paths';
import {
  CliEntity,
  decorationsOn,
  engineAnnotations,
  eventually,
  extensionDecorations,
  goTo,
  lineCol,
  runCommand,
  selectSpan,
  startUiSession,
  statusCounts,
  statusSelection,
  UiSession,
} from '../support/ui-session';
import { openFile, parseColor, sameColor, SEL, themeColorVariable, waitForWorkbench } from '../support/workbench';

/**
 * Issue 5, as an editor works: mark a selection as ORG with Ctrl+Alt+2, reject a suggestion with
 * Ctrl+Alt+X, reload the window, and both decisions are still on screen and in the sidecar on disk;
 * a click on a mention in the Entities view moves the editor's selection there.
 *
 * The spans come from the data, not from this file: the ORG is the first gold organisation the
 * engine does not find as an ORG (so marking it visibly changes something), the rejected suggestion
 * the engine's first confident PER/LOC/ORG suggestion elsewhere.
 */

interface Gold {
  entities: Array<{ start: number; end: number; label: string; text: string }>;
}

const overlapsSpan = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

test('UI: mark as ORG, reject a suggestion, reload: both decisions kept; tree click selects the mention', { timeout: 300_000 }, async (t) => {
  let s: UiSession | undefined;
  try {
    const gold = JSON.parse(fs.readFileSync(seedArticlePath().replace(/\.txt$/, '.gold.json'), 'utf8')) as Gold;
    s = await startUiSession(t);
    const { page } = s;
    const text = fs.readFileSync(s.article, 'utf8');
    assert.ok(!text.includes('\r'), 'the seed article is expected with LF line endings (Go to Line/Column arithmetic)');
    const auto = engineAnnotations(s.article);
    const entities = auto.filter((a) => a.label !== 'TERM');
    // Best a gold ORG the engine leaves alone; else one it takes for something other than an ORG
    // (the mark then replaces that suggestion, and the ORG count still grows by exactly one).
    const org =
      gold.entities.find((g) => g.label === 'ORG' && !auto.some((a) => overlapsSpan(a, g))) ??
      gold.entities.find((g) => g.label === 'ORG' && !auto.some((a) => overlapsSpan(a, g) && (a.label === 'ORG' || a.label === 'TERM')));
    assert.ok(org, 'the engine finds every gold ORG as an ORG; no span to mark');
    const reject = entities.find(
      (a: CliEntity) => ['PER', 'LOC', 'ORG'].includes(a.label) && a.confidence >= 0.5 && !overlapsSpan(a, org) && a.start > 50,
    );
    assert.ok(reject, 'the engine makes no confident PER/LOC/ORG suggestion to reject');
    t.diagnostic(`mark ORG ${org.text}@${org.start}; reject ${reject.label} ${reject.text}@${reject.start}`);
    const orgColor = parseColor(await themeColorVariable(page, 'zhNews.orgBackground'));
    assert.ok(orgColor, 'theme colour zhNews.orgBackground not resolved');

    // The suggestion to reject is on screen (dotted) before anything is done.
    const rejectBox = (await selectSpan(page, text, reject.start, reject.end))[0];
    assert.ok(rejectBox, 'no selection box for the suggestion');
    const before = await eventually(page, `a suggestion highlight on ${reject.text}`, async () => {
      const on = decorationsOn(await extensionDecorations(page), rejectBox);
      return on.length ? on : undefined;
    }, 90_000);
    assert.equal(before[0].borderStyle, 'dotted', `a suggestion has a dotted border, got ${before[0].borderStyle}`);
    s.stamp('highlights on screen');

    // Reject: cursor inside the suggestion, Ctrl+Alt+X.
    await goTo(page, text, reject.start + 1);
    await page.keyboard.press('Control+Alt+X');
    await eventually(page, `the highlight on ${reject.text} to go`, async () =>
      decorationsOn(await extensionDecorations(page), rejectBox).length === 0 ? true : undefined,
    );

    // Mark: select the organisation, Ctrl+Alt+2.
    const orgBox = (await selectSpan(page, text, org.start, org.end))[0];
    const orgsBefore = (await statusCounts(page)).ORG ?? 0;
    await page.keyboard.press('Control+Alt+2');
    // The status bar counts the new ORG; only then move on (a key pressed at once could reach the
    // extension host before the command reads the selection).
    await eventually(page, 'the status bar to count one more ORG', async () => ((await statusCounts(page)).ORG === orgsBefore + 1 ? true : undefined));
    await page.keyboard.press('ArrowRight'); // the selection's own highlight off the span
    const marked = await eventually(page, `an ORG highlight on ${org.text}`, async () => {
      const on = decorationsOn(await extensionDecorations(page), orgBox).filter((d) => sameColor(parseColor(d.background)!, orgColor));
      return on.length ? on : undefined;
    });
    assert.equal(marked[0].borderStyle, 'solid', 'a manual span has a solid border');
    await s.shot('editing-before-reload');
    s.stamp('marked and rejected');

    // Reload the window from the command palette; the article comes back in its editor.
    // The reload navigates the page: wait for that navigation itself, so nothing below reads the old page.
    const reloaded = page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: 60_000 }).catch(() => undefined);
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.waitForLoadState('domcontentloaded');
    await waitForWorkbench(page);
    // The editor comes back scrolled to where the cursor was; any rendered line will do, then the
    // extension's counts in the status bar say the article is annotated again.
    await page
      .locator(`${SEL.viewLines} .view-line`)
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 })
      .catch(() => openFile(page, 'seed-article.txt', '发展新质生产力'));
    await eventually(page, 'annotations counted after the reload', async () => (Object.keys(await statusCounts(page)).length ? true : undefined), 90_000);
    s.stamp('window reloaded');

    const orgBox2 = (await selectSpan(page, text, org.start, org.end))[0];
    await page.keyboard.press('ArrowRight');
    const after = await eventually(page, `the ORG highlight on ${org.text} after the reload`, async () => {
      const on = decorationsOn(await extensionDecorations(page), orgBox2).filter((d) => sameColor(parseColor(d.background)!, orgColor));
      return on.length ? on : undefined;
    }, 90_000);
    assert.equal(after[0].borderStyle, 'solid', 'the manual ORG keeps its solid border after the reload');
    // The rejected suggestion stays away once the article's other highlights are back.
    const rejectBox2 = (await selectSpan(page, text, reject.start, reject.end))[0];
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(1000);
    assert.deepEqual(
      decorationsOn(await extensionDecorations(page), rejectBox2).map((d) => d.className),
      [],
      `the rejected ${reject.text} is highlighted again after the reload`,
    );
    await s.shot('editing-after-reload');

    // The sidecar on disk holds both decisions.
    const sidecarFile = path.join(s.ws.folder, 'seed-article.annotations.json');
    assert.ok(fs.existsSync(sidecarFile), `no sidecar beside the article: ${fs.readdirSync(s.ws.folder).join(', ')}`);
    const sidecar = JSON.parse(fs.readFileSync(sidecarFile, 'utf8')) as {
      annotations: Array<{ start: number; end: number; label: string; source: string; status: string }>;
    };
    const savedOrg = sidecar.annotations.find((a) => a.start === org.start && a.end === org.end && a.label === 'ORG');
    assert.ok(savedOrg, `the sidecar has no ORG at ${org.start}-${org.end}`);
    assert.equal(savedOrg.source, 'manual');
    assert.equal(savedOrg.status, 'accepted');
    const savedReject = sidecar.annotations.find((a) => a.start === reject.start && a.end === reject.end && a.label === reject.label);
    assert.ok(savedReject, `the sidecar has no ${reject.label} at ${reject.start}-${reject.end}`);
    assert.equal(savedReject.status, 'rejected');

    // Entities view: the first entity of the first label group, its first mention, a click.
    await goTo(page, text, 0);
    await page.keyboard.press('Control+Shift+E');
    const header = page.locator('.pane-header', { hasText: /Entities/ }).first();
    await header.waitFor({ state: 'visible', timeout: 15_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const tree = page.locator('.pane', { has: header }).first();
    const rows = tree.locator('.monaco-list-row');
    await rows.first().waitFor({ state: 'visible', timeout: 30_000 });
    const entityRow = rows.nth(1);
    const entityName = (await entityRow.locator('.label-name').first().innerText()).trim();
    await entityRow.click();
    const mentionRow = rows.nth(2);
    await eventually(page, 'the entity to expand', async () => ((await mentionRow.getAttribute('aria-level')) === '3' ? true : undefined));
    const where = (await mentionRow.locator('.label-name').first().innerText()).trim();
    const m = /^(\d+):(\d+)$/.exec(where);
    assert.ok(m, `a mention row is labelled line:col, got ${JSON.stringify(where)}`);
    await mentionRow.click();
    const sel = await eventually(page, `the selection to move to ${where}`, async () => {
      const st = await statusSelection(page);
      return st.line === Number(m[1]) && st.col === Number(m[2]) + entityName.length ? st : undefined;
    });
    assert.equal(sel.selected, entityName.length, `the mention of ${entityName} is selected`);
    const offset = text.split('\n').slice(0, sel.line - 1).join('\n').length + (sel.line > 1 ? 1 : 0) + Number(m[2]) - 1;
    assert.equal(text.slice(offset, offset + entityName.length), entityName, `the selection at ${JSON.stringify(lineCol(text, offset))} is on ${entityName}`);
    await s.shot('editing-tree-reveal');
  } catch (e) {
    await s?.shot('editing-failure').catch(() => undefined);
    throw e;
  } finally {
    await s?.close('editing');
  }
});
