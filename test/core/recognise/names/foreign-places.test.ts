import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviationsInCompounds, townsReadAsPeople, soundNamesJoined, dottedNamesWhole, dottedPlacesApart, hyphenatedNamesWhole, soundNameEdges, soundPeopleBeforePlaceSuffixes } from '../../../../src/core/recognise/names/foreign-places';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { PLACE_POS } from '../../../../src/core/recognise/names/build-lexicon';
import { S, show, spansOf } from './spans';

test('a foreign town read as a person, after a kind of town or a verb of war, is the town', () => {
  // 梁平: a county of the gazetteer (its own POS code), which jieba knows as a name too.
  const lex = Lexicon.build([['梁平', LEX.WORD | LEX.LOC | LEX.PER, 200, PLACE_POS], ['张伟', LEX.WORD | LEX.PER]]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['进入了中部重镇霍姆斯', [['霍姆斯', 'PER']], ['LOC:霍姆斯']],
    ['叙利亚第三大城市霍姆斯', [['叙利亚', 'LOC'], ['霍姆斯', 'PER']], ['LOC:叙利亚', 'LOC:霍姆斯']],
    ['他们攻占了阿勒颇', [['阿勒颇', 'PER']], ['LOC:阿勒颇']],
    // A person after a verb that is not one of war, or a title, stays a person.
    ['他会见了霍姆斯', [['霍姆斯', 'PER']], ['PER:霍姆斯']],
    ['市长霍姆斯表示', [['霍姆斯', 'PER']], ['PER:霍姆斯']],
    // A county of the gazetteer after a verb of place; a person after one stays a person.
    ['视察组来梁平的原因', [['梁平', 'PER']], ['LOC:梁平']],
    ['在张伟家里', [['张伟', 'PER']], ['PER:张伟']],
    // A county's name that is a person here (在江华同志的陪同下).
    ['市长在梁平同志的陪同下', [['梁平', 'PER']], ['PER:梁平']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, townsReadAsPeople(text, spansOf(text, read), lex)), want, text);
  // Sure enough to give the name's other mentions its label.
  const [town] = townsReadAsPeople('中部重镇霍姆斯', spansOf('中部重镇霍姆斯', [['霍姆斯', 'PER']], 0.8), lex);
  assert.ok(town.confidence > 0.86);
});

test('one-character places inside words: 台独, 港台, 全华班 and 中美元首; 中外 holds none', () => {
  const make = (x: { start: number; end: number; label: 'LOC' }): S => ({ ...x, confidence: 0.8 });
  const words = Lexicon.build([['其中', LEX.WORD], ['高中', LEX.WORD], ['平台', LEX.WORD], ['独家', LEX.WORD], ['中外', LEX.WORD]]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['中美元首会晤', [['中', 'LOC']], ['LOC:中', 'LOC:美']],
    ['習近平與拜登舉行中美元首會晤', [['習近平', 'PER'], ['拜登', 'PER']], ['PER:習近平', 'PER:拜登', 'LOC:中', 'LOC:美']],
    ['回答中外记者提问', [], []],
    ['惩治台独分裂犯罪', [], ['LOC:台']],
    ['大半个港台音乐圈', [], ['LOC:港', 'LOC:台']],
    ['以全华班出战', [], ['LOC:华']],
    // Dollars, all things old and new, a currency and a style are none.
    ['一百美元首付', [], []],
    ['古今中外的传统', [], []],
    ['中外币兑换', [], []],
    ['浓浓的港台风', [], []],
    // Inside longer words: 其中 | 外资, 高中 | 外语, 平台 | 独家; 以 of 以美元 is no country.
    ['其中外资企业', [], []],
    ['高中外语教师', [], []],
    ['视频平台独家播出', [], []],
    ['交易以美元首次结算', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, abbreviationsInCompounds(text, spansOf(text, read), make, words)), want, text);
});

