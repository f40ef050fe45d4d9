/**
 * Errors and warnings of a run, those left unlisted by a cap included: a
 * `findings-truncated` note stands for `args.count` findings of `args.code`.
 */
import { FINDING_CODES, isFindingCode } from "./codes.js";
import type { FileResult } from "./types.js";

export interface FindingCounts {
  /** errors still open (a corrected one is counted in `corrected` instead) */
  errors: number;
  /** errors a later file corrected (已更正) */
  corrected: number;
  warnings: number;
  /** findings counted but not listed (`--max-errors`, the per-code cap) */
  omitted: number;
}

export function countFindings(
  files: readonly { readonly findings: readonly FileResult["findings"][number][] }[],
): FindingCounts {
  const n: FindingCounts = { errors: 0, corrected: 0, warnings: 0, omitted: 0 };
  for (const f of files) {
    for (const x of f.findings) {
      if (x.code === "findings-truncated") {
        const count = Number(x.args?.count ?? 0);
        const code = String(x.args?.code ?? "");
        n.omitted += count;
        if (isFindingCode(code) && FINDING_CODES[code] === "error") n.errors += count;
        else n.warnings += count;
      } else if (x.severity === "error") {
        if (x.corrected) n.corrected++;
        else n.errors++;
      } else n.warnings++;
    }
  }
  return n;
}
