/**
 * Issue 20, item 6: `--max-errors 10` over 30 bad files gives at most 10
 * error findings and one truncation notice per code across the whole run,
 * whatever the number of files; the totals are unchanged.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./run.js";

describe("truncation notices: one per code across the run", () => {
  it("--max-errors 10 over 30 bad files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-truncation-"));
    for (let i = 0; i < 30; i++) {
      const rows = [
        "indicator,period,value",
        "urbanization-rate,2025-07,abc",
        "no-such-indicator,2025-07,1",
        "urbanization-rate,2025-13,50",
      ];
      writeFileSync(join(dir, `${String(i).padStart(2, "0")}.csv`), `${rows.join("\n")}\n`);
    }
    const r = await runMain(["validate", dir, "--max-errors", "10", "--format", "json"]);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as {
      files: {
        findings: { code: string; severity: string; args?: { code?: string; count?: number } }[];
      }[];
    };
    const all = out.files.flatMap((f) => f.findings);
    const errors = all.filter((x) => x.severity === "error");
    expect(errors.length).toBeLessThanOrEqual(10);
    const notices = all.filter((x) => x.code === "findings-truncated");
    const codes = notices.map((n) => n.args?.code);
    expect(new Set(codes).size).toBe(codes.length); // one per code
    expect(codes.length).toBeLessThanOrEqual(3);
    // nothing lost: listed + counted = 90 errors
    const counted = notices.reduce((n, x) => n + Number(x.args?.count ?? 0), 0);
    expect(errors.length + counted).toBe(90);
  });
});
