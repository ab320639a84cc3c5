import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addToPrefixes, companyAliases, consolidateNames, markMentions, NameBest, NamesByPrefix, placeAliases, removeFromPrefixes } from '../../../../src/core/recognise/names/consolidate';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { Annotation } from '../../../../src/core/types';

const dict = Lexicon.build([
  ['重庆', LEX.LOC],
  ['太平洋', LEX.LOC],
  ['中国', LEX.LOC],
  ['保险', LEX.WORD],
  ['汽车', LEX.WORD],
  ['大足', LEX.LOC | LEX.WORD],
  ['张家', LEX.LOC | LEX.PER],
  ['长安', LEX.LOC | LEX.WORD],
  ['科技', LEX.WORD],
  ['航天', LEX.WORD],
  ['民航', LEX.WORD],
]);
const lookup = (s: string) => dict.lookup(s);

test('the short names a company named in full goes by', () => {
  const table: Array<[string, string[]]> = [
    // Each also without its trade (化工, 实业, 科技, 汽车): the name it is called by.
    ['重庆华峰化工有限公司', ['重庆华峰化工', '华峰化工', '重庆华峰', '华峰']],
    ['重庆市华峰化工有限公司', ['重庆市华峰化工', '华峰化工', '重庆市华峰', '华峰']],
    ['重庆宏美达欣实业（集团）有限公司', ['重庆宏美达欣实业', '宏美达欣实业', '重庆宏美达欣', '宏美达欣']],
    ['赛力斯集团', ['赛力斯']],
    ['阿维塔科技有限公司', ['阿维塔科技', '阿维塔']],
    ['比亚迪汽车有限公司', ['比亚迪汽车', '比亚迪']],
    ['宁德时代新能源科技股份有限公司', ['宁德时代新能源科技', '宁德时代新能源', '宁德时代']],
    // Not when a place is left (重庆汽车) or a common word.
    ['重庆汽车有限公司', ['重庆汽车']],
    ['保险科技有限公司', ['保险科技']],
    // What is left after the place is a common word, or the place is all there is: no short name.
    ['太平洋保险公司', ['太平洋保险']],
    ['中国公司', []],
    ['重庆集团', []],
    // A trade with a company head (天津能源集团 named short) goes by no trade alone.
    ['能源集团', []],
    ['科技有限公司', []],
    ['智能科技有限公司', []],
    // A province's group named by its sector goes by no sector alone (港口 all through an article).
    ['湖北港口集团', ['湖北港口']],
    ['重庆交通集团', ['重庆交通']],
    ['云南城投置业股份有限公司', ['云南城投置业', '云南城投']],
    ['重庆能源科技集团', ['重庆能源科技']],
    // A country and its space or aviation industry name the industry, no company (中国航天的新蓝图).
    ['中国航天科技集团', ['中国航天科技', '航天科技']],
    ['中国民航科技有限公司', ['中国民航科技', '民航科技']],
    // No legal form, no short name; a name ending in its trade goes by what is left, if that names something.
    ['市发展改革委', []],
    ['小鹏汽车', ['小鹏']],
    ['宗申摩托', ['宗申']],
    ['重庆华峰化工', ['华峰化工', '重庆华峰', '华峰']],
    ['重庆汽车', []],
    // A carmaker the table knows goes by its place's word (长安汽车 → 长安); another place and trade does not.
    ['长安汽车', ['长安']],
    ['长安科技', []],
    ['保险科技', []],
  ];
  for (const [name, want] of table) assert.deepEqual(companyAliases(name, lookup), want, name);
});

const ann = (text: string, s: string, label: Annotation['label'], confidence: number, from = 0): Annotation => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, label, confidence, source: 'auto', recogniser: 'model' };
};

