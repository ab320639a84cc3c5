import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alliancesNotPlaces, celestialBodiesNoPlaces, commonNounsAfterPlaces, hostsOfEventsNoPlaces, kindsOfWaterAndLandNoPlaces, placesInTerms, policyWordsNoNames, sidesAndLeaguesNoPlaces, trainsBetweenPlaces } from '../../../../src/core/recognise/names/place-suffixes';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { at, S, show, spansOf } from './spans';

const lex = Lexicon.build([['巴南', LEX.LOC], ['情歌', LEX.WORD], ['季中', 0], ['高中', LEX.WORD], ['集中', LEX.WORD], ['其中', LEX.WORD]]);

test('a common noun the model read into a place is left out of it', () => {
  const table: Array<[string, string, string[]]> = [
    ['2024年深圳地区生产总值增长', '深圳地区', ['LOC:深圳']],
    ['北京市地区生产总值', '北京市地区', ['LOC:北京市']],
    ['男篮世界杯亚洲区预选赛', '亚洲区', ['LOC:亚洲']],
    ['第二季度中国区收入', '中国区', ['LOC:中国']],
    ['鱼池村距离巴南城区60余公里', '巴南城区', ['LOC:巴南']],
    ['《2023广东省情概要》', '广东省', ['LOC:广东']],
    ['川南省域经济副中心', '川南省', ['LOC:川南']],
    // Names of their own: a district, a region before anything else, 情歌 after 市, an unknown place before 城区.
    ['渝北区', '渝北区', ['LOC:渝北区']],
    ['西部地区发展', '西部地区', ['LOC:西部地区']],
    ['康定市情歌广场', '康定市', ['LOC:康定市']],
    ['在主城区', '主城区', ['LOC:主城区']],
  ];
  for (const [text, place, want] of table) assert.deepEqual(show(text, commonNounsAfterPlaces(text, [at(text, place, 'LOC')], lex)), want, text);
});

test('中欧班列 names no place, read whole or in pieces; 中超 and 中方 name no place, alone or read whole', () => {
  const t = '第一列中欧班列开行，中亚班列（成都）';
  assert.deepEqual(show(t, trainsBetweenPlaces(t, [at(t, '中欧', 'LOC'), at(t, '亚', 'LOC'), at(t, '成都', 'LOC')])), ['LOC:成都']);
  const u = '中欧班列';
  assert.deepEqual(show(u, trainsBetweenPlaces(u, [at(u, '中', 'LOC'), at(u, '欧', 'LOC')])), []);
  assert.deepEqual(show('位于中欧的国家', trainsBetweenPlaces('位于中欧的国家', [at('位于中欧的国家', '中欧', 'LOC')])), ['LOC:中欧']);
  const table: Array<[string, string, string[]]> = [
    ['2023赛季中超联赛冠军', '中超', []],
    ['2023赛季中超联赛冠军', '中', []],
    ['中方表示', '中方', []],
    ['。中方对此表示，美方执意', '美', []],
    ['首夺中超冠军，英超球队', '英', []],
    // 方案, 方面, a word before the character, a league word that is an ordinary one: the place stays.
    ['高中超过', '中超', ['LOC:中超']],
    ['中方案', '中方', ['LOC:中方']],
    ['美超过日本', '美', ['LOC:美']],
    ['中甲级', '中', ['LOC:中']],
    ['集中方式', '中', ['LOC:中']],
    ['其中方面', '中', ['LOC:中']],
    ['中方面临', '中', ['LOC:中']],
  ];
  for (const [text, s, want] of table) assert.deepEqual(show(text, sidesAndLeaguesNoPlaces(text, [at(text, s, 'LOC')], lex)), want, text);
});

