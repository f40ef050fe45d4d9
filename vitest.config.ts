import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Two projects; `npm test` and CI run both.
 *
 * - `fast`: everything that runs the current source in process (vitest
 *   compiles src/), the CLI included (test/cli/run.ts `runMain`, golden
 *   files in test/cli/golden/) and the READMEs' commands; its set-up only
 *   regenerates src/generated/ (test/setup/generate.ts). What to run while
 *   working: `npx vitest --project fast`. Its files share one module graph
 *   per worker (`isolate: false`): evaluating src/ and its packages afresh
 *   for each of ~100 files cost more than half the project's CPU time. So a
 *   file must leave no state behind (it restores what it changes: the
 *   working folder, process.env, spies), and a file that mocks a module
 *   starts a fresh graph first (`vi.hoisted(() => vi.resetModules())`, see
 *   test/data/limits.test.ts), or the modules it tests keep the real one.
 * - `slow`: test/e2e/, the built package as users get it (bin/cwplan →
 *   dist/bundle/, spawned): a few smoke tests (colour from the environment,
 *   the code cache, lazily loaded packages), the offline install of the
 *   release, the bulk hostile inputs, the HTML report in Chromium. Its
 *   set-up builds dist/ from the current source first (test/setup/build.ts),
 *   so that no test passes on a stale build.
 *
 * A project's global set-up runs only when one of its tests is selected, so
 * `npx vitest run test/evaluate` does not build.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "fast",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["test/e2e/**"],
          globalSetup: ["test/setup/generate.ts"],
          isolate: false,
          // vitest's default is one worker fewer than cores: one, on a two-core machine
          maxWorkers: Math.max(2, availableParallelism() - 1),
          // (a project with its own maxWorkers runs as a group of its own: first)
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "slow",
          sequence: { groupOrder: 1 },
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/setup/build.ts"],
        },
      },
    ],
  },
});
