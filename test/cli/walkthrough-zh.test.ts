/**
 * A new plan from start to report, entirely in Chinese, as a county analyst
 * would go: `init --from-text` on a plan's text, two owners written by name
 * (and the English names the draft suggested deleted: none is needed),
 * `plan lint`, `template --format xlsx` for each owner, the forms filled in,
 * `check`, `report --format html`. No field of the plan is in English.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runMain } from "./run.js";

const root = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "cwplan-walk-"));
const env = { LANG: "zh_CN.UTF-8" };
const cwplan = (args: string[]) => runMain(args, { cwd: dir, env, columns: 80 });

/** Add `owner:` to the target of this Chinese name, as the analyst types it. */
function setOwner(yaml: string, name: string, owner: string): string {
  const lines = yaml.split("\n");
  const at = lines.findIndex((l) => l.trim() === `name: { zh: ${name} }`);
  expect(at, name).toBeGreaterThan(0);
  const quote = lines.findIndex((l, i) => i > at && l.trim().startsWith("quote:"));
  lines.splice(quote + 1, 0, `    owner: ${owner}`);
  return lines.join("\n");
}

/**
 * Fill every row of a template as its unit would: this indicator's figure,
 * and for the others a figure or a milestone's 推进中.
 */
async function fill(file: string, indicator: string, value: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error("no sheet");
  let found = false;
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const mine = row.getCell(2).value === indicator;
    found ||= mine;
    const milestone = String(row.getCell(5).value).includes("推进中");
    row.getCell(4).value = mine ? value : milestone ? "推进中" : 3;
  });
  expect(found, indicator).toBe(true);
  await wb.xlsx.writeFile(file);
}

describe("a new plan, in Chinese, from its text to the report", () => {
  it("init → owners by name → lint → template → filled forms → check → report", async () => {
    copyFileSync(join(root, "fixtures", "draft", "renewal-county.txt"), join(dir, "方案原文.txt"));

    // 1. init, drafting the plan from its text
    const init = await cwplan(["init", ".", "--from-text", "方案原文.txt"]);
    expect(init.stderr).toContain("已在 . 中写入 cwplan.yaml、plan.yaml、使用说明.md、drops/");
    expect(init.code).toBe(0);
    for (const f of ["cwplan.yaml", "plan.yaml", "使用说明.md", "drops"])
      expect(existsSync(join(dir, f)), f).toBe(true);

    // 2. the analyst's edits: two owners by their short names, no English names
    let plan = readFileSync(join(dir, "plan.yaml"), "utf8");
    plan = setOwner(plan, "全县完成城镇老旧小区改造45个", "县住建局");
    plan = setOwner(plan, "公共供水管网漏损率控制在9%以内", "县水利局");
    plan = plan.replace(/, en: [^,}]+/g, "");
    expect(plan).not.toMatch(/(^|[{,\s])en:/m);
    writeFileSync(join(dir, "plan.yaml"), plan);

    // 3. lint: no errors; the two targets have their owners now
    const lint = await cwplan(["plan", "lint"]);
    expect(lint.stdout).toMatch(/共 0 个错误，\d+ 个警告\n$/);
    expect(lint.stdout).not.toContain("全县完成城镇老旧小区改造45个）没有责任单位");
    expect(lint.stdout).not.toContain("公共供水管网漏损率控制在9%以内）没有责任单位");
    expect(lint.code).toBe(0);
    const show = await cwplan(["show", "t-0-7"]);
    expect(show.stdout).toContain("县水务局");

    // 4. a form for each owner, filled in
    for (const [unit, indicator, value] of [
      ["县住建局", "完成城镇老旧小区改造", 20],
      ["县水务局", "公共供水管网漏损率", 8.6],
    ] as const) {
      const form = join("drops", `${unit}-2026-06.xlsx`);
      const t = await cwplan([
        "template",
        "--format",
        "xlsx",
        "--period",
        "2026-06",
        "--unit",
        unit,
        "-o",
        form,
      ]);
      expect(t.stderr).toBe("");
      expect(t.code).toBe(0);
      await fill(join(dir, form), indicator, value);
    }
    const validate = await cwplan(["validate"]);
    expect(validate.code).toBe(0);

    // 5. check, in Chinese
    const check = await cwplan(["check", "--as-of", "2026-06-30", "--fail-on", "never"]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("临河县城市更新行动实施方案");
    expect(check.stdout).toContain("全县完成城镇老旧小区改造45个");
    expect(check.stdout).not.toMatch(/\b(pass|behind|at-risk|no-data)\b/);

    // 6. the report as a page
    const report = await cwplan([
      "report",
      "--as-of",
      "2026-06-30",
      "--format",
      "html",
      "-o",
      "调度报告.html",
    ]);
    expect(report.code).toBe(0);
    const html = readFileSync(join(dir, "调度报告.html"), "utf8");
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("临河县城市更新行动实施方案（2026—2027年）");
    // the two owners reported, their targets judged from the filled-in forms
    expect(html).toContain("<td>县住建局</td>");
    expect(html).toContain("<td>县水务局</td>");
    expect(html).toContain("✓ 已报");
    expect(html).toContain("全县完成城镇老旧小区改造45个：最新值：20个（2026年6月）");
    expect(html).toContain("公共供水管网漏损率控制在9%以内：最新值：8.6%（2026年6月）");
  });
});
