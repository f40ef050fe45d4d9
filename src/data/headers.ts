/** The columns of a data drop, and the header names that map to them. */
import { toHalfWidth } from "./text.js";

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
for (const f of FIELDS) for (const n of NAMES[f]) BY_NAME.set(headerKey(n), f);

function headerKey(name: string): string {
  return toHalfWidth(name.replace(/\uFEFF/g, ""))
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "_");
}

/**
 * The field a header cell names (trimmed, case-insensitive, English or
 * Chinese; `reported by`, `Reported-By` and `reported_by` alike), or undefined.
 */
export function mapHeader(name: string): Field | undefined {
  return BY_NAME.get(headerKey(name));
}
