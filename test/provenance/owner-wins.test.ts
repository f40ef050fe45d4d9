/**
 * Issue 20, item 3 (STATUS-RULES v3 "Which rows count"): for one indicator,
 * area and observation date, the owner's own figure wins over another
 * unit's, whatever the file order; another unit's figure is used only where
 * it is the only one. The trial month's 工信局 row for 发改局's
 * renewable-capacity (31.2), with 发改局's own row (31.5) read before or
 * after it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDrops } from "../../src/data/read.js";
import type { Observation } from "../../src/data/types.js";
import { HistoryStore } from "../../src/evaluate/history.js";
import { loadPlan } from "../../src/plan/load.js";
import { runMain } from "../cli/run.js";
import { trialMonth } from "../intake/trial.js";
import { planWithReporters } from "./plans.js";

const { plan } = await loadPlan(undefined);
const dir = await trialMonth(plan);
const june = join(dir, "2025-06");
const july = join(dir, "2025-07");
const HEAD = "indicator,period,value,unit,area,reported_by,note";

/** A folder holding 发改局's own July figure for renewable-capacity. */
function ownFolder(value = "31.5", by = "县发展和改革局"): string {
  const d = mkdtempSync(join(tmpdir(), "cwplan-own-"));
  writeFileSync(
    join(d, "发改局-补报.csv"),
    `${HEAD}\nrenewable-capacity,2025-07,${value},,,${by},\n`,
  );
  return d;
}

interface JsonTarget {
  indicator: string;
  value: number | string | null;
  period: string | null;
  notes: { code: string }[];
}
interface JsonFinding {
  code: string;
  file: string;
  line?: number;
  args?: Record<string, string | number>;
}

async function check(...paths: string[]) {
  const r = await runMain(
    ["--lang", "zh", "check", ...paths, "--format", "json", "--fail-on", "never"],
    { columns: 100 },
  );
  const j = JSON.parse(r.stdout) as {
    targets: JsonTarget[];
    files: { findings: JsonFinding[] }[];
  };
  const target = j.targets.find((t) => t.indicator === "renewable-capacity");
  const findings = j.files.flatMap((f) => f.findings);
  return { target, findings };
}

describe("the owner's figure wins, whatever the order", () => {
  it("another unit's figure alone is used", async () => {
    const { target } = await check(june, july);
    expect(target?.value).toBe(31.2);
    expect(target?.period).toBe("2025-07");
  });

  it.each([
    ["before", (own: string) => [june, own, july]],
    ["after", (own: string) => [june, july, own]],
  ])("the owner's row read %s the other unit's is the one used", async (_, order) => {
    const own = ownFolder();
    const { target, findings } = await check(...order(own));
    expect(target?.value).toBe(31.5);
    // not a revision: the owner's figure is not "read later, which stands"
    expect(findings.map((f) => f.code)).not.toContain("value-revised");
    expect(target?.notes.map((n) => n.code)).not.toContain("value-revised");
    // the other unit's row says it is not used, and which row stands
    const other = findings.filter((f) => f.code === "reported-by-other");
    expect(other).toHaveLength(1);
    expect(other[0]?.file.endsWith("县工信局-2025-07.csv")).toBe(true);
    expect(other[0]?.args).toMatchObject({
      standingFile: join(own, "发改局-补报.csv"),
      standingLine: 2,
    });
  });

  it("the same value from the owner: no repeat warning either way, the owner's row stands", async () => {
    for (const order of [(own: string) => [june, own, july], (own: string) => [june, july, own]]) {
      const own = ownFolder("31.2");
      const { target, findings } = await check(...order(own));
      expect(target?.value).toBe(31.2);
      expect(findings.map((f) => f.code)).not.toContain("duplicate-row");
    }
  });

  it("two of the owner's: the later file revises, as before", async () => {
    // 发改局 twice: the later file revises, as before
    const first = ownFolder("31.5");
    const second = ownFolder("31.8");
    const { target, findings } = await check(june, first, july, second);
    expect(target?.value).toBe(31.8);
    expect(findings.map((f) => f.code)).toContain("value-revised");
  });

  it("an accepted reporter's figure counts as the owner's: read later, it revises", async () => {
    const r = await runMain(
      [
        "--plan",
        planWithReporters("县工信局"),
        "check",
        june,
        ownFolder(),
        july,
        "--format",
        "json",
        "--fail-on",
        "never",
      ],
      { columns: 100 },
    );
    const j = JSON.parse(r.stdout) as {
      targets: JsonTarget[];
      files: { findings: JsonFinding[] }[];
    };
    expect(j.targets.find((t) => t.indicator === "renewable-capacity")?.value).toBe(31.2);
    const codes = j.files.flatMap((f) => f.findings.map((x) => x.code));
    expect(codes).toContain("value-revised");
    expect(codes).not.toContain("reported-by-other");
  });

  it("the store holds the owner's figure in either streaming order", async () => {
    for (const order of [(own: string) => [june, own, july], (own: string) => [june, july, own]]) {
      const own = ownFolder();
      const store = new HistoryStore(plan);
      const streamed: Observation[] = [];
      const kept = await readDrops(order(own), plan, {
        onObservation: (o) => {
          streamed.push(o);
          store.add(o);
        },
      });
      const july31 = store
        .histories()
        .get("renewable-capacity")
        ?.county.find((p) => p.date === "2025-07-31");
      expect(july31?.value).toBe(31.5);
      // kept (not streamed) the same way: the last row for the key is the owner's
      const all = await readDrops(order(own), plan);
      const rows = all.observations.filter(
        (o) => o.indicator === "renewable-capacity" && o.date === "2025-07-31",
      );
      expect(rows.at(-1)?.sender).toBe("development-reform");
      expect(kept.files.length).toBe(all.files.length);
      expect(streamed.length).toBe(all.observations.length);
    }
  });
});
