/**
 * The vocabulary's words (src/vocabulary.ts has the codes): statuses, a
 * pass's detail and milestone states, in Chinese and English. The Chinese
 * state words are also what departments may write in a drop's value column.
 */
import { STATE_WORDS } from "../data/state-words.js";
import type { Detail, Lang, MilestoneState, Status } from "../vocabulary.js";

export const STATUS_LABELS: Record<Lang, Record<Status, string>> = {
  zh: {
    pass: "达标/序时推进",
    behind: "进度滞后",
    "at-risk": "存在风险",
    missed: "未完成",
    "no-data": "无法评估",
  },
  en: {
    pass: "pass",
    behind: "behind",
    "at-risk": "at-risk",
    missed: "missed",
    "no-data": "no-data",
  },
};

export const DETAIL_LABELS: Record<Lang, Record<Detail, string>> = {
  zh: {
    met: "已达标",
    "on track": "序时推进",
    "not-reported": "未报送",
    "needs-baseline": "缺基期值",
  },
  en: {
    met: "met",
    "on track": "on track",
    "not-reported": "not reported",
    "needs-baseline": "needs baseline",
  },
};

export const STATE_LABELS = STATE_WORDS;

/**
 * The label of a status; a pass with a detail reads as the detail in Chinese
 * (已达标, 序时推进); a no-data that needs a baseline reads 无法评估·缺基期值,
 * apart from one not reported (未报送).
 */
export function statusLabel(status: Status, lang: Lang, detail?: Detail): string {
  if (status === "pass" && (detail === "met" || detail === "on track")) {
    return lang === "zh" ? DETAIL_LABELS.zh[detail] : `pass (${DETAIL_LABELS.en[detail]})`;
  }
  if (status === "no-data" && detail === "needs-baseline") return NEEDS_BASELINE[lang];
  if (status === "no-data" && detail === "not-reported" && lang === "zh") {
    return DETAIL_LABELS.zh[detail];
  }
  return STATUS_LABELS[lang][status];
}

/** STATUS-RULES v3 rule 5's status as shown: no-data, for want of a baseline. */
export const NEEDS_BASELINE: Record<Lang, string> = {
  zh: "无法评估·缺基期值",
  en: "no-data (needs baseline)",
};

export function detailLabel(detail: Detail, lang: Lang): string {
  return DETAIL_LABELS[lang][detail];
}

export function stateLabel(state: MilestoneState, lang: Lang): string {
  return STATE_LABELS[lang][state];
}
