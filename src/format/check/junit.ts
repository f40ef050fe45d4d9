/**
 * `--format junit`: JUnit XML for CI test reports (GitLab, Jenkins, Azure…).
 *
 * - a `data` suite: one failing test case (an `<error>`) per data finding of
 *   severity error; a file without errors is one passing case (its warnings
 *   in `<system-out>`);
 * - a suite for the plan-wide targets (those of no measure), then one suite
 *   per responsible unit, with a test case per target of the unit;
 * - a target whose status is at or above `--fail-on` has a `<failure>`; a
 *   no-data target below it is `<skipped>`; any other target passes.
 *
 * A target shared by several units appears in each of their suites, so the
 * `<testsuites>` totals count (unit, target) pairs; each unit suite's counts
 * match that unit's roll-up.
 */
import type { Finding } from "../../data/types.js";
import type { TargetResult } from "../../evaluate/types.js";
import { checkWords } from "../../i18n/check.js";
import { findingMessage } from "../../i18n/findings.js";
import { labelWords } from "../../i18n/labels.js";
import { statusLabel } from "../../i18n/status.js";
import { ownership } from "../../plan/owners.js";
import { atOrAbove } from "../../vocabulary.js";
import type { CheckOutput, FormatOptions } from "../check-output.js";
import { pct } from "../numbers.js";
import { columnLabel, findingPlace } from "./findings.js";
import { capital } from "./markdown.js";
import {
  expectedText,
  goalText,
  latestText,
  name,
  notesOf,
  paceText,
  statusText,
} from "./parts.js";

/** Characters XML 1.0 does not allow anywhere (lone surrogates included), removed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to strip
const ILLEGAL = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(s: string): string {
  return s.replace(ILLEGAL, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value: also quotes, and whitespace a parser would otherwise normalise. */
export function xmlAttr(s: string): string {
  return xmlText(s)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join("");
}

type Outcome =
  | { kind: "pass"; out?: string }
  | { kind: "failure" | "error"; type: string; message: string; body: string }
  | { kind: "skipped"; message: string };

interface Case {
  classname: string;
  name: string;
  outcome: Outcome;
}

interface Suite {
  name: string;
  properties: Record<string, string>;
  cases: Case[];
}

function count(cases: Case[]) {
  return {
    tests: cases.length,
    failures: cases.filter((c) => c.outcome.kind === "failure").length,
    errors: cases.filter((c) => c.outcome.kind === "error").length,
    skipped: cases.filter((c) => c.outcome.kind === "skipped").length,
  };
}

function renderCase(c: Case): string {
  const open = `    <testcase${attrs({ classname: c.classname, name: c.name })}`;
  const o = c.outcome;
  switch (o.kind) {
    case "pass":
      return o.out
        ? `${open}>\n      <system-out>${xmlText(o.out)}</system-out>\n    </testcase>`
        : `${open}/>`;
    case "skipped":
      return `${open}>\n      <skipped${attrs({ message: o.message })}/>\n    </testcase>`;
    default:
      return `${open}>\n      <${o.kind}${attrs({ type: o.type, message: o.message })}>${xmlText(o.body)}</${o.kind}>\n    </testcase>`;
  }
}

function renderSuite(s: Suite): string {
  const props = Object.entries(s.properties);
  const lines = [`  <testsuite${attrs({ name: s.name, ...count(s.cases) })}>`];
  if (props.length > 0) {
    lines.push("    <properties>");
    for (const [k, v] of props) lines.push(`      <property${attrs({ name: k, value: v })}/>`);
    lines.push("    </properties>");
  }
  lines.push(...s.cases.map(renderCase), "  </testsuite>");
  return lines.join("\n");
}

