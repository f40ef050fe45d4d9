/**
 * The CLI run in process on the current source (runMain), from the
 * repository's root with the environment a user's terminal would give
 * (LANG=en_US.UTF-8, 100 columns, no colour), and golden Markdown files a
 * reviewer can read: test/cli/golden/<name>.md, the command, its stdout,
 * stderr and exit code.
 *
 * A missing golden file fails its test. To write or rewrite golden files,
 * name them, one by one:
 *
 *   UPDATE_GOLDEN=check-sample,report-zh npx vitest run test/cli
 *
 * rewrites only those and prints the diff of each; `UPDATE_GOLDEN=1` (every
 * file at once) is refused.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { runMain } from "./run.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const GOLDEN = join(ROOT, "test", "cli", "golden");

export interface Run {
  args: string[];
  stdout: string;
  stderr: string;
  code: number;
}

/** cwplan ARGS in process, from the repository's root; `env` adds to (or overrides) the terminal's. */
export async function cwplan(
  args: string[],
  env: Record<string, string> = {},
  isTTY = false,
): Promise<Run> {
  const all = { LANG: "en_US.UTF-8", COLUMNS: "100", ...env };
  const r = await runMain(args, { env: all, columns: Number(all.COLUMNS), cwd: ROOT, isTTY });
  return { args, ...r };
}

function render(r: Run): string {
  const block = (s: string) =>
    s === "" ? "(empty)\n" : `\`\`\`\n${s}${s.endsWith("\n") ? "" : "\n"}\`\`\`\n`;
  return `# cwplan ${r.args.join(" ")}\n\n## stdout\n\n${block(r.stdout)}\n## stderr\n\n${block(r.stderr)}\n## Exit code: ${r.code}\n`;
}

/** The golden files UPDATE_GOLDEN names; a blanket value is refused. */
function toUpdate(): Set<string> {
  const names = (process.env.UPDATE_GOLDEN ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.some((n) => /^(1|true|yes|all|\*)$/i.test(n))) {
    throw new Error(
      "UPDATE_GOLDEN names the golden files to rewrite, one by one (UPDATE_GOLDEN=check-sample,report-zh): every file at once is not offered",
    );
  }
  return new Set(names);
}

/** A unified diff of two texts (diff -u), for the person rewriting a golden file. */
function unifiedDiff(name: string, before: string, after: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-golden-"));
  try {
    writeFileSync(join(dir, "before"), before);
    writeFileSync(join(dir, "after"), after);
    const r = spawnSync(
      "diff",
      ["-u", "--label", `${name} (before)`, "--label", `${name} (after)`, "before", "after"],
      { cwd: dir, encoding: "utf8" },
    );
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Compare a run with <dir>/<name>.md, or rewrite it when UPDATE_GOLDEN names it. */
export function expectGolden(name: string, r: Run, dir = GOLDEN): void {
  const file = join(dir, `${name}.md`);
  const text = render(r);
  const before = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  if (toUpdate().has(name)) {
    if (before === text) return;
    writeFileSync(file, text);
    process.stderr.write(
      before === undefined ? `wrote ${file}\n` : unifiedDiff(`${name}.md`, before, text),
    );
    return;
  }
  if (before === undefined) {
    throw new Error(
      `golden file ${file} is missing; run UPDATE_GOLDEN=${name} npx vitest run test/cli to write it, then read it before committing`,
    );
  }
  expect(text).toBe(before);
}
