/**
 * `cwplan check`'s output formats by name: text formats (one module each,
 * a function of a CheckOutput), the page (src/format/html/, with charts) and
 * the results workbook (src/format/xlsx/results.ts). Adding a format means
 * adding its module and a line here (and its name to CHECK_FORMATS).
 */
import type { Series } from "../../evaluate/history.js";
import type { Submission } from "../../evaluate/intake.js";
import { type Reported, submissions } from "../../evaluate/submissions.js";
import type { CheckOutputFormat } from "../../vocabulary.js";
import type { CheckOutput, Formatter } from "../check-output.js";
import type { Renderer } from "../renderer.js";
import { safeFiles } from "../safe.js";

/** What a check renderer receives: the check itself, and what the page alone needs. */
export interface CheckInput extends CheckOutput {
  /** the series read, for the page's charts */
  histories: () => ReadonlyMap<string, Series>;
  /** who reported what, kept while reading only for a renderer with `keepsReported` */
  reported: readonly Reported[];
  /** the files received, for the same renderers (src/evaluate/intake.ts) */
  received?: readonly Submission[];
}

export interface CheckRenderer extends Renderer<CheckInput> {
  /** keep who reported what while the drops stream in (the page's scorecard) */
  keepsReported?: boolean;
}

/**
 * A text format. One a person reads (`human`) gets the files' text through
 * the sanitising step first (safe.ts); one a program reads gets it as it is.
 */
function textFormat(load: () => Promise<Formatter>, human: boolean): CheckRenderer {
  return {
    render: async (input, o) => {
      const format = await load();
      return format(human ? { ...input, files: safeFiles(input.files) } : input, o);
    },
  };
}

const HUMAN = true;
const MACHINE = false;

export const CHECK_RENDERERS: Readonly<Record<CheckOutputFormat, CheckRenderer>> = {
  table: textFormat(async () => (await import("./table.js")).formatTable, HUMAN),
  json: textFormat(async () => (await import("./json.js")).formatJson, MACHINE),
  markdown: textFormat(async () => (await import("./markdown.js")).formatMarkdown, HUMAN),
  csv: textFormat(async () => (await import("./csv.js")).formatCsv, MACHINE),
  junit: textFormat(async () => (await import("./junit.js")).formatJunit, MACHINE),
  github: textFormat(async () => (await import("./github.js")).formatGithub, HUMAN),
  // the meeting page's parts for every target, with ECharts
  html: {
    keepsReported: true,
    render: async (input, o) => {
      const { renderHtml } = await import("../html/index.js");
      const { plan, check, files } = input;
      return renderHtml(
        {
          kind: "check",
          plan,
          check,
          files,
          histories: input.histories(),
          submissions: submissions(plan, input.reported, check.asOf.slice(0, 7), input.received),
        },
        { lang: o.lang, ...(o.maxFindings === undefined ? {} : { maxFindings: o.maxFindings }) },
      );
    },
  },
  xlsx: {
    workbook: "results",
    render: async (input, o) => {
      const { renderResultsWorkbook } = await import("../xlsx/results.js");
      return renderResultsWorkbook(
        { plan: input.plan, check: input.check, files: input.files },
        o.lang,
      );
    },
  },
};
