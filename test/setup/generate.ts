/**
 * Global setup of the `fast` test project: regenerate src/generated/ from
 * schemas/ and plan/ (scripts/build.mjs --generate-only: the ajv validators
 * that src/ imports and the pre-parsed embedded plan that src/plan/load.ts
 * takes instead of parsing plan/chengwu.yaml), so that no test runs against
 * validators of an older schema or a plan parsed by older code; again before
 * each re-run in watch mode, where src/plan/ may have changed meanwhile.
 * Fast: no TypeScript compile, no bundle.
 */
import type { TestProject } from "vitest/node";
import { build } from "./build.js";

export default function setup(project: TestProject): void {
  build(["--generate-only"]);
  project.onTestsRerun(() => build(["--generate-only"]));
}
