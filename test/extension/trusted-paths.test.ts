import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isInside, trustedPaths } from '../../src/extension/trusted-paths';

const WS = '/work/news';

const cases: Array<{ name: string; user: string[]; workspace: string[]; trusted: boolean; expect: string[] }> = [
  { name: 'trusted: workspace paths first, then the user’s', user: ['/home/me/m.model'], workspace: ['/opt/x.model'], trusted: true, expect: ['/opt/x.model', '/home/me/m.model'] },
  { name: 'restricted: a workspace path outside the workspace is ignored', user: [], workspace: ['/opt/x.model'], trusted: false, expect: [] },
  { name: 'restricted: ../ climbing out of the workspace is ignored', user: [], workspace: ['../../etc/passwd'], trusted: false, expect: [] },
  { name: 'restricted: a workspace path inside the workspace is used', user: [], workspace: ['models/own.model'], trusted: false, expect: ['/work/news/models/own.model'] },
  { name: 'restricted: the user’s own setting is honoured wherever it points', user: ['/home/me/g.glossary.yaml'], workspace: ['/etc/g.yaml'], trusted: false, expect: ['/home/me/g.glossary.yaml'] },
  { name: 'restricted: the workspace folder itself is not a file inside it', user: [], workspace: ['.'], trusted: false, expect: [] },
  { name: 'empty strings are no paths', user: [''], workspace: ['  '], trusted: true, expect: [] },
  { name: 'a path in both levels is listed once', user: ['/work/news/a.yaml'], workspace: ['a.yaml'], trusted: false, expect: ['/work/news/a.yaml'] },
];
for (const c of cases) {
  test(`trustedPaths — ${c.name}`, () => {
    assert.deepEqual(trustedPaths({ user: c.user, workspace: c.workspace }, c.trusted, [WS]), c.expect);
  });
}

test('isInside: only strictly inside one of the folders', () => {
  assert.equal(isInside([WS], '/work/news/a/b.txt'), true);
  assert.equal(isInside([WS], '/work/newsroom/a.txt'), false);
  assert.equal(isInside([WS], '/work/news'), false);
  assert.equal(isInside(['/a', WS], '/work/news/x'), true);
  assert.equal(isInside([], '/work/news/x'), false);
});