test('a short name is marked as the company, and replaces weaker pieces of it', () => {
  const text = '重庆华峰化工有限公司成立。华峰化工的产品，华峰化工厂区。';
  const out = consolidateNames(text, [ann(text, '重庆华峰化工有限公司', 'ORG', 0.9), ann(text, '华峰', 'LOC', 0.4, 12)], lookup);
  const show = out.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`);
  assert.deepEqual(show, ['ORG:重庆华峰化工有限公司@0', 'ORG:华峰化工@13', 'ORG:华峰化工@21']);
  // A company named in full outranks the model: even a sure place inside its short name is a piece of it.
  const sure = consolidateNames(text, [ann(text, '重庆华峰化工有限公司', 'ORG', 0.9), ann(text, '华峰', 'LOC', 0.95, 12)], lookup);
  assert.deepEqual(sure.map((a) => `${a.label}:${text.slice(a.start, a.end)}`), ['ORG:重庆华峰化工有限公司', 'ORG:华峰化工', 'ORG:华峰化工']);
  // Without the dictionary no place is dropped from the name.
  const bare = consolidateNames(text, [ann(text, '重庆华峰化工有限公司', 'ORG', 0.9)]);
  assert.deepEqual(bare.map((a) => text.slice(a.start, a.end)), ['重庆华峰化工有限公司']);
});

test("a person's name the model cut short where it was less sure is the whole name read surely elsewhere in the article", () => {
  const text = '刘结一表示，两岸交流不断。元宵节，刘结一向与会记者致意。';
  const show = (out: Annotation[]) => out.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`);
  const cut = consolidateNames(text, [ann(text, '刘结一', 'PER', 0.95), ann(text, '刘结', 'PER', 0.6, 10)], lookup);
  assert.deepEqual(show(cut), ['PER:刘结一@0', 'PER:刘结一@17']);
  // So is a weaker place read inside it (付朝阳: 朝阳); a piece as sure as the whole name stays.
  const place = consolidateNames(text, [ann(text, '刘结一', 'PER', 0.95), ann(text, '结一', 'LOC', 0.6, 10)], lookup);
  assert.deepEqual(show(place), ['PER:刘结一@0', 'PER:刘结一@17']);
  const sure = consolidateNames(text, [ann(text, '刘结一', 'PER', 0.9), ann(text, '刘结', 'PER', 0.95, 10)], lookup);
  assert.deepEqual(show(sure), ['PER:刘结一@0', 'PER:刘结@17']);
});

test("a name read once is not marked where a craft's serial follows it", () => {
  const text = '神舟集团发布。神舟二十号航天员乘组返回，神舟二十号3名太空人改搭飞船。神舟的产品。';
  const out = consolidateNames(text, [ann(text, '神舟', 'ORG', 0.9)], lookup);
  assert.deepEqual(out.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`), ['ORG:神舟@0', 'ORG:神舟@35']);
});

test('a company named in full makes its short name an organisation at every mention, whatever the model read there', () => {
  const text = '比亚迪汽车有限公司发布召回计划。比亚迪股价下跌，分析师看好比亚迪。';
  const out = consolidateNames(
    text,
    [ann(text, '比亚迪汽车有限公司', 'ORG', 0.8), ann(text, '比亚迪', 'PER', 0.9, 10), ann(text, '比亚迪', 'PER', 0.5, 20)],
    lookup,
  );
  assert.deepEqual(
    out.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`),
    ['ORG:比亚迪汽车有限公司@0', 'ORG:比亚迪@16', 'ORG:比亚迪@29'],
  );
  // Without the full name the model's reading stands.
  const alone = consolidateNames(text.slice(16), [ann(text.slice(16), '比亚迪', 'PER', 0.9)], lookup);
  assert.deepEqual(alone.map((a) => a.label), ['PER', 'PER']);
});

test('a name before a title only companies give is a company: its mentions take in the places read inside them', () => {
  const text = '宁德时代董事长曾毓群说。宁德时代创立于2011年。';
  const company: Annotation = { ...ann(text, '宁德时代', 'ORG', 0.6), recogniser: 'rule:company-title' };
  const out = consolidateNames(text, [company, ann(text, '曾毓群', 'PER', 0.9), ann(text, '宁德', 'LOC', 0.74, 10)], lookup);
  assert.deepEqual(out.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`), ['ORG:宁德时代@0', 'PER:曾毓群@7', 'ORG:宁德时代@12']);
  // From the model alone, a weak organisation does not take in a surer place.
  const weak = consolidateNames(text, [ann(text, '宁德时代', 'ORG', 0.6), ann(text, '曾毓群', 'PER', 0.9), ann(text, '宁德', 'LOC', 0.74, 10)], lookup);
  assert.deepEqual(weak.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`), ['ORG:宁德时代@0', 'PER:曾毓群@7', 'LOC:宁德@12']);
});

