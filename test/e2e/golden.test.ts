/** The golden-file helper itself: a missing golden file fails, it is never written silently. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectGolden, ROOT } from "./run.js";

describe("expectGolden", () => {
  it.skipIf(process.env.UPDATE_GOLDEN === "1")("fails on a missing golden file", () => {
    const name = "no-such-golden-file";
    const file = join(ROOT, "test", "e2e", "golden", `${name}.md`);
    expect(existsSync(file)).toBe(false);
    const run = { args: ["--version"], stdout: "0.1.0\n", stderr: "", code: 0 };
    expect(() => expectGolden(name, run)).toThrow(/golden file .* is missing; run UPDATE_GOLDEN=1/);
    expect(existsSync(file)).toBe(false);
  });
});
