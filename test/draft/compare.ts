/**
 * A drafted plan scored against a plan written by hand: which of its
 * quantified targets the draft states rightly (comparator, value, unit,
 * deadline, and a quote verbatim in the text that overlaps the answer's),
 * which drafted targets are none of its targets, which of its units and
 * measures the draft has.
 */
import type { DraftPlan } from "../../src/draft/build.js";

interface T {
  comparator: string;
  value: number | string;
  unit: string;
  deadline: string;
  quote: string;
}
interface U {
  name: string;
  aliases?: string[];
}
interface M {
  number: number;
  section: string;
  text: string;
}
interface Answer {
  targets: T[];
  units: U[];
  measures: M[];
}

const isAnswer = (x: unknown): x is Answer =>
  typeof x === "object" && x !== null && "targets" in x && "units" in x && "measures" in x;

const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);

export function compareDraft(draft: DraftPlan, answerData: unknown, text: string) {
  if (!isAnswer(answerData)) throw new Error("not a plan");
  const answer = answerData;
  const quantified = answer.targets.filter((t) => t.comparator !== "=");
  const milestones = answer.targets.filter((t) => t.comparator === "=");
  const wrong: string[] = [];
  let targetsRight = 0;
  const used = new Set<number>();
  for (const a of quantified) {
    const i = draft.targets.findIndex(
      (d, k) =>
        !used.has(k) &&
        overlaps(d.quote, a.quote) &&
        d.value === a.value &&
        d.comparator === a.comparator &&
        d.unit === a.unit &&
        d.deadline === a.deadline &&
        text.includes(d.quote),
    );
    if (i >= 0) {
      used.add(i);
      targetsRight++;
    } else {
      const near = draft.targets.find((d) => overlaps(d.quote, a.quote));
      wrong.push(
        `${a.quote}: ${a.comparator} ${a.value} ${a.unit} ${a.deadline}` +
          (near
            ? ` — drafted ${near.comparator} ${near.value} ${near.unit} ${near.deadline}`
            : " — not drafted"),
      );
    }
  }
  let milestonesFound = 0;
  for (const a of milestones) {
    const i = draft.targets.findIndex(
      (d, k) => !used.has(k) && d.comparator === "=" && overlaps(d.quote, a.quote),
    );
    if (i >= 0) {
      used.add(i);
      milestonesFound++;
    }
  }
  // a drafted target is one of the plan's when it states one of them, rightly or not
  const extra = draft.targets
    .filter(
      (d, k) =>
        !used.has(k) &&
        !answer.targets.some(
          (a) => overlaps(d.quote, a.quote) && String(d.value) === String(a.value),
        ),
    )
    .map((d) => `${d.quote} (${d.comparator} ${d.value} ${d.unit})`);
  const names = (u: { name: string; aliases?: string[] }) => [u.name, ...(u.aliases ?? [])];
  const missingUnits = answer.units
    .filter((a) => !draft.units.some((d) => names(a).includes(d.name) || names(d).includes(a.name)))
    .map((a) => a.name);
  const measuresRight = answer.measures.filter((a) =>
    draft.measures.some(
      (d) => d.number === a.number && d.section === a.section && d.text === a.text.trimEnd(),
    ),
  ).length;
  return {
    quantified: quantified.length,
    milestones: milestones.length,
    targetsRight,
    milestonesFound,
    wrong,
    extra,
    units: answer.units.length,
    unitsFound: answer.units.length - missingUnits.length,
    missingUnits,
    measures: answer.measures.length,
    measuresRight,
  };
}