test("an article's bracketed short form is definite: its mentions take in the person the model read inside them", () => {
  const text = '井谷元食品科技有限公司（下称井谷元食品）生产车间。井谷元食品董事长傅勇说。';
  const alias: Annotation = { ...ann(text, '井谷元食品', 'ORG', 0.8, 12), recogniser: 'rule:alias' };
  const read = [ann(text, '井谷元食品科技有限公司', 'ORG', 0.48), alias, ann(text, '井谷元', 'PER', 0.72, 25), ann(text, '傅勇', 'PER', 0.9)];
  const out = consolidateNames(text, read, lookup);
  assert.deepEqual(out.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`), ['ORG:井谷元食品科技有限公司@0', 'ORG:井谷元食品@14', 'ORG:井谷元食品@25', 'PER:傅勇@33']);
});

test('a name in Latin letters is not marked again inside a longer Latin word', () => {
  const text = 'IoT设备增长，AIoT平台和IoTs。';
  const out = consolidateNames(text, [ann(text, 'IoT', 'ORG', 0.9)], lookup);
  assert.deepEqual(out.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`), ['ORG:IoT@0']);
});

test("a confident place is not marked again inside a term that holds its name", () => {
  const text = '中国经济持续回升。推进中国式现代化，中国将继续。同广大发展中国家一道。';
  const out = consolidateNames(text, [ann(text, '中国', 'LOC', 0.94), ann(text, '中国', 'LOC', 0.97, 12)], lookup);
  assert.deepEqual(out.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`), ['LOC:中国@0', 'LOC:中国@18']);
});

test('every name added one by one is found at its mentions, as the prefix filter grows from small to large', () => {
  const byPrefix: NamesByPrefix = new Map();
  const best = new Map<string, NameBest>();
  // Two-character person names from a run of CJK code points: far more than a small filter holds.
  const names: string[] = [];
  for (let k = 0; k < 3000; k++) names.push(String.fromCharCode(0x4e00 + ((k * 7) % 20000), 0x4e00 + ((k * 13 + 5) % 20000)));
  const unique = [...new Set(names)];
  for (const [k, name] of unique.entries()) {
    const b: NameBest = { label: 'PER', confidence: 0.9 };
    best.set(name, b);
    addToPrefixes(byPrefix, name, b);
    // At a few sizes on the way (the filter is rebuilt larger as it fills), every name so far is found.
    if (k === 10 || k === 40 || k === 300 || k === unique.length - 1) {
      const text = unique.slice(0, k + 1).join('，');
      const found = markMentions(text, [], best, byPrefix).map((a) => text.slice(a.start, a.end));
      assert.deepEqual(found, unique.slice(0, k + 1), `after ${k + 1} names`);
    }
  }
  // A name taken out is no longer found; the others still are.
  removeFromPrefixes(byPrefix, unique[0]);
  best.delete(unique[0]);
  const text = unique.slice(0, 5).join('，');
  assert.deepEqual(markMentions(text, [], best, byPrefix).map((a) => text.slice(a.start, a.end)), unique.slice(1, 5));
});

test('a district named with its suffix is a place at its short name later in the article', () => {
  assert.deepEqual(placeAliases('大足区', lookup), ['大足']);
  // Only a short name the dictionary knows as a place and never as a person's; a suffix is needed.
  assert.deepEqual(placeAliases('张家区', lookup), []);
  assert.deepEqual(placeAliases('大足', lookup), []);
  assert.deepEqual(placeAliases('大足区', undefined), []);
  const text = '媒体记者走进大足区。记者挖掘报道大足教育的做法。';
  const out = consolidateNames(text, [ann(text, '大足区', 'LOC', 0.82)], lookup);
  assert.deepEqual(out.map((a) => `${a.label}:${text.slice(a.start, a.end)}`), ['LOC:大足区', 'LOC:大足']);
});

test('a person is not marked again inside a doctrine named after them, but is in a thought with its field', () => {
  const text = '邓小平同志指出，要学习邓小平理论。习近平总书记指出，坚持以习近平新时代中国特色社会主义思想为指导，贯彻习近平法治思想。';
  const out = consolidateNames(text, [ann(text, '邓小平', 'PER', 0.99), ann(text, '习近平', 'PER', 0.99)], lookup);
  const at = (s: string, from = 0) => text.indexOf(s, from);
  assert.deepEqual(out.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`), [
    'PER:邓小平@0',
    `PER:习近平@${at('习近平')}`,
    `PER:习近平@${at('习近平新时代')}`,
    `PER:习近平@${at('习近平法治')}`,
  ]);
});

