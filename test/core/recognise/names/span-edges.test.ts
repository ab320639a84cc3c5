import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bracketedNames, EdgeSpan, abbreviationsNoPlaces, joinAdjacent, prepositionsAndNumberSigns, serialsNoNames, surnameEdges, takeAllInside, trimAtBreaks, trimSpaces, warshipsNoNames, wholeCharacters } from '../../../../src/core/recognise/names/span-edges';
import { spansOf } from './spans';

const at = (text: string, s: string, label: EdgeSpan['label']): EdgeSpan => {
  const start = text.indexOf(s);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length, label };
};
const show = (text: string, spans: EdgeSpan[]) => spans.map((s) => `${s.label}:${text.slice(s.start, s.end)}`);

test('a name never runs across clause punctuation or an unbalanced bracket', () => {
  const table: Array<[string, string, EdgeSpan['label'], string[]]> = [
    ['浙江大学医学院附属第一医院（浙大一院）专家团队近日', '浙大一院）专家团队', 'ORG', ['ORG:浙大一院']],
    ['重庆宏美达欣实业（集团）有限公司成立', '重庆宏美达欣实业（集团）有限公司', 'ORG', ['ORG:重庆宏美达欣实业（集团）有限公司']],
    ['英国“野翅膀”观鸟团领队', '英国“野翅膀”观鸟团', 'ORG', ['ORG:英国“野翅膀”观鸟团']],
    ['重庆（集团成立', '重庆（集团', 'ORG', ['ORG:重庆']],
    ['涪陵、彭水两地', '涪陵、彭水', 'LOC', ['LOC:涪陵']],
    ['甲，乙丙', '甲，乙丙', 'ORG', []],
    ['在渝，发展', '渝，发展', 'LOC', ['LOC:渝']],
    // The group or partnership a company's name closes with in brackets, where the model stops inside or before it.
    ['国药集团、华润（集团）、中国通用技术（集团）等', '华润（集团', 'ORG', ['ORG:华润（集团）']],
    ['公司拟改聘天健会计师事务所（特殊普通合伙）担任', '天健会计师事务所', 'ORG', ['ORG:天健会计师事务所（特殊普通合伙）']],
    ['华润（万家）超市', '华润（万家', 'ORG', ['ORG:华润']],
    // A document title's opening mark read into its first issuer's name is the title's; a quotation's stays a break.
    ['按照《国家医保局 财政部关于开展', '《国家医保局', 'ORG', ['ORG:国家医保局']],
    ['以“人民法院调解平台”为依托', '“人民法院', 'ORG', []],
  ];
  for (const [text, span, label, expected] of table) {
    assert.deepEqual(show(text, trimAtBreaks(text, [at(text, span, label)])), expected, span);
  }
});

test('a surname alone is not a name, nor one made anonymous with 某', () => {
  const table: Array<[string, string, EdgeSpan['label'], string[]]> = [
    ['被告人张某某被判处', '张', 'PER', []],
    ['被告人张某某被判处', '张某某', 'PER', []],
    ['李某称', '李某', 'PER', []],
    ['胡某林驾车逃逸', '胡某林', 'PER', []],
    ['王某说', '王', 'PER', []],
    // 某日 after a name is a day, not part of it.
    ['记者张伟某日下午来到', '张伟', 'PER', ['PER:张伟']],
    ['王说', '王', 'PER', []],
    ['在渝发展', '渝', 'LOC', ['LOC:渝']],
    ['高健说', '高健', 'PER', ['PER:高健']],
    // A surname and 氏: a clan or a school of practice; a Vietnamese name holding 氏 stays.
    ['赵氏雷火灸', '赵氏', 'PER', []],
    ['越南选手阮氏顽夺冠', '阮氏顽', 'PER', ['PER:阮氏顽']],
  ];
  for (const [text, span, label, expected] of table) {
    assert.deepEqual(show(text, surnameEdges(text, [at(text, span, label)])), expected, text);
  }
});

test('a name never holds half of an astral character', () => {
  const text = '局长康义𐀀说𠮷张三';
  const table: Array<[number, number, string[]]> = [
    [2, 5, ['PER:康义']], // ends inside 𐀀
    [5, 7, ['PER:说']], // starts inside 𐀀
    [4, 5, []], // only half a character
    [7, 10, ['PER:𠮷张']], // whole characters stay as they are
  ];
  for (const [start, end, expected] of table) {
    const spans = wholeCharacters(text, [{ start, end, label: 'PER' as const }]);
    assert.deepEqual(show(text, spans), expected, `${start}-${end}`);
  }
});

