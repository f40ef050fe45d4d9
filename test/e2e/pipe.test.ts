/**
 * Issue 20, item 7: `cwplan … | head` keeps the exit code the run would have
 * had. A reader that closes the pipe early (head after its first line, or
 * one that reads nothing) is no error: no stack trace, no message, and the
 * exit code is the run's (2 for a bad drop, 1 for failing targets, 0 else),
 * also when stderr goes down the same pipe (`2>&1`, where report writes its
 * summary after the report).
 */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cwplan, ROOT } from "./run.js";

const BIN = join(ROOT, "bin", "cwplan");
const ENV = {
  PATH: process.env.PATH ?? "",
  HOME: process.env.HOME ?? "",
  LANG: "en_US.UTF-8",
  NO_COLOR: "1",
};

/** bash with pipefail: the status of the pipeline is cwplan's, head's being 0 */
function piped(pipeline: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync("bash", ["-c", `set -o pipefail; ${pipeline}`], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...ENV, CWPLAN: `${process.execPath} ${BIN}` },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CASES: [string, string[], number][] = [
  // 74 KB of JSON: more than a pipe holds, so the write meets the closed pipe
  ["validate a bad folder, json", ["validate", "fixtures/drops/bad", "--format", "json"], 2],
  ["check with failing targets", ["check", "fixtures/scenario/drops"], 1],
  ["check a bad folder", ["check", "fixtures/drops/bad", "--fail-on", "never"], 2],
  ["report a bad folder", ["report", "fixtures/drops/bad"], 2],
  ["report the sample", ["report", "fixtures/sample.csv"], 0],
];

describe("a reader that closes the pipe early", () => {
  it.each(CASES)("%s | head -1: the run's exit code", (_, args, code) => {
    // the code the run has with nobody closing anything
    expect(cwplan(args).code).toBe(code);
    const r = piped(`$CWPLAN ${args.join(" ")} | head -1`);
    expect(r.status).toBe(code);
    expect(r.stdout.split("\n").length).toBeLessThanOrEqual(2);
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at |Error:/);
  });

  it.each(CASES)("%s 2>&1 | head -1: the same, stderr down the pipe too", (_, args, code) => {
    const r = piped(`$CWPLAN ${args.join(" ")} 2>&1 | head -1`);
    expect(r.status).toBe(code);
    expect(r.stderr).toBe("");
  });

  it.each(CASES)("%s, its stdout closed before it writes a byte", async (_, args, code) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: ENV,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy(); // the reading end is gone before the child starts
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => {
      stderr += b.toString();
    });
    const status = await new Promise<number | null>((done) => child.on("close", done));
    expect(status).toBe(code);
    expect(stderr).not.toMatch(/EPIPE|\n\s+at |Error:/);
  });
});
