/**
 * The HTML outputs without a browser: valid HTML5 (html-validate), one
 * self-contained file, data escaped, check --format html with every target,
 * and ECharts kept out of the commands that do not draw.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, describe, expect, it } from "vitest";
import { cwplan, ROOT } from "./run.js";

const DROPS = "fixtures/scenario/drops";
const validator = new HtmlValidate({
  extends: ["html-validate:standard", "html-validate:document"],
});

async function expectValid(html: string): Promise<void> {
  const report = await validator.validateString(html);
  const messages = report.results.flatMap((r) =>
    r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
  );
  expect(messages).toEqual([]);
  expect(report.valid).toBe(true);
}

function expectSelfContained(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<link/i);
  expect(html).not.toMatch(/<img/i);
  // url(#id) names a clip path inside the same SVG; nothing else may be fetched
  expect(html).not.toMatch(/@import|url\((?!#)/i);
  expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
}

describe("report --format html, as a file", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`is valid HTML5 and self-contained (${lang})`, async () => {
      const r = cwplan(["report", DROPS, "--format", "html", "--lang", lang]);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith("<!DOCTYPE html>")).toBe(true);
      expectSelfContained(r.stdout);
      await expectValid(r.stdout);
      expect(r.stdout).toContain(lang === "zh" ? 'lang="zh-CN"' : 'lang="en"');
      expect(r.stdout).toMatch(/@page \{ size: A4/);
      expect(r.stdout).toMatch(/print-color-adjust: exact/);
      expect(r.stdout).toMatch(/break-inside: avoid/);
      // plain words: no target ids, no formulas
      const text = r.stdout.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<[^>]*>/g, " ");
      expect(text).not.toMatch(/old-communities-2024|urbanization-rate|P=|\bf=|\bA=/);
      expect(text).toContain(lang === "zh" ? "常住人口城镇化率" : "Urbanization rate");
    });
  }

  it("names the latest figure, the expected value and the 53% target in words (zh)", () => {
    const html = cwplan(["report", DROPS, "--format", "html", "--lang", "zh"]).stdout;
    expect(html).toContain("50.1%");
    expect(html).toContain("2025年底53%左右");
    expect(html).toContain("序时进度（序时应达）");
  });

  it("names each finding's severity as the digest does: a title line is a note, not a warning", () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-html-note-"));
    const file = join(dir, "june.csv");
    writeFileSync(
      file,
      "成武县城镇化指标报表（2025年6月）\n" +
        "indicator,period,value,unit,area,reported_by,note\n" +
        "urbanization-rate,2025-06,50.1,,,县统计局,\n",
    );
    const html = cwplan(["report", file, "--format", "html", "--lang", "zh"]).stdout;
    rmSync(dir, { recursive: true, force: true });
    const line = html.split("\n").find((l) => l.includes("june.csv:1"));
    expect(line).toContain("提示");
    expect(line).not.toContain("警告");
  });

  describe("escapes what comes from the data", () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-html-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("file names and cell values never become markup", async () => {
      const file = join(dir, `a<b>&"x'.csv`);
      writeFileSync(
        file,
        "indicator,period,value,unit,area,reported_by,note\n" +
          "urbanization-rate,2025-06,50.1,,,县统计局,\n" +
          "urbanization-rate,2025-05,<script>alert(1)</script>,,,县统计局,\n" +
          "<i>bad</i>,2025-05,1,,,县统计局,\n",
      );
      const r = cwplan(["report", file, "--format", "html"]);
      expect(r.code).toBe(2); // the drop has errors
      expect(r.stdout).not.toContain("<script>");
      expect(r.stdout).not.toContain("<i>bad</i>");
      expect(r.stdout).not.toContain("a<b>");
      expect(r.stdout).toContain("a&lt;b&gt;&amp;&quot;x&#39;.csv");
      expect(r.stdout).toContain("&lt;script&gt;");
      await expectValid(r.stdout);
    });
  });
});

describe("check --format html", () => {
  it("charts every target, valid and self-contained", async () => {
    const r = cwplan(["check", DROPS, "--format", "html", "--lang", "zh"]);
    expect(r.code).toBe(1); // targets at risk, as with every format
    expectSelfContained(r.stdout);
    await expectValid(r.stdout);
    // the headline chart, then one a target with a figure: 46 of 48; the two nothing
    // was reported for are one line each in the 未报送 list
    expect(r.stdout.match(/<figure /g)?.length).toBe(1 + 46);
    expect(r.stdout.match(/<svg /g)?.length).toBe(1 + 46);
    expect(r.stdout.match(/<li data-target=/g)?.length).toBe(2);
    expect(r.stdout).toContain("全部目标（48）");
  });
});

describe("the bundle", () => {
  it("keeps ECharts and exceljs out of the code every run loads", () => {
    const dir = join(ROOT, "dist", "bundle");
    const text = (f: string) => readFileSync(join(dir, f), "utf8");
    // their own files, required only by the commands that need them
    expect(text("echarts.cjs")).toContain("SVGPainter");
    expect(text("exceljs.cjs")).toContain("WorkbookXform");
    const main = text("cwplan.cjs");
    expect(main).toMatch(/async function (reportCommand|checkCommand)\(/);
    expect(main).not.toContain("SVGPainter");
    expect(main).not.toContain("WorkbookXform");
    expect(main).toContain('require("./echarts.cjs")');
  });
});
