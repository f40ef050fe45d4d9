/**
 * The problems a plan file can have, as codes with their particulars: the
 * plan layer says what is wrong, never in words. The words, in English and
 * Chinese, are PLAN_ERRORS in src/i18n/errors.ts, chosen at the edge (the
 * CLI's error report, `problemWords`).
 */
import { CwplanError, type Location } from "../errors.js";

/** The kinds of entry whose ids must be unique. */
export type PlanEntry = "units" | "areas" | "indicators" | "targets" | "measures" | "sections";

/** Each problem of the file and its meaning, by key, with the arguments its words take. */
export interface PlanFileProblems {
  /** the file cannot be read: the operating system's error */
  unreadable: [cause: unknown];
  tooLarge: [size: string | undefined, limit: number];
  notText: [];
  notYaml: [detail: string];
  unsafeText: [code: string];
  /** the YAML library's error */
  aliasBomb: [cause: unknown, max: number];
  notMapping: [];
  duplicateId: [what: PlanEntry, id: string, first: string];
  ambiguousName: [name: string, a: string, b: string];
  badWindow: [start: string, end: string];
  measureUnknownSection: [measure: number, section: string];
  unknownUnit: [measure: number, unit: string, near: string | undefined];
  indicatorNoUnit: [name: string];
  unknownReporter: [indicator: string, unit: string, near: string | undefined];
  targetNoSection: [target: string];
  unknownMeasure: [target: string, measure: number];
  targetUnknownSection: [target: string, section: string];
  unknownIndicator: [target: string, indicator: string];
  milestoneComparator: [target: string];
  equalsNotMilestone: [target: string];
  milestoneValue: [target: string];
  numberValue: [target: string];
  badPerArea: [target: string, indicator: string];
  badCadence: [target: string];
  unknownOwner: [target: string, owner: string, near: string | undefined];
  missingTolerance: [target: string];
  relativeTolerance: [target: string];
  deadlineOutsideWindow: [target: string, deadline: string, start: string, end: string];
  badBaseline: [target: string, date: string];
}

/** The kinds of entry in a plan's lists (also those whose ids must be unique). */
export type EntryKind = PlanEntry;

/** An entry of one of the plan's lists, as its author would know it. */
export interface EntryRef {
  kind: EntryKind;
  index: number;
  /** its number or numeral (measures, sections) or id (others) */
  key?: string;
  /** its Chinese name or title */
  label?: string;
  line?: number;
}

/** Where a shape problem is: an entry and a field in it, or a field of the plan. */
export interface ShapeWhere {
  entry?: EntryRef;
  /** dotted path inside the entry, or from the plan's top ("" for the entry or plan itself) */
  field: string;
}

/**
 * How the field is written, for the hint: the place of its example
 * (`targets.*.baseline`, the key of PLAN_EXAMPLES in src/i18n/plan-shape.ts)
 * and, for a plain text written where a text in languages is due, the line
 * as it should be (`title: { zh: 示例方案 }`, from what was written).
 */
export interface ExampleRef {
  place: string;
  asText?: string;
}

/** The problems of the file's shape (src/plan/shape.ts), as the schema finds them. */
export interface PlanShapeProblems {
  required: [where: ShapeWhere, field: string, example: ExampleRef];
  unknownField: [where: ShapeWhere, field: string, example: ExampleRef];
  type: [where: ShapeWhere, types: string[], example: ExampleRef];
  oneOfValues: [where: ShapeWhere, values: string, example: ExampleRef];
  date: [where: ShapeWhere, example: ExampleRef];
  id: [where: ShapeWhere, example: ExampleRef];
  pattern: [where: ShapeWhere, pattern: string];
  numberOrState: [where: ShapeWhere];
  invalid: [where: ShapeWhere, detail: string];
}

/** Every problem a plan can have, by key. */
export type PlanProblems = PlanFileProblems & PlanShapeProblems;

export type PlanProblemKey = keyof PlanProblems;

/** One problem: its key and its arguments. */
export interface PlanProblem<K extends PlanProblemKey = PlanProblemKey> {
  key: K;
  args: PlanProblems[K];
}

/** A problem at a place in the plan's data (keys and indexes), before it is located in the file. */
export interface PlanFinding {
  code: string;
  /** where in the plan, as keys and indexes */
  path: (string | number)[];
  problem: PlanProblem;
}

export function planProblem<K extends PlanProblemKey>(
  key: K,
  ...args: PlanProblems[K]
): PlanProblem {
  return { key, args };
}

/** A plan that cannot be used, with its problem as a code and arguments (words: src/i18n/errors.ts). */
export class PlanError extends CwplanError {
  readonly problem: PlanProblem;

  constructor(code: string, problem: PlanProblem, where?: Location) {
    super(code, `${code}: ${problem.key}`, where === undefined ? {} : { where });
    this.name = "PlanError";
    this.problem = problem;
  }
}

/** A PlanError for a problem, at a place in a file. */
export function planError<K extends PlanProblemKey>(
  code: string,
  where: Location | undefined,
  key: K,
  ...args: PlanProblems[K]
): PlanError {
  return new PlanError(code, { key, args }, where);
}
