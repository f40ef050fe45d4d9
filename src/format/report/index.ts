/**
 * `cwplan report`'s output formats by name: the Markdown report, the plain
 * digest of the page, the page (src/format/html/) and the results workbook.
 */
import type { FileResult, Observation } from "../../data/types.js";
import type { Submissions } from "../../evaluate/submissions.js";
import type { CheckResult } from "../../evaluate/types.js";
import type { Plan } from "../../plan/types.js";
import type { ReportOutputFormat } from "../../vocabulary.js";
import type { Renderer } from "../renderer.js";

/** What a report renderer receives. */
export interface ReportInput {
  plan: Plan;
  current: CheckResult;
  previous: CheckResult | undefined;
  files: FileResult[];
  /** who owes what for the as-of month */
  submissions: Submissions;
  /** every observation read (the page's charts) */
  observations: readonly Observation[];
}

/** The page's input, for the page and its digest. */
function pageInput(input: ReportInput) {
  const { plan, current, previous, files, submissions } = input;
  return { kind: "report" as const, plan, check: current, previous, files, submissions };
}

const maxOf = (o: { maxFindings?: number | undefined }) =>
  o.maxFindings === undefined ? {} : { maxFindings: o.maxFindings };

export const REPORT_RENDERERS: Readonly<Record<ReportOutputFormat, Renderer<ReportInput>>> = {
  markdown: {
    render: async (input, o) => {
      const [{ buildMeeting }, { renderReport }] = await Promise.all([
        import("./build.js"),
        import("./render.js"),
      ]);
      const { plan, current, previous, files, submissions } = input;
      const meeting = buildMeeting({ plan, current, previous, files, submissions });
      return renderReport(plan, meeting, {
        lang: o.lang,
        style: o.style,
        width: o.width,
        ...maxOf(o),
      });
    },
  },
  // the page's plain-text digest
  text: {
    render: async (input, o) => {
      const [{ buildPage }, { renderDigest }] = await Promise.all([
        import("../html/model.js"),
        import("./text.js"),
      ]);
      return renderDigest(buildPage({ ...pageInput(input), trajectories: new Map() }), {
        lang: o.lang,
        wrap: o.wrap ?? true,
        ...maxOf(o),
      });
    },
  },
  html: {
    render: async (input, o) => {
      const [{ renderHtml }, { HistoryStore }] = await Promise.all([
        import("../html/index.js"),
        import("../../evaluate/history.js"),
      ]);
      const histories = HistoryStore.of(input.plan, input.observations).histories();
      return renderHtml({ ...pageInput(input), histories }, { lang: o.lang, ...maxOf(o) });
    },
  },
  json: {
    render: async (input) => {
      const { buildMeeting, meetingJson } = await import("./build.js");
      const { plan, current, previous, files, submissions } = input;
      const meeting = buildMeeting({ plan, current, previous, files, submissions });
      return `${JSON.stringify(meetingJson(meeting), null, 2)}\n`;
    },
  },
  // the Markdown report's blocks as a Word document
  docx: {
    workbook: "document",
    render: async (input, o) => {
      const [{ buildMeeting }, { reportBlocks, safeMeeting }] = await Promise.all([
        import("./build.js"),
        import("./render.js"),
      ]);
      const { plan, current, previous, files, submissions } = input;
      const meeting = safeMeeting(buildMeeting({ plan, current, previous, files, submissions }));
      const blocks = reportBlocks(plan, meeting, {
        lang: o.lang,
        style: o.style,
        width: o.width,
        ...maxOf(o),
      });
      return (await import("../docx/render.js")).renderDocx(blocks);
    },
  },
  xlsx: {
    workbook: "results",
    render: async (input, o) => {
      const { renderResultsWorkbook } = await import("../xlsx/results.js");
      const { plan, current, previous, files } = input;
      return renderResultsWorkbook(
        { plan, check: current, files, ...(previous ? { previous } : {}) },
        o.lang,
      );
    },
  },
};
