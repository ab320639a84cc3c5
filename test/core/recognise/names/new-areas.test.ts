import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newAreasAfterPlaces } from '../../../../src/core/recognise/names/new-areas';
import { RuleSpan } from '../../../../src/core/recognise/names/rules';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';

test('a place the dictionary knows and the head of an area after it', () => {
  const dict = Lexicon.build([['两江', LEX.LOC | LEX.WORD, 126], ['建设', LEX.WORD, 300], ['王新', LEX.PER | LEX.LOC | LEX.WORD, 10], ['蟠龙', LEX.LOC | LEX.WORD, 20], ['提升', LEX.WORD, 200], ['重庆', LEX.LOC | LEX.WORD, 500], ['万盛', LEX.WORD, 4], ['希望', LEX.WORD, 5000], ['环保', LEX.WORD, 3000], ['鱼复浦', LEX.WORD, 20]]);
  const table: Array<[string, string[]]> = [
    ['首先，两江新区将扩大投资', ['LOC:两江新区']],
    ['在蟠龙高新区和两江新区', ['LOC:蟠龙高新区', 'LOC:两江新区']],
    // The area's organs are the organ rules' and the model's; a word or a person is no place.
    ['两江新区管委会主任', []],
    ['两江新区党工委副书记', []],
    ['加快建设新区', []],
    ['王新区长说', []],
    // Inside a longer word.
    ['北两江新区', []],
    // After a plain word of the dictionary that ends right before it; not after a place (a longer name's).
    ['持续提升两江新区、重庆高新区', ['LOC:两江新区', 'LOC:重庆高新区']],
    ['重庆两江新区金渝教育集团', []],
    // A name the dictionary lacks or knows as a rare word only, before 新区, 高新区 or 经开区; after 暨 or 对 too.
    ['，贵安新区高质量发展', ['LOC:贵安新区']],
    ['希望万盛经开区深入学习', ['LOC:万盛经开区']],
    ['建设项目暨两江新区社会民生项目', ['LOC:两江新区']],
    // Known only as the start of a longer word (鱼复 of 鱼复浦): a name the dictionary lacks.
    ['在鱼复新区', ['LOC:鱼复新区']],
    // Not a kind or a function word, not a subdistrict named after it, not before 开发区.
    ['建成投产后将为高新区推进', []],
    ['国家级新区', []],
    ['虎滩新区街道2组家庭', []],
    ['，环保开发区', []],
  ];
  for (const [text, expected] of table) {
    const out: RuleSpan[] = [];
    newAreasAfterPlaces(text, out, dict);
    assert.deepEqual(out.map((r) => `${r.label}:${text.slice(r.start, r.end)}`), expected, text);
  }
});
