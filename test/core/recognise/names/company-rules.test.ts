import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  branchesWithTheirCompanies,
  brandsWithTrades,
  businessWordsOffCompanies,
  companiesBeforeBusinessWords,
  companiesBeforeTitles,
  companiesByTrade,
  dictionaryCompanies,
  districtsBeforeCompanies,
  placeNamedFinanceFirms,
  regionalDivisions,
  titlesInsideOrgs,
} from '../../../../src/core/recognise/names/company-rules';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { looksLikeName } from '../../../../src/core/recognise/names/rules';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { at, S, show, spansOf } from './spans';


test('a word at the start of a clause before a title only companies give, with a person after it, is the company', () => {
  const words = Lexicon.build([['公司', LEX.WORD], ['市场', LEX.WORD], ['朋友', LEX.WORD], ['小米', LEX.WORD]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.6 });
  const per = (text: string, name: string) => at(text, name, 'PER');
  const table: Array<[string, string, string[]]> = [
    ['华为常务董事、终端BG董事长余承东透露', '余承东', ['ORG:华为', 'PER:余承东']],
    ['会上，蔚来创始人李斌说', '李斌', ['ORG:蔚来', 'PER:李斌']],
    // Spaces around a Latin title; before it a plain word (小米, millet) names the company too.
    ['，小米 CEO 雷军 26 日表示', '雷军', ['ORG:小米', 'PER:雷军']],
    ['，小米董事长雷军', '雷军', ['PER:雷军']],
    ['据市场CEO王某说', '王某', ['PER:王某']],
    // A common word, a determiner or a preposition names no company; nor does a title with no person after it.
    ['公司董事长王某说', '王某', ['PER:王某']],
    ['该公司董事长王某说', '王某', ['PER:王某']],
    ['据市场总经理王某说', '王某', ['PER:王某']],
    ['华为董事长。余承东说', '余承东', ['PER:余承东']],
    ['，右三为总经理李春久。', '李春久', ['PER:李春久']],
    ['，公司代总经理王某', '王某', ['PER:王某']],
    // A trade may end the name; a source named after 据 starts its clause; a verb before the title is none.
    ['据蜂巢能源董事长杨红新透露', '杨红新', ['ORG:蜂巢能源', 'PER:杨红新']],
    ['56岁的小米科技创始人雷军表示', '雷军', ['ORG:小米科技', 'PER:雷军']],
    // In a list of company, title and person, a plain word or a name opening with 新 is the company; a word
    // for a company is none.
    ['马云、新希望董事长刘永好出席', '刘永好', ['ORG:新希望', 'PER:刘永好']],
    ['马云、公司董事长刘永好出席', '刘永好', ['PER:刘永好']],
    ['华为副董事长、轮值董事长徐直军', '徐直军', ['ORG:华为', 'PER:徐直军']],
    ['他的朋友创始人张三说', '张三', ['PER:张三']],
    ['，吕宏强向董事长赵步长汇报', '赵步长', ['PER:赵步长']],
    // A chain of titles before the person.
    ['，华为常务董事、终端BG董事长、智能汽车解决方案BU董事长余承东在微博透露', '余承东', ['ORG:华为', 'PER:余承东']],
  ];
  for (const [text, name, want] of table) assert.deepEqual(show(text, companiesBeforeTitles(text, [per(text, name)], make, words)), want, text);
  // What the model read inside or as the word: a place at its start is a piece of the name (宁德 + 时代),
  // a person read as the whole word is the company (赛力斯); a place after which 市场 follows is no company.
  const lex = Lexicon.build([['宁德', LEX.LOC], ['重庆', LEX.LOC], ['时代', LEX.WORD], ['市场', LEX.WORD]]);
  const rows: Array<[string, S[], string[]]> = [
    ['，宁德时代董事长曾毓群', [at('，宁德时代董事长曾毓群', '宁德', 'LOC'), at('，宁德时代董事长曾毓群', '曾毓群', 'PER')], ['ORG:宁德时代', 'PER:曾毓群']],
    ['，赛力斯董事长张兴海', [at('，赛力斯董事长张兴海', '赛力斯', 'PER'), at('，赛力斯董事长张兴海', '张兴海', 'PER')], ['ORG:赛力斯', 'PER:张兴海']],
    // A name of three characters and its trade: five.
    ['，阿维塔科技董事长王辉', [at('，阿维塔科技董事长王辉', '阿维塔', 'LOC'), at('，阿维塔科技董事长王辉', '王辉', 'PER')], ['ORG:阿维塔科技', 'PER:王辉']],
    ['，重庆市场总经理王某', [at('，重庆市场总经理王某', '重庆', 'LOC'), at('，重庆市场总经理王某', '王某', 'PER')], ['LOC:重庆', 'PER:王某']],
    // A person the model read before the title stays one unless the other stands right after the title.
    ['，周永康总经理传达了李鹏的讲话', [at('，周永康总经理传达了李鹏的讲话', '周永康', 'PER'), at('，周永康总经理传达了李鹏的讲话', '李鹏', 'PER')], ['PER:周永康', 'PER:李鹏']],
  ];
  for (const [text, spans, want] of rows) assert.deepEqual(show(text, companiesBeforeTitles(text, spans, make, lex)), want, text);
});

