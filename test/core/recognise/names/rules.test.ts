import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coordinate, looksLikeName, peopleListedAfterTitles, ruleSpans } from '../../../../src/core/recognise/names/rules';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { at, show as showInOrder } from './spans';
import { organsWrittenTogetherApart, placeOrgans, shortNamesReadShort } from '../../../../src/core/recognise/names/organ-rules';
import { consolidateNames } from '../../../../src/core/recognise/names/consolidate';
import { rolesBefore } from '../../../../src/core/recognise/names/roles';
import { Annotation } from '../../../../src/core/types';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { CONSISTENCY_THRESHOLD } from '../../../../src/core/recognise/names/consolidate';
import { notInsideModelNames } from '../../../../src/core/recognise/names/recogniser';

const show = (text: string, spans: Array<{ start: number; end: number; label: string }>) =>
  spans
    .slice()
    .sort((a, b) => a.start - b.start)
    .map((s) => `${s.label}:${text.slice(s.start, s.end)}`);

test('names look like names', () => {
  const table: Array<[string, boolean]> = [
    ['张三', true],
    ['欧阳修', true],
    ['李小龙', true],
    ['会议', false],
    ['张', false],
    ['张三丰收了', false],
  ];
  for (const [s, want] of table) assert.equal(looksLikeName(s), want, s);
});

test('a three-character name after a noun for ordinary people, before a verb or a break', () => {
  const dict = Lexicon.build([
    ['明白', LEX.WORD],
    ['干部', LEX.WORD],
    ['文成', LEX.LOC | LEX.WORD],
  ]);
  const table: Array<[string, string[]]> = [
    ['居民文成贵今年72岁', ['PER:文成贵']],
    ['种植户谭德明说，今年收成好', ['PER:谭德明']],
    ['村民白秀梅（右）一家', ['PER:白秀梅']],
    ['会组选手王越说，环华', ['PER:王越']],
    // A common word at either end, a function word, no verb or break after it: no name.
    ['连工人都明白。', []],
    ['对于我们党员干部来说', []],
    ['花样滑冰选手陈露等。', []],
    ['村民张小明天去赶集', []],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, ruleSpans(text, dict)), want, text);
});

test('names set apart by spaces in brackets are the credit: each is a person', () => {
  const dict = Lexicon.build([['详细', LEX.WORD, 900], ['内容', LEX.WORD, 900], ['北京', LEX.LOC | LEX.WORD, 9000], ['上海', LEX.LOC | LEX.WORD, 9000]]);
  const table: Array<[string, string[]]> = [
    ['共同守护舌尖上的安全。（蔡晨晨 陈正 孙雨静）', ['PER:蔡晨晨', 'PER:陈正', 'PER:孙雨静']],
    ['培训结束。(张立 何兴安)', ['PER:张立', 'PER:何兴安']],
    // A role or the outlet among them is no name.
    ['活动举行。（周云 宋丽娇 实习生 欧佳蕾）', ['PER:周云', 'PER:宋丽娇', 'PER:欧佳蕾']],
    // Words or places in brackets, or one name alone: no credit.
    ['（详细 内容）', []],
    ['（北京 上海）', []],
    ['（王立）', []],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, ruleSpans(text, dict)), want, text);
});

test('the speaker named right after a quotation closes, before a verb of saying and a break', () => {
  const dict = Lexicon.build([['公司', LEX.WORD], ['华为', LEX.NAME_ORG | LEX.WORD], ['张家口', LEX.LOC | LEX.WORD]]);
  const table: Array<[string, string[]]> = [
    ['零碳科技公司。”曾毓群称。', ['PER:曾毓群']],
    // A surname masked by 某 is no name.
    ['把孩子平安找回来。”周某说,为表谢意', []],
    ['“我们会继续努力。”王建国说，', ['PER:王建国']],
    ['“好。”李华表示，', ['PER:李华']],
    // A common word, a word of place inside it, a pronoun's plural, a company or a place the dictionary knows: no name.
    ['“这是好事。”公司称，', []],
    ['“欢迎。”信中称，', []],
    ['“我们来了。”他们说，', []],
    ['“好。”华为称，', []],
    ['“这是第一次。”张家口说，', []],
    // A noun for people or firms whose first character is also a surname.
    ['“很好，”高管透露，', []],
    ['“很好，”房企表示，', []],
    // No break after the verb: the quotation goes on into the clause.
    ['“好。”王建国说要走', []],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, ruleSpans(text, dict).filter((r) => r.rule === 'speaker-after-quote')), want, text);
});

test('a place the dictionary knows among a byline\'s names is where the story was filed', () => {
  const dict = Lexicon.build([['常州', LEX.LOC | LEX.WORD], ['金华', LEX.LOC | LEX.WORD], ['孙燕', LEX.PER]]);
  const t = '21世纪经济报道记者孙燕 常州报道10月14日';
  assert.deepEqual(show(t, ruleSpans(t, dict)).filter((x) => !x.startsWith('ORG')), ['PER:孙燕', 'LOC:常州']);
  const u = '（记者汪伟 毛雪 刘辉报道）';
  assert.deepEqual(show(u, ruleSpans(u, dict)), ['PER:汪伟', 'PER:毛雪', 'PER:刘辉']);
  // First after the role, or not before 报道: a reporter named like a place.
  const v = '（记者 金华 王芳）';
  assert.deepEqual(show(v, ruleSpans(v, dict)), ['PER:金华', 'PER:王芳']);
});

