/**
 * The drafter stays out of every other command. Its code is in the bundle
 * (dist/bundle/cwplan.cjs, compiled from the code cache) and runs only when
 * `draft` imports it; the package it reads Word files with, mammoth, is a
 * file of its own (dist/bundle/mammoth.cjs), and the built CLI is run with
 * a hook that logs every CommonJS module it loads: `check` and `plan` do not
 * load it; `draft` of a .docx does (so the test can tell). No run loads
 * anything from node_modules.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, test } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const MAMMOTH = join(ROOT, "dist", "bundle", "mammoth.cjs");

function loaded(args: string[]): { files: string[]; code: number; stderr: string } {
  const log = join(mkdtempSync(join(tmpdir(), "cwplan-lazy-")), "loads.txt");
  const r = spawnSync(
    process.execPath,
    [
      "--require",
      join(ROOT, "test", "e2e", "hooks", "require-log.cjs"),
      join(ROOT, "bin", "cwplan"),
      ...args,
    ],
    { cwd: ROOT, encoding: "utf8", env: { PATH: process.env.PATH ?? "", CWPLAN_LOAD_LOG: log } },
  );
  const files = readFileSync(log, "utf8").split("\n").filter(Boolean);
  expect(
    files.filter((f) => f.includes("node_modules")),
    args.join(" "),
  ).toEqual([]);
  return { files, code: r.status ?? -1, stderr: r.stderr };
}

describe("the drafter loads only for `cwplan draft`", () => {
  test("check and plan do not load its Word reader; draft of a .docx does", async () => {
    for (const args of [["check", "fixtures/sample.csv", "--fail-on", "never"], ["plan"]]) {
      const run = loaded(args);
      expect(run.code).toBe(0);
      expect(run.files).not.toContain(MAMMOTH);
    }
    const dir = mkdtempSync(join(tmpdir(), "cwplan-lazy-"));
    const text = readFileSync(join(ROOT, "fixtures", "draft", "chengwu.txt"), "utf8");
    const doc = new Document({
      sections: [{ children: text.split("\n").map((line) => new Paragraph(line)) }],
    });
    writeFileSync(join(dir, "plan.docx"), await Packer.toBuffer(doc));
    const draft = loaded(["draft", join(dir, "plan.docx"), "-o", join(dir, "p.yaml")]);
    expect(draft.stderr).toMatch(/drafted: 2\d measures/); // the Word file was read
    expect(draft.code).toBe(0);
    expect(draft.files).toContain(MAMMOTH);
  });
});
