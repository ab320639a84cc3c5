import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareBodies } from '../../../../src/core/recognise/names/bare-bodies';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

test('a parliament, its houses, the federation of industry and commerce and the political-legal committee named bare', () => {
  const lex = Lexicon.build([['我国', LEX.WORD], ['救国', LEX.WORD], ['联手', LEX.WORD]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.65 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['，尽快解散众议院并进行选举', [], ['ORG:众议院']],
    ['，一边国会又在推动', [], ['ORG:国会']],
    ['民主党派、工商联和无党派人士', [], ['ORG:工商联']],
    ['区委常委、政法委书记冯文强', [['冯文强', 'PER']], ['ORG:政法委', 'PER:冯文强']],
    // Words that go on (国会议员), words made with the neighbours (我国会, 救国会, 工商联手), a name read whole.
    ['，国会议员表示', [], []],
    ['，我国会跳舞的人', [], []],
    ['，青妇救国会机构', [], []],
    ['，工商联手，建立', [], []],
    ['，美国国会通过', [['美国国会', 'ORG']], ['ORG:美国国会']],
    ['，政法委员会', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, bareBodies(text, spansOf(text, read), make, lex)), want, text);
});
