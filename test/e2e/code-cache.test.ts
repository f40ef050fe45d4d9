/**
 * bin/cwplan's V8 code cache (dist/bundle/cwplan.cjs.cache): a run without
 * one makes it; a cache V8 rejects (another Node, or damaged: here, bytes
 * that are no cache at all) changes nothing the user sees and is made again;
 * a folder it may not write to costs nothing but the cache. Run on a copy
 * of the built package, so that the tests running beside it keep theirs.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./run.js";

const copy = mkdtempSync(join(tmpdir(), "cwplan-cache-"));
afterAll(() => {
  chmodSync(join(copy, "dist", "bundle"), 0o755);
  rmSync(copy, { recursive: true, force: true });
});
for (const p of ["bin", "dist/bundle", "dist/generated", "plan", "package.json"]) {
  cpSync(join(ROOT, p), join(copy, p), { recursive: true });
}
const CACHE = join(copy, "dist", "bundle", "cwplan.cjs.cache");

function run() {
  const r = spawnSync(
    process.execPath,
    [
      join(copy, "bin", "cwplan"),
      "check",
      join(ROOT, "fixtures", "sample.csv"),
      "--fail-on",
      "never",
    ],
    {
      cwd: copy,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", NO_COLOR: "1" },
    },
  );
  return { out: r.stdout, err: r.stderr, code: r.status };
}

describe("the code cache", () => {
  it("is made when missing, used, and made again when V8 rejects it", () => {
    rmSync(CACHE, { force: true });
    const first = run();
    expect(first.code).toBe(0);
    expect(first.err).toBe("");
    expect(first.out).toMatch(/^Plan check — Chengwu County/);
    expect(existsSync(CACHE)).toBe(true);
    const made = readFileSync(CACHE);
    expect(made.length).toBeGreaterThan(10_000);

    expect(run()).toEqual(first);
    expect(readFileSync(CACHE).equals(made)).toBe(true); // accepted: not written again

    const garbage = Buffer.alloc(made.length, 7);
    writeFileSync(CACHE, garbage);
    expect(run()).toEqual(first);
    const again = readFileSync(CACHE);
    expect(again.equals(garbage)).toBe(false);
    expect(again.length).toBeGreaterThan(10_000);
  });

  it("runs from a folder it may not write to", () => {
    rmSync(CACHE, { force: true });
    chmodSync(join(copy, "dist", "bundle"), 0o555);
    try {
      const r = run();
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^Plan check — Chengwu County/);
      if (process.getuid?.() !== 0) expect(existsSync(CACHE)).toBe(false); // root writes anyway
    } finally {
      chmodSync(join(copy, "dist", "bundle"), 0o755);
    }
  });
});

describe("the bundle bin/cwplan compiles", () => {
  it("is one function expression in ASCII, read as latin1: Chinese output comes out whole", () => {
    const code = readFileSync(join(copy, "dist", "bundle", "cwplan.cjs"));
    expect(code.every((b) => b < 0x80)).toBe(true);
    expect(code.subarray(0, 12).toString()).toBe("(function (e");
    const r = spawnSync(
      process.execPath,
      [join(copy, "bin", "cwplan"), "check", join(ROOT, "fixtures", "sample.csv"), "--lang", "zh"],
      { cwd: copy, encoding: "utf8", env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" } },
    );
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("县交通运输局");
    expect(r.stdout).toContain("缺基期值");
  });
});
