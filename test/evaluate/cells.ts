/** How a worked example's result is written in the document's table. */
import type { TargetResult } from "../../src/evaluate/types.js";

/** A number rounded to 4 decimals without trailing zeros; "—" when absent. */
export function fmt(x: number | string | undefined): string {
  if (x === undefined) return "—";
  if (typeof x === "string") return x;
  return String(Number(x.toFixed(4)));
}

export const COLUMNS = [
  "v",
  "y*",
  "y_eff",
  "b",
  "t0",
  "source",
  "t_v",
  "f",
  "A",
  "P",
  "expected",
  "gap",
  "days left",
  "status",
] as const;

export function cells(r: TargetResult): string[] {
  const w = r.working;
  return [
    fmt(w?.value),
    fmt(w?.target),
    fmt(w?.effectiveTarget ?? (typeof w?.target === "number" ? w.target : undefined)),
    fmt(w?.baseline?.value),
    fmt(w?.t0),
    fmt(w?.baseline?.source),
    fmt(w?.valueDate),
    fmt(w?.f),
    fmt(w?.A),
    fmt(w?.P),
    fmt(w?.expected),
    fmt(w?.gap),
    String(r.daysLeft),
    r.detail ? `${r.status} (${r.detail})` : r.status,
  ];
}
