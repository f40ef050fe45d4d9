/**
 * Issue 20, item 3: another unit's figure, used because its owner gave none,
 * is shown with its source wherever the figure appears — JSON (`source`),
 * the terminal (`（县工业和信息化局报）`), the HTML page (headline card and
 * target rows), the results workbook (代报单位) — and the owner's own figure
 * carries none. The trial month: 工信局's renewable-capacity row (31.2).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load.js";
import { runMain } from "../cli/run.js";
import { trialMonth } from "../intake/trial.js";
import { planWithReporters } from "./plans.js";

const { plan } = await loadPlan(undefined);
const dir = await trialMonth(plan);
const june = join(dir, "2025-06");
const july = join(dir, "2025-07");
const HEAD = "indicator,period,value,unit,area,reported_by,note";

function folder(name: string, lines: string[]): string {
  const d = mkdtempSync(join(tmpdir(), "cwplan-source-"));
  writeFileSync(join(d, name), `${[HEAD, ...lines].join("\n")}\n`);
  return d;
}

interface JsonTarget {
  id: string;
  value: number | string | null;
  source: {
    unit: string;
    name: { zh: string; en: string };
    senderSource: string;
    file: string;
    line: number;
  } | null;
}

async function targets(...paths: string[]): Promise<JsonTarget[]> {
  const r = await runMain(["check", ...paths, "--format", "json", "--fail-on", "never"]);
  return (JSON.parse(r.stdout) as { targets: JsonTarget[] }).targets;
}

describe("another unit's figure carries its source", () => {
  it("in JSON: the sender's id and names, how it was known, the file and line", async () => {
    const all = await targets(june, july);
    const rc = all.find((t) => t.id === "renewable-capacity-2025");
    expect(rc?.value).toBe(31.2);
    expect(rc?.source).toEqual({
      unit: "industry-it",
      name: { zh: "县工业和信息化局", en: "County Bureau of Industry and Information Technology" },
      senderSource: "reported-by",
      file: join(july, "县工信局-2025-07.csv"),
      line: 6,
    });
    // every other figure is its owner's own (or its sender is not known): no source
    expect(all.filter((t) => t.source !== null).map((t) => t.id)).toEqual([
      "renewable-capacity-2025",
    ]);
  });

  it("the owner's own row, before or after, is used and has no source", async () => {
    const own = () => folder("发改局-补报.csv", ["renewable-capacity,2025-07,31.5,,,县发改局,"]);
    for (const paths of [
      [june, own(), july],
      [june, july, own()],
    ]) {
      const rc = (await targets(...paths)).find((t) => t.id === "renewable-capacity-2025");
      expect(rc?.value).toBe(31.5);
      expect(rc?.source).toBeNull();
    }
  });

  it("an accepted reporter's figure is the owner's: no source", async () => {
    const r = await runMain([
      "--plan",
      planWithReporters("县工信局"),
      "check",
      june,
      july,
      "--format",
      "json",
      "--fail-on",
      "never",
    ]);
    const rc = (JSON.parse(r.stdout) as { targets: JsonTarget[] }).targets.find(
      (t) => t.id === "renewable-capacity-2025",
    );
    expect(rc?.value).toBe(31.2);
    expect(rc?.source).toBeNull();
  });

  it("in the terminal, zh at 80 columns and en", async () => {
    const zh = await runMain(["check", june, july, "--unit", "发改局"], {
      env: { LANG: "zh_CN.UTF-8" },
      columns: 80,
    });
    expect(zh.stdout).toContain("31.2 万千瓦 (2025-07)（县工业和信息化局报） → ≥ 40 万千瓦");
    const en = await runMain(["--lang", "en", "check", june, july, "--format", "markdown"]);
    expect(en.stdout).toContain(
      "(2025-07) (reported by County Bureau of Industry and Information Technology)",
    );
  });

  it("on the HTML page: the target's row, in both languages", async () => {
    for (const [lang, words] of [
      ["zh", "最新值：31.2万千瓦（2025年7月，县工业和信息化局报）"],
      [
        "en",
        "312,000 kW (Jul 2025, reported by County Bureau of Industry and Information Technology)",
      ],
    ] as const) {
      const page = join(dir, `page-${lang}.html`);
      await runMain(["--lang", lang, "report", june, july, "--format", "html", "-o", page]);
      const html = readFileSync(page, "utf8");
      expect(html).toContain(words);
    }
  });

  it("on the HTML headline card, under the figure", async () => {
    const d = folder("发改局.csv", [
      "urbanization-rate,2023,49.5,,,县统计局,",
      "urbanization-rate,2025-06,50.1,,,县发改局,",
    ]);
    const page = join(d, "page.html");
    await runMain(["report", d, "--format", "html", "-o", page], {
      env: { LANG: "zh_CN.UTF-8" },
    });
    const big = readFileSync(page, "utf8").match(/<div class="big">([\s\S]*?)<figure/)?.[1] ?? "";
    expect(big).toContain(
      '<div class="fig">50.1%</div>\n<p class="source">（县发展和改革局报）</p>',
    );
    expect(big).toContain("50.1%（2025年6月，县发展和改革局报）");
  });

  it("in the results workbook: a 代报单位 column, read back", async () => {
    const file = join(dir, "results.xlsx");
    await runMain(["check", june, july, "--format", "xlsx", "-o", file, "--fail-on", "never"], {
      env: { LANG: "zh_CN.UTF-8" },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("全部目标");
    if (!ws) throw new Error("no 全部目标 sheet");
    const head = (ws.getRow(1).values as unknown[]).map(String);
    const col = head.indexOf("代报单位");
    const ids = head.indexOf("目标代码");
    expect(col).toBeGreaterThan(0);
    const sourced: [string, string][] = [];
    ws.eachRow((row, n) => {
      const who = row.getCell(col).text;
      if (n > 1 && who !== "") sourced.push([row.getCell(ids).text, who]);
    });
    expect(sourced).toEqual([["renewable-capacity-2025", "县工业和信息化局"]]);
  });
});
