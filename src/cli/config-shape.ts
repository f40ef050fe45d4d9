/**
 * The project config's shape (src/cli/config.ts finds and reads it,
 * src/cli/config-parse.ts checks it): the files looked for, the keys, the
 * formats a command may default to, and every value with its place.
 */
import {
  CHECK_FORMATS,
  type Lang,
  PLAN_FORMATS,
  REPORT_FORMATS,
  VALIDATE_FORMATS,
} from "../vocabulary.js";

export const CONFIG_FILES = [
  "cwplan.yaml",
  "cwplan.yml",
  ".cwplanrc",
  ".cwplanrc.yaml",
  ".cwplanrc.yml",
];

/** The commands that take `--format`, with their formats (the first is the default). */
export const FORMATS: Record<string, readonly string[]> = {
  check: CHECK_FORMATS,
  report: REPORT_FORMATS,
  validate: VALIDATE_FORMATS,
  plan: PLAN_FORMATS,
  units: PLAN_FORMATS,
};

export interface Located<T> {
  value: T;
  /** file:line:col of the value in the config */
  line: number;
  col: number;
}

export interface ProjectConfig {
  /** the config file, absolute */
  file: string;
  plan?: Located<string>;
  drops?: Located<string[]>;
  lang?: Located<Lang>;
  /** default format per command */
  format?: Located<Partial<Record<string, string>>>;
  failOn?: Located<string>;
  /** read the sub-folders of the drop folders (--recursive) */
  recursive?: Located<boolean>;
  /** the drops' encoding when not detected (--encoding) */
  encoding?: Located<string>;
}

export const KEYS = ["plan", "drops", "lang", "format", "fail-on", "recursive", "encoding"];
