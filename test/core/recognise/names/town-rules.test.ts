import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cooperativesOfVillages, countiesBeforeTowns, groupsAfterVillages, townsAlone, townsOffVillageBodies, townGovernments, villagesAfterTowns } from '../../../../src/core/recognise/names/town-rules';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { S, show, spansOf } from './spans';

const dict = Lexicon.build([
  ['璧山', LEX.LOC, 300],
  ['秀山', LEX.LOC, 300],
  ['重庆市', LEX.LOC | LEX.WORD, 300],
  ['九龙坡', LEX.LOC | LEX.WORD, 300],
  ['山东', LEX.LOC | LEX.WORD, 300],
]);

test('a county and a town under it written together are two places', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['，璧山七塘镇将军村', [['璧山七塘镇', 'LOC']], ['LOC:璧山', 'LOC:七塘镇']],
    // The county's suffix stays with the county.
    ['重庆市秀山县官庄街道柏香村', [['重庆市', 'LOC'], ['秀山县官庄街道', 'LOC']], ['LOC:重庆市', 'LOC:秀山县', 'LOC:官庄街道']],
    ['，助推重庆市主城都市区互联', [['重庆市主城都市区', 'LOC']], ['LOC:重庆市', 'LOC:主城都市区']],
    // A town whose name after the county is one character, and a place the gazetteer does not know: one place.
    ['，璧山湖镇', [['璧山湖镇', 'LOC']], ['LOC:璧山湖镇']],
    ['，白沙七塘镇', [['白沙七塘镇', 'LOC']], ['LOC:白沙七塘镇']],
    ['重庆市九龙坡区民主村', [['重庆市', 'LOC'], ['九龙坡区民主村', 'LOC']], ['LOC:重庆市', 'LOC:九龙坡区', 'LOC:民主村']],
    ['九龙坡区西彭组团', [['九龙坡区西彭组团', 'LOC']], ['LOC:九龙坡区', 'LOC:西彭组团']],
    // A site or a word ending like a town: one place.
    ['，璧山青木川古镇', [['璧山青木川古镇', 'LOC']], ['LOC:璧山青木川古镇']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, countiesBeforeTowns(text, spansOf(text, read), dict)), want, text);
});

test("a village's party branch is named by the village; the town and county before it are places", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['田庄镇牛旺村党支部书记', [['田庄镇牛旺村党支部', 'ORG']], ['LOC:田庄镇', 'ORG:牛旺村党支部']],
    ['、山东茌平县小杨屯村党支部书记', [['山东茌平县小杨屯村党支部', 'ORG']], ['LOC:山东', 'LOC:茌平县', 'ORG:小杨屯村党支部']],
    // A village without a name of its own after the town, or no village body: one organisation.
    ['田庄镇村党支部', [['田庄镇村党支部', 'ORG']], ['ORG:田庄镇村党支部']],
    ['重庆市长寿区委', [['重庆市长寿区委', 'ORG']], ['ORG:重庆市长寿区委']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, townsOffVillageBodies(text, spansOf(text, read), dict)), want, text);
});

test("a cooperative or a village's committee named by its village is an organisation whole", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['成立了牛旺村农业种植合作社，流转', [['牛旺村', 'LOC']], ['ORG:牛旺村农业种植合作社']],
    ['古夫镇龙池村村委会工作人员', [['古夫镇', 'LOC'], ['龙池村', 'LOC']], ['LOC:古夫镇', 'ORG:龙池村村委会']],
    ['九龙社区居委会主任', [['九龙社区', 'LOC']], ['ORG:九龙社区居委会']],
    ['，黄家镇专业合作社', [['黄家镇', 'LOC']], ['ORG:黄家镇专业合作社']],
    // A clause or a function word between: the village stays a place.
    ['牛旺村的合作社', [['牛旺村', 'LOC']], ['LOC:牛旺村']],
    ['在牛旺村，合作社', [['牛旺村', 'LOC']], ['LOC:牛旺村']],
    ['重庆农业合作社', [['重庆', 'LOC']], ['LOC:重庆']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, cooperativesOfVillages(text, spansOf(text, read))), want, text);
});

test("a town's government named with the town is one organisation", () => {
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['。善感乡人民政府乡长张饶介绍', [['张饶', 'PER']], ['ORG:善感乡人民政府', 'PER:张饶']],
    ['，龙水镇政府组织干部', [['龙水镇', 'LOC']], ['ORG:龙水镇政府']],
    // Towns in general, a kind of town, a person read there: no name.
    ['，乡镇政府要', [], []],
    ['在古镇政府', [], []],
    ['，孙殿镇政府', [['孙殿镇', 'PER']], ['PER:孙殿镇']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, townGovernments(text, spansOf(text, read), make)), want, text);
});

