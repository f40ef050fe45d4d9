/**
 * The words of milestone states (src/vocabulary.ts has the codes), in
 * Chinese and English; the Chinese words are also what departments may write
 * in a drop's value column. Status words are in src/i18n/status.ts.
 */
import { STATE_WORDS } from "../data/state-words.js";
import type { Lang, MilestoneState } from "../vocabulary.js";

export const STATE_LABELS = STATE_WORDS;

export function stateLabel(state: MilestoneState, lang: Lang): string {
  return STATE_LABELS[lang][state];
}