test('奥 of the Olympics, 亚 of the Asian Games, 中 of 中外 and 港 of 许家港路 name no place; Asia in the short name of its league stays', () => {
  const table: Array<[string, string, string[]]> = [
    ['北京奥运会开幕', '奥', []],
    ['米兰冬奥会', '奥', []],
    ['2026年中超联赛最后一轮', '中', ['LOC:中']],
    ['备战亚冠精英联赛', '亚', ['LOC:亚']],
    ['杭州亚运会', '亚', []],
    ['杭州亚残运会', '亚', []],
    ['英超球队', '英', ['LOC:英']],
    ['奥地利', '奥', ['LOC:奥']],
    ['吸引中外嘉宾', '中', []],
    ['享誉中外。', '中', []],
    ['中外长会晤', '中', ['LOC:中']],
    ['中外交部发言人', '中', ['LOC:中']],
    ['中美合作', '中', ['LOC:中']],
    // A character of a street's name; not after a verb of place or a function word.
    ['许家港路改造提升', '港', []],
    ['红星京街', '京', []],
    ['赴港路演', '港', ['LOC:港']],
    ['在京街头', '京', ['LOC:京']],
    ['港路', '港', ['LOC:港']],
    ['闯沪路上', '沪', ['LOC:沪']],
    ['公司将于港路演', '港', ['LOC:港']],
  ];
  for (const [text, span, expected] of table) {
    assert.deepEqual(show(text, abbreviationsNoPlaces(text, [at(text, span, 'LOC')])), expected, text);
  }
  // After another one-character place: a place still.
  const pair = '中韩路演和沪港路沿线';
  const read = [at(pair, '中', 'LOC'), at(pair, '韩', 'LOC'), at(pair, '沪', 'LOC'), at(pair, '港', 'LOC')];
  assert.deepEqual(show(pair, abbreviationsNoPlaces(pair, read)), ['LOC:中', 'LOC:韩', 'LOC:沪', 'LOC:港']);
  // A word of going after (路演, 街头) leaves the place; a street's parts (路口, 路边) do not.
  for (const [text, want] of [['城港路演', ['LOC:港']], ['城京街头', ['LOC:京']], ['兴沪路边', []], ['振兴湘路口', []]] as Array<[string, string[]]>) {
    assert.deepEqual(show(text, abbreviationsNoPlaces(text, [at(text, text[text.length - 3], 'LOC')])), want, text);
  }
});

test('a name never starts or ends with white space', () => {
  const table: Array<[string, number, number, string[]]> = [
    ['通讯员 郑宇 摄', 3, 6, ['PER:郑宇']],
    ['记者\u3000刘洋\u3000报道', 2, 6, ['PER:刘洋']],
    ['Elon Musk said', 0, 9, ['PER:Elon Musk']],
    ['a   b', 1, 4, []],
  ];
  for (const [text, start, end, expected] of table) {
    assert.deepEqual(show(text, trimSpaces(text, [{ start, end, label: 'PER' as const }])), expected, text);
  }
});

test('one character and a space before an organisation are the end of the name before it, not part of this one', () => {
  const table: Array<[string, string, EdgeSpan['label'], string[]]> = [
    ['财政部 国家卫生健康委 国家中医药局关于', '委 国家中医药局', 'ORG', ['ORG:国家中医药局']],
    // Two pieces of a name with a stray space, a Latin name, a person written with a space: as read.
    ['重庆市综合 经济研究院党委', '重庆市综合 经济研究院', 'ORG', ['ORG:重庆市综合 经济研究院']],
    ['Genor Biopharma 的', 'Genor Biopharma', 'ORG', ['ORG:Genor Biopharma']],
    ['记者 王 刚报道', '王 刚', 'PER', ['PER:王 刚']],
  ];
  for (const [text, span, label, expected] of table) assert.deepEqual(show(text, trimSpaces(text, [at(text, span, label)])), expected, span);
});

