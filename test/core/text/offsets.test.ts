import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineColAt, lineStarts, positionAt, spanCutsCharacter } from '../../../src/core/text/offsets';

test('positionAt counts UTF-16 units from the line start; lineColAt counts code points', () => {
  const text = 'ab\n𠮷𠮷x\r\n吉y\rz';
  const starts = lineStarts(text);
  const cases: Array<[string, number, [number, number], [number, number]]> = [
    ['start', 0, [0, 0], [1, 1]],
    ['after LF', 3, [1, 0], [2, 1]],
    ['after two 𠮷', 7, [1, 4], [2, 3]],
    ['after CRLF', 10, [2, 0], [3, 1]],
    ['y', 11, [2, 1], [3, 2]],
    ['after CR', 13, [3, 0], [4, 1]],
  ];
  for (const [name, offset, pos, lc] of cases) {
    const p = positionAt(starts, offset);
    const l = lineColAt(text, starts, offset);
    assert.deepEqual([[p.line, p.character], [l.line, l.col]], [pos, lc], name);
  }
});

test('spanCutsCharacter: a span starting or ending between the halves of 𠮷', () => {
  const text = '李𠮷野家';
  const cases: Array<[number, number, boolean]> = [
    [0, 1, false],
    [0, 3, false],
    [1, 3, false],
    [2, 4, true],
    [0, 2, true],
    [2, 2, true],
    [3, 5, false],
  ];
  for (const [start, end, cuts] of cases) assert.equal(spanCutsCharacter(text, start, end), cuts, `${start}–${end}`);
});
