/**
 * The plan the build pre-parses (dist/generated/embedded-plan.json, built
 * before these tests by test/setup/build.ts) is the plan a fresh parse of
 * plan/chengwu.yaml gives, and an edited YAML is parsed again, never served
 * from the stale pre-parsed copy.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parsePlan } from "../../src/plan/parse.js";
import { prebuiltPlan } from "../../src/plan/prebuilt.js";
import { cwplan, ROOT } from "./run.js";

const YAML = join(ROOT, "plan", "chengwu.yaml");
const EMBEDDED = join(ROOT, "dist", "generated", "embedded-plan.json");
const tmp = mkdtempSync(join(tmpdir(), "cwplan-embedded-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the embedded plan", () => {
  const bytes = readFileSync(YAML);

  it("equals a fresh parse of plan/chengwu.yaml, stored with the YAML's text", () => {
    const stored = JSON.parse(readFileSync(EMBEDDED, "utf8"));
    expect(stored.yaml).toBe(bytes.toString("utf8"));
    expect(stored.plan).toEqual(parsePlan(bytes.toString("utf8"), "plan/chengwu.yaml"));
    expect(prebuiltPlan(bytes, EMBEDDED)).toEqual(stored.plan);
  });

  it("is not used for an edited YAML, nor from a missing or broken file", () => {
    const edited = Buffer.from(bytes.toString("utf8").replace("staleMonths: 3", "staleMonths: 4"));
    expect(edited.equals(bytes)).toBe(false);
    expect(prebuiltPlan(edited, EMBEDDED)).toBeUndefined();
    expect(prebuiltPlan(bytes, join(tmp, "missing.json"))).toBeUndefined();
    const broken = join(tmp, "broken.json");
    writeFileSync(broken, JSON.stringify({ yaml: bytes.toString("utf8") }).slice(0, -1));
    expect(prebuiltPlan(bytes, broken)).toBeUndefined();
    writeFileSync(broken, JSON.stringify({ yaml: bytes.toString("utf8") }));
    expect(prebuiltPlan(bytes, broken)).toBeUndefined();
    // a plan stored for another text, even one of the same length
    const stored = JSON.parse(readFileSync(EMBEDDED, "utf8"));
    writeFileSync(broken, JSON.stringify({ ...stored, yaml: edited.toString("utf8") }));
    expect(prebuiltPlan(bytes, broken)).toBeUndefined();
    expect(prebuiltPlan(edited, broken)).toEqual(stored.plan);
  });

  it("an edited embedded plan is parsed again: the CLI sees the edit", () => {
    // a copy of the built package whose plan/chengwu.yaml differs from the one the build saw
    const copy = join(tmp, "package");
    for (const part of ["bin", "dist", "plan", "package.json"]) {
      cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    }
    const text = bytes.toString("utf8");
    writeFileSync(
      join(copy, "plan", "chengwu.yaml"),
      text.replace("staleMonths: 3", "staleMonths: 4"),
    );
    const r = spawnSync(
      process.execPath,
      [join(copy, "bin", "cwplan"), "plan", "--format", "json"],
      {
        encoding: "utf8",
      },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).policy.staleMonths).toBe(4);
    const embedded = cwplan(["plan", "--format", "json"]);
    expect(JSON.parse(embedded.stdout).policy.staleMonths).toBe(3);
  });
});