test('a company whose legal name holds a bracketed place or 集团 is one organisation', () => {
  type Scored = EdgeSpan & { confidence: number };
  const isPlace = (s: string) => ['重庆', '深圳'].includes(s);
  const sp = (text: string, s: string, label: EdgeSpan['label'], confidence = 0.6): Scored => ({ ...at(text, s, label), confidence });
  const table: Array<[string, Scored[], string[]]> = [
    // The model's pieces on both sides of the bracket become one name.
    ['合资成立阿维塔科技（重庆）有限公司。', [], []],
    ...((t: string): Array<[string, Scored[], string[]]> => [
      [t, [sp(t, '阿维塔', 'PER'), sp(t, '重庆）有限公司', 'ORG')], ['ORG:阿维塔科技（重庆）有限公司']],
    ])('合资成立阿维塔科技（重庆）有限公司。'),
    // Without a span before the bracket, the run of name characters back to a break or a function word.
    ['由华为技术（深圳）有限公司生产', [], ['ORG:华为技术（深圳）有限公司']],
    ['本报讯 星巴克（中国）投资有限公司宣布', [], ['ORG:星巴克（中国）投资有限公司']],
    // A bracket that is no part of a company's name, and a run with no visible start, make nothing.
    ['月薪（税前）一万元', [], []],
    ['记者（实习）王小明报道', [], []],
    // Areas named the same way are places; the body that runs one is an organisation.
    ['中国（重庆）自由贸易试验区挂牌以来', [sp('中国（重庆）自由贸易试验区挂牌以来', '中国', 'LOC')], ['LOC:中国（重庆）自由贸易试验区']],
    ['西部（重庆）科学城管委会副主任', [], ['ORG:西部（重庆）科学城管委会']],
    ['落户西部（重庆）科学城。', [], ['LOC:西部（重庆）科学城']],
    // An area's name opens with a compass word or a place, never with whatever precedes the bracket.
    ...((t: string): Array<[string, Scored[], string[]]> => [
      [t, [sp(t, '程志毅', 'PER')], ['PER:程志毅', 'LOC:西部（重庆）科学城']],
    ])('区长程志毅带队赴西部（重庆）科学城考察'),
    ...((t: string): Array<[string, Scored[], string[]]> => [
      [t, [sp(t, '程志毅', 'PER')], ['PER:程志毅', 'ORG:西部（重庆）科学城管委会']],
    ])('区长程志毅带队赴西部（重庆）科学城管委会考察'),
    ['区长带队赴两江（重庆）新区考察', [], []],
    // A credit in brackets before a company is no part of its name.
    ['日电（记者吴某某）美国某某烟草公司', [], []],
  ];
  for (const [text, spans, want] of table) assert.deepEqual(show(text, bracketedNames(text, spans, isPlace)), want, text);
  // The merged name keeps the best confidence of the pieces it replaces.
  const t = '阿维塔科技（重庆）有限公司';
  const [merged] = bracketedNames(t, [sp(t, '阿维塔', 'PER', 0.4), sp(t, '重庆）有限公司', 'ORG', 0.8)], isPlace);
  assert.equal(merged.confidence, 0.8);
});

test('adjacent spans are joined where the pair makes one, and the walk goes on after the pair', () => {
  const sp = (start: number, end: number, label: EdgeSpan['label']): EdgeSpan => ({ start, end, label });
  const join = (a: EdgeSpan, b: EdgeSpan) => (a.label === 'LOC' && b.label === 'ORG' ? { ...b, start: a.start } : undefined);
  const table: Array<[EdgeSpan[], Array<[number, number, string]>]> = [
    [[sp(0, 2, 'LOC'), sp(2, 5, 'ORG'), sp(5, 7, 'ORG')], [[0, 5, 'ORG'], [5, 7, 'ORG']]],
    // Not touching, or a pair the function refuses: as they were.
    [[sp(0, 2, 'LOC'), sp(3, 5, 'ORG')], [[0, 2, 'LOC'], [3, 5, 'ORG']]],
    [[sp(0, 2, 'ORG'), sp(2, 4, 'LOC'), sp(4, 6, 'ORG')], [[0, 2, 'ORG'], [2, 6, 'ORG']]],
    [[], []],
  ];
  for (const [spans, want] of table) {
    assert.deepEqual(joinAdjacent(spans, join).map((s) => [s.start, s.end, s.label]), want);
  }
});