test('rules: bylines, credits, name lines, organs by level', () => {
  const table: Array<[string, string[]]> = [
    ['■本报记者 张明 李娜', ['PER:张明', 'PER:李娜']],
    ['本报首席记者 周强', ['PER:周强']],
    ['本报讯（记者汪伟 毛雪 刘辉报道）今年', ['PER:汪伟', 'PER:毛雪', 'PER:刘辉']],
    ['（记者李欣瑶 朱婕 孟捷）', ['PER:李欣瑶', 'PER:朱婕', 'PER:孟捷']],
    // The author's credit, with a colon after the role.
    ['(作者:王志辉 焦光耀 马子新 王雷)', ['PER:王志辉', 'PER:焦光耀', 'PER:马子新', 'PER:王雷']],
    ['（文：陈晓 王芳）', ['PER:陈晓', 'PER:王芳']],
    // Unbracketed, to the line's end or the next role; one name after a role and its colon.
    ['作者:汤洋 宋婷婷 石磊', ['PER:汤洋', 'PER:宋婷婷', 'PER:石磊']],
    ['（记者戴永君 田恒 通讯员何成 王丽）', ['PER:戴永君', 'PER:田恒', 'PER:何成', 'PER:王丽']],
    ['责任编辑：葛思琪 校对：任雪', ['PER:葛思琪', 'PER:任雪']],
    ['图：新华社', []],
    // Names joined by 、 after the role, to the bracket's end.
    ['北京3月28日电（记者郭宇靖、李娜）3月28日晚', ['PER:郭宇靖', 'PER:李娜']],
    ['记者张三、李四等人', []],
    ['（本报记者王刚摄）', ['PER:王刚']],
    // A spaced credit: 摄 after the photographer's name is not part of it.
    ['颁奖仪式上。新华社记者 龙雷摄', ['PER:龙雷']],
    ['新华社记者 张明 李娜摄', ['PER:张明', 'PER:李娜']],
    ['刘洋', ['PER:刘洋']],
    ['市人大代表、县委书记', ['ORG:市人大', 'ORG:县委']],
    // A committee's office with a one-character field, a government's press office, a level's flood control headquarters.
    ['，我们邀请到省委农办专职副主任', ['ORG:省委农办']],
    ['出席市政府新闻办新闻发布会', ['ORG:市政府新闻办']],
    // After 日前; a committee's office holding its committee's 委 (省安委办); a department before its team or a team member.
    ['记者从日前市政府新闻办召开的发布会获悉', ['ORG:市政府新闻办']],
    ['9月22日，省安委办、省应急管理厅', ['ORG:省安委办', 'ORG:省应急管理厅']],
    ['此次演练由区安委办主办', ['ORG:区安委办']],
    ['决赛中，市国动办代表队与市公安局代表队比分紧咬', ['ORG:市国动办', 'ORG:市公安局']],
    ['市公安局队员范雪说', ['ORG:市公安局']],
    // Two fields joined by 和 before what a department does at a meeting.
    ['州财政局、州人力资源和社会保障局作交流发言。', ['ORG:州财政局', 'ORG:州人力资源和社会保障局']],
    ['区委决定由区纪委办理', ['ORG:区委', 'ORG:区纪委']],
    ['，区人民政府新闻办公室主任', ['ORG:区人民政府新闻办公室']],
    ['，市防指要求各地', ['ORG:市防指']],
    ['县委承办，市委督办', ['ORG:县委', 'ORG:市委']],
    ['省委转办的信访件，市委催办', ['ORG:省委', 'ORG:市委']],
    // After 年度 or 做好; the Youth League's committee of a level and a government's general office by its short name.
    ['获评2024年度市政协优秀提案', ['ORG:市政协']],
    ['要做好市政协领导走访工作', ['ORG:市政协']],
    ['，团市委副书记谢翔宇出席', ['ORG:团市委']],
    ['会议听取了区府办关于提案办理情况的报告', ['ORG:区府办']],
    ['新建的市府办公楼', []],
    // A democratic party's committee of a level; the party committee before a meeting or a verb.
    ['市委会围绕养老护理提交提案', ['ORG:市委会']],
    ['，市委会议强调', ['ORG:市委']],
    ['，市委会同市政府', ['ORG:市委', 'ORG:市政府']],
    ['，县委会谈纪要', ['ORG:县委']],
    ['市五届政协委员', ['ORG:市五届政协']],
    ['会见了市教育委主任', ['ORG:市教育委']],
    ['城市规划很重要', []],
    ['会议在超市政府旁', []],
    ['主持召开市政府第80次常务会议', ['ORG:市政府']],
    // After verbs that take an organ as their object, and after a date.
    ['认真落实市委、市政府工作部署', ['ORG:市委', 'ORG:市政府']],
    ['参加审议市政府工作报告', ['ORG:市政府']],
    ['2024年市政府第一次全体会议', ['ORG:市政府']],
    ['代表省委书记张国清', ['ORG:省委']],
    ['参加省政协十三届一次会议', ['ORG:省政协']],
    // The people's organisations of a level; a department before a verb of making or hosting, or after 来自.
    ['县文旅局、县文联主办', ['ORG:县文旅局', 'ORG:县文联']],
    ['市总工会筹资63.5万元', ['ORG:市总工会']],
    ['提出了整改建议；市消委宣讲了，市食安办牵头', ['ORG:市消委', 'ORG:市食安办']],
    ['区公安分局、区司法局制定', ['ORG:区公安分局', 'ORG:区司法局']],
    ['数据均来自省经信厅、统计局', ['ORG:省经信厅']],
    ['会同市财政局、市人社局', ['ORG:市财政局', 'ORG:市人社局']],
    ['主持召开市委常委会会议', ['ORG:市委常委会']],
    // A department may be followed by a verb of its own.
    ['市卫健委提醒市民', ['ORG:市卫健委']],
    ['市政府办公厅、市委办公厅印发', ['ORG:市政府', 'ORG:市政府办公厅', 'ORG:市委办公厅']],
    ['，市委编办、区委组织部负责人', ['ORG:市委编办', 'ORG:区委组织部']],
    // A verb an organisation does may follow its name; a clause joining two organs is no name.
    ['记者从市商务委获悉', ['ORG:市商务委']],
    ['记者从市交通局了解到', ['ORG:市交通局']],
    // The courts and procuratorates of a level.
    ['，区人民检察院坚持，县法院审理', ['ORG:区人民检察院', 'ORG:县法院']],
    // Two fields joined by 和 in a national body's full name; a committee named in full; before 党组.
    ['组成员、国家粮食和物资储备局党组书记、局长刘焕鑫', ['ORG:国家粮食和物资储备局']],
    ['招待会，国家发展和改革委员会党组成员、副主任', ['ORG:国家发展和改革委员会']],
    // An autonomous region is a level; a CPPCC's standing committee is named whole.
    ['会议由自治区党委常委会主持。自治区党委书记刘宁', ['ORG:自治区党委', 'ORG:自治区党委']],
    ['，对市政协常委会工作报告', ['ORG:市政协常委会']],
    ['在广西壮族自治区党委', []],
    // An autonomous prefecture and a banner are levels too; 杭州 ends in 州 but is no level.
    ['，州委常委、统战部部长', ['ORG:州委', 'ORG:统战部']],
    ['，旗政府召开会议', ['ORG:旗政府']],
    ['，为提交旗人大常委会审议做好准备', ['ORG:旗人大常委会']],
    // A numbered inspection team of the centre or a party committee; not a team without its sender.
    ['传达学习了中央第三巡视组反馈意见', ['ORG:中央第三巡视组']],
    ['配合中央第四生态环境保护督察组工作', ['ORG:中央第四生态环境保护督察组']],
    ['，自治区党委第五巡视组组长', ['ORG:自治区党委第五巡视组']],
    ['，第二督导组组长', []],
    ['杭州市委书记', []],
    // A committee and the government of its level written together are two organs, wherever they stand.
    ['传达学习市委市政府精神', ['ORG:市委', 'ORG:市政府']],
    ['，镇党委镇政府高度重视，州委州政府部署', ['ORG:镇党委', 'ORG:镇政府', 'ORG:州委', 'ORG:州政府']],
    ['党中央决策部署及省委市委工作要求', ['ORG:省委', 'ORG:市委']],
    ['，县委县人民政府高度重视', ['ORG:县委', 'ORG:县人民政府']],
    ['研究市委区政府精神', []],
    // A level is no department's field.
    ['、县级团委负责人', []],
    // 员 or 会议 later in the clause does not make the department a member (委员).
    ['，市发展改革委要求各单位加强人员管理', ['ORG:市发展改革委']],
    ['他在区卫健委工作', ['ORG:区卫健委']],
    ['区委决定由区纪委负责', ['ORG:区委', 'ORG:区纪委']],
    ['公开市政府信息', []],
    ['市民政局、区财政局负责人', ['ORG:市民政局', 'ORG:区财政局']],
    ['。国家发展改革委副主任赵辰昕', ['ORG:国家发展改革委']],
    ['国家卫生健康委、国家医保局', ['ORG:国家卫生健康委', 'ORG:国家医保局']],
    ['国家安全委员会议', []],
    ['我们国家的发展局势', []],
    // Words ending in 办/局/委 that name no department: a verb, a situation, a title.
    ['在由市人大常委会举办的考试中', ['ORG:市人大常委会']],
    ['对国家现代化建设全局的分析', []],
    ['他在县委魏常委家', ['ORG:县委']],
    ['从市局、县区局到中心分局、办税大厅', []],
    // Several in a row: each found where it begins, none inside a word (市人大市政协 is one word to the rules).
    ['县人大常委会、县政府、县政协和县纪委', ['ORG:县人大常委会', 'ORG:县政府', 'ORG:县政协', 'ORG:县纪委']],
    ['市人大市政协', ['ORG:市人大']],
    // The party committee by its level alone; a member (委员) or a verb (委托) is none.
    ['，县委书记张华', ['ORG:县委']],
    ['，区委常委、副区长', ['ORG:区委']],
    ['，市委员会', ['ORG:市委员会']],
    ['，县委托专家', []],
    // After 于 and the verbs of a session's report; 于 before a place that is no organ.
    ['，关于市六届人大二次会议主席团', ['ORG:市六届人大']],
    ['全体会议听取市人大常委会工作报告，圆满完成市六届人大一次会议', ['ORG:市人大常委会', 'ORG:市六届人大']],
    ['位于市中心', []],
    // After the verbs of study and focus; a league of Inner Mongolia is a level; a passive is no part of a department.
    ['会议传达学习省委十一届七次全会精神', ['ORG:省委']],
    ['围绕县委“1333”工作思路', ['ORG:县委']],
    ['。盟委副书记、盟长', ['ORG:盟委']],
    ['，镇政府被区委表彰', ['ORG:镇政府', 'ORG:区委']],
    // A longer match turned down does not hide the department after it; a department before its leaders, checks, 到.
    ['市政协机关和市财政局、市委办公室', ['ORG:市政协', 'ORG:市财政局', 'ORG:市委办公室']],
    ['推荐,市教育局核查遴选后授予', ['ORG:市教育局']],
    ['、区教育局到校园集中供餐企业', ['ORG:区教育局']],
    ['。区投资促进局主要负责同志通报', ['ORG:区投资促进局']],
    ['为贯彻省卫健委“党建引领”工作', ['ORG:省卫健委']],
    // After 感谢; before its gate or building.
    ['衷心感谢市民政局和基金会', ['ORG:市民政局']],
    ['车辆从省卫健委门口出发', ['ORG:省卫健委']],
    // A level's public library, gallery or museum; a committee of a level named in full.
    ['主办,区文化馆、区美术馆、区图书馆承办', ['ORG:区文化馆', 'ORG:区美术馆', 'ORG:区图书馆']],
    ['、市防灾减灾救灾委员会、', ['ORG:市防灾减灾救灾委员会']],
    // A school's or an academy's party committee by 校, 学校 or 院 alone, after a break or a preposition; not inside 医院党委.
    ['校党委书记李智出席，代表学校党委向大家问候', ['ORG:校党委', 'ORG:学校党委']],
    ['。院党委书记、院长出席', ['ORG:院党委']],
    ['，医院党委书记出席', []],
    // A level's fire and rescue service.
    ['上海姑娘小蒋来到县消防救援大队，送上感谢信', ['ORG:县消防救援大队']],
    ['，市消防救援支队指挥中心', ['ORG:市消防救援支队']],
    // A level's congress or CPPCC with its term, whatever word comes before it.
    ['为召开好区十五届政协四次会议做准备', ['ORG:区十五届政协']],
    ['补选区七届政协常务委员', ['ORG:区七届政协']],
    ['医养结合获市政府肯定，受市委委托，获市级表彰', ['ORG:市政府', 'ORG:市委']],
    // Courts by their short names, in a text with no other organ's character.
    ['审执结93.9万件；市高法院结案9230件。市一中法院审理', ['ORG:市高法院', 'ORG:市一中法院']],
    // After a measure word or 往; the full name of a government; a county's media centre; one-character fields.
    ['作为一名区人大代表', ['ORG:区人大']],
    ['、区人民政府领导', ['ORG:区人民政府']],
    ['前往区融媒体中心调研', ['ORG:区融媒体中心']],
    ['，市交委、市教委负责人', ['ORG:市交委', 'ORG:市教委']],
    ['省发展改革委、省财政厅主任', ['ORG:省发展改革委', 'ORG:省财政厅']],
    ['，市文化和旅游委主任说', ['ORG:市文化和旅游委']],
    ['，市商务委和财政局负责人', ['ORG:市商务委']],
    // A department may be followed by 在 or an adverb, as by a verb.
    ['，国家发展改革委在四川举办', ['ORG:国家发展改革委']],
    ['，市商务委将出台', ['ORG:市商务委']],
    ['而是市司法局依法履行职责，市司法局不断深化', ['ORG:市司法局', 'ORG:市司法局']],
    ['他强调，县教委要认真贯彻', ['ORG:县教委']],
    // A committee's office and its named offices; before a verb ending in 办 only the committee.
    ['，市委改革办主任', ['ORG:市委改革办']],
    ['，区委办、区政府办', ['ORG:区委办', 'ORG:区政府', 'ORG:区政府办']],
    ['，县委督办的事项', ['ORG:县委']],
    ['，市委办好民生实事', ['ORG:市委']],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, ruleSpans(text)), want, text);
});

