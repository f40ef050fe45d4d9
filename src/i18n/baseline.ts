/**
 * The words of `cwplan baseline` (src/format/baseline.ts): the note on each
 * baseline row saying where its figure came from, and what was not carried.
 */
import type { Uncarried } from "../evaluate/carry.js";
import type { Lang } from "../vocabulary.js";

export const BASELINE_WORDS = {
  zh: {
    fromRow: (file: string, line: number, period: string, old: string) =>
      `取自 ${file} 第 ${line} 行（${period}，原方案指标 ${old}）`,
    fromAreas: (n: number, period: string, old: string) =>
      `${n} 个镇街数据之和（${period}，原方案指标 ${old}）`,
    byName: "（按指标名称对应）",
    summary: (n: number, total: number) => `已写出 ${n} 行基期数据（新方案共 ${total} 个指标）`,
    notCarried: "未写出",
    reasons: {
      "no-match": "原方案中没有同编号或同名称的指标",
      "no-figure": "评估日前没有有效数据",
      milestone: "进度类指标没有基期值",
      "other-unit": "计量单位与原方案不同",
    } satisfies Record<Uncarried["reason"], string>,
    sep: "：",
  },
  en: {
    fromRow: (file: string, line: number, period: string, old: string) =>
      `from ${file} line ${line} (${period}, old plan's indicator ${old})`,
    fromAreas: (n: number, period: string, old: string) =>
      `sum of ${n} areas' rows (${period}, old plan's indicator ${old})`,
    byName: " (matched by name)",
    summary: (n: number, total: number) =>
      `wrote ${n} baseline rows (the new plan has ${total} indicators)`,
    notCarried: "not carried",
    reasons: {
      "no-match": "no indicator of that id or name in the old plan",
      "no-figure": "no accepted figure on or before the as-of date",
      milestone: "a milestone has no baseline",
      "other-unit": "its unit differs from the old plan's",
    } satisfies Record<Uncarried["reason"], string>,
    sep: ": ",
  },
} satisfies Record<Lang, unknown>;

const ERRORS_EN = {
  missing: (option: string) => ({
    message: `baseline needs ${option}`,
    hint: "cwplan baseline --from OLD_DROPS_FOLDER --as-of 2025-12-31 -o baselines.csv",
  }),
};
const ERRORS_ZH: typeof ERRORS_EN = {
  missing: (option) => ({
    message: `baseline 命令须写 ${option}`,
    hint: "cwplan baseline --from 上期报送文件夹 --as-of 2025-12-31 -o baselines.csv",
  }),
};
export const BASELINE_ERRORS: Record<Lang, typeof ERRORS_EN> = { en: ERRORS_EN, zh: ERRORS_ZH };
