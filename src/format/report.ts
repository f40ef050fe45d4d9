/**
 * What every output format receives: the plan, the evaluation, the files
 * read and their findings. Formats are functions of this object.
 */
import type { FileResult } from "../data/types.js";
import type { CheckResult, FailOn } from "../evaluate/types.js";
import type { Lang } from "../i18n/lang.js";
import type { Plan } from "../plan/types.js";
import type { Style } from "./style.js";

export interface Report {
  plan: Plan;
  check: CheckResult;
  files: FileResult[];
  failOn: FailOn;
  /** the previous drop's evaluation, for `report` (what changed) */
  previous?: CheckResult;
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
}

export type Formatter = (report: Report, o: FormatOptions) => string;