test('a name line is no person when the dictionary knows it as a place, and weak when a common word', () => {
  const dict = Lexicon.build([
    ['金沙江', LEX.LOC | LEX.WORD, 300],
    ['花边饺', LEX.WORD, 20],
    ['刘心武', LEX.PER | LEX.WORD, 30],
  ]);
  const table: Array<[string, string[], number | undefined]> = [
    ['金沙江', [], undefined],
    ['刘心武', ['PER:刘心武'], 0.8],
    ['刘洋', ['PER:刘洋'], 0.8],
    ['花边饺', ['PER:花边饺'], 0.5],
  ];
  for (const [text, want, confidence] of table) {
    const out = ruleSpans(text, dict);
    assert.deepEqual(show(text, out), want, text);
    assert.equal(out[0]?.confidence, confidence, text);
  }
  // The weak guess is not spread to the line's other mentions.
  assert.ok(0.5 < CONSISTENCY_THRESHOLD);
});

test('a rule span that is only the head of a longer model name of its label gives way', () => {
  const span = (start: number, end: number, label: string) => ({ start, end, label });
  // 人民日报文艺部、光明日报: the outlet rule finds 人民日报 (0–4) and 光明日报 (8–12).
  const rules = [span(0, 4, 'ORG'), span(8, 12, 'ORG')];
  assert.deepEqual(notInsideModelNames(rules, [span(0, 7, 'ORG')]), [span(8, 12, 'ORG')]);
  // Another label, the same extent, or a one-character rule span (京 of 京津冀): the rule stays.
  assert.deepEqual(notInsideModelNames(rules, [span(0, 7, 'LOC'), span(8, 12, 'ORG')]), rules);
  assert.deepEqual(notInsideModelNames([span(0, 1, 'LOC')], [span(0, 3, 'LOC')]), [span(0, 1, 'LOC')]);
  // 中共黔东南州委: a rule's place inside an organisation the model is sure of gives way; not inside a weak one.
  const place = [span(2, 5, 'LOC')];
  assert.deepEqual(notInsideModelNames(place, [{ ...span(0, 7, 'ORG'), confidence: 0.95 }]), []);
  assert.deepEqual(notInsideModelNames(place, [{ ...span(0, 7, 'ORG'), confidence: 0.7 }]), place);
});

