import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OffsetMap } from '../../../src/core/text/offsets';

test('OffsetMap: code point ⇄ UTF-16 on every position of a text with pairs next to each other and at the ends', () => {
  for (const text of ['𠮷野家', '野𠮷', '😀😀a😀', 'ab', '', '👨‍👩‍👧x', '𠮷']) {
    const map = new OffsetMap(text);
    const cps = [...text];
    let utf16 = 0;
    for (let cp = 0; cp <= cps.length; cp++) {
      assert.equal(map.toUtf16(cp), utf16, `${text}: code point ${cp}`);
      assert.equal(map.toCodePoint(utf16), cp, `${text}: unit ${utf16}`);
      if (cp < cps.length) utf16 += cps[cp].length;
    }
    assert.equal(map.codePointLength, cps.length);
  }
});
