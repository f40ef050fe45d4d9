/**
 * The hostile-workbook corpus (test/xlsx/hostile-corpus.ts, written at test
 * time) through the built CLI: `cwplan validate` on each case, its exact
 * exit code, every expected finding code printed, no stack trace, and its
 * cost measured in the child process (test/e2e/usage-probe.mjs): peak RSS
 * under 300 MB and CPU time under 5 s per case. CPU time rather than wall
 * time, so that a loaded machine does not fail a sound reader; the wall
 * time is printed beside it for the record.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test, vi } from "vitest";
import { HEAVY, type HeavyCase, HOSTILE } from "../xlsx/hostile-corpus.js";
import { ROOT } from "./run.js";

// making the large cases takes a while on a shared machine (no test asserts the time it takes to make them)
vi.setConfig({ testTimeout: 300_000 });
const BIN = join(ROOT, "bin", "cwplan");
const PROBE = join(ROOT, "test", "e2e", "usage-probe.mjs");
const tmp = mkdtempSync(join(tmpdir(), "cwplan-hostile-xlsx-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("hostile workbooks through the CLI, measured", () => {
  const all: [string, HeavyCase][] = [
    ...HOSTILE.map((c): [string, HeavyCase] => [c.name, { ...c, bytes: async () => c.bytes() }]),
    ...HEAVY.map((c): [string, HeavyCase] => [c.name, c]),
  ];
  test.each(all)("%s", async (_n, c) => {
    const file = join(tmp, `${c.name}.xlsx`);
    writeFileSync(file, await c.bytes());
    const usage = join(tmp, `${c.name}.usage.json`);
    const started = performance.now();
    const r = spawnSync(process.execPath, ["--import", PROBE, BIN, "validate", file], {
      cwd: ROOT,
      encoding: "utf8",
      env: {
        PATH: process.env.PATH ?? "",
        LANG: "en_US.UTF-8",
        NO_COLOR: "1",
        CWPLAN_USAGE_FILE: usage,
      },
    });
    const wall = performance.now() - started;
    const out = r.stdout + r.stderr;
    expect(r.status, out).toBe(c.exit);
    expect(out).not.toMatch(/\n\s+at |this is a bug in cwplan|FATAL ERROR/);
    for (const f of c.findings) expect(out).toContain(`[${f.split("@")[0]}]`);
    if (c.findings.length === 0) expect(out).not.toMatch(/\[(?:xlsx-|sheet-)/);
    const u = JSON.parse(readFileSync(usage, "utf8")) as {
      maxRSS: number;
      user: number;
      system: number;
    };
    const cpu = (u.user + u.system) / 1e6;
    console.log(
      `${c.name} (${statSync(file).size} bytes): exit ${r.status}, cpu ${cpu.toFixed(2)} s, wall ${(wall / 1000).toFixed(2)} s, ${(u.maxRSS / 1024).toFixed(0)} MiB`,
    );
    expect(u.maxRSS / 1024).toBeLessThan(300);
    expect(cpu).toBeLessThan(5);
  });
});