test('a name before a word only a company is the subject of is the company', () => {
  const lex = Lexicon.build([['股票', LEX.WORD, 300], ['今日', LEX.WORD, 300], ['重庆', LEX.LOC | LEX.WORD, 900]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.6 });
  const table: Array<[string, S[], string[]]> = [
    // The model's person or place reading gives way (比 opens 比亚迪 where the model read a name).
    ['截至收盘，比亚迪股价下跌', [at('截至收盘，比亚迪股价下跌', '比亚迪', 'PER')], ['ORG:比亚迪']],
    ['，宁德时代财报显示', [at('，宁德时代财报显示', '宁德', 'LOC')], ['ORG:宁德时代']],
    ['的小米汽车发布财报', [], ['ORG:小米汽车']],
    // Kinds, times, plain words, places, a price index: no company.
    ['，公司股价下跌', [], []],
    ['，今年营收增长', [], []],
    ['；经调净利润113亿元', [], []],
    ['，经调整后净利润为5.1亿元', [], []],
    ['，扣非后净利润下降', [], []],
    ['以上，预计全年营收达8亿元', [], []],
    ['，股票市值逾万亿', [], []],
    ['，重庆市值', [at('，重庆市值', '重庆', 'LOC')], ['LOC:重庆']],
    ['，日经平均股价指数', [], []],
    ['，使股票市值骤跌', [], []],
    ['表示，公司归母净利润增长', [], []],
    // A plant's yearly output after the company that builds it; a place's harvest, a plant or an area's total is none.
    ['，华峰年产45万吨新材料项目', [at('，华峰年产45万吨新材料项目', '华峰', 'PER')], ['ORG:华峰']],
    ['，奉节年产脐橙30万吨', [at('，奉节年产脐橙30万吨', '奉节', 'LOC')], ['LOC:奉节']],
    ['，重庆年产汽车200万辆', [], []],
    ['，该厂年产10万吨', [], []],
    ['，全县年产粮食5万吨', [], []],
    ['，华峰年产值增长', [], []],
    // Only a word the model read as a name: an unread one is the clause's own (规模达到年产, 一期工程年产).
    ['，规模达到年产30万辆', [], []],
    ['，一期工程年产10万吨', [], []],
  ];
  for (const [text, spans, want] of table) assert.deepEqual(show(text, companiesBeforeBusinessWords(text, spans, make, lex)), want, text);
});

test('a company, a title and a person read as one organisation are cut at the title', () => {
  const t = '小米集团CEO雷军表示';
  assert.deepEqual(show(t, titlesInsideOrgs(t, [{ start: 0, end: 9, label: 'ORG', confidence: 0.2 }], looksLikeName)), ['ORG:小米集团', 'PER:雷军']);
  // No company head before the title, or no name after it: only what is one stays.
  const u = '华为董事长办公室';
  assert.deepEqual(show(u, titlesInsideOrgs(u, [{ start: 0, end: 8, label: 'ORG', confidence: 0.5 }], looksLikeName)), []);
});

