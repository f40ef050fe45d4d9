/**
 * Issue 20, item 7: `report` always says where it wrote (with -o) and gives a
 * one-line summary on stderr — targets by status, open data errors, corrected
 * ones — and exits 0 when it wrote the report and no error is open, 2 (the
 * report written all the same) while one is. Before: `report --format html
 * -o page.html` with an open error exited 2 and printed nothing.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/format/width.js";
import { runMain } from "./run.js";

const HEAD = "indicator,period,value,reported_by\n";
const BASE = "urbanization-rate,2023,49.5,县统计局\nurbanization-rate,2025-06,50.6,县统计局\n";

/** 1.csv has an error on the July figure; 2.csv, read after it, may correct it */
function folder(later?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-report-done-"));
  writeFileSync(join(dir, "1.csv"), `${HEAD}${BASE}urbanization-rate,2025-07,五十一,县统计局\n`);
  if (later !== undefined) writeFileSync(join(dir, "2.csv"), HEAD + later);
  return dir;
}

/** the counts of the summary line, worked out from check's JSON */
async function counts(dir: string): Promise<Record<string, number>> {
  const r = await runMain(["check", dir, "--format", "json", "--fail-on", "never"]);
  const out = JSON.parse(r.stdout) as { targets: { status: string; detail?: string }[] };
  const n: Record<string, number> = {};
  for (const t of out.targets) {
    n[t.status] = (n[t.status] ?? 0) + 1;
    if (t.detail !== undefined) n[t.detail] = (n[t.detail] ?? 0) + 1;
  }
  n.total = out.targets.length;
  return n;
}

describe("report says where it wrote and what it holds", () => {
  it("html -o with an open error: the page is written, stderr says so and counts the error, exit 2", async () => {
    const dir = folder();
    const page = join(dir, "page.html");
    const r = await runMain(["report", dir, "--format", "html", "-o", page], {
      env: { LANG: "zh_CN.UTF-8" },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, "utf8")).toContain("</html>");
    const n = await counts(dir);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe(`已写入 ${page}`);
    expect(lines[1]).toMatch(new RegExp(`^${n.total} 个目标：达标/序时推进 ${n.pass ?? 0} · `));
    expect(lines[1]).toMatch(/；未解决的数据错误 1 条，已更正 0 条$/);
    expect(lines).toHaveLength(2);
  });

  it("the error corrected by a later file: exit 0, the summary counts it as corrected (en)", async () => {
    const dir = folder("urbanization-rate,2025-07,51.2,县统计局\n");
    const out = join(dir, "report.md");
    const r = await runMain(["report", dir, "-o", out], { env: { LANG: "en_US.UTF-8" } });
    expect(r.code).toBe(0);
    const n = await counts(dir);
    const grey =
      (n["needs-baseline"] ?? 0) > 0
        ? `not reported ${n["not-reported"] ?? 0} · needs baseline ${n["needs-baseline"]}`
        : `no-data ${n["no-data"] ?? 0}`;
    expect(r.stderr).toBe(
      `wrote ${out}\n${n.total} targets: pass ${n.pass ?? 0} · behind ${n.behind ?? 0} · at-risk ${n["at-risk"] ?? 0} · missed ${n.missed ?? 0} · ${grey}; 0 open data errors, 1 corrected\n`,
    );
  });

  it("to stdout: the report on stdout, only the summary on stderr (one line when not a terminal)", async () => {
    const dir = folder("urbanization-rate,2025-07,51.2,县统计局\n");
    const r = await runMain(["report", dir, "--format", "text"], {
      env: { LANG: "en_US.UTF-8" },
      columns: 40,
    });
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(100);
    expect(r.stderr).toMatch(/^\d+ targets: [^\n]*; 0 open data errors, 1 corrected\n$/);
  });

  it("on a terminal of 80 columns (zh), the summary wraps within it, the findings on a line of their own", async () => {
    const dir = folder();
    const r = await runMain(["report", dir, "--format", "text"], {
      env: { LANG: "zh_CN.UTF-8" },
      columns: 80,
      isTTY: true,
    });
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines.at(-1)).toBe("  未解决的数据错误 1 条，已更正 0 条");
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(80);
  });
});
