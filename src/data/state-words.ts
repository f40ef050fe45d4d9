/**
 * A milestone's states in words, as departments write them in a drop and as
 * every output shows them (src/i18n/vocabulary.ts `STATE_LABELS` is this
 * table): input vocabulary the data layer reads, so it lives here.
 */
import type { Lang, MilestoneState } from "../vocabulary.js";

export const STATE_WORDS: Readonly<Record<Lang, Readonly<Record<MilestoneState, string>>>> = {
  zh: { not_started: "未开工", in_progress: "推进中", done: "已完成" },
  en: { not_started: "not started", in_progress: "in progress", done: "done" },
};