test("a company's division for a region is one organisation with it", () => {
  const t = '普洛斯中国区首席战略官，福特汽车公司中国区总裁';
  const spans: S[] = [at(t, '普洛斯', 'PER'), at(t, '福特汽车公司', 'ORG'), { start: t.indexOf('中国区', 10), end: t.indexOf('中国区', 10) + 3, label: 'LOC', confidence: 0.7 }];
  assert.deepEqual(show(t, regionalDivisions(t, spans)), ['ORG:普洛斯中国区', 'ORG:福特汽车公司中国区']);
  // A place before a region is no company.
  const u = '重庆中国区块链';
  assert.deepEqual(show(u, regionalDivisions(u, [at(u, '重庆', 'LOC')])), ['LOC:重庆']);
  // 中国 alone: before a title its head holds, or after an organisation before a break; not after a place or before a word.
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['成为其第一大市场。霍尼韦尔中国总裁余锋', [['霍尼韦尔', 'PER'], ['中国', 'LOC'], ['余锋', 'PER']], ['ORG:霍尼韦尔中国', 'PER:余锋']],
    ['首次亮相链博会的麦当劳中国，不仅', [['麦当劳', 'ORG'], ['中国', 'LOC']], ['ORG:麦当劳中国']],
    ['麦当劳中国市场', [['麦当劳', 'ORG'], ['中国', 'LOC']], ['ORG:麦当劳', 'LOC:中国']],
    ['走遍重庆中国，', [['重庆', 'LOC'], ['中国', 'LOC']], ['LOC:重庆', 'LOC:中国']],
    ['他会见了王刚中国首席代表', [['王刚', 'PER'], ['中国', 'LOC']], ['PER:王刚', 'LOC:中国']],
    ['戴尔中国总裁表示', [['戴尔', 'PER'], ['中国', 'LOC']], ['ORG:戴尔中国']],
    ['张红文与大众汽车集团（中国）董事长兼首席执行官', [['张红文', 'PER'], ['大众汽车集团', 'ORG'], ['中国', 'LOC']], ['PER:张红文', 'ORG:大众汽车集团（中国）']],
    ['王刚（中国）首席代表李明出席', [['王刚', 'PER'], ['中国', 'LOC'], ['李明', 'PER']], ['PER:王刚', 'LOC:中国', 'PER:李明']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, regionalDivisions(text, spansOf(text, read))), want, text);
});

