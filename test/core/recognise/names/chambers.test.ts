import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chambersOfHometowns } from '../../../../src/core/recognise/names/chambers';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { S, show, spansOf } from './spans';

test("a chamber of commerce of one place's people in another is one organisation named by both places", () => {
  const lex = Lexicon.build([['梁平', LEX.LOC], ['湖北', LEX.LOC], ['广东', LEX.LOC]]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['作为广东梁平商会会长', [['广东', 'LOC'], ['梁平商会', 'ORG']], ['ORG:广东梁平商会']],
    ['重庆市湖北商会成立', [['重庆市', 'LOC'], ['湖北商会', 'ORG']], ['ORG:重庆市湖北商会']],
    // A chamber not named by a place, or a place apart from it: two names.
    ['广东华峰商会', [['广东', 'LOC'], ['华峰商会', 'ORG']], ['LOC:广东', 'ORG:华峰商会']],
    ['广东、梁平商会', [['广东', 'LOC'], ['梁平商会', 'ORG']], ['LOC:广东', 'ORG:梁平商会']],
    ['广东梁平集团', [['广东', 'LOC'], ['梁平集团', 'ORG']], ['LOC:广东', 'ORG:梁平集团']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, chambersOfHometowns(text, spansOf(text, read), lex)), want, text);
});