test('two people read side by side in sound characters are one foreign name; Chinese names in a row stay two', () => {
  const table: Array<[string, Array<[string, 'PER' | 'LOC' | 'ORG']>, string[]]> = [
    ['市政府向苏米亚巴扎尔一行表示欢迎', [['苏米亚', 'PER'], ['巴扎尔', 'PER']], ['PER:苏米亚巴扎尔']],
    ['记者王芳李娜报道', [['王芳', 'PER'], ['李娜', 'PER']], ['PER:王芳', 'PER:李娜']],
    // Apart, or too short to tell: as read.
    ['苏米亚与巴扎尔', [['苏米亚', 'PER'], ['巴扎尔', 'PER']], ['PER:苏米亚', 'PER:巴扎尔']],
    ['安娜莎娜', [['安娜', 'PER'], ['莎娜', 'PER']], ['PER:安娜', 'PER:莎娜']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, soundNamesJoined(text, spansOf(text, read))), want, text);
});

test('a dotted foreign name the model starts or ends inside reaches to the bound close by', () => {
  const table: Array<[string, Array<[string, 'PER' | 'LOC' | 'ORG']>, string[]]> = [
    ['侯新琳、毛里夏里甫·哈帕10名个人', [['侯新琳', 'PER'], ['夏里甫·哈帕', 'PER']], ['PER:侯新琳', 'PER:毛里夏里甫·哈帕']],
    ['主席图尔钦·亚历山大、老挝', [['图尔钦·亚', 'PER'], ['老挝', 'LOC']], ['PER:图尔钦·亚历山大', 'LOC:老挝']],
    // Not across a title or a verb, and not on the right of a name whole after its dot.
    ['美国总统唐纳德·特朗普表示。', [['唐纳德·特朗普', 'PER']], ['PER:唐纳德·特朗普']],
    ['总统唐纳德·特朗普。', [['唐纳德·特朗普', 'PER']], ['PER:唐纳德·特朗普']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, dottedNamesWhole(text, spansOf(text, read))), want, text);
});

test('a foreign name joined by a hyphen is one person', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // Both parts read, as people or as a place and a person.
    ['俄罗斯总统弗拉基米尔-普京的军队', [['俄罗斯', 'LOC'], ['弗拉基米尔', 'PER'], ['普京', 'PER']], ['LOC:俄罗斯', 'PER:弗拉基米尔-普京']],
    ['美国的马赛-拉塞尔跑出的12秒17', [['美国', 'LOC'], ['马赛', 'LOC'], ['拉塞尔', 'PER']], ['LOC:美国', 'PER:马赛-拉塞尔']],
    // One part left out, up to a break, a function word or a verb.
    ['东京奥运会冠军卡马乔-奎茵以12秒45夺冠', [['卡马乔', 'PER']], ['PER:卡马乔-奎茵']],
    ['尼日利亚的托比-阿穆桑，她在', [['尼日利亚', 'LOC'], ['阿穆桑', 'PER']], ['LOC:尼日利亚', 'PER:托比-阿穆桑']],
    // Two Chinese names (a pair of players), places and organisations stay apart.
    ['混双组合王楚钦-孙颖莎夺冠', [['王楚钦', 'PER'], ['孙颖莎', 'PER']], ['PER:王楚钦', 'PER:孙颖莎']],
    ['新重庆-重庆日报记者', [['新重庆', 'LOC'], ['重庆日报', 'ORG']], ['LOC:新重庆', 'ORG:重庆日报']],
    ['阿里巴巴-马斯克', [['阿里巴巴', 'ORG'], ['马斯克', 'PER']], ['ORG:阿里巴巴', 'PER:马斯克']],
    ['重庆-黔江高速', [['重庆', 'LOC'], ['黔江', 'LOC']], ['LOC:重庆', 'LOC:黔江']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, hyphenatedNamesWhole(text, spansOf(text, read))), want, text);
});

