import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadersNotPlaces, peopleAfterOfficialTitles, peopleBeforeAppointments, placesBeforeHeadsTitles } from '../../../../src/core/recognise/names/person-titles';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

test("a name after an official's title, before a break or a verb of attending or speaking, is a person", () => {
  const lex = Lexicon.build([['北京', LEX.LOC], ['文阁', LEX.WORD], ['金溪', LEX.PER | LEX.LOC]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // A name the dictionary knows as a person's and a place's, read as the place: the title shows the person.
    ['县政府常务副县长金溪，县委常委', [['县政府', 'ORG'], ['金溪', 'LOC']], ['ORG:县政府', 'PER:金溪']],
    ['来到金溪，县委常委', [['金溪', 'LOC']], ['LOC:金溪']],
    ['副县长北京，', [['北京', 'LOC']], ['LOC:北京']],
    ['市委副书记曾令举参加考察', [['市委', 'ORG']], ['ORG:市委', 'PER:曾令举']],
    ['市委副书记喻在岗参加。', [], ['PER:喻在岗']],
    ['二级巡视员向进出席。', [], ['PER:向进']],
    ['政府副县长成波，县政协副主席', [], ['PER:成波']],
    ['公司董事、总经理周天育，中铁', [], ['PER:周天育']],
    ['医院党委书记向爱国及区中医院', [], ['PER:向爱国']],
    // A name the model found stays as it is.
    ['区委书记欧阳自远表示', [['欧阳自远', 'PER']], ['PER:欧阳自远']],
    // A person read one character short of the three-character name only the longer reading ends before a verb.
    ['市长覃伟中出席活动', [['覃伟', 'PER']], ['PER:覃伟中']],
    // 称 (says) after a two-character name is the verb, not a third character.
    ['万州区区长李庆称，万州已有建城史', [['李庆', 'PER']], ['PER:李庆']],
    ['市长余珂通报十堰市经济运行情况', [], ['PER:余珂']],
    // A foundation's director-general and an ambassador are officials' titles too.
    ['基金会副总干事张开廷、区人大常委会主任', [], ['PER:张开廷']],
    ['驻美国大使谢锋表示', [], ['PER:谢锋']],
    ['，区委书记蒲彬彬参加', [['蒲彬', 'PER']], ['PER:蒲彬彬']],
    // Not a time or an adverb as the third character; not where the two characters already end before a verb.
    ['市长张伟今出席', [['张伟', 'PER']], ['PER:张伟']],
    ['副主任祝勤率调研组到彭水', [['祝勤', 'PER']], ['PER:祝勤']],
    // A name ending like a town, read as one, after the title; a town the model is sure of, or with no title before it, stays.
    ['开发区管委会主任孙殿镇，区人大', [['开发区管委会', 'ORG'], ['孙殿镇', 'LOC']], ['ORG:开发区管委会', 'PER:孙殿镇']],
    ['来到了孙殿镇，区人大', [['孙殿镇', 'LOC']], ['LOC:孙殿镇']],
    ['书记张伟出席', [['张伟', 'PER']], ['PER:张伟']],
    // No name: a word, a place, a function word, a title going on into another word, a surname-like adverb and a verb.
    ['副市长文阁，', [], []],
    ['主任北京，', [], []],
    ['书记和市长，', [], []],
    ['在担任轮值主席国期间，', [], []],
    ['在海电力设计院院长任上，', [], []],
    ['美国财政部长曾表示，', [], []],
    ['主任医师王某说', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, peopleAfterOfficialTitles(text, spansOf(text, read), make, lex)), want, text);
  // A town the model is sure of stays a town after the title too.
  const sure = '管委会主任孙殿镇，';
  assert.deepEqual(show(sure, peopleAfterOfficialTitles(sure, spansOf(sure, [['孙殿镇', 'LOC']], 0.95), make, lex)), ['LOC:孙殿镇']);
});

test('a name at the start of a clause before 任 and the organisation whose office it is, is a person', () => {
  const lex = Lexicon.build([['出任', LEX.WORD], ['时任', LEX.WORD], ['新任', LEX.WORD]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['人事变动，裘伟任复旦大学党委书记', [['复旦大学党委', 'ORG']], ['PER:裘伟', 'ORG:复旦大学党委']],
    // 新任 (newly appointed) is a word: a name ending in 新 before 任 is not told from it.
    ['人事变动，裘新任复旦大学党委书记', [['复旦大学党委', 'ORG']], ['ORG:复旦大学党委']],
    ['获悉，邱水平任北京大学党委书记', [['北京大学党委', 'ORG']], ['PER:邱水平', 'ORG:北京大学党委']],
    ['调整，曾勇任电子科技大学校长', [['电子科技大学', 'ORG']], ['PER:曾勇', 'ORG:电子科技大学']],
    // A word of office or an adverb before the office, no organisation after the verb.
    ['秘书长前，曾出任联合国难民署', [['联合国难民署', 'ORG']], ['ORG:联合国难民署']],
    ['合作社，由时任村委会主任', [['村委会', 'ORG']], ['ORG:村委会']],
    ['，王明任职期间', [], []],
    ['，王伟曾任复旦大学校长', [['复旦大学', 'ORG']], ['ORG:复旦大学']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, peopleBeforeAppointments(text, spansOf(text, read), make, lex)), want, text);
});

test("a foreign name read as a place right after a leader's title is the person", () => {
  const lex = Lexicon.build([['北京', LEX.LOC | LEX.WORD], ['东帝汶', LEX.LOC]]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['东帝汶总统奥尔塔将访华', [['东帝汶', 'LOC'], ['奥尔塔', 'LOC']], ['LOC:东帝汶', 'PER:奥尔塔']],
    ['其候选人地产大亨斯雷塔获得', [['斯雷塔', 'LOC']], ['PER:斯雷塔']],
    // A place the dictionary knows stays a place; no title before it, no person.
    ['国家主席北京会见', [['北京', 'LOC']], ['LOC:北京']],
    ['在奥尔塔举行', [['奥尔塔', 'LOC']], ['LOC:奥尔塔']],
    // A place's head at the end, or a meeting after it: the place.
    ['两国总统海湖庄园会晤', [['海湖庄园', 'LOC']], ['LOC:海湖庄园']],
    ['回顾总书记十八洞村考察', [['十八洞村', 'LOC']], ['LOC:十八洞村']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, leadersNotPlaces(text, spansOf(text, read), lex)), want, text);
});

test("a division's suffix before 长 and a person's name heads the title: the place is named without it", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['杨浦区长周海鹰代表区政府', [['杨浦区', 'LOC'], ['周海鹰', 'PER']], ['LOC:杨浦', 'PER:周海鹰']],
    ['彭水县长张三出席', [['彭水县', 'LOC'], ['张三', 'PER']], ['LOC:彭水', 'PER:张三']],
    // No person after 长: a river or a word (重庆市长江大桥, 万州区长期).
    ['重庆市长江大桥', [['重庆市', 'LOC'], ['长江大桥', 'LOC']], ['LOC:重庆市', 'LOC:长江大桥']],
    ['万州区长期坚持', [['万州区', 'LOC']], ['LOC:万州区']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, placesBeforeHeadsTitles(text, spansOf(text, read))), want, text);
});