test('a place with an organ after it becomes the organ', () => {
  const text = '万州区委书记和大足县政协主席在万州区';
  const spans = [
    { start: 0, end: 3, label: 'LOC' as const },
    { start: 7, end: 10, label: 'LOC' as const },
    { start: 15, end: 18, label: 'LOC' as const },
  ];
  assert.deepEqual(show(text, placeOrgans(text, spans)), ['ORG:万州区委', 'ORG:大足县政协', 'LOC:万州区']);
  const banner = '旗长主持召开喀喇沁旗政府常务会议';
  assert.deepEqual(show(banner, placeOrgans(banner, [{ start: 6, end: 10, label: 'LOC' as const }])), ['ORG:喀喇沁旗政府']);
  // A department where someone chairs or holds a meeting.
  for (const chaired of ['邹俊强在六盘水市农业农村局主持召开会议', '在六盘水市农业农村局举行签约']) {
    assert.deepEqual(show(chaired, placeOrgans(chaired, [at(chaired, '六盘水市', 'LOC')])), ['ORG:六盘水市农业农村局'], chaired);
  }
});

test("a national body's short name the model starts inside begins where the name does", () => {
  const table: Array<[string, string, string[]]> = [
    ['该企业获评工信部专精特新', '信部', ['ORG:工信部']],
    ['据国资委消息', '资委', ['ORG:国资委']],
    // Nothing of the kind before it: as read.
    ['该企业获评信部', '信部', ['ORG:信部']],
  ];
  for (const [text, read, want] of table) {
    const start = text.indexOf(read);
    assert.deepEqual(show(text, shortNamesReadShort(text, [{ start, end: start + read.length, label: 'ORG' as const }])), want, text);
  }
});

test('organs of levels the model read as one are apart', () => {
  const table: Array<[string, string, string[]]> = [
    ['及省委市委工作要求', '省委市委', ['ORG:省委', 'ORG:市委']],
    ['落实市委市人民政府部署', '市委市人民政府', ['ORG:市委', 'ORG:市人民政府']],
    // Anything else in the name keeps it whole.
    ['重庆市委宣传部', '重庆市委宣传部', ['ORG:重庆市委宣传部']],
    ['市委党校', '市委党校', ['ORG:市委党校']],
  ];
  for (const [text, read, want] of table) {
    const start = text.indexOf(read);
    assert.deepEqual(show(text, organsWrittenTogetherApart(text, [{ start, end: start + read.length, label: 'ORG' as const }])), want, text);
  }
});

test('organs with their full names, and an administrative suffix the place left out', () => {
  const table: Array<[string, number, string[]]> = [
    ['重庆市人民政府印发', 3, ['ORG:重庆市人民政府']],
    ['綦江区人民代表大会常务委员会公告', 3, ['ORG:綦江区人民代表大会常务委员会']],
    ['涪陵区委员会', 3, ['ORG:涪陵区委员会']],
    ['彭水县人民政府', 2, ['ORG:彭水县人民政府']],
    ['彭水县政协', 2, ['ORG:彭水县政协']],
    ['长寿经开区党工委书记', 5, ['ORG:长寿经开区党工委']],
    // A term's number may stand between the place and its organ.
    ['重庆市六届人大二次会议', 3, ['ORG:重庆市六届人大']],
    ['綦江区十八届人大常委会第五次会议', 3, ['ORG:綦江区十八届人大常委会']],
    ['重庆市第六届人民代表大会第三次会议', 3, ['ORG:重庆市第六届人民代表大会']],
    // Only before a congress or a consultative conference: 福建省第八届委员会 is part of a longer name.
    ['福建省第八届委员会', 3, ['LOC:福建省']],
    // With the suffix outside the place, a bare 委 is no organ (彭水县委员 is a member's title).
    ['彭水县委员', 2, ['LOC:彭水']],
    ['彭水县城', 2, ['LOC:彭水']],
    // A department after a place named with its suffix, before a title, a clause end or a verb of its own.
    ['重庆市发展改革委主任', 3, ['ORG:重庆市发展改革委']],
    ['江北区卫健委获悉', 3, ['ORG:江北区卫健委']],
    ['重庆市农业农村委组织开展', 3, ['ORG:重庆市农业农村委']],
    // 原 (former) before a title, a title of the civil service grades, the department's party group.
    ['河南省农业农村厅原总农艺师', 3, ['ORG:河南省农业农村厅']],
    ['四川省经济和信息化厅二级巡视员', 3, ['ORG:四川省经济和信息化厅']],
    ['重庆市住房和城乡建设委员会党组书记', 3, ['ORG:重庆市住房和城乡建设委员会']],
    // Another level inside, or 原 (former), is no department of that place.
    ['湖南省沅江市委书记', 3, ['LOC:湖南省']],
    ['陕西省原民政厅', 3, ['LOC:陕西省']],
    ['重庆市场监管局势', 2, ['LOC:重庆']],
    // Two fields joined by 和 name one department; a department of its own before 和 makes two.
    ['重庆市规划和自然资源局相关负责人', 3, ['ORG:重庆市规划和自然资源局']],
    ['重庆市住房和城乡建设委员会发布', 3, ['ORG:重庆市住房和城乡建设委员会']],
    ['重庆市规划局和自然资源局负责人', 3, ['ORG:重庆市规划局']],
    // 原 of a field's word (草原) is no 原 of a former body.
    ['阿瓦提县林业和草原局党组成员', 4, ['ORG:阿瓦提县林业和草原局']],
    // Its website, where a report names its source.
    ['四川省经济和信息化厅网站消息', 3, ['ORG:四川省经济和信息化厅']],
    ['四川省经济和信息化厅网络', 3, ['LOC:四川省']],
    // A government's press office and a province's flood control headquarters after the place.
    ['四川省政府新闻办举行发布会', 3, ['ORG:四川省政府新闻办']],
    ['浙江省防指已派出工作组', 3, ['ORG:浙江省防指']],
  ];
  for (const [text, end, want] of table) assert.deepEqual(show(text, placeOrgans(text, [{ start: 0, end, label: 'LOC' }])), want, text);
});