export function formatJunit(report: CheckOutput, o: FormatOptions): string {
  const words = checkWords(o.lang);
  const { check, plan } = report;
  const byId = new Map(check.results.map((r) => [r.target.id, r]));
  const suites: Suite[] = [dataSuite(report, o)];

  const targetCase = (r: TargetResult, classname: string): Case => {
    const label = statusText(r, o.lang);
    const title = `${r.target.id}: ${name(r.target.name, o.lang)}`;
    const message = `${label} — ${words.goal} ${goalText(r, o.lang, words.every)}, ${words.latest} ${latestText(r, o.lang)}`;
    const A = r.working?.A;
    const P = r.working?.P;
    const body = [
      `${words.status}: ${label}`,
      `${words.goal}: ${goalText(r, o.lang, words.every)}`,
      `${words.latest}: ${latestText(r, o.lang)}`,
      `${capital(words.expected)}: ${expectedText(r, o.lang)}`,
      ...(A === undefined
        ? []
        : [`${words.progress}: ${pct(A)}${P === undefined ? "" : `, ${paceText(r, o.lang)}`}`]),
      `${capital(words.colDaysLeft)}: ${r.daysLeft}`,
      ...notesOf(r, o.lang).map((n) => `* ${n}`),
    ].join("\n");
    if (atOrAbove(r.status, report.failOn)) {
      return {
        classname,
        name: title,
        outcome: { kind: "failure", type: r.status, message, body },
      };
    }
    if (r.status === "no-data") {
      return { classname, name: title, outcome: { kind: "skipped", message } };
    }
    return { classname, name: title, outcome: { kind: "pass" } };
  };

  // each target once: under the unit that owns it, or plan-wide when none does
  const owners = ownership(plan);
  const unowned = check.results.filter((r) => owners.get(r.target.id) === undefined);
  if (unowned.length > 0) {
    suites.push({
      name: words.planWide,
      properties: {},
      cases: unowned.map((r) => targetCase(r, "cwplan.plan-wide")),
    });
  }
  // a suite per owner of a result (all of them, also under --unit: a target
  // the unit only shares stays in the output, under the unit that owns it)
  const roleWord = labelWords(o.lang);
  for (const u of check.allUnits) {
    const owned = u.targets.filter((t) => t.owns);
    const cases = owned.flatMap((t) => {
      const r = byId.get(t.id);
      return r ? [targetCase(r, `cwplan.${u.unit.id}`)] : [];
    });
    if (cases.length === 0) continue;
    const roles = [...new Set(owned.flatMap((t) => (t.role === null ? [] : [roleWord[t.role]])))];
    suites.push({
      name: name({ zh: u.unit.name, en: u.unit.en }, o.lang),
      properties: {
        unit: u.unit.id,
        ...(roles.length > 0 ? { role: roles.join(", ") } : {}),
        status: statusLabel(u.worst, o.lang),
      },
      cases,
    });
  }

  const total = count(suites.flatMap((s) => s.cases));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: `cwplan ${plan.plan.number} ${words.asOf} ${check.asOf}`, ...total })}>`,
    ...suites.map(renderSuite),
    "</testsuites>",
    "",
  ].join("\n");
}

function dataSuite(report: CheckOutput, o: FormatOptions): Suite {
  const words = checkWords(o.lang);
  const cases: Case[] = [];
  const line = (f: Finding) =>
    `${findingPlace(f)}: ${f.severity} [${f.code}]${columnLabel(f, o.lang) ? ` (${columnLabel(f, o.lang)})` : ""} ${findingMessage(f, o.lang)}`;
  for (const file of report.files) {
    const errors = file.findings.filter((f) => f.severity === "error");
    const classname = "cwplan.data";
    if (errors.length === 0) {
      const warnings = file.findings.map(line).join("\n");
      cases.push({
        classname,
        name: `${file.path}: ${words.fileOk}`,
        outcome: warnings ? { kind: "pass", out: warnings } : { kind: "pass" },
      });
      continue;
    }
    for (const f of errors) {
      cases.push({
        classname,
        name: `${findingPlace(f)} [${f.code}]`,
        outcome: { kind: "error", type: f.code, message: findingMessage(f, o.lang), body: line(f) },
      });
    }
  }
  return {
    name: words.dataSuite,
    properties: {},
    cases,
  };
}
