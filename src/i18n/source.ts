/**
 * Words for a figure another unit reported, used because its owner gave
 * none (issue 20, item 3): said beside the figure wherever it appears — the
 * terminal, the page, the digest (the results workbook's column is in
 * i18n/xlsx.ts).
 */
import type { FigureSource } from "../evaluate/sources.js";
import type { Lang } from "../vocabulary.js";

interface SourceWords {
  /** after a figure on one line: `（县工业和信息化局报）` */
  after: (unit: string) => string;
  /** with the period, inside its brackets: `2025年7月，县工业和信息化局报` */
  withPeriod: (period: string, unit: string) => string;
}

export const SOURCE_WORDS: Record<Lang, SourceWords> = {
  zh: {
    after: (unit) => `（${unit}报）`,
    withPeriod: (period, unit) => `${period}，${unit}报`,
  },
  en: {
    after: (unit) => ` (reported by ${unit})`,
    withPeriod: (period, unit) => `${period}, reported by ${unit}`,
  },
};

/** The sending unit's name in the reader's language. */
export function sourceUnit(s: FigureSource, lang: Lang): string {
  return lang === "zh" ? s.name.zh : s.name.en;
}

/** What follows a figure on a line: its source, or nothing for the owner's own figure. */
export function sourceAfter(s: FigureSource | undefined, lang: Lang): string {
  return s ? SOURCE_WORDS[lang].after(sourceUnit(s, lang)) : "";
}
