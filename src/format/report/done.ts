/**
 * What `cwplan report` says on stderr once the report is written (issue 20,
 * item 7): where it wrote (with -o), and one line of what it holds — every
 * target's status counted, the open data errors and those corrected.
 */
import { countFindings } from "../../data/count.js";
import type { FileResult } from "../../data/types.js";
import type { CheckResult } from "../../evaluate/types.js";
import type { Lang } from "../../i18n/lang.js";
import { REPORT_DONE } from "../../i18n/report.js";
import { countsLine } from "../check/parts.js";
import { wrapText } from "../columns.js";
import { noColour } from "../style.js";
import { displayWidth } from "../width.js";

/** `width`: wrap the summary at a terminal's width (else one line, for scripts and logs) */
export function reportDone(
  check: CheckResult,
  files: readonly FileResult[],
  output: string | undefined,
  lang: Lang,
  width?: number,
): string {
  const words = REPORT_DONE[lang];
  const n = countFindings(files);
  const counts = countsLine(check, { lang, style: noColour });
  const found = words.findings(n.errors, n.corrected);
  const summary = `${counts}${words.sep}${found}`;
  const wrote = output === undefined || output === "-" ? [] : [words.wrote(output)];
  // on a narrow terminal the findings start a line of their own
  const lines =
    width === undefined || displayWidth(summary) <= width
      ? [summary]
      : [
          ...wrapText(`${counts}${words.sep.trimEnd()}`, width, "  "),
          ...wrapText(`  ${found}`, width, "  "),
        ];
  return `${[...wrote, ...lines].join("\n")}\n`;
}
