import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simplifiedForReading } from '../../../src/core/text/simplified';

test('a paragraph in traditional characters is read as simplified, one character for one', () => {
  const table: Array<[string, string]> = [
    ['泉興集團對山亭的貢獻體現在方方面面。', '泉兴集团对山亭的贡献体现在方方面面。'],
    ['蔡甸區委、區政府三樓中心接待室，長江大學', '蔡甸区委、区政府三楼中心接待室，长江大学'],
    // Astral characters and Latin text keep their places.
    ['𠮷野家與長江大學的OpenAI會議', '𠮷野家与长江大学的OpenAI会议'],
  ];
  for (const [text, want] of table) {
    const got = simplifiedForReading(text);
    assert.equal(got, want, text);
    assert.equal(got.length, text.length, text);
  }
});

test('simplified text is left as it is, also with characters both standards write', () => {
  for (const text of ['重庆日报两江新区管委会，市发展改革委主任高健', '乾隆年间的著作，著名作家的著作和乾坤', '他著有《鲁迅早期创作》等专著', '']) {
    assert.equal(simplifiedForReading(text), text, text);
  }
});
