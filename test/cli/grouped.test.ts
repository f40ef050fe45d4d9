/**
 * Issue 20, item 6: the compact `check` screen and the text digest must stay
 * short and never hide an error. They list the first ten findings (ranked)
 * one by one; the open errors and figure-changing warnings beyond them are
 * grouped, one line per file × code with the count and the lines.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./run.js";

interface JsonFinding {
  code: string;
  severity: string;
  file: string;
  /** set when a later file corrected it (已更正: not open) */
  corrected?: unknown;
}

/** open errors per `file\tcode`, from validate's JSON (not from the screen) */
async function openErrors(dir: string): Promise<Map<string, number>> {
  const r = await runMain(["validate", dir, "--format", "json"]);
  const out = JSON.parse(r.stdout) as { files: { findings: JsonFinding[] }[] };
  const errors = new Map<string, number>();
  for (const f of out.files.flatMap((x) => x.findings)) {
    if (f.severity !== "error" || f.corrected !== undefined) continue;
    const key = `${f.file}\t${f.code}`;
    errors.set(key, (errors.get(key) ?? 0) + 1);
  }
  return errors;
}

const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const flat = (s: string) => s.replace(/\s+/g, "");

const LANGS = [
  { lang: "zh", env: "zh_CN.UTF-8", error: "错误", colon: "：" },
  { lang: "en", env: "en_US.UTF-8", error: "error", colon: ":" },
] as const;

describe.each(LANGS)("compact check of fixtures/drops/bad at 80 columns ($lang)", (l) => {
  const dir = "fixtures/drops/bad";

  it("stays short: the findings before the headline take at most 90 lines (they took about 270)", async () => {
    const r = await runMain(["check", dir], { env: { LANG: l.env }, columns: 80, isTTY: true });
    const lines = r.stdout.split("\n");
    const headline = lines.findIndex((x) => /^48 (个目标|targets)/.test(x));
    expect(headline).toBeGreaterThan(0);
    expect(headline).toBeLessThanOrEqual(90);
    for (const x of lines) expect(x.length).toBeLessThanOrEqual(80);
  });

  it("accounts for every open error: listed one by one or counted in its file × code group", async () => {
    const errors = await openErrors(dir);
    expect(errors.size).toBeGreaterThan(40);
    const r = await runMain(["check", dir], { env: { LANG: l.env }, columns: 80, isTTY: true });
    const screen = flat(r.stdout.slice(0, r.stdout.search(/\n48 (个目标|targets)/)));
    expect(screen).toContain(flat(dir));
    for (const [key, n] of errors) {
      const [file = "", code = ""] = key.split("\t");
      const base = file.slice(file.lastIndexOf("/") + 1);
      const one = new RegExp(
        `${reEscape(file)}(:\\d+)*:${l.error}\\[${reEscape(code)}\\](?!×)`,
        "g",
      );
      const group = new RegExp(
        `(?<![A-Za-z_./-])${reEscape(base)}${l.colon}${l.error}\\[${reEscape(code)}\\]×(\\d+)`,
        "g",
      );
      const listed = [...screen.matchAll(one)].length;
      const grouped = [...screen.matchAll(group)].reduce((s, m) => s + Number(m[1]), 0);
      expect(listed + grouped, key).toBe(n);
    }
  });
});

/** a.csv: 15 unknown indicators (lines 2–16); b.csv: bad periods on lines 2, 4, 6, 8, 10 */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-grouped-"));
  const a = Array.from({ length: 15 }, (_, i) => `no-such-${i},2025-06,1`);
  writeFileSync(join(dir, "a.csv"), `indicator,period,value\n${a.join("\n")}\n`);
  const b = Array.from({ length: 9 }, (_, i) =>
    i % 2 === 0 ? "key-labs,2025-13,1" : `key-labs,2025-0${i},${i}`,
  );
  writeFileSync(join(dir, "b.csv"), `indicator,period,value\n${b.join("\n")}\n`);
  return dir;
}