const ann = (start: number, end: number, label: Annotation['label'], confidence = 0.9): Annotation => ({
  start,
  end,
  label,
  confidence,
  source: 'auto',
});

test('consolidate marks other mentions, keeps existing spans and never overlaps', () => {
  const text = '张明说，张明和李华在长沙。李华说长沙3月好';
  const input = [ann(0, 2, 'PER'), ann(7, 9, 'PER', 0.3), ann(10, 12, 'LOC'), ann(18, 20, 'NUM', 1)];
  const out = consolidateNames(text, input);
  assert.deepEqual(show(text, out), ['PER:张明', 'PER:张明', 'PER:李华', 'LOC:长沙', 'LOC:长沙', 'NUM:3月']);
  // 李华 was not confident: its second mention is not added.
  for (let i = 1; i < out.length; i++) assert.ok(out[i].start >= out[i - 1].end);
});

test('consolidate does not mark a name inside a longer span', () => {
  const text = '北京大学在北京';
  const out = consolidateNames(text, [ann(0, 4, 'ORG'), ann(5, 7, 'LOC')]);
  assert.deepEqual(show(text, out), ['ORG:北京大学', 'LOC:北京']);
});

test('consolidate does not spread a bare organisation head, but does an organ named by its level', () => {
  const text = '公司表示，保险公司赔付；人大通过，各级人大；市委决定，市委同意';
  const out = consolidateNames(text, [ann(0, 2, 'ORG'), ann(12, 14, 'ORG'), ann(22, 24, 'ORG')]);
  assert.deepEqual(show(text, out), ['ORG:公司', 'ORG:人大', 'ORG:市委', 'ORG:市委']);
  assert.equal(out[3].start, 27);
});

test('consolidate does not mark a person inside the name of a doctrine', () => {
  const text = '马克思写道。马克思主义哲学，马克思列宁主义，马克思说';
  const out = consolidateNames(text, [ann(0, 3, 'PER')]);
  assert.deepEqual(show(text, out), ['PER:马克思', 'PER:马克思']);
  assert.equal(out[1].start, 22);
});

test('roles: a chain of organisation + title before the name', () => {
  const table: Array<{ text: string; orgs: Array<[number, number]>; per: [number, number]; roles: object[] }> = [
    { text: '市教育委主任张明说', orgs: [[0, 4]], per: [6, 8], roles: [{ role: '主任', org: '市教育委' }] },
    {
      text: '市人大代表、万州区委书记李华：',
      orgs: [[0, 3], [6, 10]],
      per: [12, 14],
      roles: [{ role: '代表', org: '市人大' }, { role: '书记', org: '万州区委' }],
    },
    { text: '县委书记、县长王刚', orgs: [[0, 2]], per: [7, 9], roles: [{ role: '书记', org: '县委' }, { role: '县长' }] },
    { text: '王刚说', orgs: [], per: [0, 2], roles: [] },
    // The organisation ends in 党委: the title is 书记 of it, not 党委书记 of nobody.
    {
      text: '某某集团有限公司党委书记、董事长王刚说',
      orgs: [[0, 10]],
      per: [16, 18],
      roles: [{ role: '书记', org: '某某集团有限公司党委' }, { role: '董事长' }],
    },
    { text: '公司党委书记王刚说', orgs: [], per: [6, 8], roles: [{ role: '党委书记' }] },
  ];
  for (const c of table) {
    const roles = rolesBefore(c.text, ann(c.per[0], c.per[1], 'PER'), c.orgs.map(([s, e]) => ann(s, e, 'ORG')));
    assert.deepEqual(roles, c.roles, c.text);
  }
});

test('consolidate shares roles across the mentions of a person', () => {
  const text = '市教育委主任张明说。张明表示';
  const out = consolidateNames(text, [ann(0, 4, 'ORG'), ann(6, 8, 'PER'), ann(10, 12, 'PER')]);
  const pers = out.filter((a) => a.label === 'PER');
  assert.deepEqual(pers.map((p) => p.roles), [[{ role: '主任', org: '市教育委' }], [{ role: '主任', org: '市教育委' }]]);
});

test('hospitals known by a university short name and a number', () => {
  const table: Array<[string, string[]]> = [
    ['近日，重医一院胸心外科', ['ORG:重医一院']],
    ['转到浙大二院治疗', ['ORG:浙大二院']],
    ['了解到重医附二院楚磊团队', ['ORG:重医附二院']],
    ['。东华三院捐款', ['ORG:东华三院']],
    // A policy per hospital, the two academies, a word run on before the number: no hospital.
    ['，实行一院一策', []],
    ['，当选两院院士', []],
    ['他们到医院第一院区', []],
    // A city's or district's numbered hospital by its level alone.
    ['（以下简称“市五院”），医院', ['ORG:市五院']],
    ['，市一院院长', ['ORG:市一院']],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, ruleSpans(text)), want, text);
});

test('ministries named by their field', () => {
  const table: Array<[string, string[]]> = [
    ['应急管理部、中国气象局联合召开会商会', ['ORG:应急管理部']],
    ['。生态环境部部长黄润秋主持', ['ORG:生态环境部']],
    ['，文化和旅游部有关负责人说', ['ORG:文化和旅游部']],
    // After 希望 or 感谢, and before what a ministry goes on doing.
    ['希望工业和信息化部继续关心支持', ['ORG:工业和信息化部']],
    ['，对工业和信息化部长期以来给予的支持', ['ORG:工业和信息化部']],
    ['他任国防部长期间', []],
    ['退役军人事务部党组书记', ['ORG:退役军人事务部']],
    ['中国文化和旅游部发布', ['ORG:中国文化和旅游部']],
    // A ministry's general office is named after it, whatever follows.
    ['近日，文化和旅游部办公厅公布了名单', ['ORG:文化和旅游部办公厅']],
    // Before the verb of a source (记者从…获悉).
    ['记者从中国文化和旅游部获悉', ['ORG:中国文化和旅游部']],
    // Before an adverb or a verb of what a ministry does.
    ['按照部署安排，工业和信息化部建立沟通机制', ['ORG:工业和信息化部']],
    ['，工业和信息化部将深入贯彻', ['ORG:工业和信息化部']],
    ['发布会，工业和信息化部就贯彻落实，工业和信息化部总工程师说', ['ORG:工业和信息化部', 'ORG:工业和信息化部']],
    // Before a date and the verb.
    ['记者从生态环境部17日召开的发布会获悉', ['ORG:生态环境部']],
    ['文化和旅游部数据显示，国庆假期出游人次增长', ['ORG:文化和旅游部']],
    ['，农业农村部本月初发布', ['ORG:农业农村部']],
    // Before what a ministry publishes; a source's 来自 stays outside (自然资源部 keeps its own 自).
    ['来自交通运输部的数据显示', ['ORG:交通运输部']],
    ['来自自然资源部的消息', ['ORG:自然资源部']],
    ['足球俱乐部的数据显示', []],
    // A herb in a list of them (百部) after the verb that opens the list.
    ['发展中药材50亩，包括百部、白术、黄精', []],
    ['适宜，有利于种植百部等各类中药材', []],
    // A village's office.
    ['“整修村部和水库，公路', []],
    ['，西部将加快发展', []],
    // The name starts after what no name holds (a verb before it).
    ['，应邀参加中宣部召开的会议', ['ORG:中宣部']],
    // A date's 年 before it is no part of it.
    ['表示，2026年工信部将按照规定', ['ORG:工信部']],
    ['，2025年财政部下达资金', ['ORG:财政部']],
    // Parts, ranks and regions; a clause's end alone is no evidence.
    ['他按照部里的要求', []],
    ['受冷空气影响，西北大部、华北东部降温', []],
    ['全部、内部和干部', []],
    ['足球俱乐部联合会', []],
    ['。他后任二部。', []],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, ruleSpans(text).filter((r) => r.rule === 'ministry')), want, text);
});

