import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arealDesignations, parksBeforeCompanies } from '../../../../src/core/recognise/names/area-rules';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';

type S = LabelledSpan & { confidence: number };
const show = (text: string, spans: Array<{ start: number; end: number; label: string }>) =>
  spans.map((s) => `${s.label}:${text.slice(s.start, s.end)}`);
const spansOf = (text: string, read: Array<[string, S['label']]>): S[] => {
  let from = 0;
  return read.map(([s, label]) => {
    const start = text.indexOf(s, from);
    from = start + s.length;
    return { start, end: start + s.length, label, confidence: 0.8 };
  });
};

test('a park and the company named after it, read as one organisation, are a place and an organisation', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['先后前往金河工业园双运工贸、振兴石油', [['金河工业园双运工贸', 'ORG']], ['LOC:金河工业园', 'ORG:双运工贸']],
    ['、蟠龙高新区鼎鹏一工、', [['蟠龙高新区鼎鹏一工', 'ORG']], ['LOC:蟠龙高新区', 'ORG:鼎鹏一工']],
    // The park's own organ, a company named in full with its park, or nothing after the head: one name.
    ['，蟠龙高新区管委会', [['蟠龙高新区管委会', 'ORG']], ['ORG:蟠龙高新区管委会']],
    ['，两江新区产业园华峰化工有限公司', [['两江新区产业园华峰化工有限公司', 'ORG']], ['ORG:两江新区产业园华峰化工有限公司']],
    ['，青网科创园', [['青网科创园', 'ORG']], ['ORG:青网科创园']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, parksBeforeCompanies(text, spansOf(text, read))), want, text);
});

test('a place and the regional designation named after it are one place', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['关注有关重庆枢纽港产业园建设', [['重庆', 'LOC']], ['LOC:重庆枢纽港产业园']],
    ['促进工作渝东北三峡库区城镇群、渝东南', [['渝东北', 'LOC'], ['三峡库区', 'LOC'], ['渝东南', 'LOC']], ['LOC:渝东北三峡库区城镇群', 'LOC:渝东南']],
    ['，是成渝地区双城经济圈与', [['双城', 'LOC']], ['LOC:成渝地区双城经济圈']],
    // A verb, a function word or an organisation inside: no designation.
    ['，重庆建设产业园', [['重庆', 'LOC']], ['LOC:重庆']],
    ['，重庆的科学城', [['重庆', 'LOC']], ['LOC:重庆']],
    ['，重庆华峰产业园', [['重庆', 'LOC'], ['华峰', 'ORG']], ['LOC:重庆', 'ORG:华峰']],
    ['，中俄经济带', [['中', 'LOC'], ['俄', 'LOC']], ['LOC:中', 'LOC:俄']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, arealDesignations(text, spansOf(text, read))), want, text);
});
