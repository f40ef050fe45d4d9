/**
 * The pieces of the meeting's page and digest: plain words, rounding, the
 * digest's line wrapping, the trajectories the charts draw, who reported,
 * and the page model.
 */
import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { readDrops } from "../../src/data/read.js";
import { evaluate } from "../../src/evaluate/check.js";
import { HistoryStore } from "../../src/evaluate/history.js";
import { submissions } from "../../src/evaluate/submissions.js";
import { trajectories } from "../../src/evaluate/trajectory.js";
import { observationDates } from "../../src/format/html/index.js";
import { buildPage } from "../../src/format/html/model.js";
import { esc } from "../../src/format/html/page.js";
import { dueWords, goalWords, periodWords } from "../../src/format/html/plain.js";
import { amount, approx, rounded } from "../../src/format/numbers.js";
import { renderDigest, wrapLine } from "../../src/format/report/text.js";
import { displayWidth } from "../../src/format/width.js";
import { loadPlan } from "../../src/plan/load.js";
import type { Target } from "../../src/plan/types.js";
import { DROPS } from "./helpers.js";

describe("plain words", () => {
  it("rounds for reading, and worked-out figures further", () => {
    expect(rounded(49.987)).toBe("50");
    expect(rounded(50.12)).toBe("50.1");
    expect(rounded(0.748)).toBe("0.75");
    expect(rounded(2558.4)).toBe("2,558");
    expect(approx(354_692)).toBe(355_000);
    expect(approx(2558)).toBe(2560);
    expect(approx(48.7)).toBe(48.7);
  });

  it("writes amounts in each language, 万 multiplied out in English", () => {
    expect(amount(30.5, "万千瓦", "zh")).toBe("30.5万千瓦");
    expect(amount(30.5, "万千瓦", "en")).toBe("305,000 kW");
    expect(amount(1, "处", "en")).toBe("1 site");
    expect(amount(7, "处", "en")).toBe("7 sites");
    expect(amount(50.1, "%", "en")).toBe("50.1%");
    expect(amount("in_progress", "state", "zh")).toBe("推进中");
    expect(amount(354_692.3, "千瓦", "en", true)).toBe("355,000 kW");
  });

  it("writes periods and deadlines as people do", () => {
    expect(periodWords("2025-06", "zh")).toBe("2025年6月");
    expect(periodWords("2025-Q2", "zh")).toBe("2025年二季度");
    expect(periodWords("2024", "zh")).toBe("2024年");
    expect(periodWords("2025-06", "en")).toBe("Jun 2025");
    expect(periodWords("2025-Q2", "en")).toBe("Q2 2025");
    expect(dueWords("2025-12-31", "zh")).toBe("2025年底");
    expect(dueWords("2025-06-30", "en")).toBe("30 Jun 2025");
  });

  it("says what a target asks for without symbols", () => {
    const t = (over: Partial<Target>): Target => ({
      id: "x",
      measure: 1,
      section: "一",
      indicator: "x",
      name: { zh: "x", en: "x" },
      comparator: ">=",
      value: 10,
      unit: "个",
      deadline: "2025-12-31",
      cadence: "by-deadline",
      quote: "",
      ...over,
    });
    expect(goalWords(t({}), "zh")).toBe("2025年底达到10个");
    expect(goalWords(t({ comparator: "~", unit: "%", value: 53 }), "zh")).toBe("2025年底53%左右");
    expect(goalWords(t({ comparator: "<=", value: 0 }), "en")).toBe("down to zero by end of 2025");
    expect(goalWords(t({ cadence: "annual", unit: "人" }), "en")).toBe(
      "at least 10 people each year",
    );
    expect(goalWords(t({ comparator: "=", value: "done", unit: "state" }), "zh")).toBe(
      "2025年底完成",
    );
  });

  it("escapes the five HTML characters", () => {
    expect(esc(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  });
});

describe("the digest's wrapping", () => {
  it("keeps every line within the width, every character in order, and figures whole", () => {
    const piece = fc.constantFrom(
      "城镇化率",
      "达到",
      "50.1%",
      "（2025年6月）",
      "；",
      "。",
      "，",
      " ",
      "latest",
      "305,000",
      "kW",
      "目标",
      "a-very-long-token-without-spaces-that-must-be-split-somewhere-inside-it",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 6 }),
        (pieces, indent) => {
          const text = pieces.join("");
          const lines = wrapLine(text, indent, 40);
          for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(40);
          const squash = (s: string) => s.replace(/\s+/g, "");
          expect(squash(lines.join(""))).toBe(squash(text));
          // no line starts with closing punctuation
          for (const l of lines.slice(1)) expect(l.trimStart()).not.toMatch(/^[，。；：）]/);
        },
      ),
      { seed: 13, numRuns: 200 },
    );
    // a figure is not split when it fits on the next line
    const lines = wrapLine(`${"字".repeat(35)}48.7%；目标`, 0, 72);
    expect(lines.some((l) => l.includes("48.7%"))).toBe(true);
    // nor from its unit, nor a date from its 年 and 月, nor 左右 from its figure
    for (const whole of [
      "17.6公里",
      "34.5万个",
      "2025年6月",
      "2025年底",
      "53%左右",
      "3,600人以上",
    ]) {
      for (let n = 30; n <= 36; n++) {
        const wrapped = wrapLine(`${"字".repeat(n)}${whole}；目标`, 0, 72);
        expect(
          wrapped.some((l) => l.includes(whole)),
          `${n} ${whole}`,
        ).toBe(true);
      }
    }
  });
});

