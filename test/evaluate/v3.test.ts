/**
 * STATUS-RULES version 3, rule 5, with the exact rows of its example, through
 * the CLI on the real plan (plan/chengwu.yaml): one figure and no baseline is
 * no-data · needs-baseline (无法评估·缺基期值), counted and shown apart from
 * not-reported (未报送); the met test of rule 2 still comes first.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../cli/run.js";

const HEAD = "indicator,period,value\n";

function drop(rows: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-v3-"));
  const file = join(dir, "drop.csv");
  writeFileSync(file, HEAD + rows);
  return { dir, file };
}

interface JsonTarget {
  id: string;
  status: string;
  detail: string | null;
  value: number | null;
  notes: { code: string }[];
}

async function json(rows: string) {
  const { file } = drop(rows);
  const r = await runMain(["check", file, "--format", "json", "--fail-on", "never"]);
  const out = JSON.parse(r.stdout) as {
    summary: Record<string, number>;
    noData: Record<string, number>;
    targets: JsonTarget[];
  };
  const rate = out.targets.find((t) => t.id === "urbanization-rate-2025");
  return { r, out, rate };
}

describe("v3 rule 5: one observation and no baseline", () => {
  it("only urbanization-rate,2025-07,51.2 → no-data · needs-baseline, with its figure", async () => {
    const { r, out, rate } = await json("urbanization-rate,2025-07,51.2\n");
    expect(r.code).toBe(0);
    expect(rate?.status).toBe("no-data");
    expect(rate?.detail).toBe("needs-baseline");
    expect(rate?.value).toBe(51.2);
    expect(rate?.notes.map((n) => n.code)).toContain("needs-baseline");
    // counted apart from the targets nothing was reported for
    expect(out.noData["needs-baseline"]).toBe(1);
    expect(out.noData["not-reported"]).toBe((out.summary["no-data"] ?? 0) - 1);
    const notReported = out.targets.filter((t) => t.detail === "not-reported");
    expect(notReported.length).toBe(out.noData["not-reported"]);
    expect(notReported.every((t) => t.status === "no-data" && t.value === null)).toBe(true);
  });

  it("the met test still comes first: a single value at or above the target is pass · met", async () => {
    // 53%左右 is met from 52% (one point of tolerance)
    const { rate } = await json("urbanization-rate,2025-07,52.5\n");
    expect(rate?.status).toBe("pass");
    expect(rate?.detail).toBe("met");
  });

  it("with the 2023 row the pace is judged (not no-data)", async () => {
    const { rate } = await json("urbanization-rate,2023,49.5\nurbanization-rate,2025-07,51.2\n");
    expect(rate?.status).not.toBe("no-data");
    expect(rate?.detail).not.toBe("needs-baseline");
  });

  it("the compact check shows 未报送 and 缺基期值 apart, and the target as 无法评估·缺基期值", async () => {
    const { file } = drop("urbanization-rate,2025-07,51.2\n");
    const r = await runMain(["check", file, "--fail-on", "never"], {
      env: { LANG: "zh_CN.UTF-8" },
      columns: 80,
    });
    const { out } = await json("urbanization-rate,2025-07,51.2\n");
    expect(r.stdout).toContain(`未报送 ${out.noData["not-reported"]} · 缺基期值 1`);
    expect(r.stdout).toMatch(/\n缺基期值\s+常住人口城镇化率达到53%左右/);
    // headline: the figure, and the status in words
    expect(r.stdout).toMatch(/常住人口城镇化率达到53%左右 — 51\.2%.*无法评估·缺基期值/);
  });

  it("the HTML grey card says which grey is which", async () => {
    const { dir, file } = drop("urbanization-rate,2025-07,51.2\n");
    const page = join(dir, "page.html");
    const r = await runMain(["check", file, "--format", "html", "-o", page, "--fail-on", "never"], {
      env: { LANG: "zh_CN.UTF-8" },
    });
    expect(r.code).toBe(0);
    const html = readFileSync(page, "utf8");
    const { out } = await json("urbanization-rate,2025-07,51.2\n");
    const grey = html.match(/<div class="box box-grey">(.*?)<\/div>/)?.[1] ?? "";
    expect(grey).toContain(`<b>？ ${out.summary["no-data"]}</b>`);
    expect(grey).toContain(`未报送 ${out.noData["not-reported"]} · 缺基期值 1`);
    expect(html).toContain("无法评估·缺基期值");
  });
});