test('a place inside a lexicalised word is no place: 北京时间, 美东时间, 港股, 美元, 和美乡村', () => {
  const table: Array<[string, string, string[]]> = [
    ['北京时间1月2日', '北京', []],
    ['美东时间9日', '美', []],
    ['古茗在港股上市', '港', []],
    ['十亿美元', '美', []],
    ['宜居宜业和美乡村建设', '美', []],
    // The places themselves: 北京 before anything else, 港 of 港澳, 美 of 中美.
    ['北京时尚周', '北京', ['LOC:北京']],
    ['港澳居民', '港', ['LOC:港']],
    ['中美关系', '美', ['LOC:美']],
  ];
  {
    const more: Array<[string, string, string[]]> = [
      ['中国“灯塔工厂”总数', '灯塔', []],
      ['巨制《流浪地球2》', '地球', []],
      ['辽宁灯塔市', '灯塔', ['LOC:灯塔']],
      // A people named after a country; the country itself elsewhere.
      ['对朝鲜族文化产生兴趣', '朝鲜', []],
      ['朝鲜与韩国', '朝鲜', ['LOC:朝鲜']],
      // The host city in the name of the games is the city.
      ['在杭州亚运会收获首金，巴黎奥运会冠军', '杭州', ['LOC:杭州']],
      ['力压巴黎奥运会冠军', '巴黎', ['LOC:巴黎']],
      ['杭州亚洲', '杭州', ['LOC:杭州']],
      // The race, not the Greek town.
      ['，2025北京马拉松在天安门广场', '马拉松', []],
      ['希腊马拉松市', '马拉松', ['LOC:马拉松']],
      // A doctrine's phrase; the country before anything else.
      ['推进中国式现代化', '中国', []],
      ['最大的发展中国家', '中国', []],
      ['发展中国经济', '中国', ['LOC:中国']],
      ['邀请中医药专家，中草药种植', '中', []],
      ['中外记者', '中', ['LOC:中']],
      ['中国经济', '中国', ['LOC:中国']],
      // National campaigns and a saying; a city's own campaign keeps its place.
      ['推动健康中国战略实施', '中国', []],
      ['分享“法治中国”“平安中国”建设', '中国', []],
      ['美丽重庆建设', '重庆', ['LOC:重庆']],
      ['绿水青山就是金山银山', '金山', []],
      ['以习近平新时代中国特色社会主义思想为指导', '中国', []],
      ['建设有中国特色社会主义', '中国', ['LOC:中国']],
      ['上海金山区', '金山', ['LOC:金山']],
      // 其中 + 国家, the strait's two sides and forum, a species named after its river; the strait named whole stays.
      ['野生鸟类242种，其中国家一级保护鸟类11种', '中国', []],
      ['航线111条，其中国际航线50条', '中国', []],
      ['会场四周的数十顶蒙古包里', '蒙古', []],
      ['蒙古国总统', '蒙古', ['LOC:蒙古']],
      ['第十七届海峡论坛在此启幕', '海峡', []],
      ['获救的长江鲟被送往江津', '长江', []],
      ['长江江豚数量增加', '长江', []],
      ['长江流域降雨偏多', '长江', ['LOC:长江']],
      // A nationality and a principle; the country in 一个中国 before anything else.
      ['其中中国籍280余人', '中国', []],
      ['坚定恪守一个中国原则', '中国', []],
      ['只有一个中国的城市', '中国', ['LOC:中国']],
      // 英歌舞, a folk dance; England before anything else.
      ['潮汕英歌舞队伍巡街', '英', []],
      ['中英两国', '英', ['LOC:英']],
      ['英歌手阿黛尔', '英', ['LOC:英']],
      ['美英歌舞剧', '英', ['LOC:英']],
    ];
    for (const [text, name, want] of more) assert.deepEqual(show(text, placesInTerms(text, [at(text, name, 'LOC')])), want, text);
  }
  for (const [text, place, want] of table) assert.deepEqual(show(text, placesInTerms(text, [at(text, place, 'LOC')])), want, text);
});

test('a host named by one character or a continent in the name of a sporting event is no place; a host named in full is', () => {
  const table: Array<[string, string, string[]]> = [
    ['2023年德班世乒赛于北京时间28日落幕', '德班', ['LOC:德班']],
    ['自从2008年北京奥运废除双打以来', '北京', ['LOC:北京']],
    ['第一届F1中国大奖赛在上海举办', '中国', ['LOC:中国']],
    ['在2022年俄勒冈世锦赛上跑出12秒12', '俄勒冈', ['LOC:俄勒冈']],
    ['2025哈尔滨亚冬会越野滑雪', '哈尔滨', ['LOC:哈尔滨']],
    // A host named by characters of its places, each read alone.
    ['如今来到粤港澳全运会', '港', []],
    ['如今来到粤港澳全运会', '粤', []],
    ['继2002年韩日世界杯以来', '日', []],
    // Asia's cup and champions league.
    ['中国男篮在亚洲杯决赛中', '亚洲', []],
    ['昂首挺进亚冠精英联赛正赛', '亚', []],
    // Leagues, cups and tennis opens by one character of their country or continent.
    ['首夺欧冠，并创造了纪录', '欧', []],
    ['向澳网三连冠发起冲击', '澳', []],
    ['本赛季英超联赛排名第4', '英', []],
    ['法甲联赛、法国杯后', '法', []],
    ['关税降低将为对美出口增长注入动力', '美', ['LOC:美']],
    // The same characters before a word of their own: the places.
    ['中美网络安全对话', '美', ['LOC:美']],
    ['中欧联合声明', '欧', ['LOC:欧']],
    ['中日职业围棋交流', '日', ['LOC:日']],
    ['英超过法国', '英', ['LOC:英']],
    ['澳网今年首次设立', '澳', []],
    ['争夺欧冠名额', '欧', []],
    // The place anywhere else, and events the sets mark as often as not.
    ['亚洲最大的港口', '亚洲', ['LOC:亚洲']],
    ['来到北京奋斗', '北京', ['LOC:北京']],
    ['WTT重庆冠军赛', '重庆', ['LOC:重庆']],
    ['第四届山西艺术节', '山西', ['LOC:山西']],
    ['新晋奥运冠军郑钦文', '晋', []],
    // A country's Olympians or World Cup win: the country.
    ['中国奥运冠军郑钦文出席', '中国', ['LOC:中国']],
    ['阿根廷世界杯夺冠后', '阿根廷', ['LOC:阿根廷']],
  ];
  for (const [text, place, want] of table) {
    assert.deepEqual(show(text, hostsOfEventsNoPlaces(text, [at(text, place, 'LOC')])), want, text);
    assert.deepEqual(show(text, placesInTerms(text, [at(text, place, 'LOC')])), want, text);
  }
});

