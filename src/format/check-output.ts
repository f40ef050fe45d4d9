/**
 * What every output format of `cwplan check` receives: the plan, the
 * evaluation, the files read and their findings. Formats are functions of
 * this object. (`cwplan report`, the monthly meeting's report, is
 * src/format/report/.)
 */
import type { FileResult } from "../data/types.js";
import type { CheckResult, FailOn } from "../evaluate/types.js";
import type { Lang } from "../i18n/lang.js";
import type { Plan } from "../plan/types.js";
import type { Style } from "./style.js";

export interface CheckOutput {
  plan: Plan;
  check: CheckResult;
  files: FileResult[];
  failOn: FailOn;
}

export interface FormatOptions {
  lang: Lang;
  style: Style;
  /** terminal width for tables */
  width: number;
  /** the UTF-8 byte-order mark, for CSV that Excel opens */
  bom?: boolean;
  /** print at most this many data findings (`--max-errors`; default 1000) */
  maxFindings?: number;
  /** table format: the full per-unit tables instead of the compact screen */
  details?: boolean;
  /** the text digest: wrap to 72 columns (a terminal); false: a paragraph a line (a file, a pipe) */
  wrap?: boolean;
}

export type Formatter = (report: CheckOutput, o: FormatOptions) => string;
