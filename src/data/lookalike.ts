/**
 * Characters in a name that a reader cannot see or cannot tell apart from
 * the ones meant: invisible ones (zero-width space and joiners, soft
 * hyphen, bidi marks, byte-order mark, Hangul fillers), combining marks and
 * variation selectors, Cyrillic or Greek letters among Chinese or Latin
 * ones (Cyrillic о for Latin o), and traditional forms of the characters
 * units are named with (縣 for 县). A unit name holding any of them is not
 * a name to count a figure under (`unit-name-lookalike`).
 *
 * Input vocabulary: the traditional forms below are how a name may arrive,
 * never words cwplan says.
 */

/** traditional form → simplified, for the characters of county bodies' names */
const TRADITIONAL = new Map<string, string>(
  "縣县 廳厅 會会 業业 設设 務务 農农 環环 發发 開开 區区 鎮镇 財财 稅税 統统 計计 資资 衛卫 體体 組组 織织 辦办 門门 貿贸 產产 鄉乡 園园 場场 監监 運运 輸输 電电 應应 護护 醫医 療疗 險险 勞劳 動动 廣广 與与 實实 傳传 價价 協协 員员 黨党 歸归 國国 劃划 據据 億亿 氣气 線线 導导 龍龙 東东 陽阳 樓楼 灣湾 檔档 權权 執执 證证 書书 處处 銀银 條条 為为 戶户 鐵铁 礦矿 積积 紀纪 種种 糧粮 圖图 館馆 網网 絡络 數数 訊讯 郵邮 藥药 質质 愛爱 兒儿 婦妇 聯联 僑侨 臺台 檢检 審审 規规 訪访 調调 總总 鄰邻 軍军 優优 撫抚 禮礼 樂乐 級级 態态 際际 齡龄 養养 廢废 災灾 減减 橋桥 機机 構构 點点"
    .split(" ")
    .map((p): [string, string] => [p.slice(0, 1), p.slice(1)]),
);

/**
 * Made on first use: a regular expression with Unicode property sets costs
 * milliseconds to make, which most runs need not spend (see PLAIN).
 */
let sets: { invisible: RegExp; foreign: RegExp; hanOrLatin: RegExp } | undefined;
const unicodeSets = () =>
  (sets ??= {
    invisible: /[\p{Cc}\p{Cf}\p{Mn}\p{Me}\u115f\u1160\u3164\uffa0\u2028\u2029]/u,
    foreign: /[\p{Script=Cyrillic}\p{Script=Greek}]/u,
    hanOrLatin: /[\p{Script=Han}a-zA-Z]/u,
  });
/** common ideographs and ASCII letters and digits: none invisible, Cyrillic or Greek */
const PLAIN = /^[\u4e00-\u9fffA-Za-z0-9]*$/;

function hex(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * The characters of `name` that are invisible or look like others, each
 * described (`U+200B`, `U+043E о`, `U+7E23 縣→县`), in order, each once;
 * empty when the name is plain.
 */
export function lookalikeChars(name: string): string[] {
  const found = new Set<string>();
  // most names are PLAIN: only their traditional forms are looked for
  const re = PLAIN.test(name) ? undefined : unicodeSets();
  const mixed = re?.hanOrLatin.test(name);
  for (const ch of name) {
    if (re?.invisible.test(ch)) found.add(hex(ch));
    else if (mixed && re?.foreign.test(ch)) found.add(`${hex(ch)} ${ch}`);
    else {
      const simple = TRADITIONAL.get(ch);
      if (simple !== undefined) found.add(`${hex(ch)} ${ch}→${simple}`);
    }
  }
  return [...found];
}