test('two places joined by a dot, read as one foreign person, are two places', () => {
  const lex = Lexicon.build([
    ['吉林', LEX.LOC | LEX.WORD, 300], ['陕西', LEX.LOC | LEX.WORD, 300], ['甘肃', LEX.LOC | LEX.WORD, 300],
    // A county jieba also tags as a name, which the gazetteer gives; a name that is a place and a person, which it does not.
    ['海晏', LEX.LOC | LEX.PER, 20, PLACE_POS], ['临沂', LEX.LOC | LEX.WORD, 300], ['黎明', LEX.LOC | LEX.PER | LEX.WORD, 300],
  ]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['4月29日，吉林·陕西企业家座谈会在西安召开', [['吉林·陕西', 'PER']], ['LOC:吉林', 'LOC:陕西']],
    ['召开临沂·海晏对口支援工作座谈会', [['临沂·海晏', 'PER']], ['LOC:临沂', 'LOC:海晏']],
    // A person, a part the dictionary knows as a person too, an outlet's name: as read.
    ['萨姆·阿尔特曼表示', [['萨姆·阿尔特曼', 'PER']], ['PER:萨姆·阿尔特曼']],
    ['吉林·黎明说', [['吉林·黎明', 'PER']], ['PER:吉林·黎明']],
    ['（新甘肃·甘肃日报记者', [['甘肃·甘肃', 'PER']], ['PER:甘肃·甘肃']],
    ['中国移动（吉林·陕西）数据中心', [['吉林·陕西', 'PER']], ['PER:吉林·陕西']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, dottedPlacesApart(text, spansOf(text, read), lex)), want, text);
});

test('a foreign name written by its sounds is put right by a character: a word read into it goes, a sound left out comes in', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['这是连梅西、内马尔都未能做到的', [['连梅西', 'PER'], ['马尔', 'PER']], ['PER:梅西', 'PER:内马尔']],
    ['决赛中，辛纳曾以2:0领先', [['辛纳曾', 'PER']], ['PER:辛纳']],
    ['助攻，杜埃打近角得手', [['杜埃打', 'PER']], ['PER:杜埃']],
    // Chinese names: 连战 (two characters), 李娜 after a comma (李 is no sound character), a name with a Chinese given name.
    ['连战访问大陆', [['连战', 'PER']], ['PER:连战']],
    ['，李娜和张三', [['李娜', 'PER'], ['张三', 'PER']], ['PER:李娜', 'PER:张三']],
    ['，连丽娜说', [['连丽娜', 'PER']], ['PER:连丽娜']],
    // 连 is the adverb only before 都 or 也; a word of its own before the name is no sound of it.
    ['村党支部书记连德安介绍', [['连德安', 'PER']], ['PER:连德安']],
    ['他的身价，比姆巴佩还高', [['姆巴佩', 'PER']], ['PER:姆巴佩']],
    ['本场，大罗纳尔多出场', [['罗纳尔多', 'PER']], ['PER:罗纳尔多']],
    // A sound character before the name but inside a word (在巴 | 西亚): no name's start.
    ['他在巴西亚参赛', [['西亚', 'PER']], ['PER:西亚']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, soundNameEdges(text, spansOf(text, read))), want, text);
});

test('a name written by its sounds, read as a person before a province, state or port, is the place with its suffix', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['5月21日下午，西哈努克省与中国江苏省', [['西哈努克', 'PER'], ['中国', 'LOC'], ['江苏省', 'LOC']], ['LOC:西哈努克省', 'LOC:中国', 'LOC:江苏省']],
    ['无锡至西哈努克港直飞', [['无锡', 'LOC'], ['西哈努克', 'PER'], ['港', 'LOC']], ['LOC:无锡', 'LOC:西哈努克港']],
    // A title opening with the suffix, a Chinese name, a name of two characters: as read.
    ['，西哈努克省长蒙西纳', [['西哈努克', 'PER'], ['蒙西纳', 'PER']], ['PER:西哈努克', 'PER:蒙西纳']],
    ['，王建国省里来的', [['王建国', 'PER']], ['PER:王建国']],
    ['，卡塔港', [['卡塔', 'PER']], ['PER:卡塔']],
    ['据报道，马斯克省下了一大笔税款', [['马斯克', 'PER']], ['PER:马斯克']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, soundPeopleBeforePlaceSuffixes(text, spansOf(text, read))), want, text);
});