test("two characters no dictionary knows, before a trade, are a company's short name", () => {
  const lex = Lexicon.build([
    ['新型', LEX.WORD], ['国家', LEX.WORD], ['重庆', LEX.LOC | LEX.WORD], ['西永', LEX.LOC],
    // Rare words (jieba frequency ~20) and everyday ones (~20,000).
    ['信达', LEX.WORD, 20], ['享受', LEX.WORD, 20000], ['产业', LEX.WORD, 20000],
    // Verbs, tagged as 表示 is.
    ['表示', LEX.WORD, 2000, 3], ['收购', LEX.WORD, 2000, 3], ['没有', LEX.WORD, 20000, 3], ['学过', LEX.WORD, 200, 3], ['设立', LEX.WORD, 2000, 3],
  ]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.65 });
  const table: Array<[string, S[], string[]]> = [
    ['新开工的碚圣药业制药基地', [], ['ORG:碚圣药业']],
    // Motorcycle makers by their trade; not the product (摩托车).
    ['其中银翔与广州豪进、宗申摩托形成', [at('其中银翔与广州豪进、宗申摩托形成', '宗申摩', 'PER')], ['ORG:宗申摩托']],
    ['，宗申摩托车出口', [], []],
    // An insurer's life or property arm by its rare short name (a finance trade).
    ['4月15日，太保寿险发布公告', [], ['ORG:太保寿险']],
    ['深度合作,森永科工等企业、萧氏茶业、闵科机械、多晶环保', [], ['ORG:森永科工', 'ORG:萧氏茶业', 'ORG:闵科机械', 'ORG:多晶环保']],
    // A person or place the model read inside gives way.
    ['，国鸿氢能科技产业园开工', [at('，国鸿氢能科技产业园开工', '国鸿', 'PER')], ['ORG:国鸿氢能']],
    ['设备、友蓝能源净化处理', [], ['ORG:友蓝能源']],
    // Three characters none of whose pairs is a word; after a preposition that opens a list of examples.
    ['以科瑞制药、兴泰濠药业为代表', [at('以科瑞制药、兴泰濠药业为代表', '兴泰濠', 'PER')], ['ORG:科瑞制药', 'ORG:兴泰濠药业']],
    ['，华峰氨纶、百亚股份', [], ['ORG:华峰氨纶', 'ORG:百亚股份']],
    // A preposition is no first character of a name (继 | 百亚股份); three characters holding a word are no name.
    ['和继百亚股份后', [], ['ORG:百亚股份']],
    ['，如今华峰化工', [], []],
    // 以 opens examples only before 为代表; a kind of product after 以 or 向 is no company.
    ['这家以四足机器人闻名的企业，向数智汽车时代转型', [], []],
    ['，新型兴药业', [], []],
    // Finance trades: brokers, fund managers, investors.
    ['月5日，海通证券双双公告', [], ['ORG:海通证券']],
    ['年以来，嘉实基金有8位基金经理', [at('年以来，嘉实基金有8位基金经理', '嘉实', 'PER')], ['ORG:嘉实基金']],
    ['，证券业协会', [], []],
    // Before a finance trade a rare word is a firm's name; an everyday word, a kind of fund or a word the trade opens is not.
    ['股45%；信达证券则是', [], ['ORG:信达证券']],
    ['，享受银行贷款', [], []],
    // A verb before a finance firm's name ends where the name starts; not before other trades.
    ['，国融证券收购信达证券', [], ['ORG:国融证券', 'ORG:信达证券']],
    ['，没有学过机械专业', [], []],
    // After a verb of acquisition, any trade's firm; a pronoun and a verb with its particle make no name (他做过机械).
    ['，赛力斯收购龙盛新能源', [], ['ORG:龙盛新能源']],
    ['他做过机械，后来转行', [], []],
    // Not after a verb that sets a fund up: its object is a kind of fund.
    ['政府设立纾困基金', [], []],
    // A kind of fund, or a field's word newer than the dictionary, before a trade: a description, no firm.
    ['截至11月底，公募基金管理规模', [], []],
    ['精深加工、冷链物流为主', [], []],
    ['逐步在四足机器人领域', [], []],
    ['，发起设立甲乙基金', [], []],
    // An everyday word is a firm's name too where what follows shows a firm.
    ['，享受基金发布公告', [], ['ORG:享受基金']],
    ['，产业基金发布公告', [], []],
    ['，产业基金投向', [], []],
    ['，信达基金经理', [], []],
    ['，该母基金力争', [], []],
    // Words, places, function words and trades that run on into a longer word name no company.
    ['，新型材料产业', [], []],
    ['，国家能源局发布', [], []],
    ['，重庆汽车产业', [at('，重庆汽车产业', '重庆', 'LOC')], ['LOC:重庆']],
    ['，好的科技', [], []],
    // The verbs of policy prose before an industry.
    ['产业集群。做大新能源汽车产业', [], []],
    ['，筑牢食品安全防线', [], []],
    ['，坚持要求激活银行卡', [], []],
    // A place before a trade names its industry; a trade running on into 信息 or 园 is a longer word.
    ['，重庆电子产业', [], []],
    ['在西永电子信息产业园', [], []],
    ['，本年能源消费', [], []],
    // Inside the middle of a word (no clause start before it), or inside a longer name, it stays as read.
    ['推进碚圣药业', [], []],
    ['，国鸿氢能科技有限公司', [at('，国鸿氢能科技有限公司', '国鸿氢能科技有限公司', 'ORG')], ['ORG:国鸿氢能科技有限公司']],
  ];
  for (const [text, spans, want] of table) assert.deepEqual(show(text, companiesByTrade(text, spans, make, lex)), want, text);
});

test("a district before a company's registered name that opens with a city is a place of its own", () => {
  const lex = Lexicon.build([['长寿', LEX.LOC], ['重庆', LEX.LOC], ['两江', LEX.LOC]]);
  const table: Array<[string, string, string[]]> = [
    ['在长寿区重庆恩捷新材料科技有限公司，', '长寿区重庆恩捷新材料科技有限公司', ['LOC:长寿区', 'ORG:重庆恩捷新材料科技有限公司']],
    // A name that opens with no city after the district, or no legal form: one company.
    ['在两江新区华峰化工有限公司，', '两江新区华峰化工有限公司', ['ORG:两江新区华峰化工有限公司']],
    ['在长寿区重庆恩捷新材料工厂，', '长寿区重庆恩捷新材料工厂', ['ORG:长寿区重庆恩捷新材料工厂']],
  ];
  for (const [text, org, want] of table) assert.deepEqual(show(text, districtsBeforeCompanies(text, [at(text, org, 'ORG')], lex)), want, text);
});

