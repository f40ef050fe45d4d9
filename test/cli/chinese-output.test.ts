/**
 * Chinese output is Chinese: the human formats of the scenario (check as a
 * table, with --by-area, as Markdown; the report as Markdown and as text)
 * carry no ASCII word but ids, units of measure, file names, what the plan's
 * own Chinese text writes in Latin letters (5G, NB-IoT, 7.5MW) and the
 * commands and options a reader is told to type (cwplan submissions, --details).
 */
import { describe, expect, it } from "vitest";
import { loadPlan } from "../../src/plan/load.js";
import { runMain } from "./run.js";

const DROPS = "fixtures/scenario/drops";
const ROOT = new URL("../..", import.meta.url).pathname;

async function run(args: string[]): Promise<string> {
  // wide enough that no id is wrapped inside a table cell
  const r = await runMain(args, {
    env: { LANG: "zh_CN.UTF-8", COLUMNS: "400" },
    columns: 400,
    cwd: ROOT,
  });
  // report says on stderr what it wrote, in one line: scanned with the rest
  if (args[0] !== "report") expect(r.stderr).toBe("");
  else expect(r.stderr).toMatch(/^\d+ 个目标：.*；未解决的数据错误 \d+ 条，已更正 \d+ 条\n$/);
  return r.stdout + r.stderr;
}

const WORD = /[A-Za-z][A-Za-z0-9_.-]*/g;

async function allowedWords(): Promise<Set<string>> {
  const { plan } = await loadPlan();
  const allowed = new Set<string>();
  const add = (text: string) => {
    for (const w of text.match(WORD) ?? []) allowed.add(w);
  };
  for (const x of [...plan.targets, ...plan.indicators, ...plan.units, ...plan.areas]) {
    allowed.add(x.id);
  }
  // the plan's own Chinese: names, titles, texts, quotes and units
  for (const t of plan.targets) [t.name.zh, t.quote, t.unit].forEach(add);
  for (const i of plan.indicators) [i.name.zh, i.unit].forEach(add);
  for (const m of plan.measures) [m.title.zh, m.text].forEach(add);
  for (const s of plan.sections) add(s.title.zh);
  add(plan.plan.title.zh);
  // file names, and the names of encodings a file summary gives
  add(DROPS);
  for (const w of ["csv", "utf-8", "gb18030"]) allowed.add(w);
  // what a reader is told to type: cwplan's commands and options (cwplan submissions, --details)
  for (const w of ["cwplan", "validate", "check", "submissions", "report", "details"])
    allowed.add(w);
  return allowed;
}

describe("no English in Chinese output", () => {
  it.each([
    ["check, table", ["check", DROPS, "--fail-on", "never"]],
    ["check, table by area", ["check", DROPS, "--fail-on", "never", "--by-area"]],
    ["check, markdown", ["check", DROPS, "--fail-on", "存在风险", "-f", "markdown"]],
    ["report, markdown", ["report", DROPS]],
    ["report, text", ["report", DROPS, "-f", "text"]],
    ["plan", ["plan"]],
    ["units", ["units"]],
    ["show a measure", ["show", "14"]],
    ["show a target", ["show", "urbanization-rate-2025"]],
  ])("%s", async (_, args) => {
    const allowed = await allowedWords();
    const out = (await run(args)).replace(/<br>/g, " ");
    expect(out.length).toBeGreaterThan(100);
    const stray = [...new Set(out.match(WORD) ?? [])].filter((w) => !allowed.has(w));
    expect(stray).toEqual([]);
  });

  it("the scan sees English when there is some", async () => {
    const allowed = await allowedWords();
    const out = await run(["check", DROPS, "--fail-on", "never", "--lang", "en"]);
    const stray = [...new Set(out.match(WORD) ?? [])].filter((w) => !allowed.has(w));
    expect(stray).toContain("Plan");
  });
});
