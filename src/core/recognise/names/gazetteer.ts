/**
 * Place names from a table of China's administrative divisions (province, city, county), with the
 * short forms news uses: 彭水苗族土家族自治县 → 彭水, 涪陵区 → 涪陵, 铜仁市 → 铜仁.
 */

const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '新区', '林区', '矿区', '特区', '省', '市', '区', '县', '旗', '州', '盟'];
const ETHNIC_GROUPS =
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 ' +
  '塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各';
const ETHNIC = new RegExp(`(?:${ETHNIC_GROUPS.split(' ').sort((a, b) => b.length - a.length).join('|')})族$`);

/** The short form of a division name, or undefined when dropping the suffix leaves too little. */
export function shortPlaceName(name: string): string | undefined {
  for (const suf of SUFFIXES) {
    if (!name.endsWith(suf)) continue;
    let stem = name.slice(0, -suf.length);
    // Ethnic group names before 自治县/自治州 (苗族土家族) are not part of the place's own name.
    if (suf.startsWith('自治')) while (ETHNIC.test(stem) && stem.replace(ETHNIC, '').length >= 2) stem = stem.replace(ETHNIC, '');
    return stem.length >= 2 && stem !== name ? stem : undefined;
  }
  return undefined;
}

/** Division names that are also generic words (城区 is a district of Datong and of several cities). */
const GENERIC = /^(?:城|郊|矿|新|市中|市辖|开发|高新|林|工业|经济开发|经济技术开发)区$|^(?:县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/**
 * Names from china-area-data's data.json ({ "86": {code: name}, code: {code: name} … }): every full
 * name and its short form, sorted and without repeats so the lexicon comes out the same each time.
 */
export function gazetteerNames(table: Record<string, Record<string, string>>): string[] {
  const names = new Set<string>();
  for (const group of Object.values(table)) {
    for (const name of Object.values(group)) {
      if (!/^[\u4e00-\u9fff]{2,}$/.test(name) || GENERIC.test(name) || name.length > 10) continue;
      names.add(name);
      const short = shortPlaceName(name);
      if (short) names.add(short);
    }
  }
  return [...names].sort();
}
