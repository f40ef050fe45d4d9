/**
 * Colour, as the built CLI decides it from the environment it is started
 * with (NO_COLOR, FORCE_COLOR, a pipe, --color, --no-color, -o FILE): a
 * spawned smoke test, since in process the terminal is the test runner's.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes
const ESC = /\u001b\[/;

describe("colour", () => {
  /** The CLI with exactly this environment (nothing of the test runner's). */
  function run(args: string[], env: Record<string, string>) {
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "cwplan"), ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", COLUMNS: "100", ...env },
    });
    return r.stdout;
  }
  const args = ["check", "fixtures/scenario/drops"];

  it("no escape codes with NO_COLOR=1, nor when stdout is not a terminal", async () => {
    expect(run(args, { NO_COLOR: "1" })).not.toMatch(ESC);
    expect(run(args, {})).not.toMatch(ESC); // a pipe, no FORCE_COLOR
    expect(run(args, { FORCE_COLOR: "0" })).not.toMatch(ESC);
  });

  it("escape codes with FORCE_COLOR=1 (NO_COLOR unset) and with --color", async () => {
    expect(run(args, { FORCE_COLOR: "1" })).toMatch(ESC);
    expect(run([...args, "--color"], { NO_COLOR: "1" })).toMatch(ESC);
  });

  it("--no-color beats FORCE_COLOR; -o FILE never gets colour", async () => {
    expect(run([...args, "--no-color"], { FORCE_COLOR: "1" })).not.toMatch(ESC);
    const dir = mkdtempSync(join(tmpdir(), "cwplan-color-"));
    try {
      const file = join(dir, "out.txt");
      expect(run([...args, "-o", file], { FORCE_COLOR: "1" })).toBe("");
      expect(readFileSync(file, "utf8")).not.toMatch(ESC);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the machine formats have no escape codes even when colour is forced", async () => {
    for (const format of ["json", "markdown", "csv", "junit", "github"]) {
      expect(run([...args, "--format", format], { FORCE_COLOR: "1" }), format).not.toMatch(ESC);
    }
  });
});
