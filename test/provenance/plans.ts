/**
 * The Chengwu plan with `reporters` on an indicator, written to a temporary
 * file for `--plan` (issue 20, item 3's tests share it).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
export const PLAN_TEXT = readFileSync(join(ROOT, "plan", "chengwu.yaml"), "utf8");

/** How renewable-capacity's and key-labs' lines end in plan/chengwu.yaml. */
const LINE_ENDS = {
  "renewable-capacity": "unit: 万千瓦, kind: level, rollup: sum }",
  "key-labs": "unit: 家, kind: level, rollup: none }",
} as const;

/** The plan's text with `reporters: [list]` on the indicator (as written, before resolving). */
export function withReporters(
  list: string,
  indicator: keyof typeof LINE_ENDS = "renewable-capacity",
): string {
  const end = LINE_ENDS[indicator];
  if (PLAN_TEXT.split(end).length !== 2) throw new Error(`${indicator}'s line is not unique`);
  return PLAN_TEXT.replace(end, `${end.slice(0, -2)}, reporters: [${list}] }`);
}

/** A plan file with `reporters: [list]` on the indicator; its path. */
export function planWithReporters(
  list: string,
  indicator: keyof typeof LINE_ENDS = "renewable-capacity",
): string {
  const path = join(mkdtempSync(join(tmpdir(), "cwplan-reporters-")), "plan.yaml");
  writeFileSync(path, withReporters(list, indicator));
  return path;
}