test("a company going by a place's word is not marked at the place's street or district, nor a ministry at its head's title", () => {
  const text = '长安汽车发布新车。长安销量上涨，长安街上车多，长安区政府。外交部发言人表示，外交部长王毅出席，外交部长期关注。';
  const out = consolidateNames(text, [ann(text, '长安汽车', 'ORG', 0.9), ann(text, '外交部', 'ORG', 0.99)], (s) => (s === '长期' ? LEX.WORD : dict.lookup(s)));
  assert.deepEqual(out.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`), ['ORG:长安汽车@0', 'ORG:长安@9', 'ORG:外交部@29', 'ORG:外交部@47']);
});

test('a place jieba also lists as a name is a place where it is read so with some confidence', () => {
  const places = Lexicon.build([['梁平', LEX.LOC | LEX.PER | LEX.WORD], ['长安', LEX.LOC | LEX.WORD], ['普京', LEX.LOC | LEX.PER | LEX.NAME_PER]]);
  const look = (s: string) => places.lookup(s);
  const labels = (text: string, anns: Annotation[]) => consolidateNames(text, anns, look).map((a) => `${a.label}:${text.slice(a.start, a.end)}`);
  // Read as a place at 0.74 and 0.64 and as a person at 0.75: the county at every mention.
  const t = '梁平位于重庆东北部。梁平的地理条件较为优良。同时，梁平一二三产业融合发展。';
  const read = [ann(t, '梁平', 'LOC', 0.74), ann(t, '梁平', 'PER', 0.75, 5), ann(t, '梁平', 'LOC', 0.64, 15)];
  assert.deepEqual(labels(t, read), ['LOC:梁平', 'LOC:梁平', 'LOC:梁平']);
  // A sure person, a place read too weakly, a place jieba lists as no name, or one the proper nouns know as a person: the surer reading.
  assert.deepEqual(labels(t, [ann(t, '梁平', 'LOC', 0.74), ann(t, '梁平', 'PER', 0.95, 5)]), ['PER:梁平', 'PER:梁平', 'PER:梁平']);
  assert.deepEqual(labels(t, [ann(t, '梁平', 'LOC', 0.55), ann(t, '梁平', 'PER', 0.75, 5)]), ['PER:梁平', 'PER:梁平', 'PER:梁平']);
  const c = '长安的产业。长安汽车发布。长安加快发展。';
  assert.deepEqual(labels(c, [ann(c, '长安', 'LOC', 0.7), ann(c, '长安', 'ORG', 0.8, 6)]), ['ORG:长安', 'ORG:长安', 'ORG:长安']);
  const p = '普京表示。普京说。';
  assert.deepEqual(labels(p, [ann(p, '普京', 'LOC', 0.7), ann(p, '普京', 'PER', 0.8, 5)]), ['PER:普京', 'PER:普京']);
});

test("a common word read once as a place or organisation, or a name's characters inside other words, is not marked again", () => {
  const words = Lexicon.build([
    ['博物馆', LEX.WORD, 3000],
    ['西部', LEX.WORD, 5000],
    ['程途', LEX.WORD, 20],
    ['县政府', LEX.WORD, 800],
    ['民丰', LEX.LOC | LEX.WORD, 5],
    ['农民', LEX.WORD, 20000],
    ['丰收', LEX.WORD, 3000],
    ['美国', LEX.LOC | LEX.WORD, 100000],
    ['赴美', LEX.WORD, 20],
    ['人民银行', LEX.ORG | LEX.WORD, 50],
    ['前人', LEX.WORD, 500],
    ['大同', LEX.LOC | LEX.WORD, 300],
    ['同一', LEX.WORD, 2000],
    ['一直', LEX.WORD, 20000],
    ['中交', LEX.ORG, 0],
    ['交来', LEX.WORD, 3],
    ['交行', LEX.WORD, 40],
    ['小米', LEX.WORD | LEX.NAME_ORG, 300],
  ]);
  const classes = (s: string) => words.lookup(s);
  const frequency = (s: string) => words.frequency(s);
  const table: Array<[string, string, Annotation['label'], number, string[]]> = [
    // [text, the name the model found first, its label, its confidence, every name marked after the pass]
    ['博物馆成为打卡地。各地的博物馆里人很多。', '博物馆', 'LOC', 0.8, ['LOC:博物馆@0']],
    ['西部城市。新时代西部大开发。', '西部', 'LOC', 0.7, ['LOC:西部@0']],
    // People and organs named by their level are spread: a title or byline found them.
    ['研究员程途说。程途提出三条建议。', '程途', 'PER', 0.9, ['PER:程途@3', 'PER:程途@7']],
    ['县政府召开会议。研究县政府初步意见。', '县政府', 'ORG', 0.9, ['ORG:县政府@0', 'ORG:县政府@10']],
    // 民丰 of 农民丰收节: two commoner words run across its edges.
    ['民丰县举行农民丰收节。民丰的红枣。', '民丰县', 'LOC', 0.97, ['LOC:民丰县@0', 'LOC:民丰@11']],
    // 赴美 runs across 美国, but 美国 is the commoner word; 前人 runs across 人民银行, but the name is long.
    ['美国发布数据。代表团赴美国访问。', '美国', 'LOC', 0.9, ['LOC:美国@0', 'LOC:美国@11']],
    ['人民银行发布数据。目前人民银行统计。', '人民银行', 'ORG', 0.9, ['ORG:人民银行@0', 'ORG:人民银行@11']],
    // 同一 runs across 大同 in 大同一直, but 一直, the word its far side begins, is commoner.
    ['记者来到大同。大同一直在改革。', '大同', 'LOC', 0.9, ['LOC:大同@4', 'LOC:大同@7']],
    // A crossing word this rare is no evidence.
    ['中交集团成立。中交来函。', '中交', 'ORG', 0.8, ['ORG:中交@0', 'ORG:中交@7']],
    // A common word read surely, or a name a dictionary of proper nouns knows, is spread.
    ['交行发布年报。对交行来说很重要。', '交行', 'ORG', 0.95, ['ORG:交行@0', 'ORG:交行@8']],
    ['小米发布新品。对小米来说很重要。', '小米', 'ORG', 0.8, ['ORG:小米@0', 'ORG:小米@8']],
  ];
  for (const [text, first, label, confidence, want] of table) {
    const out = consolidateNames(text, [ann(text, first, label, confidence)], classes, frequency);
    assert.deepEqual(
      out.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`),
      want,
      text,
    );
  }
});