test('惠民, 普惠 and 万企兴万村, policy words, name nothing alone', () => {
  const table: Array<[string, string, S['label'], string[]]> = [
    ['推出多项特色活动和惠民政策', '惠民', 'LOC', []],
    ['统筹做好稳增长、促改革、惠民生、保稳定', '惠民生', 'PER', []],
    ['改革突破、惠民强企工作导向', '惠民强', 'PER', []],
    // The village, the station and a person whose given name it is keep their names.
    ['白羊镇惠民村', '惠民村', 'LOC', ['LOC:惠民村']],
    ['东至巴南区惠民站', '惠民站', 'LOC', ['LOC:惠民站']],
    ['王惠民说', '王惠民', 'PER', ['PER:王惠民']],
    // 普惠 (inclusive) and the campaign 万企兴万村; a village of the name elsewhere stays.
    ['做好科技金融、绿色金融、普惠金融', '普惠', 'LOC', []],
    ['投身“万企兴万村”行动', '兴万村', 'LOC', []],
    ['来到兴万村调研', '兴万村', 'LOC', ['LOC:兴万村']],
  ];
  for (const [text, name, label, want] of table) assert.deepEqual(show(text, policyWordsNoNames(text, [at(text, name, label)])), want, text);
  // The campaign's name in the paragraph, and a village of the name elsewhere in it.
  const t = '投身“万企兴万村”行动，兴万村变了样';
  const village = { start: t.lastIndexOf('兴万村'), end: t.lastIndexOf('兴万村') + 3, label: 'LOC' as const, confidence: 0.7 };
  assert.deepEqual(show(t, policyWordsNoNames(t, [at(t, '兴万村', 'LOC'), village])), ['LOC:兴万村']);
  const rest: Array<[string, string, S['label'], string[]]> = [
  ];
  for (const [text, name, label, want] of rest) assert.deepEqual(show(text, policyWordsNoNames(text, [at(text, name, label)])), want, text);
});

test('an alliance of countries read as a place is an organisation', () => {
  for (const [text, name, want] of [
    ['中国—东盟自贸区', '东盟', 'ORG:东盟'],
    ['欧盟委员会', '欧盟', 'ORG:欧盟'],
    ['东南亚国家', '东南', 'LOC:东南'],
  ]) {
    assert.deepEqual(show(text, alliancesNotPlaces(text, [at(text, name, 'LOC')])), [want], text);
  }
});

test('the moon and the planets alone are no places; the earth and the sun stay as read', () => {
  const table: Array<[string, Array<[string, 'PER' | 'ORG' | 'LOC']>, string[]]> = [
    ['着陆区位于月球背面', [['月球', 'LOC']], []],
    ['探测器在火星乌托邦平原着陆', [['火星', 'LOC'], ['乌托邦平原', 'LOC']], ['LOC:乌托邦平原']],
    ['做一辈子地球清洁工', [['地球', 'LOC']], ['LOC:地球']],
    ['火星村的村民', [['火星村', 'LOC']], ['LOC:火星村']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, celestialBodiesNoPlaces(text, spansOf(text, read))), want, text);
});

test('words for kinds of water and land are no places; a named river or lake is', () => {
  const table: Array<[string, Array<[string, 'PER' | 'ORG' | 'LOC']>, string[]]> = [
    ['建设“幸福河湖”，以河湖长制为抓手', [['河湖', 'LOC'], ['河湖', 'LOC']], []],
    ['位居全国内河第一，江海联运', [['内河', 'LOC'], ['江海', 'LOC']], []],
    ['保护江河湖泊', [['江河', 'LOC'], ['湖泊', 'LOC']], []],
    ['龙多山的云海', [['龙多山', 'LOC'], ['云海', 'LOC']], ['LOC:龙多山']],
    ['长江流域和洱海', [['长江', 'LOC'], ['洱海', 'LOC']], ['LOC:长江', 'LOC:洱海']],
    // The same characters in a longer name stay.
    ['江海区政府', [['江海区', 'LOC']], ['LOC:江海区']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, kindsOfWaterAndLandNoPlaces(text, spansOf(text, read))), want, text);
});
