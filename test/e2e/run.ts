/**
 * Spawn the built CLI (bin/cwplan → dist/) the way a user runs it, and keep
 * what it printed as a golden Markdown file a reviewer can read. The `cli`
 * test project builds dist/ from the current source before these tests run
 * (test/setup/build.ts). A missing golden file fails its test; set
 * UPDATE_GOLDEN=1 to write or rewrite the golden files.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

export const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "cwplan");

export interface Run {
  args: string[];
  stdout: string;
  stderr: string;
  code: number;
}

export function cwplan(args: string[], env: Record<string, string> = {}, input?: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      LANG: "en_US.UTF-8",
      COLUMNS: "100",
      NO_COLOR: "1",
      ...env,
    },
  });
  return { args, stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
}

function render(r: Run): string {
  const block = (s: string) =>
    s === "" ? "(empty)\n" : `\`\`\`\n${s}${s.endsWith("\n") ? "" : "\n"}\`\`\`\n`;
  return `# cwplan ${r.args.join(" ")}\n\n## stdout\n\n${block(r.stdout)}\n## stderr\n\n${block(r.stderr)}\n## Exit code: ${r.code}\n`;
}

/** Compare a run with test/e2e/golden/<name>.md (or write it under UPDATE_GOLDEN=1). */
export function expectGolden(name: string, r: Run): void {
  const file = goldenFile(name);
  const text = render(r);
  if (process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(file, text);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(
      `golden file ${file} is missing; run UPDATE_GOLDEN=1 npx vitest run test/e2e to write it, then read it before committing`,
    );
  }
  expect(text).toBe(readFileSync(file, "utf8"));
}

function goldenFile(name: string): string {
  return join(ROOT, "test", "e2e", "golden", `${name}.md`);
}