test('a village written right after its town is a place of its own', () => {
  const lex = Lexicon.build([['农村', LEX.WORD]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.65 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['走进梁平区星桥镇两路村，连片', [['梁平区', 'LOC'], ['星桥镇', 'LOC']], ['LOC:梁平区', 'LOC:星桥镇', 'LOC:两路村']],
    ['铁峰乡富强村脆玉梨基地', [['铁峰乡', 'LOC']], ['LOC:铁峰乡', 'LOC:富强村']],
    // A village's body, its villagers, a count of villages or a word ending in 村: no village named.
    ['黄家埠镇五车堰村党委换届', [['黄家埠镇', 'LOC']], ['LOC:黄家埠镇']],
    ['星桥镇村民大会', [['星桥镇', 'LOC']], ['LOC:星桥镇']],
    ['全镇三个村的村民', [['全镇', 'LOC']], ['LOC:全镇']],
    ['孙桥镇现有农村人口', [['孙桥镇', 'LOC']], ['LOC:孙桥镇']],
    // A kind of village or a verb before 村 names none.
    ['梁平区星桥镇贫困村脱贫摘帽', [['梁平区', 'LOC'], ['星桥镇', 'LOC']], ['LOC:梁平区', 'LOC:星桥镇']],
    ['星桥镇派驻村第一书记', [['星桥镇', 'LOC']], ['LOC:星桥镇']],
    // A village the model read stays as read.
    ['礼让镇齐河村', [['礼让镇', 'LOC'], ['齐河村', 'LOC']], ['LOC:礼让镇', 'LOC:齐河村']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, villagesAfterTowns(text, spansOf(text, read), make, lex)), want, text);
});

test('a town, township, subdistrict or village by its own two characters, after a break, a preposition or its county', () => {
  const lex = Lexicon.build([
    ['表示', LEX.WORD, 300, 3], ['深入', LEX.WORD, 300, 3], ['打造', LEX.WORD, 300, 3], ['改造', LEX.WORD, 300, 3], ['街道', LEX.WORD, 3000],
    ['胜利', LEX.WORD, 3000],
    ['两路', LEX.WORD, 3000], ['边长', LEX.WORD, 500], ['稳定', LEX.WORD, 3000], ['四季', LEX.WORD, 3000], ['我们', LEX.WORD, 3000], ['农村', LEX.WORD, 3000],
  ]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.6 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['在力所乡力所村，种植户', [], ['LOC:力所乡', 'LOC:力所村']],
    ['从周家寨继续深入善感乡，稻鱼瓜果', [], ['LOC:善感乡']],
    ['云南省普洱市西盟县力所乡的咖啡林', [['云南省', 'LOC'], ['普洱市', 'LOC'], ['西盟县', 'LOC']], ['LOC:云南省', 'LOC:普洱市', 'LOC:西盟县', 'LOC:力所乡']],
    ['。三建乡一度是深度贫困乡', [], ['LOC:三建乡']],
    // An everyday word before the suffix: only after a verb of place or the county.
    ['，两路村是产粮大村', [], []],
    ['到两路村调研', [], ['LOC:两路村']],
    ['挑起重担，稳定村局面', [], []],
    // Pronouns, counts, the suffix going on into a word (乡道, 村晚, 村民), a word across the start: no name.
    ['，我们村集体经济', [], []],
    ['尚未抢通的两条乡道和两条村道', [], []],
    ['，四季村晚', [], []],
    ['，发展农村经济', [], []],
    ['，力所村民', [], []],
    ['为写书孤居乡下', [], []],
    ['，更使村团支部壮大', [], []],
    ['，力所乡党委政府', [['力所乡党委', 'ORG']], ['ORG:力所乡党委']],
    // Counts and kinds after a preposition or a county; a verb that is not of place; a town the dictionary's 小镇 holds;
    // 农村 across the name's end; 驻 of a posting; a verb as the name.
    ['在所有村开展试点', [], []],
    ['重庆市部分村', [['重庆市', 'LOC']], ['LOC:重庆市']],
    ['，示范村建设', [], []],
    ['着力打造共富村', [], []],
    ['，西小镇风情', [], []],
    ['，新农村建设', [], []],
    ['，驻点村报到', [], []],
    ['，改造镇区', [], []],
    // A subdistrict after a verb of place.
    ['深入胜利街道调研', [], ['LOC:胜利街道']],
    // Towns after the epicentre or the surroundings, a word of the dictionary read across them (边长) or not; not 周边农村.
    ['在震中措果乡和周边长所乡等地', [], ['LOC:措果乡', 'LOC:长所乡']],
    ['，周边农村和周边乡镇', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, townsAlone(text, spansOf(text, read), make, lex)), want, text);
});

test("a villagers' group named after its hamlet, right after its village, is a place of its own", () => {
  const lex = Lexicon.build([['班组', LEX.WORD], ['组长', LEX.WORD], ['保洁', LEX.WORD], ['妇女', LEX.WORD]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.6 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['走失在孚玉镇黎冲村毛田组附近', [['孚玉镇', 'LOC'], ['黎冲村', 'LOC'], ['毛田组', 'PER']], ['LOC:孚玉镇', 'LOC:黎冲村', 'LOC:毛田组']],
    ['家住黎冲村毛田组', [['黎冲村', 'LOC']], ['LOC:黎冲村', 'LOC:毛田组']],
    ['纳包村坡头组村民', [['纳包村', 'LOC'], ['坡头', 'LOC']], ['LOC:纳包村', 'LOC:坡头组']],
    // A group named by its task or members.
    ['白沙村保洁组每天清扫', [['白沙村', 'LOC']], ['LOC:白沙村']],
    ['坪上村妇女组开展活动', [['坪上村', 'LOC']], ['LOC:坪上村']],
    // A count, the villagers' group itself, a word ending in 组 or a group leader: none named.
    ['黎冲村三组', [['黎冲村', 'LOC']], ['LOC:黎冲村']],
    ['黎冲村村民小组', [['黎冲村', 'LOC']], ['LOC:黎冲村']],
    ['黎冲村机械班组', [['黎冲村', 'LOC']], ['LOC:黎冲村']],
    ['黎冲村毛田组长', [['黎冲村', 'LOC']], ['LOC:黎冲村']],
    // Not after a town.
    ['孚玉镇毛田组', [['孚玉镇', 'LOC']], ['LOC:孚玉镇']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, groupsAfterVillages(text, spansOf(text, read), make, lex)), want, text);
});
