/**
 * `cwplan draft` in process: the drafted plan file loads at once
 * (`cwplan --plan plan.yaml plan`), `--format json` is the same plan with its
 * guesses in `review` lists, every guess in YAML is a `# 待确认` comment, and
 * a document that cannot be read is a located error, not a stack trace.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runMain } from "./run.js";

const fixtures = fileURLToPath(new URL("../../fixtures/draft/", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "cwplan-draft-cli-"));
const zh = { LANG: "zh_CN.UTF-8" };

/** A JSON value without its `review` lists. */
function withoutReview(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(withoutReview);
  if (x && typeof x === "object")
    return Object.fromEntries(
      Object.entries(x)
        .filter(([k]) => k !== "review")
        .map(([k, v]) => [k, withoutReview(v)]),
    );
  return x;
}

describe("cwplan draft", () => {
  it("writes a plan file that `cwplan --plan … plan` loads at once", async () => {
    const out = join(tmp, "chengwu.yaml");
    const r = await runMain(["draft", `${fixtures}chengwu.txt`, "-o", out], { env: zh });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("已起草：27 项措施、46 个目标、35 个责任单位；81 处推测标有“待确认”。\n");
    const yaml = readFileSync(out, "utf8");
    expect(yaml.match(/# 待确认：/g)?.length).toBeGreaterThan(40);
    expect(yaml).toMatch(/source: \S*fixtures\/draft\/chengwu.txt/);
    const listed = await runMain(["--plan", out, "plan", "--format", "json"], { env: zh });
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain("t-10-7");
  });

  it("prints the same plan as JSON, its guesses in `review` lists", async () => {
    const out = join(tmp, "renewal.yaml");
    await runMain(["draft", `${fixtures}renewal-county.txt`, "-o", out], { env: zh });
    const r = await runMain(["draft", `${fixtures}renewal-county.txt`, "--format", "json"], {
      env: zh,
    });
    expect(r.code, r.stderr).toBe(0);
    const json: unknown = JSON.parse(r.stdout);
    const yaml: unknown = parse(readFileSync(out, "utf8"));
    const { source: _a, ...jsonPlan } = Object(Object(withoutReview(json)).plan);
    const { source: _b, ...yamlPlan } = Object(Object(yaml).plan);
    expect(jsonPlan).toEqual(yamlPlan);
    expect({ ...Object(withoutReview(json)), plan: null }).toEqual({ ...Object(yaml), plan: null });
    expect(r.stdout).toContain('"review": [');
    expect(r.stdout).toContain("comparator: 原文未写“达到/以上/不低于”等词，按“不低于”（≥）起草");
  });

  it("a missing document is an error with its path, in Chinese and English", async () => {
    const zhRun = await runMain(["draft", "none.txt"], { env: zh, cwd: tmp });
    expect(zhRun.code).toBe(2);
    expect(zhRun.stderr).toContain("none.txt");
    expect(zhRun.stderr).toContain("无法读取方案文件：文件不存在");
    expect(zhRun.stderr).not.toMatch(/\bat \S+ \(/);
    const enRun = await runMain(["draft", "none.txt", "--lang", "en"], { cwd: tmp });
    expect(enRun.stderr).toContain("cannot read the plan document: no such file");
  });

  it("refuses -o naming the document it reads", async () => {
    const r = await runMain(["draft", `${fixtures}chengwu.txt`, "-o", `${fixtures}chengwu.txt`], {
      env: zh,
    });
    expect(r.code).toBe(2);
  });
});
