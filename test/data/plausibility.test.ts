/**
 * Figures that cannot be right: each rule on the rows the analyst met
 * (0.503 for 50.3%, June YTD 2500 then July 400, 1e308 key laboratories),
 * never on plausible series. A likely fraction is an error: the row is
 * refused (issue 20, item 4); the others are warnings (the row stays valid).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDrops } from "../../src/data/read.js";
import type { Finding } from "../../src/data/types.js";
import { findingMessage } from "../../src/i18n/findings.js";
import { loadPlan } from "../../src/plan/load.js";
import type { Plan } from "../../src/plan/types.js";

const { plan } = await loadPlan();
const HEAD = "indicator,period,value,unit,area,reported_by,note";

async function read(rows: string[], p: Plan = plan) {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-plausible-"));
  const file = join(dir, "drop.csv");
  writeFileSync(file, `${[HEAD, ...rows].join("\n")}\n`);
  const r = await readDrops([file], p);
  const f = r.files[0];
  if (!f) throw new Error("no file result");
  return {
    result: r,
    file: f,
    all: f.findings,
    codes: f.findings.map((x) => [x.code, x.line]),
  };
}

const only = (fs: Finding[], code: string) => fs.filter((f) => f.code === code);

describe("plausibility findings", () => {
  it("0.503 on a percent indicator whose target is 53: a likely fraction, refused", async () => {
    const { file, all, result } = await read(["urbanization-rate,2025年7月,0.503,,,县统计局,"]);
    expect(all.map((f) => [f.code, f.severity, f.line])).toEqual([["likely-fraction", "error", 2]]);
    expect(all[0]?.args).toMatchObject({
      indicator: "urbanization-rate",
      period: "2025-07",
      percent: 50.3,
    });
    expect(file.rowsValid).toBe(0);
    expect(file.rowsInvalid).toBe(1);
    expect(file.refused).toEqual([
      expect.objectContaining({ indicator: "urbanization-rate", period: "2025-07", line: 2 }),
    ]);
    // never a figure: not among the observations, only among the refused
    expect(result.observations).toEqual([]);
    expect(result.refusedFigures?.map((o) => o.value)).toEqual([0.503]);
    // the hint says what to write
    expect(findingMessage(all[0] as Finding, "zh")).toContain("应填 50.3");
    expect(findingMessage(all[0] as Finding, "en")).toContain("write 50.3");
  });

  it("streamed: a held fraction never reaches the consumer; the other rows do, an earlier file's figure stands", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-plausible-"));
    const a = join(dir, "a.csv");
    const b = join(dir, "b.csv");
    writeFileSync(
      a,
      `${HEAD}\nurbanization-rate,2025-06,50.8,,,,\nurbanization-rate,2025-07,51.2,,,,\n`,
    );
    // b revises July with a fraction: refused, so a's 51.2 stands
    writeFileSync(b, `${HEAD}\nurbanization-rate,2025-07,0.512,,,,\nkey-labs,2025-07,34,,,,\n`);
    const seen: [string, number | string][] = [];
    const r = await readDrops([a, b], plan, {
      onObservation: (o) => seen.push([o.period, o.value]),
    });
    expect(seen).toEqual([
      ["2025-06", 50.8],
      ["2025-07", 51.2],
      ["2025-07", 34],
    ]);
    expect(r.refusedFigures?.map((o) => [o.file, o.line])).toEqual([[b, 2]]);
    expect(r.files[1]?.rowsInvalid).toBe(1);
  });

  it("a fraction after values above 1, on a percent indicator without a target above 1", async () => {
    const p: Plan = {
      ...plan,
      targets: plan.targets.filter((t) => t.indicator !== "urbanization-rate"),
    };
    const rows = ["urbanization-rate,2025-06,50.1,,,,", "urbanization-rate,2025-07,0.503,,,,"];
    expect((await read(rows, p)).codes).toEqual([["likely-fraction", 3]]);
    // the fraction is no base for the next month: 50.5 after it is no jump
    expect((await read([...rows, "urbanization-rate,2025-08,50.5,,,,"], p)).codes).toEqual([
      ["likely-fraction", 3],
    ]);
    // with no earlier value above 1 and no target above 1, 0.503 could be right
    expect((await read([rows[1] as string], p)).codes).toEqual([]);
  });

  it("June's year-to-date 2500 then July's 400: the total went down", async () => {
    const { all } = await read([
      "urban-new-jobs,2025-06,2500,,,县人力资源和社会保障局,",
      "urban-new-jobs,2025-07,400,,,县人力资源和社会保障局,",
    ]);
    expect(all.map((f) => [f.code, f.line, f.severity])).toEqual([
      ["total-went-down", 3, "warning"],
    ]);
    expect(all[0]?.args).toMatchObject({
      previous: 2500,
      previousPeriod: "2025-06",
      period: "2025-07",
    });
  });

  it("a year-to-date total starts again in January; a since-start total never goes down", async () => {
    const ytd = await read(["urban-new-jobs,2024-12,4800,,,,", "urban-new-jobs,2025-01,400,,,,"]);
    expect(ytd.codes).toEqual([]);
    const since = await read(["young-talent,2024-12,1800,,,,", "young-talent,2025-01,400,,,,"]);
    expect(since.codes).toEqual([["total-went-down", 3]]);
  });

  it("1e308 key laboratories: refused as a row (value-too-large); 100000 is more than 10 times 35", async () => {
    // a value beyond any real figure is an error of the row itself, never used
    expect((await read(["key-labs,2025-07,1e308,,,县科学技术局,"])).codes).toEqual([
      ["value-too-large", 2],
    ]);
    const { all, file } = await read(["key-labs,2025-07,100000,,,县科学技术局,"]);
    expect(only(all, "far-above-target").map((f) => [f.line, f.args?.limit])).toEqual([[2, 350]]);
    expect(all.every((f) => f.severity === "warning")).toBe(true);
    expect(file.rowsValid).toBe(1);
    // 350 itself is the limit, not beyond it
    expect((await read(["key-labs,2025-07,350,,,,"])).codes).toEqual([]);
  });

  it("a month-on-month jump beyond the policy's factor (default 3)", async () => {
    const rows = ["base-stations-5g,2025-06,900,,,,", "base-stations-5g,2025-07,9000,,,,"];
    expect((await read(rows)).codes).toEqual([["sudden-jump", 3]]);
    // exactly 3 times is not beyond; a fall by more than 3 times is
    expect(
      (await read(["base-stations-5g,2025-06,900,,,,", "base-stations-5g,2025-07,2700,,,,"])).codes,
    ).toEqual([]);
    expect(
      (await read(["base-stations-5g,2025-06,900,,,,", "base-stations-5g,2025-07,200,,,,"])).codes,
    ).toEqual([["sudden-jump", 3]]);
    // not month on month: a quarter apart
    expect(
      (await read(["base-stations-5g,2025-03,900,,,,", "base-stations-5g,2025-06,9000,,,,"])).codes,
    ).toEqual([]);
    // a plan may set its own factor
    const strict: Plan = { ...plan, policy: { ...plan.policy, jumpFactor: 1.6 } };
    expect(
      (
        await read(
          ["base-stations-5g,2025-06,900,,,,", "base-stations-5g,2025-07,1400,,,,"],
          strict,
        )
      ).codes,
    ).toEqual([]);
    expect(
      (
        await read(["base-stations-5g,2025-06,900,,,,", "base-stations-5g,2025-07,1400,,,,"], {
          ...strict,
          policy: { ...strict.policy, jumpFactor: 1.2 },
        })
      ).codes,
    ).toEqual([["sudden-jump", 3]]);
  });

  it("a level outside the indicator's possible range is an error of the row itself", async () => {
    const share = await read(["green-material-share,2025-07,130,,,,"]);
    expect(share.codes).toEqual([["value-above-max", 2]]);
    const count = await read(["key-labs,2025-07,-3,,,,"]);
    expect(count.codes).toEqual([["value-below-min", 2]]);
  });

  it("says what is wrong and what to do, in both languages", async () => {
    const { all } = await read([
      "urbanization-rate,2025-07,0.503,,,,",
      "urban-new-jobs,2025-06,2500,,,,",
      "urban-new-jobs,2025-07,400,,,,",
      "key-labs,2025-07,100000,,,,",
      "base-stations-5g,2025-06,900,,,,",
      "base-stations-5g,2025-07,9000,,,,",
    ]);
    expect(all.map((f) => f.code).sort()).toEqual(
      ["far-above-target", "likely-fraction", "sudden-jump", "total-went-down"].sort(),
    );
    for (const f of all) {
      for (const lang of ["zh", "en"] as const) {
        expect(findingMessage(f, lang), `${f.code} ${lang}`).not.toMatch(/[{}]|\[\[|undefined/);
      }
    }
    expect(findingMessage(all[0] as Finding, "zh")).toContain("50.3");
  });

  it("follows rows across files in date order; a revised period counts as revised", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cwplan-plausible-"));
    const file = (name: string, row: string) => {
      const path = join(dir, name);
      writeFileSync(path, `${HEAD}\n${row}\n`);
      return path;
    };
    const july = file("july.csv", "urban-new-jobs,2025-07,400,,,,");
    const june = file("june.csv", "urban-new-jobs,2025-06,2500,,,,");
    const revised = file("july-revised.csv", "urban-new-jobs,2025-07,2700,,,,");
    const plausible = (fs: Finding[]) =>
      fs.filter((f) => f.code === "total-went-down").map((f) => [f.code, f.file, f.line]);
    expect(plausible((await readDrops([july, june], plan)).findings)).toEqual([
      ["total-went-down", july, 2],
    ]);
    // a later file revises July to 2700: nothing went down any more
    expect(plausible((await readDrops([july, june, revised], plan)).findings)).toEqual([]);
  });

  it("names each period as the row wrote it: a quarter stays a quarter", async () => {
    const { all } = await read([
      "urban-new-jobs,2025-Q2,2500,,,,",
      "urban-new-jobs,2025年7月,400,,,,",
    ]);
    expect(all.map((f) => [f.code, f.line, f.args])).toEqual([
      [
        "total-went-down",
        3,
        {
          indicator: "urban-new-jobs",
          period: "2025-07",
          previous: 2500,
          previousPeriod: "2025-Q2",
          previousLine: 2,
        },
      ],
    ]);
    // a quarter and the next month are not consecutive months: no sudden jump between them
    const jump = await read([
      "base-stations-5g,2025-Q2,900,,,,",
      "base-stations-5g,2025-07,9000,,,,",
    ]);
    expect(only(jump.all, "sudden-jump")).toEqual([]);
    const months = await read([
      "base-stations-5g,2025-06,900,,,,",
      "base-stations-5g,2025-07,9000,,,,",
    ]);
    expect(only(months.all, "sudden-jump").map((f) => f.args?.previousPeriod)).toEqual(["2025-06"]);
  });
});
