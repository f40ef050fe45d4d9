/**
 * The vocabulary's words (src/vocabulary.ts has the codes): statuses, a
 * pass's detail and milestone states, in Chinese and English. The Chinese
 * state words are also what departments may write in a drop's value column.
 */
import type { Detail, Lang, MilestoneState, Status } from "../vocabulary.js";

export const STATUS_LABELS: Record<Lang, Record<Status, string>> = {
  zh: {
    pass: "达标/序时推进",
    behind: "进度滞后",
    "at-risk": "存在风险",
    missed: "未完成",
    "no-data": "未报送",
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
  zh: { met: "已达标", "on track": "序时推进" },
  en: { met: "met", "on track": "on track" },
};

export const STATE_LABELS: Record<Lang, Record<MilestoneState, string>> = {
  zh: { not_started: "未开工", in_progress: "推进中", done: "已完成" },
  en: { not_started: "not started", in_progress: "in progress", done: "done" },
};

/** The label of a status; a pass with a detail reads as the detail in Chinese (已达标, 序时推进). */
export function statusLabel(status: Status, lang: Lang, detail?: Detail): string {
  if (status === "pass" && detail) {
    return lang === "zh" ? DETAIL_LABELS.zh[detail] : `pass (${DETAIL_LABELS.en[detail]})`;
  }
  return STATUS_LABELS[lang][status];
}

export function detailLabel(detail: Detail, lang: Lang): string {
  return DETAIL_LABELS[lang][detail];
}

export function stateLabel(state: MilestoneState, lang: Lang): string {
  return STATE_LABELS[lang][state];
}