test('an organisation loses a preposition read into it; no person starts after a number sign', () => {
  const t = '据标准排名研究院发布，5号线北延伸段，经济日报';
  const spans: EdgeSpan[] = [
    { start: 0, end: 8, label: 'ORG' },
    { start: 13, end: 16, label: 'PER' },
    { start: 19, end: 23, label: 'ORG' },
  ];
  assert.deepEqual(show(t, prepositionsAndNumberSigns(t, spans)), ['ORG:标准排名研究院', 'ORG:经济日报']);
  // A date's last character after its digits opens no name (24日 | 省委常委会); a name after a date's word stays.
  const d = '贯彻10月24日省委常委会会议精神，日本政府';
  assert.deepEqual(show(d, prepositionsAndNumberSigns(d, [{ start: 7, end: 13, label: 'ORG' }, { start: d.indexOf('日本'), end: d.indexOf('日本') + 4, label: 'ORG' }])), ['ORG:省委常委会', 'ORG:日本政府']);
  // A match's word run into a name goes (塞尔吉尼奥本场, 杭州主场: the organisation was the place).
  const v = '塞尔吉尼奥本场进球，杭州主场作战';
  assert.deepEqual(show(v, prepositionsAndNumberSigns(v, [{ start: 0, end: 7, label: 'PER' }, { start: 10, end: 14, label: 'ORG' }])), ['PER:塞尔吉尼奥', 'LOC:杭州']);
  // A verb of joint action after a subject goes; a name that opens with it (联合国, 联合电脑公司 at a clause's start) stays.
  for (const [text, name, want] of [
    ['我院联合第一医科大学附属眼科医院', '联合第一医科大学附属眼科医院', 'ORG:第一医科大学附属眼科医院'],
    ['中方联合国教科文组织', '联合国教科文组织', 'ORG:联合国教科文组织'],
    ['联合电脑公司是最大的软件商', '联合电脑公司', 'ORG:联合电脑公司'],
    // At a clause's start before an organ named by its level, the verb goes too.
    ['由县河长办牵头，联合县公安局、县人民检察院', '联合县公安局', 'ORG:县公安局'],
    ['近日会同县公安局破获', '会同县公安局', 'ORG:会同县公安局'],
    ['，会同县公安局破获', '会同县公安局', 'ORG:会同县公安局'],
    // A meeting read into an organisation's start: the name follows it.
    ['部长黄润秋在京会见香港特区政府环境及生态局局长', '京会见香港特区政府环境及生态局', 'ORG:香港特区政府环境及生态局'],
  ]) {
    const at = text.indexOf(name);
    assert.deepEqual(show(text, prepositionsAndNumberSigns(text, [{ start: at, end: at + name.length, label: 'ORG' }])), [want], text);
  }
  // A name that only starts with such a character stays (由 is a surname; 从化 a place).
  const u = '由伟说，从化区';
  assert.deepEqual(show(u, prepositionsAndNumberSigns(u, [{ start: 0, end: 2, label: 'PER' }, { start: 4, end: 7, label: 'LOC' }])), ['PER:由伟', 'LOC:从化区']);
  const w = '召开座谈会，与传化集团交流';
  assert.deepEqual(show(w, prepositionsAndNumberSigns(w, [{ start: 6, end: 11, label: 'ORG' }])), ['ORG:传化集团']);
});

test('a surname with a word of address is no name', () => {
  const t = '吴阿姨说，张师傅和李明都来了';
  const spans: EdgeSpan[] = [{ start: 0, end: 3, label: 'PER' }, { start: 5, end: 8, label: 'PER' }, { start: 9, end: 11, label: 'PER' }];
  assert.deepEqual(show(t, surnameEdges(t, spans)), ['PER:李明']);
});

test("a credit's 文图 after the slash is no name; a person named 文图 elsewhere is", () => {
  const t = '（姚华胜/文图）';
  assert.deepEqual(show(t, surnameEdges(t, [{ start: 1, end: 4, label: 'PER' }, { start: 5, end: 7, label: 'PER' }])), ['PER:姚华胜']);
  const u = '记者文图报道';
  assert.deepEqual(show(u, surnameEdges(u, [{ start: 2, end: 4, label: 'PER' }])), ['PER:文图']);
});

