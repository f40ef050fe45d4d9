/**
 * Tests that run the built CLI (bin/cwplan → dist/) live in test/e2e, whose
 * vitest project builds dist/ from the current source first
 * (test/setup/build.ts). A test elsewhere that spawned it would run whatever
 * build lay about: `npx vitest run test/evaluate` passed on a stale build
 * this way once. Elsewhere, test the source in-process (`main(argv, io)`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const TEST = fileURLToPath(new URL("..", import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return testFiles(path);
    return e.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** What a test that runs the built CLI says: the spawning helper, the bin, or dist itself. */
const RUNS_THE_BUILD = [/from "(\.\.\/)+e2e\/run\.js"/, /bin\/cwplan/, /["'/]dist\//];

describe("tests outside test/e2e", () => {
  const self = fileURLToPath(import.meta.url);
  const outside = testFiles(TEST).filter(
    (f) => !relative(TEST, f).startsWith("e2e/") && f !== self,
  );

  it("are found", () => {
    expect(outside.length).toBeGreaterThan(20);
  });

  it("never run the built CLI (it may be stale where they run)", () => {
    const offenders = outside.flatMap((f) => {
      const text = readFileSync(f, "utf8");
      return RUNS_THE_BUILD.filter((re) => re.test(text)).map((re) => `${relative(TEST, f)} ${re}`);
    });
    expect(offenders).toEqual([]);
  });
});
