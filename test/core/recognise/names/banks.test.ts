import { test } from 'node:test';
import assert from 'node:assert/strict';
import { banksNamedByPlaces } from '../../../../src/core/recognise/names/banks';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

const make = (s: LabelledSpan): S => ({ ...s, confidence: 0.7 });

test('a bank named by its places is one organisation', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['继深圳农商行、广州农商行后', [['深圳', 'LOC'], ['广州', 'LOC']], ['ORG:深圳农商行', 'ORG:广州农商行']],
    ['，山西五台农村商业银行作为大股东', [['山西', 'LOC'], ['五台', 'LOC']], ['ORG:山西五台农村商业银行']],
    // The model read into the head; a bank before the places of its branch, read or not.
    ['，太原市阳曲县汇民村镇银行、', [['太原市', 'LOC'], ['阳曲县', 'LOC'], ['汇民村镇', 'LOC']], ['ORG:太原市阳曲县汇民村镇银行']],
    ['交通银行重庆市分行、', [['交通银行', 'ORG'], ['重庆市', 'LOC']], ['ORG:交通银行重庆市分行']],
    ['2023年人民银行甘肃省分行深入推进', [['甘肃省', 'LOC']], ['ORG:人民银行甘肃省分行']],
    // A branch named by one name the model read as a person.
    ['、南村支行与巴公支行。', [['巴公', 'PER']], ['ORG:巴公支行']],
    ['中国银行发布', [['中国', 'LOC']], ['ORG:中国银行']],
    // The industry, a country's banks as a kind, a person before a bank, a place apart from it: as read.
    ['重庆银行业协会', [['重庆', 'LOC']], ['LOC:重庆']],
    ['中国商业银行体系', [['中国', 'LOC']], ['LOC:中国']],
    ['张三银行卡被盗', [['张三', 'PER']], ['PER:张三']],
    ['重庆、银行', [['重庆', 'LOC']], ['LOC:重庆']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, banksNamedByPlaces(text, spansOf(text, read), make)), want, text);
});