test("the state builders' bureaus by their group's short name and number", () => {
  const table: Array<[string, string[]]> = [
    ['建设者、中铁二十一局项目负责人', ['ORG:中铁二十一局']],
    ['中建三局承建，中交二航局参与', ['ORG:中建三局', 'ORG:中交二航局']],
    ['中铁十一局集团有限公司中标', ['ORG:中铁十一局集团有限公司']],
    ['门口的中国水电三局志愿服务队', ['ORG:中国水电三局']],
    // No number, or a number that counts: no bureau.
    ['中铁局面临', []],
    ['中建三个局', []],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, ruleSpans(text).filter((r) => r.rule === 'numbered-bureau')), want, text);
});

test("a town's government or party committee by the town's two characters", () => {
  const table: Array<[string, string[]]> = [
    ['银行联合万市镇人民政府、镇卫生服务中心', ['ORG:万市镇人民政府']],
    ['，石会镇党委召开会议', ['ORG:石会镇党委']],
    // Not a count, a determiner or 全 before 镇: no town's name.
    ['，全镇人民政府工作人员', []],
    ['，各乡镇人民政府要', []],
    // A word that says which towns (周边, 山区) is no town's name.
    ['，联合周边镇人民政府开展', []],
  ];
  const lex = Lexicon.build([['周边', LEX.WORD, 300]]);
  for (const [text, want] of table) assert.deepEqual(show(text, ruleSpans(text, lex).filter((r) => r.rule === 'town-organ')), want, text);
});

test('national bodies known by a short name, only as words of their own', () => {
  const table: Array<[string, string[]]> = [
    ['被证监会立案调查，上交所发布公告', ['ORG:证监会', 'ORG:上交所']],
    ['2024年3月证监会提出', ['ORG:证监会']],
    // The central bank, Hong Kong's name for the CSRC and the blocs; not 非 + 盟友, 中证 + 监测.
    ['2024年，人民银行数次降准', ['ORG:人民银行']],
    ['，东盟、海合会国家', ['ORG:海合会']],
    ['，中证监主席表示', ['ORG:中证监']],
    ['，中证监测数据显示', []],
    ['，非盟友国家的代表', []],
    // After a verb of holding or going (执掌, 回到) or a conjunction (而); not inside a longer word (中国证监会 is the model's).
    ['显示他将继续执掌证监会。在重新回到证监会任职前，而证监会主席', ['ORG:证监会', 'ORG:证监会', 'ORG:证监会']],
    ['对于国乒而言', ['ORG:国乒']],
    // The State Council Information Office by its short name; a web-era outlet opening a dateline.
    ['，国新办举行发布会', ['ORG:国新办']],
    ['中新经纬11月18日电', ['ORG:中新经纬']],
    // China Media Group by its full name anywhere, by 总台 only before its reporters or shows (not a hotel's front desk).
    ['周剑在接受21世纪经济报道专访', ['ORG:21世纪经济报道']],
    ['郑栅洁在答总台记者提问时', ['ORG:总台']],
    ['总台央视记者：中方刚发布', ['ORG:总台央视']],
    ['请到酒店总台办理', []],
    // BRICS by its short name before its members or family; a gold brick is none.
    ['新成员加入金砖大家庭', ['ORG:金砖']],
    ['手里捧着一块金砖', []],
    ['他买了一块金砖，价值百万元', []],
    ['全国第一财经类高校', []],
    ['，国足主帅说，足协和央视', ['ORG:国足', 'ORG:足协', 'ORG:央视']],
    // China's democratic parties; not after a word for people or a surname (村民建房, 赵民革).
    ['也是发挥民建特色优势，九三学社中央', ['ORG:民建', 'ORG:九三学社']],
    ['村民建房，为民建功，赵民革代表', []],
    // Ministries formed since 1998 and the theatre commands; a field's departments are none.
    ['财政部、应急管理部紧急预拨，西部战区快速响应', ['ORG:应急管理部', 'ORG:西部战区']],
    ['各地应急管理部门，生态环境部门', []],
    // 央视 after any character but the 中 of 中央视察; outlets of the web era.
    ['从年初央视春晚舞台上', ['ORG:央视']],
    ['中央视察组进驻', []],
    // The Party's Centre where it decides; 中央 of the central budget or a central enterprise is none.
    ['根据中央的批准，李路明同志将接替', ['ORG:中央']],
    ['日前，中央批准：汪劲松同志任', ['ORG:中央']],
    ['，中央财政下达资金', []],
    ['，中央、国务院印发', ['ORG:中央']],
    // CCTV News, the outlet's brand, whole.
    ['据央视新闻5月24日消息', ['ORG:央视新闻']],
    ['据央视新闻联播报道', ['ORG:央视']],
    // CRI Online as a source or by its channel, not online payment.
    ['国际在线重庆频道消息', ['ORG:国际在线']],
    ['，国际在线支付平台上线', []],
    ['据澎湃新闻、36氪报道', ['ORG:澎湃新闻', 'ORG:36氪']],
    ['心潮澎湃新闻工作者', []],
    ['来自四川封面新闻的记者', ['ORG:封面新闻']],
    ['英诺赛科正式登陆港交所。', ['ORG:港交所']],
    ['座谈会上，包括人民网、华龙网等媒体', ['ORG:人民网', 'ORG:华龙网']],
    // Inside longer words: 法国足球, 中国乒乓球, 最高法院, 工程院士.
    ['法国足球和中国乒乓球', []],
    ['，美国最高法院裁定', []],
    ['，两位工程院士', []],
    // 全国人大 and 全国政协 before a member or a break; the longer names they begin are the model's.
    ['袁家军，全国人大代表、全国政协委员张轩', ['ORG:全国人大', 'ORG:全国政协']],
    ['3000名全国人大代表', ['ORG:全国人大']],
    ['，全国人大常委会委员长', []],
    ['，全国政协农业和农村委员会', []],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, ruleSpans(text).filter((r) => r.rule === 'national-short-name')), want, text);
  // A site's 网 that begins a word with what follows (中国网民) names no site.
  const words = Lexicon.build([['网民', LEX.WORD], ['网络', LEX.WORD]]);
  for (const [text, want] of [['中国网民数量', []], ['中国网络安全', []], ['据中国网报道', ['ORG:中国网']]] as Array<[string, string[]]>) {
    assert.deepEqual(show(text, ruleSpans(text, words).filter((r) => r.rule === 'national-short-name')), want, text);
  }
  // After any character where neither edge makes a word of the dictionary with it (not 中央行政, 城市中院落); a level's courts.
  const more = Lexicon.build([['中央', LEX.WORD], ['行政', LEX.WORD], ['城市', LEX.WORD], ['院落', LEX.WORD], ['未来', LEX.WORD]]);
  const apart: Array<[string, string[]]> = [
    ['未来央行还将通过国债', ['ORG:央行']],
    ['，加上央行也下调了再贷款利率', ['ORG:央行']],
    ['他出席国新办见面会', ['ORG:国新办']],
    ['1月27日，省高院代理院长', ['ORG:省高院']],
    ['中央行政机关', []],
    ['城市中院落较多', []],
    // A name of two after a surname, a word of which country or how many, or a level: not the body.
    ['李央行表示，村里变化很大', []],
    ['外国央行纷纷增持黄金', []],
    ['市足协组织了一场比赛', []],
  ];
  for (const [text, want] of apart) assert.deepEqual(show(text, ruleSpans(text, more).filter((r) => r.rule === 'national-short-name')), want, text);
});