describe("errors beyond the cap are grouped with their exact count", () => {
  it("check: ten listed, then a.csv ×5 on lines 12–16 and b.csv ×5 on its five lines", async () => {
    const dir = folder();
    expect(await openErrors(dir)).toEqual(
      new Map([
        [`${join(dir, "a.csv")}\tunknown-indicator`, 15],
        [`${join(dir, "b.csv")}\tbad-period`, 5],
      ]),
    );
    const en = await runMain(["check", dir, "--fail-on", "never"], {
      env: { LANG: "en_US.UTF-8" },
      columns: 200,
    });
    const lines = en.stdout.split("\n");
    const listed = lines.filter(
      (x) => x.startsWith(`${join(dir, "a.csv")}:`) && / error \[/.test(x),
    );
    expect(listed).toHaveLength(10);
    expect(listed[9]).toContain("a.csv:11:");
    expect(lines).toContain(
      `10 more errors and warnings to check, by file and code (files in ${dir}/):`,
    );
    expect(lines).toContain("  a.csv: error [unknown-indicator] ×5 (lines 12–16)");
    expect(lines).toContain("  b.csv: error [bad-period] ×5 (lines 2, 4, 6, …)");
    const zh = await runMain(["check", dir, "--fail-on", "never"], {
      env: { LANG: "zh_CN.UTF-8" },
      columns: 200,
    });
    expect(zh.stdout).toContain(
      `另有 10 条错误和须核对的警告，按文件和问题归类（文件均在 ${dir}/）：`,
    );
    expect(zh.stdout).toContain("  a.csv：错误 [unknown-indicator] ×5（第 12–16 行）\n");
    expect(zh.stdout).toContain("  b.csv：错误 [bad-period] ×5（第 2、4、6 行等）\n");
    // nothing else is left out, so no "more" line
    expect(zh.stdout).not.toContain("另有 0");
    // --details lists all twenty one by one
    const details = await runMain(["check", dir, "--details", "--fail-on", "never"], {
      env: { LANG: "en_US.UTF-8" },
      columns: 200,
    });
    expect(details.stdout.match(/error \[(unknown-indicator|bad-period)\]/g)).toHaveLength(20);
  });

  it("the text digest groups the same way", async () => {
    const dir = folder();
    const r = await runMain(["report", dir, "--format", "text"], { env: { LANG: "zh_CN.UTF-8" } });
    const text = flat(r.stdout);
    expect(text).toContain(flat("a.csv：错误 [unknown-indicator] ×5（第 12–16 行）"));
    expect(text).toContain(flat("b.csv：错误 [bad-period] ×5（第 2、4、6 行等）"));
  });
});

describe("period-before-baseline is a warning that changes a figure's meaning", () => {
  it("--max-errors never hides it: listed first, before ten unknown columns read earlier", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-baseline-"));
    const extra = Array.from({ length: 10 }, (_, i) => `x${i + 1}`);
    writeFileSync(
      join(dir, "a.csv"),
      `indicator,period,value,${extra.join(",")}\nurbanization-rate,2025-06,50.1${",".repeat(10)}\n`,
    );
    writeFileSync(join(dir, "b.csv"), "indicator,period,value,note\nurbanization-rate,2015,50,\n");
    const v = await runMain(["validate", dir, "--max-errors", "5"], {
      env: { LANG: "en_US.UTF-8" },
    });
    const codes = [...v.stdout.matchAll(/\[([a-z-]+)\]/g)].map((m) => m[1]);
    expect(codes).toEqual(["period-before-baseline", ...Array(4).fill("unknown-column")]);
    expect(v.stdout).toContain("6 more not shown (--max-errors 5)");
    const c = await runMain(["check", dir, "--max-errors", "1", "--fail-on", "never"], {
      env: { LANG: "en_US.UTF-8" },
    });
    expect(c.stdout).toContain("[period-before-baseline]");
  });
});
