import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compassRegions, compassRegionsWhole, countedAbbreviations, eurasiaWhole, regionsOfChina } from '../../../../src/core/recognise/names/regions';
import { RuleSpan } from '../../../../src/core/recognise/names/rules';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

const lex = Lexicon.build([
  ['加大', LEX.WORD, 300],
  ['长江', LEX.LOC | LEX.WORD, 300],
]);
const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });

test('compass regions are named whole: with their coast, as the greater region, with an economic belt, and where the model read none', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['、长江三角洲、东南沿海、珠江三角洲和西南沿海五大港口群', [['长江三角洲', 'LOC'], ['东南', 'LOC'], ['珠江三角洲', 'LOC'], ['西南', 'LOC']], ['LOC:长江三角洲', 'LOC:东南沿海', 'LOC:珠江三角洲', 'LOC:西南沿海']],
    ['经济发达的中国东部沿海地区，', [['中国', 'LOC'], ['东部', 'LOC']], ['LOC:中国', 'LOC:东部沿海地区']],
    ['背靠大西南，面向东南亚', [['西南', 'LOC'], ['东南亚', 'LOC']], ['LOC:大西南', 'LOC:东南亚']],
    // A span the model began inside the belt goes.
    ['进一步优化长江经济带铁路网布局', [['长江', 'LOC'], ['济带铁路', 'LOC']], ['LOC:长江经济带']],
    ['助力企业深耕中西部市场', [], ['LOC:中西部']],
    // 大 of a word before the region is no part of it; a place the model read over the bare region stays.
    ['加大西南地区投入', [['西南地区', 'LOC']], ['LOC:西南地区']],
    ['中西部地区发展', [['中西部地区', 'LOC']], ['LOC:中西部地区']],
    // 沿海 after no compass region (山东沿海) is the coast, no part of the name.
    ['山东沿海城市', [['山东', 'LOC']], ['LOC:山东']],
    // A compass part of a region or a place named right before: no region of China.
    ['华南西部沿海地区', [], []],
    ['福建惠安县东部沿海的妇女', [['福建', 'LOC'], ['惠安县', 'LOC']], ['LOC:福建', 'LOC:惠安县']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, compassRegionsWhole(text, spansOf(text, read), make, lex)), want, text);
});

test('two provinces\' abbreviations counted right after are two places; 港 after a count is no Hong Kong', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['战略枢纽。鲁鄂两港合作，', [['鲁鄂', 'PER'], ['港', 'LOC']], ['LOC:鲁', 'LOC:鄂']],
    ['湘鄂两省签署协议', [['湘鄂', 'ORG']], ['LOC:湘', 'LOC:鄂']],
    // Not counted, or a word of two abbreviations (辽宁), or a person of other characters: as read.
    ['鲁鄂合作', [['鲁鄂', 'PER']], ['PER:鲁鄂']],
    ['辽宁两市', [['辽宁', 'LOC']], ['LOC:辽宁']],
    ['王芳两地奔波', [['王芳', 'PER']], ['PER:王芳']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, countedAbbreviations(text, spansOf(text, read))), want, text);
});

const run = (fn: (t: string, out: RuleSpan[]) => void, text: string) => {
  const out: RuleSpan[] = [];
  fn(text, out);
  return show(text, out.sort((a, b) => a.start - b.start));
};

test('compass regions', () => {
  const table: Array<[string, string[]]> = [
    ['黔东南地区的发展', ['LOC:黔东南地区']],
    ['位于川北，', ['LOC:川北']],
    ['京东方的屏幕', []],
    ['西部地区经济', ['LOC:西部地区']],
    ['重庆是中西部地区唯一直辖市', ['LOC:中西部地区']],
    // A conjunction may follow; a word may not.
    ['渝西和渝东北', ['LOC:渝西', 'LOC:渝东北']],
    ['川西高原', []],
    // 西部 of the national programmes is part of a glossary term (西部陆海新通道), not a place of its own; otherwise a direction.
    ['大力推进西部陆海新通道建设', []],
    ['实施西部大开发战略', []],
    ['城市西部的新区', []],
    // 西部 alone as the country's western region, before a ranking, a count or a break; not a place's west.
    ['作为西部唯一的港口型国家物流枢纽', ['LOC:西部']],
    ['打造辐射西部、服务全国', ['LOC:西部']],
    ['在西部12省中位列第一', ['LOC:西部']],
    ['位于非洲西部，濒临大西洋', []],
    ['新校区位于城市的西部，占地500亩', []],
    ['分布在该省的东部和西部。', []],
  ];
  for (const [text, want] of table) assert.deepEqual(run(compassRegions, text), want, text);
});

test('a region named with the country before it is one place', () => {
  const table: Array<[string, Array<[string, 'LOC' | 'ORG' | 'PER']>, string[]]> = [
    ['中国香港的著名演员', [['中国', 'LOC']], ['LOC:中国香港']],
    ['3比0击败中国台北', [['中国', 'LOC'], ['台北', 'LOC']], ['LOC:中国台北']],
    ['中国内地的导演', [['中国', 'LOC']], ['LOC:中国内地']],
    // The SAR's full name, a region not after the country, an organisation: as they were.
    ['中国香港特别行政区政府', [['中国', 'LOC']], ['LOC:中国']],
    ['中国和香港', [['中国', 'LOC'], ['香港', 'LOC']], ['LOC:中国', 'LOC:香港']],
    ['中国大陆集团', [['中国', 'LOC'], ['大陆集团', 'ORG']], ['LOC:中国', 'ORG:大陆集团']],
  ];
  for (const [text, read, expected] of table) {
    assert.deepEqual(show(text, regionsOfChina(text, spansOf(text, read))), expected, text);
  }
});

test('Europe and Asia named together are one region; Europe and America stay two', () => {
  const table: Array<[string, Array<[string, 'PER' | 'ORG' | 'LOC']>, string[]]> = [
    ['跨欧亚供应链', [['欧', 'LOC'], ['亚', 'LOC']], ['LOC:欧亚']],
    ['，亚欧大陆桥', [['亚', 'LOC'], ['欧', 'LOC']], ['LOC:亚欧']],
    ['巩固欧美市场', [['欧', 'LOC'], ['美', 'LOC']], ['LOC:欧', 'LOC:美']],
    ['欧亚经济联盟', [['欧亚经济联盟', 'ORG']], ['ORG:欧亚经济联盟']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, eurasiaWhole(text, spansOf(text, read))), want, text);
});
