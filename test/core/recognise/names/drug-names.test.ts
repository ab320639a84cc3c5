import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coinedDrugNamesNoNames, drugsAndTheirMakers } from '../../../../src/core/recognise/names/drug-names';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { at, S, show, spansOf } from './spans';

const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });

test('people and places read inside a drug name go; its maker in brackets after it is one organisation', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['、紫杉醇口服溶液（韩国大化制药）、', [['紫杉醇', 'PER'], ['韩国', 'LOC']], ['ORG:韩国大化制药']],
    ['，美洛昔康注射液（Ⅲ）（石药中诺药业（石家庄））、', [['美洛昔康', 'PER'], ['石家庄', 'LOC']], ['ORG:石药中诺药业（石家庄）']],
    // A name read far from the form (赖诺 | 普利氨氯地平片) is left: a name in the sentence before a drug reads the same.
    ['、赖诺普利氨氯地平片（四川尚锐生物医药）', [['赖诺', 'PER'], ['四川', 'LOC']], ['PER:赖诺', 'ORG:四川尚锐生物医药']],
    ['、注射用维迪西妥单抗（荣昌生物制药（烟台））等', [['迪西', 'LOC'], ['荣昌生物制药', 'ORG'], ['烟台', 'LOC']], ['ORG:荣昌生物制药（烟台）']],
    // A name the model read over the whole bracket is the maker, whatever its label.
    ['。盐酸匹米替尼胶囊（默克雪兰诺）、', [['默克雪兰诺', 'PER']], ['ORG:默克雪兰诺']],
    // The maker before 的: from the first name read in its run, ending in a trade; or a Latin name.
    ['包括轩竹生物的吡洛西利片、锦州奥鸿药业的枸橼酸伏维西利胶囊', [['轩竹', 'PER'], ['吡洛西利', 'LOC'], ['锦州', 'LOC'], ['伏维', 'PER']], ['ORG:轩竹生物', 'ORG:锦州奥鸿药业']],
    ['，以及 Roche 的伊那利塞片、', [['伊那利塞片', 'PER']], ['ORG:Roche']],
    // A person before a verb of taking keeps the name; a bracket after a drug that holds no maker adds none.
    ['患者张伟服用布洛芬缓释胶囊后好转', [['张伟', 'PER'], ['布洛芬', 'PER']], ['PER:张伟']],
    ['张文宏推荐布洛芬缓释胶囊，钟南山称连花清瘟胶囊', [['张文宏', 'PER'], ['布洛芬', 'PER'], ['钟南山', 'PER']], ['PER:张文宏', 'PER:钟南山']],
    ['张伟手绘卡片，吴京等明星片酬，河南周口小麦颗粒归仓', [['张伟', 'PER'], ['吴京', 'PER'], ['河南', 'LOC'], ['周口', 'LOC']], ['PER:张伟', 'PER:吴京', 'LOC:河南', 'LOC:周口']],
    ['，阿莫西林胶囊（进口）', [['阿莫西林', 'PER']], []],
    // Granules, an active ingredient and a preparation by their coined names; not after a word (小麦颗粒, 中药制剂).
    ['【众生药业子公司昂拉地韦颗粒将开展', [['众生药业', 'ORG'], ['昂拉地韦', 'PER']], ['ORG:众生药业']],
    ['，中国境内暂无维立西呱原料药的其他生产厂家', [['中国', 'LOC'], ['维立西', 'PER']], ['LOC:中国']],
    ['，重庆中药制剂和河南周口小麦颗粒', [['重庆', 'LOC'], ['河南', 'LOC'], ['周口', 'LOC']], ['LOC:重庆', 'LOC:河南', 'LOC:周口']],
    // No drug: 片 after a word (影片, 芯片), a form running on into a longer word (片区, 颗粒物), a form alone.
    ['冯小刚的贺岁片、华为芯片，', [['冯小刚', 'PER'], ['华为', 'ORG']], ['PER:冯小刚', 'ORG:华为']],
    ['，张三片区和北京颗粒物监测站', [['张三', 'PER'], ['北京', 'LOC']], ['PER:张三', 'LOC:北京']],
    ['，阿莫西林胶囊（0.25g）（国药集团）', [['阿莫西林', 'PER']], ['ORG:国药集团']],
  ];
  for (const [text, read, want] of table) {
    const spans = read.map(([s, label]) => at(text, s, label));
    assert.deepEqual(show(text, drugsAndTheirMakers(text, spans, make)), want, text);
  }
});

test('a coined drug name of four characters or more, ending in a stem of the international names, is no person or place', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['肺癌ADC，瑞格列汀二甲双胍片', [['瑞格列汀', 'PER']], []],
    ['包括吡洛西利和阿托伐他汀', [['吡洛西利', 'LOC'], ['阿托伐他汀', 'PER']], []],
    // People of three characters, and a company, stay.
    ['王西利说', [['王西利', 'PER']], ['PER:王西利']],
    ['瑞格列汀公司', [['瑞格列汀公司', 'ORG']], ['ORG:瑞格列汀公司']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, coinedDrugNamesNoNames(text, spansOf(text, read))), want, text);
});
