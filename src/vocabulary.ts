/**
 * cwplan's vocabulary: the codes of statuses, milestone states, output
 * formats and languages, each list defined here once, in its order. Their
 * words, in Chinese and English, are in src/i18n/vocabulary.ts. Loaded at
 * every start: no imports.
 */

/** A list of codes with their literal types. */
function codes<const T extends readonly string[]>(...list: T): T {
  return list;
}

/** Whether `s` is one of the codes in `list` (and so has its literal type). */
export function isOneOf<T extends string>(list: readonly T[], s: unknown): s is T {
  return list.some((c) => c === s);
}

// ---- statuses -------------------------------------------------------------------

/**
 * A target's status (docs/STATUS-RULES.md), from best to worst: the order of
 * summaries and of "better" and "worse" between two pictures (not knowing
 * counts as worse than a known miss). For severity (roll-ups, --fail-on),
 * pass < behind < at-risk < missed, and no-data stands apart.
 */
export const STATUSES = codes("pass", "behind", "at-risk", "missed", "no-data");
export type Status = (typeof STATUSES)[number];

/**
 * A status's detail: a pass is `met` (the target is already reached) or `on
 * track`; a no-data is `not-reported` (nothing accepted) or `needs-baseline`
 * (one figure and no baseline: the pace cannot be judged, STATUS-RULES v3
 * rule 5).
 */
export const DETAILS = codes("met", "on track", "not-reported", "needs-baseline");
export type Detail = (typeof DETAILS)[number];
export type PassDetail = Extract<Detail, "met" | "on track">;
export type NoDataDetail = Extract<Detail, "not-reported" | "needs-baseline">;

/** `--fail-on`: the least severe status that fails a run; no-data is the strictest setting. */
export const FAIL_ON = codes("behind", "at-risk", "missed", "no-data", "never");
export type FailOn = (typeof FAIL_ON)[number];
export const DEFAULT_FAIL_ON: FailOn = "at-risk";

/**
 * What needs attention, worst first: the order of the lists of targets to
 * look at (the compact screen, the page, the digest). No-data comes last:
 * a figure missing is chased, a figure off track is acted on.
 */
export const ATTENTION_ORDER: readonly Status[] = ["missed", "at-risk", "behind", "no-data"];

/**
 * The at-a-glance colours of the page and the digest (三色, and grey for
 * what cannot be judged), each with the statuses it counts; a box shows the
 * symbol of its first.
 */
export const GLANCE_COLOURS = codes("green", "amber", "red", "grey");
export type GlanceColour = (typeof GLANCE_COLOURS)[number];
export const GLANCE: Record<GlanceColour, readonly [Status, ...Status[]]> = {
  green: ["pass"],
  amber: ["behind"],
  red: ["at-risk", "missed"],
  grey: ["no-data"],
};

/** A status's place in STATUSES: 0 for pass … 4 for no-data. */
export function statusRank(s: Status): number {
  return STATUSES.indexOf(s);
}

/**
 * Worst wins over pass < behind < at-risk < missed; no-data is set apart: it
 * is the roll-up only when every status is no-data (a group with one judged
 * target and three unreported ones rolls up to the judged one's status; its
 * counts still show the three no-data). Empty → pass (nothing is wrong).
 */
export function worst(statuses: Iterable<Status>): Status {
  let result: Status | undefined;
  for (const s of statuses) {
    if (s === "no-data") result ??= s;
    else if (result === undefined || result === "no-data" || statusRank(s) > statusRank(result))
      result = s;
  }
  return result ?? "pass";
}

/**
 * Does a status fail a run under `--fail-on`? behind / at-risk / missed: the
 * status is that severe or worse (no-data does not fail). no-data: the
 * strictest setting, every status but pass fails (no-data included).
 * never: nothing fails.
 */
export function atOrAbove(status: Status, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  if (failOn === "no-data") return status !== "pass";
  if (status === "no-data") return false;
  return statusRank(status) >= statusRank(failOn);
}

/**
 * A target's class in the final evaluation (终期评估, STATUS-RULES v3), from
 * best to worst: an annual target's class is its worst year. A year with
 * nothing accepted (no-data) is worse than one nearly met and better than
 * one not done: a figure still to come must be chased before the target can
 * be called done, but it is not known to have failed.
 */
export const FINAL_CLASSES = codes("done", "nearly", "no-data", "not-done");
export type FinalClass = (typeof FINAL_CLASSES)[number];
/** The classes in the order a report lists them: done, nearly, not done, then no data. */
export const FINAL_CLASS_ORDER: readonly FinalClass[] = ["done", "nearly", "not-done", "no-data"];

// ---- milestone states -------------------------------------------------------------

/** A milestone's state, in the order a project moves through them. */
export const MILESTONE_STATES = codes("not_started", "in_progress", "done");
export type MilestoneState = (typeof MILESTONE_STATES)[number];

/** A state's place in MILESTONE_STATES: 0 for not_started … 2 for done. */
export function stateRank(s: MilestoneState): number {
  return MILESTONE_STATES.indexOf(s);
}

// ---- output formats and languages -----------------------------------------------------

/**
 * `cwplan check --format`'s text formats; the first is the default. All but
 * html turn a CheckOutput into text; html is the meeting page's parts for
 * every target, with charts. Each has its renderer in src/format/check/index.ts.
 */
export const CHECK_FORMATS = codes("table", "json", "markdown", "csv", "junit", "github", "html");
export type CheckFormat = (typeof CHECK_FORMATS)[number];
/** the check formats that are a function of a CheckOutput (no page, no workbook) */
export type TextCheckFormat = Exclude<CheckFormat, "html">;
export const TEXT_CHECK_FORMATS = CHECK_FORMATS.filter((f): f is TextCheckFormat => f !== "html");

/** `cwplan check --format`: the text formats, then the results workbook (src/format/xlsx/results.ts). */
export const CHECK_OUTPUTS = [...CHECK_FORMATS, "xlsx"] as const;
export type CheckOutputFormat = (typeof CHECK_OUTPUTS)[number];

/** `cwplan validate --format`; the first is the default. */
export const VALIDATE_FORMATS = codes("table", "json", "github");
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

/**
 * `cwplan report --format`; the first is the default. text is the plain
 * digest (src/format/report/text.ts), html the page (src/format/html/).
 */
export const REPORT_FORMATS = codes("markdown", "text", "html", "json");
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `cwplan report --format`: the text formats, then the results workbook. */
export const REPORT_OUTPUTS = [...REPORT_FORMATS, "xlsx", "docx"] as const;
export type ReportOutputFormat = (typeof REPORT_OUTPUTS)[number];

/** `cwplan template --format`; the first is the default. */
export const TEMPLATE_FORMATS = ["csv", "xlsx"] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

/** `cwplan submissions --format`; the first is the default. */
export const SUBMISSION_FORMATS = codes("table", "json", "markdown", "csv");
export type SubmissionFormat = (typeof SUBMISSION_FORMATS)[number];

/** `cwplan plan --format` and `cwplan units --format`; the first is the default. */
export const PLAN_FORMATS = codes("table", "json");
/** `cwplan draft --format`: the drafted plan file as YAML (with 待确认 comments) or JSON. */
export const DRAFT_FORMATS = codes("yaml", "json");
export type DraftFormat = (typeof DRAFT_FORMATS)[number];
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** The languages of labels and messages. */
export const LANGS = codes("zh", "en");
export type Lang = (typeof LANGS)[number];

// ---- defaults ---------------------------------------------------------------------------

/** Data findings printed at most (`--max-errors`), unless told otherwise. */
export const DEFAULT_MAX_FINDINGS = 1000;
