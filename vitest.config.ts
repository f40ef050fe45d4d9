import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` runs src/ directly (vitest compiles it) after
 * regenerating src/generated/; `cli` spawns bin/cwplan after building it from
 * the current source (test/setup/build.ts). A project's global setup runs
 * only when one of its tests is selected, so `npx vitest run test/evaluate`
 * does not build.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: ["test/e2e/**"],
          globalSetup: ["test/setup/generate.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "cli",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/setup/build.ts"],
        },
      },
    ],
  },
});
