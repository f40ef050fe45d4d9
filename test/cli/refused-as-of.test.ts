/**
 * Issue 20 (h20c's note): the default as-of date counts accepted rows only.
 * A row refused as a likely fraction (0.512 for 51.2%) that is the latest
 * date of the run moves neither `check`'s as-of (HistoryStore.latest, fed
 * as rows stream in) nor `report`'s (the accepted observations): both stay
 * at the last accepted figure's date, and agree.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./run.js";

function folder(august: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-refused-as-of-"));
  writeFileSync(
    join(dir, "1.csv"),
    "indicator,period,value\nurbanization-rate,2023,49.5\nurbanization-rate,2025-06,50.1\n",
  );
  writeFileSync(
    join(dir, "2.csv"),
    `indicator,period,value\nurbanization-rate,2025-08,${august}\n`,
  );
  return dir;
}

async function asOfs(dir: string): Promise<{ check: string; checkTable: string; report: string }> {
  const c = await runMain(["check", dir, "--format", "json", "--fail-on", "never"]);
  const t = await runMain(["check", dir, "--fail-on", "never"], { env: { LANG: "en_US.UTF-8" } });
  const r = await runMain(["report", dir, "--format", "json"]);
  return {
    check: (JSON.parse(c.stdout) as { asOf: string }).asOf,
    checkTable: t.stdout.match(/as of (\d{4}-\d{2}-\d{2})/)?.[1] ?? "",
    report: (JSON.parse(r.stdout) as { asOf: string }).asOf,
  };
}

describe("the default as-of date counts accepted rows only", () => {
  it("a refused fraction, the latest row of the run, moves neither check's nor report's as-of", async () => {
    expect(await asOfs(folder("0.512"))).toEqual({
      check: "2025-06-30",
      checkTable: "2025-06-30",
      report: "2025-06-30",
    });
  });

  it("the same row accepted (51.2) is the as-of of both", async () => {
    expect(await asOfs(folder("51.2"))).toEqual({
      check: "2025-08-31",
      checkTable: "2025-08-31",
      report: "2025-08-31",
    });
  });
});