test('a brand the model found, with a trade right after it, names its company with the trade', () => {
  const table: Array<[string, string, string[]]> = [
    ['，我觉得小米汽车不可能', '小米', ['ORG:小米汽车']],
    ['球前三，小米汽车、芯片', '小米', ['ORG:小米汽车']],
    // An organ takes no trade; a trade running on into a word stays out.
    ['，市政府汽车', '市政府', ['ORG:市政府']],
    ['，欧盟能源的进口', '欧盟', ['ORG:欧盟']],
    ['，联合国技术和资金', '联合国', ['ORG:联合国']],
    ['，小米汽车产业链', '小米', ['ORG:小米']],
    // A word only a firm has after the trade (担任, 发布) ends the name as a clause break does.
    ['，中银证券担任财务顾问', '中银', ['ORG:中银证券']],
    ['，恒大地产发布公告', '恒大', ['ORG:恒大地产']],
  ];
  for (const [text, org, want] of table) assert.deepEqual(show(text, brandsWithTrades(text, [at(text, org, 'ORG')])), want, text);
});

test('a company the dictionary of proper nouns knows, where the model marks nothing or reads 华 or a person', () => {
  const lex = Lexicon.build([
    ['华为', LEX.NAME_ORG | LEX.PER | LEX.WORD],
    ['字节跳动', LEX.NAME_ORG],
    ['苹果', LEX.NAME_ORG | LEX.WORD],
    ['中南海', LEX.NAME_ORG | LEX.LOC | LEX.WORD],
    ['美的', LEX.NAME_ORG | LEX.PER | LEX.WORD],
    ['好时', LEX.NAME_ORG],
    ['邓小平理论', LEX.NAME_ORG | LEX.PER | LEX.WORD],
    ['英伟达', LEX.NAME_ORG],
    ['中国石化', LEX.NAME_ORG],
  ]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.6 });
  const table: Array<[string, S[], string[]]> = [
    ['华为昨天发布年报', [], ['ORG:华为']],
    ['美国对华为实施制裁', [at('美国对华为实施制裁', '美国', 'LOC'), at('美国对华为实施制裁', '华', 'LOC')], ['LOC:美国', 'ORG:华为']],
    ['，字节跳动宣布', [], ['ORG:字节跳动']],
    ['华为', [at('华为', '华为', 'PER')], ['ORG:华为']],
    ['西雅图的华为', [at('西雅图的华为', '西雅图', 'LOC'), at('西雅图的华为', '华为', 'LOC')], ['LOC:西雅图', 'ORG:华为']],
    // Inside a run of text, the very word the model read as a person: not a longer company from a place's head, not before 氏.
    ['将助力华为在中国', [at('将助力华为在中国', '华为', 'PER'), at('将助力华为在中国', '中国', 'LOC')], ['ORG:华为', 'LOC:中国']],
    ['患者伴有华为氏现象', [at('患者伴有华为氏现象', '华为', 'PER')], ['PER:华为']],
    ['第八届英伟达国家', [at('第八届英伟达国家', '英', 'LOC')], ['LOC:英']],
    // The model read a place at the head of a longer company (英 of 英伟达, 中国 of 中国石化).
    ['，英伟达首席执行官', [at('，英伟达首席执行官', '英', 'LOC')], ['ORG:英伟达']],
    ['中国石化大力实施', [at('中国石化大力实施', '中国', 'LOC')], ['ORG:中国石化']],
    // A place the length of the company, or one that runs past it, stays.
    ['，英伟达首席', [at('，英伟达首席', '英伟达首', 'LOC')], ['LOC:英伟达首']],
    // A common word, a place the other sources know, an adjective, a chance pair, a doctrine, a word inside another: nothing.
    ['吃苹果', [], []],
    // A common word shown a company by what follows: a product's code or a word only companies have; below the
    // consistency threshold, so it is not spread to the common word elsewhere.
    ['，苹果SU7亮相', [], ['ORG:苹果']],
    ['，苹果创始人乔布斯', [], ['ORG:苹果']],
    ['吃苹果汽水', [], []],
    ['在中南海', [], []],
    ['很美的风景', [], []],
    ['到了生育的好时候', [], []],
    ['学习邓小平理论', [], []],
    ['中华为民', [], []],
    // 于 as a preposition before the company, read as a weak person with its first character; a sure person stays.
    ['亮相于华为发布会', [at('亮相于华为发布会', '于华', 'PER', 0.54)], ['ORG:华为']],
    ['经理于华为人正直', [at('经理于华为人正直', '于华', 'PER', 0.9)], ['PER:于华']],
  ];
  for (const [text, spans, want] of table) assert.deepEqual(show(text, dictionaryCompanies(text, spans, make, lex)), want, text);
  assert.ok(dictionaryCompanies('，苹果创始人', [], make, lex)[0].confidence < 0.6);
  assert.equal(dictionaryCompanies('，字节跳动宣布', [], make, lex)[0].confidence, 0.6);
});