describe("trajectories, reporting and the page model on the scenario", async () => {
  const { plan } = await loadPlan();
  const drops = await readDrops([DROPS], plan);
  const store = HistoryStore.of(plan, drops.observations);
  const check = evaluate(plan, store);
  const histories = store.histories();
  const owed = submissions(plan, drops.observations, check.asOf.slice(0, 7));
  const traj = trajectories(
    plan,
    check.results,
    histories,
    check.asOf,
    observationDates(histories),
  );
  const scenarioPage = (kind: "report" | "check") =>
    buildPage({ kind, plan, check, files: drops.files, trajectories: traj, submissions: owed });

  it("gives each target the values its rule judged, oldest first, ending with the latest", () => {
    const rate = traj.get("urbanization-rate-2025");
    expect(rate).toBeDefined();
    const points = rate?.points ?? [];
    expect(points.length).toBeGreaterThan(1);
    const dates = points.map((p) => p.date);
    expect([...dates].sort()).toEqual(dates);
    const r = check.results.find((x) => x.target.id === "urbanization-rate-2025");
    expect(points.at(-1)?.value).toBe(r?.working?.value);
    expect(rate?.goal).toBe(53);
    expect(rate?.deadline).toBe("2025-12-31");
    expect(rate?.start?.value).toBe(r?.working?.baseline?.value);
    // a target with nothing reported has no point; one that needs a baseline has its one figure
    for (const x of check.results.filter((x) => x.status === "no-data")) {
      const shown = traj.get(x.target.id)?.points ?? [];
      if (x.detail === "needs-baseline") {
        expect(shown.map((p) => p.value)).toEqual([x.working?.value]);
      } else expect(shown).toEqual([]);
    }
  });

  it("keeps an annual target's points in the year judged", () => {
    for (const r of check.results.filter((x) => x.target.cadence === "annual" && x.working)) {
      const year = String(r.working?.year);
      for (const p of traj.get(r.target.id)?.points ?? []) expect(p.date.slice(0, 4)).toBe(year);
    }
  });

  it("marks in the scorecard the owners that still owe figures for the month", () => {
    const page = buildPage({
      kind: "report",
      plan,
      check,
      files: drops.files,
      trajectories: traj,
      submissions: submissions(plan, drops.observations, check.asOf.slice(0, 7)),
    });
    const owing = new Set(page.meeting.silent.map((o) => o.unit.id));
    expect(page.notReported.map((u) => u.id).sort()).toEqual([...owing].sort());
    for (const row of page.scorecard) expect(row.reported).toBe(!owing.has(row.unit.id));
    // the scorecard counts owned targets only; its weakest target is one the unit owns
    for (const row of page.scorecard) {
      const rollup = check.byUnit.find((u) => u.unit.id === row.unit.id);
      const owned = rollup?.targets.filter((t) => t.owns).map((t) => t.id) ?? [];
      expect(owned.length).toBeGreaterThan(0);
      if (row.worstTarget) expect(owned).toContain(row.worstTarget.target.id);
      const n = Object.values(row.counts).reduce((a, b) => a + b, 0);
      expect(n).toBe(owned.length);
    }
  });

  it("charts in a report the targets needing attention, worst first; in check all", () => {
    const report = scenarioPage("report");
    const order = ["missed", "at-risk", "behind", "no-data"];
    const ranks = report.charted.map((r) => order.indexOf(r.status));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(report.charted.length).toBe(
      check.summary.behind +
        check.summary["at-risk"] +
        check.summary.missed +
        check.summary["no-data"],
    );
    const all = scenarioPage("check");
    expect(all.charted.length).toBe(check.results.length);
    expect(report.colours.red).toBe(check.summary["at-risk"] + check.summary.missed);
  });

  it("writes the digest within 72 columns in both languages", () => {
    const page = scenarioPage("report");
    for (const lang of ["zh", "en"] as const) {
      const text = renderDigest(page, { lang });
      for (const line of text.split("\n")) {
        expect(displayWidth(line)).toBeLessThanOrEqual(72);
        expect(stringWidth(line), line).toBeLessThanOrEqual(72);
      }
    }
  });
});