test('coordination spreads a label along a list, not into a verb before it', () => {
  const text = '支持华为、小米、联想等企业，优化丰田、本田生态';
  const spans = [
    { start: 2, end: 4, label: 'ORG' },
    { start: 19, end: 21, label: 'ORG' },
  ];
  const out = coordinate(text, spans, (s) => s);
  assert.deepEqual(showInOrder(text, out as LabelledSpan[]), ['ORG:华为', 'ORG:小米', 'ORG:联想', 'ORG:本田']);
});

test('coordination needs a neighbour of two characters or more and an item of like length', () => {
  const table: Array<[string, Array<[number, number, 'PER' | 'ORG' | 'LOC']>, string[]]> = [
    // 冬青扎成把 runs on into the clause; 冬青 alone would not be a place either.
    ['用芝麻秆、柏枝、冬青扎成把，插在屋檐上', [[5, 7, 'LOC']], ['LOC:柏枝']],
    // 法 is an abbreviation (公、检、法、司): it lends no label to 司部门.
    ['对公、检、法、司部门查办', [[5, 6, 'ORG']], ['ORG:法']],
    ['自治区党委、人大、政府发贺电。', [[6, 8, 'ORG']], ['ORG:人大']],
    // Like lengths still spread: 金湘 (2) to 陆在易 (3), 九澳码头 (4) to 友谊大桥 (4).
    ['作品有金湘、陆在易。', [[3, 5, 'PER']], ['PER:金湘', 'PER:陆在易']],
    ['如九澳码头、友谊大桥、国际机场', [[1, 5, 'LOC']], ['LOC:九澳码头', 'LOC:友谊大桥', 'LOC:国际机场']],
    // An item ending in a title or role is no name.
    ['中央文明委、书记处书记。', [[0, 5, 'ORG']], ['ORG:中央文明委']],
    ['会见了王明、李主任。', [[3, 5, 'PER']], ['PER:王明']],
  ];
  for (const [text, given, want] of table) {
    const spans = given.map(([start, end, label]) => ({ start, end, label }));
    assert.deepEqual(showInOrder(text, coordinate(text, spans, (s) => s) as LabelledSpan[]), want, text);
  }
});

test('coordination gives no label to a clause opening with a verb, but to a road named with one', () => {
  // 3: a POS id the verbs share with 表示, the exemplar Lexicon.isVerb asks about.
  const dict = Lexicon.build([['表示', LEX.WORD, 300, 3], ['辐射', LEX.WORD, 300, 3], ['创新', LEX.WORD, 300, 3]]);
  const slogan = '立足重庆、辐射全国、链接全球';
  assert.deepEqual(showInOrder(slogan, coordinate(slogan, [{ start: 2, end: 4, label: 'LOC' }], (s) => s, dict) as LabelledSpan[]), ['LOC:重庆']);
  const cities = '石家庄市、保定市等';
  const verbCity = Lexicon.build([['表示', LEX.WORD, 300, 3], ['保定', LEX.WORD | LEX.LOC, 300, 3], ['保定市', LEX.LOC], ['带动', LEX.WORD, 300, 3]]);
  assert.deepEqual(showInOrder(cities, coordinate(cities, [{ start: 0, end: 4, label: 'LOC' }], (s) => s, verbCity) as LabelledSpan[]), ['LOC:石家庄市', 'LOC:保定市']);
  // A level word after the verb is a slogan's clause all the same; so is an item opening with a noun of action (服务, 覆盖
  // tagged as jieba tags 服务: 5 here).
  const levels = '立足重庆、服务全省、带动全市';
  const actions = Lexicon.build([['表示', LEX.WORD, 300, 3], ['带动', LEX.WORD, 300, 3], ['服务', LEX.WORD, 300, 5]]);
  assert.deepEqual(showInOrder(levels, coordinate(levels, [{ start: 2, end: 4, label: 'LOC' }], (s) => s, actions) as LabelledSpan[]), ['LOC:重庆']);
  const roads = '中兴路、创新大道等';
  assert.deepEqual(showInOrder(roads, coordinate(roads, [{ start: 0, end: 3, label: 'LOC' }], (s) => s, dict) as LabelledSpan[]), ['LOC:中兴路', 'LOC:创新大道']);
});

test('coordination gives no label to a kind of thing: a word of kind or degree first, or two common words without a head', () => {
  const dict = Lexicon.build([['水库', LEX.WORD, 300], ['山洪', LEX.WORD, 300], ['地质灾害', LEX.WORD, 300], ['人民', LEX.WORD, 900], ['公园', LEX.WORD, 900]]);
  const risks = '抓好湘江、重点水库、山洪地质灾害等';
  assert.deepEqual(showInOrder(risks, coordinate(risks, [{ start: 2, end: 4, label: 'LOC' }], (s) => s, dict) as LabelledSpan[]), ['LOC:湘江']);
  const parks = '金桥物流园、冷链物流园';
  assert.deepEqual(showInOrder(parks, coordinate(parks, [{ start: 0, end: 5, label: 'LOC' }], (s) => s, dict) as LabelledSpan[]), ['LOC:金桥物流园']);
  // Two common words with a place's head are a name (人民公园).
  const park = '岳麓山、人民公园等';
  assert.deepEqual(showInOrder(park, coordinate(park, [{ start: 0, end: 3, label: 'LOC' }], (s) => s, dict) as LabelledSpan[]), ['LOC:岳麓山', 'LOC:人民公园']);
});

