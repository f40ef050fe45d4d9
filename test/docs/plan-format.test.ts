/**
 * docs/plan-format.md: its complete plan loads and lints clean, and every
 * field of schemas/plan.schema.json is described in both its languages.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintPlan } from "../../src/plan/lint.js";
import { parsePlan } from "../../src/plan/parse.js";

const ROOT = join(import.meta.dirname, "..", "..");
const doc = readFileSync(join(ROOT, "docs", "plan-format.md"), "utf8");
const [zh = "", en = ""] = doc.split("\n## English\n");

/** Every field's name in the schema, nested ones included. */
function fields(schema: unknown, out = new Set<string>()): Set<string> {
  if (schema && typeof schema === "object") {
    for (const [k, v] of Object.entries(schema)) {
      if (k === "properties" && v && typeof v === "object")
        for (const name of Object.keys(v)) out.add(name);
      fields(v, out);
    }
  }
  return out;
}

describe("docs/plan-format.md", () => {
  it("has a complete plan that loads and lints clean", () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(zh)?.[1] ?? "";
    const plan = parsePlan(yaml, "plan-format.md");
    expect(plan.targets).toHaveLength(3);
    expect(yaml).not.toMatch(/(^|[{,\s])en:/m);
    expect(lintPlan(plan)).toEqual([]);
  });

  it.each([
    ["zh", zh],
    ["en", en],
  ])("describes every field of the schema (%s)", (_, part) => {
    const schema: unknown = JSON.parse(
      readFileSync(join(ROOT, "schemas", "plan.schema.json"), "utf8"),
    );
    const all = [...fields(schema)];
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((f) => !part.includes(`\`${f}\``))).toEqual([]);
  });
});
