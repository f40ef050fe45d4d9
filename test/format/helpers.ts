/** Reports for the format tests: the real plan, judged on the bundled scenario drops. */
import { join } from "node:path";
import { readDrops } from "../../src/data/read.js";
import type { FileResult } from "../../src/data/types.js";
import { evaluate } from "../../src/evaluate/check.js";
import type { FailOn } from "../../src/evaluate/types.js";
import type { CheckOutput, FormatOptions } from "../../src/format/check-output.js";
import { noColour } from "../../src/format/style.js";
import type { Lang } from "../../src/i18n/lang.js";
import { loadPlan } from "../../src/plan/load.js";
import type { Plan } from "../../src/plan/types.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const DROPS = join(ROOT, "fixtures", "scenario", "drops");

export function options(lang: Lang = "en", over: Partial<FormatOptions> = {}): FormatOptions {
  return { lang, style: noColour, width: 100, ...over };
}

export async function scenario(
  over: { asOf?: string; unit?: string; failOn?: FailOn; plan?: Plan; files?: FileResult[] } = {},
): Promise<CheckOutput> {
  const plan = over.plan ?? (await loadPlan()).plan;
  const drops = await readDrops([DROPS], plan);
  const check = evaluate(plan, drops.observations, {
    asOf: over.asOf,
    filter: { unit: over.unit },
  });
  return { plan, check, files: over.files ?? drops.files, failOn: over.failOn ?? "at-risk" };
}

/** A finding-laden file, for the formats that list findings. */
export function badFile(message: string): FileResult {
  return {
    path: 'drops/bad & <odd> "name".csv',
    encoding: "utf-8",
    delimiter: ",",
    rowsRead: 3,
    rowsValid: 1,
    rowsInvalid: 2,
    findings: [
      {
        code: "value-not-number",
        severity: "error",
        file: 'drops/bad & <odd> "name".csv',
        line: 2,
        col: 5,
        column: "value",
        value: message,
      },
      {
        code: "unknown-unit",
        severity: "warning",
        file: 'drops/bad & <odd> "name".csv',
        line: 3,
        col: 9,
        column: "reported_by",
        value: message,
      },
    ],
  };
}
