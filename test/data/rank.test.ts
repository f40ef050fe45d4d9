/**
 * Issue 20, item 6: the one rank of findings for people (src/data/rank.ts).
 * Open errors, then warnings that change what a figure means, then corrected
 * errors, other warnings, notes; a cap never hides the first two.
 */
import { describe, expect, it } from "vitest";
import { ALL_CODES, severityOf } from "../../src/data/codes.js";
import {
  alwaysListed,
  capFindings,
  FINDING_RANKS,
  MEANING_CODES,
  rankFindings,
  rankOf,
} from "../../src/data/rank.js";
import type { Finding, Severity } from "../../src/data/types.js";

const f = (code: string, severity: Severity, extra: Partial<Finding> = {}): Finding => ({
  code,
  severity,
  file: "a.csv",
  ...extra,
});

describe("rankOf", () => {
  it("gives each code of the catalogue its rank from its severity and meaning", () => {
    for (const code of ALL_CODES) {
      const sev = severityOf(code);
      const want =
        sev === "error"
          ? "error"
          : sev === "note"
            ? "note"
            : MEANING_CODES.has(code)
              ? "meaning"
              : "warning";
      expect(rankOf(f(code, sev)), code).toBe(want);
    }
  });

  it("ranks the plausibility warnings, reported-by-other and revisions as changing a figure's meaning", () => {
    for (const code of [
      "sudden-jump",
      "total-went-down",
      "far-above-target",
      "period-before-baseline",
      "reported-by-other",
      "value-revised",
    ]) {
      expect(rankOf(f(code, "warning")), code).toBe("meaning");
    }
    for (const code of ["blank-row", "unknown-column", "duplicate-row", "total-row"]) {
      expect(rankOf(f(code, "warning")), code).toBe("warning");
    }
  });

  it("every meaning code is a warning of the catalogue (reported-by-other once it is declared)", () => {
    for (const code of MEANING_CODES) {
      const declared = ALL_CODES.find((c) => c === code);
      if (declared === undefined) {
        expect(code).toBe("reported-by-other"); // declared by issue 20 item 3's work
        continue;
      }
      expect(severityOf(declared), code).toBe("warning");
    }
  });

  it("a corrected error ranks after the meaning warnings and is not always listed", () => {
    const corrected = f("bad-state", "error", { corrected: { file: "b.csv", line: 2 } });
    expect(rankOf(corrected)).toBe("corrected");
    expect(alwaysListed("corrected")).toBe(false);
    expect(FINDING_RANKS.filter(alwaysListed)).toEqual(["error", "meaning"]);
  });
});

describe("rankFindings and capFindings", () => {
  const note = f("title-row", "note", { line: 1 });
  const w1 = f("blank-row", "warning", { line: 3 });
  const jump = f("sudden-jump", "warning", { line: 4 });
  const err = f("bad-period", "error", { line: 5 });
  const w2 = f("unknown-column", "warning", { line: 1 });
  const fixed = f("bad-state", "error", { line: 6, corrected: { file: "b.csv", line: 2 } });
  const err2 = f("likely-fraction", "error", { file: "b.csv", line: 2 });
  const read = [note, w1, jump, err, w2, fixed, err2];

  it("orders by rank, keeping the order read within a rank", () => {
    expect(rankFindings(read)).toEqual([err, err2, jump, fixed, w1, w2, note]);
    expect(rankFindings([])).toEqual([]);
  });

  it("is a stable sort: ranking a ranked list changes nothing, and no finding is lost", () => {
    const once = rankFindings(read);
    expect(rankFindings(once)).toEqual(once);
    expect(new Set(once)).toEqual(new Set(read));
  });

  it("never cuts an open error or a meaning warning; the cap applies to the rest", () => {
    expect(capFindings(read, 0)).toEqual({ shown: [err, err2, jump], cut: 4 });
    expect(capFindings(read, 2)).toEqual({ shown: [err, err2, jump], cut: 4 });
    expect(capFindings(read, 4)).toEqual({ shown: [err, err2, jump, fixed], cut: 3 });
    expect(capFindings(read, 7)).toEqual({ shown: rankFindings(read), cut: 0 });
    expect(capFindings(read, 100)).toEqual({ shown: rankFindings(read), cut: 0 });
  });

  it("shown + cut = all, for every cap", () => {
    for (let max = 0; max <= 9; max++) {
      const c = capFindings(read, max);
      expect(c.shown.length + c.cut).toBe(read.length);
      expect(c.shown.length).toBe(Math.min(7, Math.max(max, 3)));
    }
  });
});
