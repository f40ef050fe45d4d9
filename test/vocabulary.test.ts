/**
 * The vocabulary's lists are defined once in src/vocabulary.ts; the JSON
 * Schemas, which cannot import them, must name the same codes in the same order.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseState } from "../src/data/number.js";
import { STATUS_WORDS } from "../src/i18n/status.js";
import { STATE_LABELS } from "../src/i18n/vocabulary.js";
import {
  FAIL_ON,
  LANGS,
  MILESTONE_STATES,
  STATUSES,
  stateRank,
  statusRank,
} from "../src/vocabulary.js";

const schema = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, "..", "schemas", name), "utf8"));

describe("vocabulary", () => {
  it("the plan schema's milestone states are MILESTONE_STATES", () => {
    const plan = schema("plan.schema.json");
    expect(plan.properties.targets.items.properties.value.oneOf[1]).toEqual({
      $ref: "#/definitions/milestoneState",
    });
    expect(plan.definitions.milestoneState.enum).toEqual([...MILESTONE_STATES]);
  });

  it("the check output schema's statuses and --fail-on are STATUSES and FAIL_ON", () => {
    const s = schema("check-output.schema.json");
    expect(s.definitions.status.enum).toEqual([...STATUSES]);
    expect(s.properties.failOn.enum).toEqual([...FAIL_ON]);
    expect(s.definitions.counts.required).toEqual([...STATUSES]);
  });

  it("ranks statuses best to worst and states in the order a project moves", () => {
    expect(STATUSES.map(statusRank)).toEqual([0, 1, 2, 3, 4]);
    expect(statusRank("missed")).toBeLessThan(statusRank("no-data"));
    expect(stateRank("not_started")).toBeLessThan(stateRank("in_progress"));
    expect(stateRank("in_progress")).toBeLessThan(stateRank("done"));
  });

  it("has words for every status and state in every language", () => {
    for (const lang of LANGS) {
      expect(Object.keys(STATUS_WORDS[lang].status).sort()).toEqual([...STATUSES].sort());
      expect(Object.keys(STATE_LABELS[lang]).sort()).toEqual([...MILESTONE_STATES].sort());
    }
  });

  it("reads a state from its code or its words in either language", () => {
    for (const state of MILESTONE_STATES) {
      expect(parseState(state)).toBe(state);
      for (const lang of LANGS) expect(parseState(STATE_LABELS[lang][state])).toBe(state);
    }
    expect(parseState("未开工")).toBe("not_started");
    expect(parseState(" In-Progress ")).toBe("in_progress");
    expect(parseState("finished")).toBeUndefined();
  });
});
