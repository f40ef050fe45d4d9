/** The columns of a data drop, and the header names that map to them. */

import { nameKey } from "../names.js";
import type { Lang } from "../vocabulary.js";

export const FIELDS = [
  "indicator",
  "period",
  "value",
  "unit",
  "area",
  "reported_by",
  "note",
] as const;

export type Field = (typeof FIELDS)[number];

export const REQUIRED_FIELDS: readonly Field[] = ["indicator", "period", "value"];

/**
 * The template's columns (CSV and xlsx alike): every field, with the
 * indicator's name beside its id (an information column the reader skips).
 */
export type TemplateColumn = Field | "indicator_name";

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = FIELDS.flatMap((f): TemplateColumn[] =>
  f === "indicator" ? [f, "indicator_name"] : [f],
);

/**
 * The header a template writes for each column, per language; the reader
 * accepts each of them (the Chinese ones are among the names below).
 */
export const HEADER_WORDS: Record<Lang, Record<TemplateColumn, string>> = {
  zh: {
    indicator: "指标代码",
    indicator_name: "指标名称",
    period: "报告期",
    value: "数值",
    unit: "单位",
    area: "地区",
    reported_by: "填报单位",
    note: "备注",
  },
  en: {
    indicator: "indicator",
    indicator_name: "indicator_name",
    period: "period",
    value: "value",
    unit: "unit",
    area: "area",
    reported_by: "reported_by",
    note: "note",
  },
};

const NAMES: Record<Field, string[]> = {
  indicator: ["indicator", "indicator_id", "指标", "指标id", "指标代码", "指标编号"],
  period: ["period", "报告期", "期间", "时期", "报告期间"],
  value: ["value", "数值", "值"],
  unit: ["unit", "单位", "计量单位"],
  area: ["area", "地区", "镇街", "区域"],
  reported_by: ["reported_by", "reportedby", "填报单位", "报送单位"],
  note: ["note", "notes", "备注", "说明"],
};

const BY_NAME = new Map<string, Field>();
for (const f of FIELDS) {
  for (const n of [HEADER_WORDS.en[f], HEADER_WORDS.zh[f], ...NAMES[f]])
    BY_NAME.set(headerKey(n), f);
}

/** A header name as it is matched: its `nameKey`, `_` and `-` aside (`Reported-By`, `reported by`, `reported_by`). */
function headerKey(name: string): string {
  return nameKey(name).replace(/[_-]/g, "");
}

/**
 * Cells asked about already: every row is asked whether it repeats the
 * header, so its cells' answers are kept (a bounded number of short texts).
 */
const MAPPED = new Map<string, Field | undefined>();
const MAX_MAPPED = 4096;
/** longer texts are not remembered (no header name is near it) */
const MAX_HEADER_NAME = 64;

/**
 * The field a header cell names (trimmed, case-insensitive, English or
 * Chinese; `reported by`, `Reported-By` and `reported_by` alike), or undefined.
 */
export function mapHeader(name: string): Field | undefined {
  if (name.length > MAX_HEADER_NAME) return BY_NAME.get(headerKey(name));
  const known = MAPPED.get(name);
  if (known !== undefined || MAPPED.has(name)) return known;
  const field = BY_NAME.get(headerKey(name));
  if (MAPPED.size < MAX_MAPPED) MAPPED.set(name, field);
  return field;
}

/** The header record, as the rows read it. */
export interface Header {
  line: number;
  /** field of each column, undefined for an unknown column */
  fields: (Field | undefined)[];
  /** the header as written, per column */
  names: string[];
  /** column index of each field */
  index: Partial<Record<Field, number>>;
  /** the header cannot be used: every row is invalid */
  fatal: boolean;
  /** the header record itself could not be parsed */
  broken?: boolean;
}

/** A finding about the header: located on its line, and on one column where it names one. */
export interface HeaderFinding {
  code: "unknown-column" | "duplicate-header" | "missing-header";
  line: number;
  column: string;
  value?: string;
  args: Record<string, string | number>;
}

/**
 * The header record's columns mapped to fields, with what is wrong with it:
 * unknown columns (their cells are not read), a field named twice and a
 * required field missing (either makes the header unusable: `fatal`).
 */
export function readHeader(
  cells: string[],
  line: number,
): { header: Header; findings: HeaderFinding[] } {
  const h: Header = { line, fields: [], names: [], index: {}, fatal: false };
  const findings: HeaderFinding[] = [];
  cells.forEach((cell, i) => {
    const name = cell.replace(/\uFEFF/g, "").trim();
    const field = mapHeader(name);
    h.names.push(name);
    if (!field && isInfoColumn(name)) {
      h.fields.push(undefined);
      return;
    }
    if (!field) {
      h.fields.push(undefined);
      findings.push({
        code: "unknown-column",
        line,
        column: name,
        value: name,
        args: { position: i + 1 },
      });
      return;
    }
    const first = h.index[field];
    if (first !== undefined) {
      h.fields.push(undefined);
      h.fatal = true;
      findings.push({
        code: "duplicate-header",
        line,
        column: name,
        value: name,
        args: { field, first: h.names[first] ?? field, position: i + 1 },
      });
      return;
    }
    h.fields.push(field);
    h.index[field] = i;
  });
  for (const f of REQUIRED_FIELDS) {
    if (h.index[f] === undefined) {
      h.fatal = true;
      findings.push({ code: "missing-header", line, column: f, args: { field: f } });
    }
  }
  return { header: h, findings };
}

/**
 * Columns that only help a person fill in the form (the xlsx template's
 * indicator name, for one): known, not read, and not reported as unknown.
 */
const INFO = new Set(
  [HEADER_WORDS.en.indicator_name, HEADER_WORDS.zh.indicator_name].map(headerKey),
);

export function isInfoColumn(name: string): boolean {
  return INFO.has(headerKey(name));
}