test('a common word the model read as a name at two mentions or more is spread to the others', () => {
  const words = Lexicon.build([['五粮液', LEX.WORD, 50]]);
  const text = '记者采访了五粮液公司。在五粮液工作，五粮液的待遇不错。';
  const two = [ann(text, '五粮液', 'ORG', 0.8, 10), ann(text, '五粮液', 'ORG', 0.8, 16)];
  const out = consolidateNames(text, two, (s) => words.lookup(s), (s) => words.frequency(s));
  assert.deepEqual(out.map((a) => `${text.slice(a.start, a.end)}@${a.start}`), ['五粮液@5', '五粮液@12', '五粮液@18']);
  const one = consolidateNames(text, two.slice(0, 1), (s) => words.lookup(s), (s) => words.frequency(s));
  assert.deepEqual(one.map((a) => `${text.slice(a.start, a.end)}@${a.start}`), ['五粮液@12']);
});

test("a car brand is not marked again where it opens a model's name", () => {
  const text = '问界是华为和赛力斯合作的品牌。2025款问界M9、问界M8等多款车型上市，问界销量领先。';
  const out = consolidateNames(text, [ann(text, '问界', 'ORG', 0.9)], lookup);
  assert.deepEqual(out.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`), ['ORG:问界@0', `ORG:问界@${text.lastIndexOf('问界')}`]);
});

test('a ministry is not marked again where its 部 opens 部门', () => {
  const text = '水利部发布通知。各级水利部门派出工作组。';
  const out = consolidateNames(text, [ann(text, '水利部', 'ORG', 0.95)], lookup);
  assert.deepEqual(out.map((a) => `${a.label}:${text.slice(a.start, a.end)}@${a.start}`), ['ORG:水利部@0']);
});