test('a name with a craft’s, rocket’s or reactor’s serial after it, or a train’s or ship’s name in 号, names a product, not an address or a building', () => {
  const table: Array<[string, string, EdgeSpan['label'], string[]]> = [
    ['目前，神舟二十号航天员乘组', '神舟', 'ORG', []],
    ['下午，神舟二十号载人飞行任务', '神舟', 'ORG', []],
    ['与“神舟”系列飞船火箭', '神舟', 'ORG', []],
    ['乘坐神舟二十一号飞船返回', '神舟', 'ORG', []],
    ['11月14日，神舟二十号3名太空人改搭', '神舟', 'ORG', []],
    ['与神舟二十号太空人完成交接', '神舟', 'ORG', []],
    // The serial read into the name; a cargo craft.
    ['神舟二十一号航天员乘组', '神舟二十一号', 'ORG', []],
    ['天舟十号货运飞船', '天舟', 'PER', []],
    ['三代核电技术“华龙一号”。', '华龙', 'LOC', []],
    ['位于北京建国路九十九号的中服大厦', '建国路', 'LOC', ['LOC:建国路']],
    ['北大五十五号筒子楼改造', '北大', 'ORG', ['ORG:北大']],
    ['地铁二号线', '地铁', 'LOC', ['LOC:地铁']],
    // A train's or ship's name in 号 before what it names.
    ['随着C9309次“复兴号”智能动车组驶出', '复兴号', 'ORG', []],
    ['乘坐和谐号列车', '和谐号', 'ORG', []],
    ['“雪龙2号”科考船', '雪龙2号', 'LOC', []],
    ['位于建设路5号的工厂', '建设路5号', 'LOC', ['LOC:建设路5号']],
  ];
  for (const [text, name, label, want] of table) {
    const at = text.indexOf(name);
    assert.deepEqual(show(text, serialsNoNames(text, [{ start: at, end: at + name.length, label }])), want, text);
  }
});

test('many names take in what was read inside each, in one pass, as takeInside does one by one', () => {
  const t = '海联讯吸收合并杭汽轮B，中国船舶吸收合并中国重工';
  const at = (x: string, label: EdgeSpan['label'], from = 0): EdgeSpan => ({ start: t.indexOf(x, from), end: t.indexOf(x, from) + x.length, label });
  // A place read inside a name gives way; a span reaching outside one, or one that stays, keeps that name out.
  const read = [at('中国', 'LOC'), at('船舶吸收', 'ORG'), at('杭汽轮B', 'ORG')];
  const names = [at('海联讯', 'ORG'), at('杭汽轮B', 'ORG'), at('中国船舶', 'ORG'), at('中国重工', 'ORG', 14)];
  const same = (o: EdgeSpan, n: EdgeSpan) => o.start === n.start && o.end === n.end;
  assert.deepEqual(show(t, takeAllInside(read, names, same)), ['ORG:海联讯', 'ORG:杭汽轮B', 'LOC:中国', 'ORG:船舶吸收', 'ORG:中国重工']);
});

test('a warship named after a place is no place: the place before 舰 or the name read with it goes; a fleet keeps its name', () => {
  const table: Array<[string, Array<[string, EdgeSpan['label']]>, string[]]> = [
    ['航空母舰山东舰、导弹驱逐舰延安舰', [['山东', 'LOC'], ['延安', 'LOC']], []],
    ['湛江舰和运城舰停靠', [['湛江舰', 'PER'], ['运城', 'LOC']], []],
    ['南海舰队在湛江', [['南海舰队', 'ORG'], ['湛江', 'LOC']], ['ORG:南海舰队', 'LOC:湛江']],
    ['山东舰载机', [['山东', 'LOC']], ['LOC:山东']],
    ['辽宁舰长张三', [['辽宁', 'LOC'], ['张三', 'PER']], ['LOC:辽宁', 'PER:张三']],
    // A country's ships by its one character, a ship named after a person: the country and the person stay.
    ['美舰和菲舰', [['美', 'LOC'], ['菲', 'LOC']], ['LOC:美', 'LOC:菲']],
    ['戚继光舰', [['戚继光', 'PER']], ['PER:戚继光']],
    // A navy read with one of its ships is the navy.
    ['日前，中国海军辽宁舰、山东舰', [['中国海军辽宁舰', 'ORG']], ['ORG:中国海军']],
    ['编队指挥舰、中国海军导弹驱逐舰绍兴舰，', [['中国海军导弹驱逐舰绍兴舰', 'ORG']], ['ORG:中国海军']],
    ['海军舰队', [['海军舰队', 'ORG']], ['ORG:海军舰队']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, warshipsNoNames(text, spansOf(text, read))), want, text);
});
