import { describe, expect, it } from "vitest";
import { evaluate, latestObservationDate } from "../../src/evaluate/check.js";
import { mergeForPrevious, previousDate } from "../../src/evaluate/previous.js";
import { submissions } from "../../src/evaluate/submissions.js";
import { buildMeeting } from "../../src/format/report/build.js";
import { renderReport } from "../../src/format/report/render.js";
import { noColour } from "../../src/format/style.js";
import { makePlan, makeTarget, obs } from "../evaluate/helpers.js";

const targets = [
  makeTarget({ id: "headline", indicator: "lvl-none", measure: null, value: 100 }),
  makeTarget({ id: "up", indicator: "lvl", value: 100 }),
  makeTarget({ id: "down", indicator: "inc", value: 100 }),
  makeTarget({ id: "silent", indicator: "cov", measure: 2, value: 100 }),
  makeTarget({ id: "same", indicator: "elim", value: 0, comparator: "<=" }),
];
const plan = makePlan({ targets });
const data = [
  obs("lvl-none", "2023-12", 50),
  obs("lvl-none", "2025-06", 90),
  obs("lvl", "2023-12", 0),
  obs("lvl", "2024-06", 5), // far behind as of 2024-06
  obs("lvl", "2025-06", 80), // on track by 2025-06
  obs("inc", "2024-06", 40), // ahead as of 2024-06
  obs("inc", "2025-06", 41), // stalled by 2025-06
  obs("elim", "2023-12", 10),
  obs("elim", "2024-06", 10),
  obs("elim", "2025-06", 10),
];

describe("previous picture's date", () => {
  it("is the latest observation date strictly before as-of", () => {
    expect(previousDate(data, "2025-06-30")).toBe("2024-06-30");
    expect(previousDate(data, "2024-06-30")).toBe("2023-12-31");
    expect(previousDate(data, "2023-12-31")).toBeUndefined();
    expect(previousDate([], "2025-06-30")).toBeUndefined();
    expect(latestObservationDate(data)).toBe("2025-06-30");
    expect(latestObservationDate([])).toBeUndefined();
  });

  it("--previous: the older drop's figures win for the keys it gives", () => {
    const old = [obs("lvl", "2024-06", 7)];
    const merged = mergeForPrevious(old, data);
    expect(merged.filter((o) => o.indicator === "lvl" && o.period === "2024-06")).toEqual(old);
    expect(merged).toHaveLength(data.length);
  });
});

describe("buildMeeting", () => {
  const current = evaluate(plan, data);
  const previous = evaluate(plan, data, { asOf: previousDate(data, current.asOf) });
  const owed = submissions(plan, data, "2025-06");
  const m = buildMeeting({ plan, current, previous, files: [], submissions: owed });

  it("compares the two pictures: worse first, then better", () => {
    const by = Object.fromEntries(current.results.map((r) => [r.target.id, r.status]));
    const was = Object.fromEntries(previous.results.map((r) => [r.target.id, r.status]));
    expect(m.asOf).toBe("2025-06-30");
    expect(m.previousAsOf).toBe("2024-06-30");
    const moved = Object.keys(by).filter((id) => by[id] !== was[id]);
    expect(m.changes.map((c) => c.result.target.id).sort()).toEqual(moved.sort());
    for (const c of m.changes) {
      expect(c.from).toBe(was[c.result.target.id]);
      expect(c.to).toBe(by[c.result.target.id]);
    }
    expect(m.changes.find((c) => c.result.target.id === "up")?.direction).toBe("better");
    expect(m.changes.find((c) => c.result.target.id === "down")?.direction).toBe("worse");
    const dirs = m.changes.map((c) => c.direction);
    expect(dirs).toEqual([...dirs].sort((a, b) => (a === b ? 0 : a === "worse" ? -1 : 1)));
    expect(m.changes.some((c) => c.result.target.id === "silent")).toBe(false); // no-data both times
  });

  it("headline first with its previous result; counts now and before", () => {
    expect(m.headline.map((h) => h.result.target.id)).toEqual(["headline"]);
    expect(m.headline[0]?.previous?.target.id).toBe("headline");
    expect(m.counts).toEqual(current.summary);
    expect(m.previousCounts).toEqual(previous.summary);
    expect(m.total).toBe(targets.length);
  });

  it("concerns: missed, then at-risk, with their units; silent owners", () => {
    const order = m.concerns.map((c) => c.result.status);
    expect(order).toEqual([...order].sort((a, b) => (a === b ? 0 : a === "missed" ? -1 : 1)));
    for (const c of m.concerns) expect(["missed", "at-risk"]).toContain(c.result.status);
    const down = m.concerns.find((c) => c.result.target.id === "down");
    if (down)
      expect(down.units.map((u) => [u.unit.id, u.role])).toEqual([
        ["u1", "lead"],
        ["u2", "shared"],
      ]);
    // u1 owns measure 1's targets and sent June's figures; u2 owns "silent" and never sent it
    expect(m.silentPeriod).toBe("2025-06");
    expect(
      m.silent.map((s) => [s.unit.id, s.missing.map((x) => [x.indicator.id, x.lastPeriod])]),
    ).toEqual([["u2", [["cov", null]]]]);
  });

  it("an owner that has not sent a figure it owes for the month is silent, whatever else it sent", () => {
    const onlySilent = makePlan({ targets: [targets[3] as (typeof targets)[number]] });
    const sent = [...data, obs("cov", "2025-05", 40), obs("lvl", "2025-06", 1)];
    const c = evaluate(onlySilent, sent);
    const mm = buildMeeting({
      plan: onlySilent,
      current: c,
      files: [],
      submissions: submissions(onlySilent, sent, "2025-06"),
    });
    expect(mm.silent.map((s) => [s.unit.id, s.missing.map((x) => x.lastPeriod)])).toEqual([
      ["u2", ["2025-05"]],
    ]);
    expect(mm.previousAsOf).toBeNull();
    expect(mm.changes).toEqual([]);
  });

  it("counts errors and warnings of the files", () => {
    const file = {
      path: "x.csv",
      encoding: "utf-8",
      delimiter: ",",
      rowsRead: 1,
      rowsValid: 0,
      rowsInvalid: 1,
      findings: [
        { code: "value-not-number", severity: "error" as const, file: "x.csv", line: 2 },
        { code: "unknown-unit", severity: "warning" as const, file: "x.csv", line: 2 },
        { code: "unknown-unit", severity: "warning" as const, file: "x.csv", line: 3 },
      ],
    };
    const mm = buildMeeting({ plan, current, files: [file], submissions: owed });
    expect([mm.errors, mm.warnings, mm.findings.length]).toEqual([1, 2, 3]);
  });

  it("renders as Markdown in both languages", () => {
    for (const lang of ["en", "zh"] as const) {
      const o = { lang, style: noColour, width: 100 };
      const md = renderReport(plan, m, o);
      expect(md).toMatch(/^# /);
      expect(md).toContain("2024-06-30");
    }
  });
});
