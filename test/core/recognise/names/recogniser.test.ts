import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Annotator } from '../../../../src/core/annotate';
import { NameModel } from '../../../../src/core/recognise/names/model';
import { fullWidthPunctuation, ModelNameRecogniser } from '../../../../src/core/recognise/names/recogniser';

// Compiled to out/test/core/recognise/names: the repo root is five levels up.
const model = NameModel.deserialise(readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'models', 'names.model')));
const annotator = new Annotator({ segmenter: { tag: () => [] }, names: new ModelNameRecogniser(model), paragraphCache: false });

/** Pieces the rules act on (heads, organs, breaks, brackets, spaces, an astral character), to be strung together. */
const PIECES = [
  '重庆', '市', '区', '县', '委', '街道', '社区', '港', '站', '北站', '党委', '党工委', '人民法院', '有限公司', '集团', '与', '和',
  '团队', '中心', '、', '，', '。', '（', '）', '“', '”', ' ', '\n', '𠮷', '王', '某', '村民', '董事长', '华为', '在', '渝', '京',
  '粤港澳', '大湾区', '号', '五', '3', '双', '11', '长征', '办公厅', '编办', '常委会', '省', '浙江', '杭州', '余杭', '仁和', '洞',
  '轻轨站', '综合保税区', '西永', '代', '总经理', '新区', '天府', '办', '一院', '重医', '村', '等12家公司', '四川', 'VS', '2-0', '战胜', '女排', '铜梁龙', 'BG', '博物馆', '据', '5号线', '古镇', '骨科', '代表团', '部', '部长', '联合', '常委会',
  '立交', '片区', '1号', '镇', '互通', '平原', '大道', '横线', '璧山', '文化和旅游部',
];

test('whatever the rules do, names are whole characters, never overlap and never start or end with a space', () => {
  // Found this way: a name cut at 、 kept the space before it (重庆 、团队… → "重庆 ").
  const fixed = '综合保税区𠮷常委会、长征轻轨站某重庆 、团队人民法院人民法院党工委';
  const check = (text: string) => {
    const names = annotator.annotate(text).filter((a) => a.label !== 'TERM');
    names.forEach((a, i) => {
      const s = text.slice(a.start, a.end);
      assert.ok(a.start >= 0 && a.end <= text.length && a.end > a.start, `offsets of ${s} in ${JSON.stringify(text)}`);
      if (i > 0) assert.ok(names[i - 1].end <= a.start, `overlap at ${s} in ${JSON.stringify(text)}`);
      assert.ok(!/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(s), `half a character in ${JSON.stringify(text)}`);
      if (a.label !== 'NUM') assert.ok(!/^\s|\s$/.test(s), `space at the edge of ${JSON.stringify(s)} in ${JSON.stringify(text)}`);
    });
  };
  check(fixed);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 25 }), (parts) => check(parts.join(''))),
    { seed: 20261129, numRuns: 1500 },
  );
});

test('text with ASCII punctuation is read as with full-width punctuation, at the same offsets', () => {
  assert.equal(fullWidthPunctuation('2月24日,华为(中国):好?'), '2月24日，华为（中国）：好？');
  const names = new ModelNameRecogniser(model);
  const full = '2月24日，华为常务董事、终端BG董事长余承东透露；华为将发布新品。';
  const ascii = full.replace(/，/g, ',').replace(/；/g, ';');
  const show = (t: string) => names.recognise(t).map((a) => `${a.label}:${t.slice(a.start, a.end)}@${a.start}`);
  assert.deepEqual(show(ascii), show(full));
  assert.ok(show(full).includes('ORG:华为@6'));
});

test('a foreign name joined by another dot is read as with the middle dot, at the same offsets', () => {
  assert.equal(fullWidthPunctuation('奥利弗・布鲁梅、唐纳德‧特朗普 • 第一'), '奥利弗·布鲁梅、唐纳德·特朗普 • 第一');
  // Only between characters of names written by their sounds: a list's dot stays (鲁迅•郭沫若, 浙江•杭州).
  assert.equal(fullWidthPunctuation('鲁迅•郭沫若、浙江•杭州'), '鲁迅•郭沫若、浙江•杭州');
  const names = new ModelNameRecogniser(model);
  const show = (t: string) => names.recognise(t).map((a) => `${a.label}:${a.start}-${a.end}`);
  const middle = '美国总统唐纳德·特朗普对汽车进口征收关税。';
  assert.deepEqual(show(middle.replace('·', '・')), show(middle));
  assert.ok(show(middle).includes('PER:4-11'), show(middle).join(' '));
});

test('a place the model reads short, made whole by the place rules, still takes the organ after it', () => {
  // The model reads 长寿 alone; the place rules extend it to 长寿经开区, then the organ joins it.
  const text = '区委书记、长寿经开区党工委书记刘小强。';
  const names = annotator.annotate(text).filter((a) => a.label === 'ORG').map((a) => text.slice(a.start, a.end));
  assert.ok(names.includes('长寿经开区党工委'), names.join(' '));
});

test("the model's weakest guesses are dropped, not shown as names", () => {
  const names = new ModelNameRecogniser(model);
  // The shipped model reads this whole run as one organisation with confidence 0.04.
  const text = '国产AI芯片公司摩尔线程科创板IPO过会。';
  assert.ok(model.tagSpans(text).some((s) => s.confidence < 0.1), 'the model still has a weak span here');
  for (const s of names.recognise(text)) {
    if (s.recogniser === 'model') assert.ok(s.confidence >= 0.1, `${text.slice(s.start, s.end)} ${s.confidence}`);
  }
});

test('the shipped model with the rules: a city network, a town under its county, a ministry office', () => {
  const table: Array<[string, string[]]> = [
    ['华岩立交主要由华岩1号立交（内环快速路与八横线交叉）组成。', ['LOC:华岩立交', 'LOC:华岩1号立交', 'LOC:内环快速路', 'LOC:八横线']],
    ['清晨的云雾掩映着青山，璧山七塘镇将军村家家户户', ['LOC:璧山', 'LOC:七塘镇', 'LOC:将军村']],
    ['近日，文化和旅游部办公厅公布了名单。', ['ORG:文化和旅游部办公厅']],
    // The region 成渝 opens takes in the region the rules read inside it.
    ['抢抓成渝中部地区与渝西地区高质量一体化发展。', ['LOC:成渝中部地区', 'LOC:渝西地区']],
    // A person the model is sure of keeps the characters the abbreviation rules would read as places.
    ['民进市委会主委陈贵云、农工党市委会主委但彦铮。', ['ORG:民进市委会', 'PER:陈贵云', 'ORG:农工党市委会', 'PER:但彦铮']],
    // Two ministries joined by 和 stay two.
    ['中国政府对此计划极为重视，铁道部和卫生部将给予具体配合。', ['ORG:中国政府', 'ORG:铁道部', 'ORG:卫生部']],
    // A region a rule reads inside an organisation the model is sure of is part of its name.
    ['深入学习贯彻中共黔东南州委十一届十一次全会精神。', ['ORG:中共黔东南州委']],
    // A ministry's short name opening with nouns is the rule's whole name, not the model's shorter one.
    ['住房城乡建设部最新数据显示，', ['ORG:住房城乡建设部']],
  ];
  for (const [text, want] of table) {
    const names = annotator.annotate(text).filter((a) => a.label !== 'TERM' && a.label !== 'NUM');
    assert.deepEqual(names.map((a) => `${a.label}:${text.slice(a.start, a.end)}`), want, text);
  }
});
