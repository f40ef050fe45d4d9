/**
 * Words for evaluation's note codes, in Chinese and English. Evaluation
 * emits only codes and arguments; the words live here (statuses' words:
 * src/i18n/vocabulary.ts).
 */
import type { Lang } from "../vocabulary.js";

type Args = Record<string, string | number> | undefined;
type Message = (args: Record<string, string | number>) => string;

const REASONS: Record<Lang, Record<string, string>> = {
  zh: {
    "baseline-equals-target": "基期值等于目标值",
    "no-time-elapsed": "最新数据与基期同日，尚无进度可比",
  },
  en: {
    "baseline-equals-target": "the baseline equals the target",
    "no-time-elapsed": "no time has elapsed since the baseline",
  },
};

const WHICH: Record<Lang, Record<string, string>> = {
  zh: { value: "最新值", baseline: "基期值" },
  en: { value: "the latest value", baseline: "the baseline" },
};

export const NOTE_MESSAGES: Record<Lang, Record<string, Message>> = {
  zh: {
    stale: (a) =>
      `数据已过时：最新数据截至 ${a.valueDate}，距评估日 ${a.asOf} 已 ${a.months} 个月（超过 ${a.limit} 个月）`,
    "needs-baseline": () =>
      "缺基期值：仅有一个数据点，无法评估进度；请补报规划起始前一年的数值作为基期值",
    "pace-not-assessable": (a) =>
      `无法评估进度：${REASONS.zh[String(a.reason)] ?? String(a.reason ?? "")}`,
    "worse-than-baseline": () => "低于基期水平，正背离目标",
    "rolled-up": (a) =>
      `${WHICH.zh[String(a.which)] ?? "数值"}（${a.period}）由 ${a.areas}/${a.of} 个镇街数据加总得出`,
    "value-revised": (a) =>
      `${a.period}${a.areaZh ? `（${a.areaZh}）` : ""}的数值已修订：${a.fromFile} 报 ${a.from}，以后读入的 ${a.file} 报 ${a.to}，采用后者`,
    "newer-refused": (a) =>
      `${a.period}${a.areaZh ? `（${a.areaZh}）` : ""}报送的 ${a.value} 已退回（疑为小数形式的百分比，${a.file} 第 ${a.line} 行），此处仍为上次采用的数值`,
    "invalid-target": () => "目标定义无效，无法评估",
    "unknown-indicator": (a) => `规划中没有指标 ${a.indicator}`,
  },
  en: {
    stale: (a) =>
      `stale: the latest figure is from ${a.valueDate}, ${a.months} months before ${a.asOf} (more than ${a.limit})`,
    "needs-baseline": () =>
      "needs a baseline: one figure only, so the pace cannot be judged; report the figure for the year before the plan's start",
    "pace-not-assessable": (a) =>
      `pace not assessable: ${REASONS.en[String(a.reason)] ?? String(a.reason ?? "")}`,
    "worse-than-baseline": () => "worse than the baseline: moving away from the target",
    "rolled-up": (a) =>
      `${WHICH.en[String(a.which)] ?? "the value"} (${a.period}) is the sum of ${a.areas} of ${a.of} township rows`,
    "value-revised": (a) =>
      `the figure for ${a.period}${a.areaEn ? ` (${a.areaEn})` : ""} was revised: ${a.from} in ${a.fromFile}, ${a.to} in ${a.file}, read later, which stands`,
    "newer-refused": (a) =>
      `the figure ${a.value} sent for ${a.period}${a.areaEn ? ` (${a.areaEn})` : ""} was refused (likely a fraction for a percentage; ${a.file} line ${a.line}); the last accepted figure stands`,
    "invalid-target": () => "the target is not well defined; not evaluated",
    "unknown-indicator": (a) => `the plan has no indicator ${a.indicator}`,
  },
};

/** The message for a note code; an unknown code comes back as itself. */
export function noteMessage(code: string, args: Args, lang: Lang): string {
  const message = NOTE_MESSAGES[lang][code];
  return message ? message(args ?? {}) : code;
}
