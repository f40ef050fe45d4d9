/**
 * Runs the CLI in process, on the current source (`main(argv, io)`),
 * collecting what it prints: for tests of the CLI's behaviour that need no
 * built bin/cwplan (those that spawn it live in test/e2e).
 */
import { main } from "../../src/cli/main.js";

export interface MainRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface MainRunOptions {
  /** environment beside NO_COLOR=1 (no LANG unless given: the language then comes from the system) */
  env?: Record<string, string>;
  /** terminal width (default 100) */
  columns?: number;
  /** stdout is a terminal (default false: a pipe) */
  isTTY?: boolean;
  /** run in this folder (where cwplan.yaml is looked for and relative paths start) */
  cwd?: string;
}

export async function runMain(args: string[], opts: MainRunOptions = {}): Promise<MainRun> {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: (s: string) => {
      stdout += s;
    },
    stderr: (s: string) => {
      stderr += s;
    },
    env: { NO_COLOR: "1", ...opts.env },
    isTTY: opts.isTTY ?? false,
    columns: opts.columns ?? 100,
    ...(opts.cwd === undefined ? {} : { cwd: () => opts.cwd ?? "" }),
  };
  const before = process.cwd();
  if (opts.cwd !== undefined) process.chdir(opts.cwd);
  try {
    const code = await main(["node", "cwplan", ...args], io);
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}
