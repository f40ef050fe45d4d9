/**
 * Issue 20, item 6, the original complaint: `check` listed 10 findings and
 * said `另有 1 条`, and the one it hid was the fraction warning. Here the
 * 11th finding in file order is a likely fraction (an error) or a sudden
 * jump (a plausibility warning); every human list shows it, first, and the
 * cap cuts only the ten unknown columns before it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./run.js";

/** a.csv: ten unknown columns (ten warnings); b.csv, read after it: the finding that matters */
function folder(series: string, last: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-ranked-"));
  const extra = Array.from({ length: 10 }, (_, i) => `x${i + 1}`);
  writeFileSync(
    join(dir, "a.csv"),
    `indicator,period,value,${extra.join(",")}\n${series}${",".repeat(10)}\n`,
  );
  writeFileSync(join(dir, "b.csv"), `indicator,period,value\n${last}\n`);
  return dir;
}

const CASES = [
  {
    name: "a likely fraction (error)",
    code: "likely-fraction",
    dir: () => folder("urbanization-rate,2025-06,50.1", "urbanization-rate,2025-07,0.512"),
    zh: "应填 51.2",
  },
  {
    name: "a sudden jump (plausibility warning)",
    code: "sudden-jump",
    dir: () => folder("key-labs,2025-06,10", "key-labs,2025-07,34"),
    zh: "3.4",
  },
];

/** the codes of the findings in file order, as JSON lists them */
async function fileOrder(dir: string): Promise<string[]> {
  const r = await runMain(["validate", dir, "--format", "json"]);
  const out = JSON.parse(r.stdout) as { files: { findings: { code: string }[] }[] };
  return out.files.flatMap((f) => f.findings.map((x) => x.code));
}

const flat = (s: string) => s.replace(/\s+/g, "");

describe.each(CASES)("the 11th finding in file order is $name", (c) => {
  it("is the 11th, after ten unknown columns (the case the issue describes)", async () => {
    const codes = await fileOrder(c.dir());
    expect(codes).toEqual([...Array(10).fill("unknown-column"), c.code]);
  });

  it("check (compact, zh, 80 columns) lists it first and counts one of the others as not shown", async () => {
    const r = await runMain(["check", c.dir(), "--fail-on", "never"], {
      env: { LANG: "zh_CN.UTF-8" },
      columns: 80,
      isTTY: true,
    });
    const lines = r.stdout.split("\n");
    const at = lines.findIndex((l) => l.includes(`[${c.code}]`));
    const firstOther = lines.findIndex((l) => l.includes("[unknown-column]"));
    expect(at).toBeGreaterThan(-1);
    expect(at).toBeLessThan(firstOther);
    expect(flat(r.stdout)).toContain(flat(c.zh));
    expect(lines.filter((l) => l.includes("[unknown-column]"))).toHaveLength(9);
    expect(r.stdout).toContain("另有 1 条数据问题");
  });

  it("report --format text (the digest) lists it and counts one other as not listed", async () => {
    const dir = c.dir();
    const r = await runMain(["report", dir, "--format", "text"], {
      env: { LANG: "zh_CN.UTF-8" },
    });
    const at = r.stdout.indexOf(`${join(dir, "b.csv")}:2`);
    expect(at).toBeGreaterThan(-1);
    expect(at).toBeLessThan(r.stdout.indexOf(`${join(dir, "a.csv")}:1`));
    expect(flat(r.stdout)).toContain(flat(c.zh));
    expect(r.stdout).toContain("另有1条未列出");
  });

  it("validate --max-errors 5 lists it first: warnings read before it never take an error's room", async () => {
    const v = await runMain(["validate", c.dir(), "--max-errors", "5"], {
      env: { LANG: "en_US.UTF-8" },
    });
    const codes = [...v.stdout.matchAll(/\[([a-z-]+)\]/g)].map((m) => m[1]);
    expect(codes).toEqual([c.code, ...Array(4).fill("unknown-column")]);
    expect(v.stdout).toContain("6 more not shown (--max-errors 5)");
  });

  it("report markdown and html list it first", async () => {
    const dir = c.dir();
    const md = await runMain(["report", dir], { env: { LANG: "en_US.UTF-8" } });
    // Markdown escapes the brackets
    const code = `\\[${c.code}\\]`;
    expect(md.stdout).toContain(code);
    expect(md.stdout.indexOf(code)).toBeLessThan(md.stdout.indexOf("\\[unknown-column\\]"));
    const page = join(dir, "page.html");
    await runMain(["report", dir, "-f", "html", "-o", page], { env: { LANG: "en_US.UTF-8" } });
    const html = readFileSync(page, "utf8");
    const items = [...html.matchAll(/<li><code>([^<]*)<\/code>/g)].map((m) => m[1] ?? "");
    expect(items[0]).toBe(`${join(dir, "b.csv")}:2`);
    expect(items).toHaveLength(11);
  });
});

describe("--max-errors never hides a warning that changes a figure's meaning", () => {
  const dir = () => folder("key-labs,2025-06,10", "key-labs,2025-07,34");

  it("validate, check --details and report (markdown, html) with --max-errors 5 list the sudden jump first", async () => {
    const d = dir();
    const v = await runMain(["validate", d, "--max-errors", "5"], { env: { LANG: "en_US.UTF-8" } });
    expect(v.stdout.indexOf("[sudden-jump]")).toBeGreaterThan(-1);
    expect(v.stdout.indexOf("[sudden-jump]")).toBeLessThan(v.stdout.indexOf("[unknown-column]"));
    // five findings in all: the jump and four of the ten others
    expect(v.stdout.match(/\[unknown-column\]/g)).toHaveLength(4);
    expect(v.stdout).toContain("6 more not shown (--max-errors 5)");
    const json = await runMain(["validate", d, "--max-errors", "5", "--format", "json"]);
    const codes = (
      JSON.parse(json.stdout) as { files: { findings: { code: string }[] }[] }
    ).files.flatMap((f) => f.findings.map((x) => x.code));
    expect(codes).toContain("sudden-jump");
    const gh = await runMain(["validate", d, "--max-errors", "5", "--format", "github"]);
    const titles = [...gh.stdout.matchAll(/title=([a-z-]+)/g)].map((m) => m[1]);
    expect(titles.slice(0, 5)).toEqual(["sudden-jump", ...Array(4).fill("unknown-column")]);
    const t = await runMain(["check", d, "--details", "--max-errors", "5", "--fail-on", "never"], {
      env: { LANG: "en_US.UTF-8" },
    });
    expect(t.stdout.indexOf("[sudden-jump]")).toBeGreaterThan(-1);
    expect(t.stdout.indexOf("[sudden-jump]")).toBeLessThan(t.stdout.indexOf("[unknown-column]"));
    const md = await runMain(["report", d, "--max-errors", "5"], { env: { LANG: "en_US.UTF-8" } });
    expect(md.stdout.indexOf("\\[sudden-jump\\]")).toBeGreaterThan(-1);
    expect(md.stdout.indexOf("\\[sudden-jump\\]")).toBeLessThan(
      md.stdout.indexOf("\\[unknown-column\\]"),
    );
    const page = join(d, "page.html");
    await runMain(["report", d, "-f", "html", "-o", page, "--max-errors", "5"], {
      env: { LANG: "en_US.UTF-8" },
    });
    const html = readFileSync(page, "utf8");
    const items = [...html.matchAll(/<li><code>([^<]*)<\/code>/g)].map((m) => m[1] ?? "");
    expect(items[0]).toBe(`${join(d, "b.csv")}:2`);
    expect(items).toHaveLength(5);
  });
});
