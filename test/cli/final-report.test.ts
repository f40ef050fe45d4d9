/**
 * `cwplan report` in final mode (终期评估) on fixtures/final, in process:
 * golden files for html and text in both languages (test/cli/golden/,
 * UPDATE_GOLDEN=1 writes them), each beside expectations written here from
 * the fixture by hand — the title, the counts, a target's row, the blank
 * reasons, the appendix — and what final mode must not say.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./run.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** Relative, with cwd at ROOT (as the other goldens): the output must not depend on where the checkout is. */
const FINAL = join("fixtures", "final");

function golden(name: string, text: string): void {
  const file = join(import.meta.dirname, "golden", name);
  if (process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(file, text);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${file} is missing; run UPDATE_GOLDEN=1`);
  expect(text).toBe(readFileSync(file, "utf8"));
}

async function report(format: string, lang: string, extra: string[] = []) {
  const r = await runMain(["report", FINAL, "-f", format, "--lang", lang, ...extra], {
    cwd: ROOT,
  });
  // the one-line summary (issue 20, item 7), nothing else
  expect(r.stderr).toMatch(
    lang === "zh"
      ? /^\d+ 个目标：.*；未解决的数据错误 0 条，已更正 0 条\n$/
      : /^\d+ targets: .*; 0 open data errors, 0 corrected\n$/,
  );
  expect(r.code).toBe(0);
  return r.stdout;
}

/** What a final evaluation never says: pace and the previous picture are monthly words. */
const MONTHLY_ZH = ["上期", "序时", "好转", "变差", "月度调度"];
const MONTHLY_EN = ["previous", "on track", "Better", "Worse", "Monthly report"];

describe("report in final mode, text", () => {
  it("zh: the title, the counts, the rows, nothing about 上期 or pace", async () => {
    const out = await report("text", "zh");
    const lines = out.split("\n");
    expect(lines[0]).toBe("成武县新型城镇化建设行动提升方案（2024—2025年）终期评估报告（草稿）");
    expect(lines).toContain("评估日 2025-12-31 · 数据截止 2025-12-31 · 48个目标");
    expect(lines).toContain("48个目标中，完成27个，基本完成9个，未完成10个，无数据2个。");
    expect(lines).toContain(
      "常住人口城镇化率达到53%左右：基期值 48.9% (2023)；终期值 52.4%；变化 +3.5个百分点；目标值 ≈ 53%；完成率 98.9%；评价 ✓ 完成",
    );
    // 2.72 as reported, not 2.7
    expect(out).toContain("终期值 2.72 平方米；完成率 100.7%；评价 ✓ 完成");
    // both years of a 每年 target
    expect(lines).toContain(
      "每年城镇新增就业4700人以上：年度 2024；目标值 ≥ 4,700 人；完成值 4,820 人；完成率 102.6%；评价 ✓ 完成",
    );
    expect(lines).toContain(
      "每年城镇新增就业4700人以上：年度 2025；目标值 ≥ 4,700 人；完成值 4,650 人；完成率 98.9%；评价 ◐ 基本完成",
    );
    // the revision and the other unit's figure in the appendix
    expect(out).toContain("城市生活污水集中收集率 2025：69%（");
    expect(out).toContain(
      "建设9处镇级快递共配中心：报告期 2025；报送单位 县交通运输局；主责单位 县商务局",
    );
    // each paragraph is one line: no line is wrapped
    expect(lines.every((l) => !l.startsWith(" "))).toBe(true);
    for (const w of MONTHLY_ZH) expect(out).not.toContain(w);
    golden("final-zh.txt", out);
  });

  it("en", async () => {
    const out = await report("text", "en");
    expect(out.split("\n")[0]).toBe(
      "Chengwu County New-type Urbanization Action Improvement Plan (2024–2025): final evaluation report (draft)",
    );
    expect(out).toContain("Of 48 targets: 27 done, 9 nearly done, 10 not done, 2 no data.");
    for (const w of MONTHLY_EN) expect(out).not.toContain(w);
    golden("final-en.txt", out);
  });
});

describe("report in final mode, html", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: one document with every section, a blank reasons column`, async () => {
      const out = await report("html", lang);
      expect(out.startsWith("<!DOCTYPE html>")).toBe(true);
      const headings = [...out.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
      expect(headings).toEqual(
        lang === "zh"
          ? [
              "一、总体完成情况",
              "二、分领域完成情况",
              "三、分单位完成情况",
              "四、各项量化目标完成情况",
              "五、年度目标逐年完成情况",
              "六、重点项目完成情况",
              "七、未完成和基本完成目标的原因分析及下步打算",
              "附录：数据说明",
            ]
          : [
              "1. Overall",
              "2. By area of work",
              "3. By responsible unit",
              "4. Every quantified target",
              "5. Annual targets, year by year",
              "6. Projects and milestones",
              "7. Reasons and next steps (targets not done or nearly done)",
              "Appendix: the data",
            ],
      );
      // 10 not done + 9 nearly done: one blank cell each
      expect(out.match(/<td class="blank"><\/td>/g)).toHaveLength(19);
      for (const w of lang === "zh" ? MONTHLY_ZH : MONTHLY_EN) expect(out).not.toContain(w);
      golden(`final-${lang}.html`, out);
    });
  }
});

describe("report in final mode: other formats and the dry run", () => {
  it("json: classes and rates as data", async () => {
    const j = JSON.parse(await report("json", "en"));
    expect(j.mode).toBe("final");
    expect(j.counts).toEqual({ done: 27, nearly: 9, "no-data": 2, "not-done": 10 });
    const jobs = j.targets.find((t: { id: string }) => t.id === "urban-new-jobs-annual");
    expect(jobs.years.map((y: { class: string }) => y.class)).toEqual(["done", "nearly"]);
  });

  it("--final before the plan's end is a dry run, and says so", async () => {
    const out = await report("text", "zh", ["--final", "--as-of", "2024-12-31"]);
    expect(out.split("\n")[0]).toBe(
      "成武县新型城镇化建设行动提升方案（2024—2025年）终期评估报告（试算）",
    );
    expect(out).toContain("本报告为试算（如中期评估）：评估日2024-12-31早于规划期末2025-12-31");
  });

  it("before the plan's end without --final, the monthly report", async () => {
    const out = await report("markdown", "zh", ["--as-of", "2025-06-30"]);
    expect(out).toContain("月度调度报告");
    expect(out).not.toContain("终期评估");
  });

  it("xlsx and docx need -o", async () => {
    const r = await runMain(["report", FINAL, "-f", "docx", "--lang", "zh"], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Word 文档是二进制文件，须用 -o 指定文件");
    const dir = mkdtempSync(join(tmpdir(), "cwplan-final-"));
    const x = await runMain(["report", FINAL, "-f", "xlsx", "-o", join(dir, "f.xlsx")], {
      cwd: ROOT,
    });
    expect(x.code).toBe(0);
    expect(readFileSync(join(dir, "f.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });
});