test('coordination does not give a label to a common word', () => {
  const dict = Lexicon.build([
    ['苹果', LEX.WORD, 1334],
    ['豆角', LEX.WORD, 50],
  ]);
  const text = '王芳、苹果、豆角和李娜、赵敏';
  const spans = [
    { start: 0, end: 2, label: 'PER' },
    { start: 9, end: 11, label: 'PER' },
  ];
  // 赵敏 is no common word: it takes the label of 李娜 beside it.
  assert.deepEqual(showInOrder(text, coordinate(text, spans, (s) => s, dict) as LabelledSpan[]), ['PER:王芳', 'PER:李娜', 'PER:赵敏']);
  // A person must look like one: no surname, no person.
  const cartoon = '孙悟空、黑猫警长、蓝精灵等';
  assert.deepEqual(showInOrder(cartoon, coordinate(cartoon, [{ start: 0, end: 3, label: 'PER' }], (s) => s, dict) as LabelledSpan[]), ['PER:孙悟空']);
  // A common word that is also a company the dictionary of proper nouns knows, beside a company, is that company.
  const brands = Lexicon.build([
    ['苹果', LEX.WORD | LEX.NAME_ORG, 1334],
    ['小米', LEX.WORD | LEX.NAME_ORG, 900],
  ]);
  const phones = '华为、vivo、小米，苹果、王芳';
  const read = [
    { start: 0, end: 2, label: 'ORG' },
    { start: 3, end: 7, label: 'ORG' },
    { start: 14, end: 16, label: 'PER' },
  ];
  assert.deepEqual(showInOrder(phones, coordinate(phones, read, (s) => s, brands) as LabelledSpan[]), ['ORG:华为', 'ORG:vivo', 'ORG:小米', 'PER:王芳']);
});

test('the first name of a list of people after a title is a person', () => {
  const table: Array<[string, string, string[]]> = [
    ['市领导冉进、但彦铮、幸军出席', '但彦铮', ['PER:冉进', 'PER:但彦铮', 'PER:幸军']],
    ['市长胡衡华、王芳出席', '王芳', ['PER:胡衡华', 'PER:王芳']],
    ['主任高健、王芳', '王芳', ['PER:高健', 'PER:王芳']],
    // A rare surname of the region (庹) opens a name too.
    ['区领导庹灿、冯星贵参加', '冯星贵', ['PER:庹灿', 'PER:冯星贵']],
    // No title before the item: its start is unknown, so nothing is taken.
    ['看望了冉进、但彦铮', '但彦铮', ['PER:但彦铮']],
  ];
  for (const [text, right, want] of table) {
    const start = text.indexOf(right);
    const spans: LabelledSpan[] = [{ start, end: start + right.length, label: 'PER' }];
    assert.deepEqual(showInOrder(text, coordinate(text, spans, (s) => s) as LabelledSpan[]), want, text);
  }
});

test('the first name of a list at a clause start is a person where the list goes on as people', () => {
  const table: Array<[string, string, string[]]> = [
    ['会议精神，余先河、常晓勇、赵光平分别通报', '常晓勇', ['PER:余先河', 'PER:常晓勇', 'PER:赵光平']],
    ['二等奖，尚欢欢、王梦佳等荣获', '王梦佳', ['PER:尚欢欢', 'PER:王梦佳']],
    // Inside a clause, or a list that stops at the person: as read.
    ['看望了冉进、但彦铮', '但彦铮', ['PER:但彦铮']],
    ['，杨梅、王芳说', '王芳', ['PER:王芳']],
  ];
  for (const [text, right, want] of table) {
    const start = text.indexOf(right);
    const spans: LabelledSpan[] = [{ start, end: start + right.length, label: 'PER' }];
    const read = (coordinate(text, spans, (s) => s) as LabelledSpan[]).sort((a, b) => a.start - b.start);
    assert.deepEqual(showInOrder(text, read), want, text);
  }
});

test('people listed after a title and before what they do are people', () => {
  const table: Array<[string, string[]]> = [
    ['工作会谈。省领导费高云、单向前参加。', ['PER:费高云', 'PER:单向前']],
    ['副市长王强、李明、张伟出席', ['PER:王强', 'PER:李明', 'PER:张伟']],
    // No title before, or an item no name: nothing.
    ['有关领导、专家等参加', []],
    ['看望了张三、李四参加', []],
  ];
  for (const [text, want] of table) assert.deepEqual(showInOrder(text, peopleListedAfterTitles(text, [] as LabelledSpan[], (s) => s)), want, text);
});

test('the last name of a list of people, run into what they do, is a person', () => {
  const table: Array<[string, string, string[]]> = [
    ['市领导顾文瑜、钱晴参加走访调研。', '顾文瑜', ['PER:顾文瑜', 'PER:钱晴']],
    ['区领导王强、李明陪同调研', '王强', ['PER:王强', 'PER:李明']],
    ['区领导王强、欧阳予倩出席', '王强', ['PER:王强', 'PER:欧阳予倩']],
    // No act of people after it, or no surname: as read.
    ['区领导王强、李明白了', '王强', ['PER:王强']],
    ['区领导王强、那些参加的人', '王强', ['PER:王强']],
  ];
  for (const [text, left, want] of table) {
    const start = text.indexOf(left);
    const spans: LabelledSpan[] = [{ start, end: start + left.length, label: 'PER' }];
    assert.deepEqual(showInOrder(text, coordinate(text, spans, (s) => s) as LabelledSpan[]), want, text);
  }
});

test('the first of a list of organisations, ending in an organisation head, is one too', () => {
  const table: Array<[string, string, string[]]> = [
    ['市急救医疗中心、江北区妇幼保健院的医护人员', '江北区妇幼保健院', ['ORG:市急救医疗中心', 'ORG:江北区妇幼保健院']],
    ['，人民检察院、人民法院', '人民法院', ['ORG:人民检察院', 'ORG:人民法院']],
    // A preposition before the first item is the clause's.
    ['座谈会，与传化集团、方大集团', '方大集团', ['ORG:传化集团', 'ORG:方大集团']],
    ['，同仁堂集团、方大集团', '方大集团', ['ORG:同仁堂集团', 'ORG:方大集团']],
    // No head of its own, an organ named by level after a verb, a pronoun: nothing taken.
    ['加强协调、江北区妇幼保健院', '江北区妇幼保健院', ['ORG:江北区妇幼保健院']],
    ['，随即县委、县政府', '县政府', ['ORG:县政府']],
    ['我代表医院、江北区妇幼保健院', '江北区妇幼保健院', ['ORG:江北区妇幼保健院']],
  ];
  for (const [text, right, want] of table) {
    const start = text.indexOf(right);
    const spans: LabelledSpan[] = [{ start, end: start + right.length, label: 'ORG' }];
    assert.deepEqual(showInOrder(text, coordinate(text, spans, (s) => s) as LabelledSpan[]), want, text);
  }
});