test('a company and its branch named by a place, read as two, are one organisation', () => {
  const lex = Lexicon.build([['广东', LEX.LOC | LEX.WORD], ['重庆', LEX.LOC | LEX.WORD]]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['。人保财险广东分公司迅速启动', [['人保财险', 'ORG'], ['广东分公司', 'ORG']], ['ORG:人保财险广东分公司']],
    ['，交通银行重庆市分行表示', [['交通银行', 'ORG'], ['重庆市分行', 'ORG']], ['ORG:交通银行重庆市分行']],
    // No place before the branch's head, or no company before it: left as read.
    ['，人保财险第一分公司', [['人保财险', 'ORG'], ['第一分公司', 'ORG']], ['ORG:人保财险', 'ORG:第一分公司']],
    ['，在广东分公司', [['广东分公司', 'ORG']], ['ORG:广东分公司']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, branchesWithTheirCompanies(text, spansOf(text, read), lex)), want, text);
});

test("a securities, futures or trust firm named by a place is the firm; a market, an industry or China's paper is not", () => {
  const table: Array<[string, string, string[]]> = [
    ['长江证券宏观团队认为', '长江', ['ORG:长江证券']],
    ['四川信托有限公司公告', '四川', ['ORG:四川信托有限公司']],
    ['在上海证券交易所上市', '上海', ['LOC:上海']],
    ['深圳证券市场表现', '深圳', ['LOC:深圳']],
    ['中国证券业协会', '中国', ['LOC:中国']],
    ['中国证券报记者', '中国', ['LOC:中国']],
    ['11位美国证券策略师预计', '美国', ['LOC:美国']],
    ['深圳证券综合指数', '深圳', ['LOC:深圳']],
    ['纽约期货价格', '纽约', ['LOC:纽约']],
    ['投资者对日本证券商', '日本', ['LOC:日本']],
    // An airline named by a country, province or city; not an industry, a university or a port.
    ['车厘子的埃塞俄比亚航空全货机', '埃塞俄比亚', ['ORG:埃塞俄比亚航空']],
    ['四川航空和海南航空', '四川', ['ORG:四川航空']],
    ['上海航空公司宣布', '上海', ['ORG:上海航空公司']],
    ['北京航空航天大学', '北京', ['LOC:北京']],
    ['四川航空应急救援能力', '四川', ['LOC:四川']],
    ['四川航空3U8633航班备降', '四川', ['ORG:四川航空']],
    ['深圳航空为旅客提供服务', '深圳', ['ORG:深圳航空']],
    ['北京航空管制部门', '北京', ['LOC:北京']],
    ['郑州航空港区', '郑州', ['LOC:郑州']],
    ['天津航空产业', '天津', ['LOC:天津']],
    ['中国航空运输', '中国', ['LOC:中国']],
  ];
  for (const [text, place, want] of table) assert.deepEqual(show(text, placeNamedFinanceFirms(text, [at(text, place, 'LOC')])), want, text);
});

test("a company's results read into its name are cut off", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['华芯半导体财报显示', [['华芯半导体财报', 'ORG']], ['ORG:华芯半导体']],
    ['，海蓝药业净利润同比下降', [['海蓝药业净利润', 'ORG']], ['ORG:海蓝药业']],
    // Nothing left but the word, or a person: as read.
    ['，财报显示', [['财报', 'ORG']], ['ORG:财报']],
    ['，李营收', [['李营收', 'PER']], ['PER:李营收']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, businessWordsOffCompanies(text, spansOf(text, read))), want, text);
});
