/**
 * `report --format docx`, read by programs other than its writer:
 * python-docx (Debian python3-docx, through /usr/bin/python3: the python3
 * on PATH may lack it) reads the page, the fonts, the headings and every
 * target row; LibreOffice (soffice --headless) converts it to PDF, which
 * poppler reads: A4, every heading and target name present, no target row
 * split across pages. Page 1 is written as a PNG under test-output/docx/
 * for a person to look at.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { firstPageImage } from "./browser.js";
import { cwplan, ROOT } from "./run.js";

const PYTHON = "/usr/bin/python3";
const READ = join(ROOT, "test", "e2e", "docx", "read.py");
const OUT = join(ROOT, "test-output", "docx");

interface Docx {
  page: { width: number; height: number };
  margins: { top: number; bottom: number; left: number; right: number };
  footer: string;
  footerFields: string[];
  styles: Record<string, { eastAsia: string | null; size: number | null; line?: string[] | null }>;
  paragraphs: { style: string; text: string; eastAsia: string | null; size: number | null }[];
  tables: { cells: string[]; header: boolean; cantSplit: boolean }[][];
}

function read(file: string): Docx {
  const r = spawnSync(PYTHON, [READ, file], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout);
}

function run(cmd: string, args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", env: { ...process.env, ...env } });
  expect(r.status, `${cmd} ${args.join(" ")}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

/** LibreOffice's PDF of a .docx, with a profile of its own (tests may run in parallel). */
function toPdf(docx: string, dir: string): string {
  const home = mkdtempSync(join(tmpdir(), "cwplan-soffice-"));
  run(
    "soffice",
    [
      `-env:UserInstallation=file://${home}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      docx,
    ],
    { HOME: home },
  );
  return docx.replace(/\.docx$/, ".pdf");
}

const squash = (s: string) => s.replace(/\s+/g, "");

/**
 * Each page's text read down its columns: pdftotext's lines (-bbox-layout)
 * grouped by where they start (a table column, or
 * the text block), each group's lines joined top to bottom. A table cell's
 * text is whole in its column's string unless its row split across pages.
 */
function columns(pdf: string): string[][] {
  const xml = run("pdftotext", ["-bbox-layout", pdf, "-"]);
  return [...xml.matchAll(/<page[^>]*>([\s\S]*?)<\/page>/g)].map((page) => {
    const lines = [
      ...(page[1] ?? "").matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g),
    ].map((l) => ({
      x: Number(l[1]),
      y: Number(l[2]),
      text: [...(l[3] ?? "").matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(""),
    }));
    const byX = new Map<number, { y: number; text: string }[]>();
    for (const l of lines) {
      const x = Math.round(l.x);
      const list = byX.get(x) ?? [];
      list.push(l);
      byX.set(x, list);
    }
    return [...byX.values()].map((list) =>
      squash(
        list
          .sort((a, b) => a.y - b.y)
          .map((l) => l.text)
          .join(""),
      ),
    );
  });
}

function pages(pdf: string): string[] {
  const n = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1]);
  return Array.from({ length: n }, (_, i) =>
    squash(run("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), pdf, "-"])),
  );
}

const HEADINGS_ZH = [
  "一、总体完成情况",
  "二、分领域完成情况",
  "三、分单位完成情况",
  "四、各项量化目标完成情况",
  "五、年度目标逐年完成情况",
  "六、重点项目完成情况",
  "七、未完成和基本完成目标的原因分析及下步打算",
  "附录：数据说明",
];

describe("report --format docx, final evaluation (fixtures/final)", () => {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-docx-"));
  const file = join(dir, "final.docx");
  let doc: Docx;
  let targets: {
    id: string;
    name: { zh: string };
    rate: number | null;
    final: { value: number | string } | null;
  }[];

  beforeAll(() => {
    const r = cwplan(["report", "fixtures/final", "-f", "docx", "-o", file, "--lang", "zh"]);
    expect(r.code).toBe(0);
    doc = read(file);
    targets = JSON.parse(cwplan(["report", "fixtures/final", "-f", "json"]).stdout).targets;
  });

  it("is A4 with the GB/T 9704 margins and page numbers — 1 —", () => {
    expect(doc.page).toEqual({ width: 210, height: 297 });
    expect(doc.margins).toEqual({ top: 37, bottom: 35, left: 28, right: 26 });
    expect(doc.footerFields.map((f) => f.trim())).toEqual(["PAGE"]);
    expect(doc.footer.replace(/PAGE/, "1").replace(/\s+/g, " ").trim()).toBe("— 1 —");
  });

  it("names the fonts: title 方正小标宋简体 二号, body 仿宋_GB2312 三号 on a 28 pt line, 黑体 and 楷体 headings", () => {
    expect(doc.styles.Title).toEqual({ eastAsia: "方正小标宋简体", size: 22 });
    expect(doc.styles.default).toEqual({
      eastAsia: "仿宋_GB2312",
      size: 16,
      line: ["560", "exact"],
    });
    expect(doc.styles["Heading 1"]).toEqual({ eastAsia: "黑体", size: 16 });
    expect(doc.styles["Heading 2"]).toEqual({ eastAsia: "楷体_GB2312", size: 16 });
    const title = doc.paragraphs[0];
    expect(title).toEqual({
      style: "Title",
      text: "成武县新型城镇化建设行动提升方案（2024—2025年）终期评估报告（草稿）",
      eastAsia: "方正小标宋简体",
      size: 22,
    });
    for (const p of doc.paragraphs.filter((x) => x.style === "Normal")) {
      expect(p.eastAsia).toBe("仿宋_GB2312");
    }
  });

  it("has the headings in order", () => {
    expect(doc.paragraphs.filter((p) => p.style === "Heading 1").map((p) => p.text)).toEqual(
      HEADINGS_ZH,
    );
    expect(doc.paragraphs.filter((p) => p.style === "Heading 2").map((p) => p.text)).toEqual([
      "核心指标",
      "终期值的数据来源",
      "非主责单位报送的数据",
      "修订的数据",
      "被拒绝的数据行",
    ]);
  });

  it("has every quantified target's row with its numbers; header rows repeat, no row splits", () => {
    const table = doc.tables.find((t) => t[0]?.cells[0] === "序号");
    expect(table?.[0]?.cells).toEqual([
      "序号",
      "目标",
      "基期值",
      "目标值",
      "终期值",
      "完成率",
      "评价",
    ]);
    const rows = table?.slice(1) ?? [];
    const quantified = targets.filter((t) => typeof t.final?.value !== "string");
    for (const t of quantified) {
      const row = rows.find((r) => r.cells[1] === t.name.zh);
      expect(row, t.id).toBeDefined();
      if (t.rate !== null) {
        const pct = (Math.round(t.rate * 1000) / 10).toFixed(1).replace(/\.0$/, "");
        expect(row?.cells[5], t.id).toBe(`${pct}%`);
      }
      if (typeof t.final?.value === "number") {
        const digits = String(t.final.value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
        expect(row?.cells[4], t.id).toContain(digits);
      }
    }
    expect(rows).toHaveLength(42);
    for (const t of doc.tables) {
      expect(t[0]?.header).toBe(true);
      expect(t.every((r) => r.cantSplit)).toBe(true);
    }
  });

  it("converts with LibreOffice: A4, every heading and target name, no target row split across pages; page 1 as PNG", () => {
    const pdf = toPdf(file, dir);
    expect(run("pdfinfo", [pdf])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = pages(pdf);
    const all = text.join("");
    for (const h of [doc.paragraphs[0]?.text ?? "", ...HEADINGS_ZH])
      expect(all).toContain(squash(h));
    // every target's name, whole in its column on one page: found, and its row not split
    const cols = columns(pdf);
    expect(cols).toHaveLength(text.length);
    for (const t of targets) {
      const name = squash(t.name.zh);
      expect(
        cols.some((page) => page.some((c) => c.includes(name))),
        t.id,
      ).toBe(true);
    }
    mkdirSync(OUT, { recursive: true });
    firstPageImage(pdf, join(OUT, "final-page-1"));
    expect(statSync(join(OUT, "final-page-1.png")).size).toBeGreaterThan(10_000);
  });
});

describe("report --format docx, the monthly report (scenario)", () => {
  it("is a Word document with the monthly report's headings, converted to A4 by LibreOffice", () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-docx-monthly-"));
    const file = join(dir, "monthly.docx");
    const r = cwplan([
      "report",
      "fixtures/scenario/drops",
      "-f",
      "docx",
      "-o",
      file,
      "--lang",
      "zh",
    ]);
    expect(r.code).toBe(0);
    const doc = read(file);
    expect(doc.page).toEqual({ width: 210, height: 297 });
    expect(doc.paragraphs[0]?.style).toBe("Title");
    expect(doc.paragraphs[0]?.text).toMatch(/^月度调度报告/);
    const h1 = doc.paragraphs.filter((p) => p.style === "Heading 1").map((p) => p.text);
    expect(h1[0]).toBe("核心指标");
    expect(h1).toContain("状态统计");
    const pdf = toPdf(file, dir);
    expect(run("pdfinfo", [pdf])).toMatch(/\(A4\)/);
    const all = pages(pdf).join("");
    for (const h of h1) expect(all).toContain(squash(h));
    mkdirSync(OUT, { recursive: true });
    firstPageImage(pdf, join(OUT, "monthly-page-1"));
    expect(readdirSync(OUT)).toContain("monthly-page-1.png");
  });
});
