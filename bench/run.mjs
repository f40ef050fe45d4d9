#!/usr/bin/env node
/**
 * `npm run bench`: cwplan's speed and memory against its goals.
 *
 * - start-up: `cwplan check` on a 50-row drop vs `node -e 0` (≤ 1.5×);
 * - throughput: `cwplan check` on 1,000,000 rows vs a bare csv-parse
 *   streaming parse of the same file (≤ 1.3×);
 * - memory: peak RSS of that check ≤ 150 MiB, and ≤ 32 MiB above the
 *   100,000-row check;
 * - Frictionless's `tableschema` validating the same drop, for comparison;
 * - a 10,000-row .xlsx drop: `check` on it against the same rows as CSV
 *   (exceljs loads only for the workbook: the start-up above is a CSV run).
 *
 * Inputs are generated (bench/generate.mjs) into a temporary folder. Each
 * command runs several times, alternating with its reference; times are
 * medians of wall time, memory the largest peak RSS (/usr/bin/time -f %M).
 * - draft: `cwplan draft` of the Chengwu plan text (fixtures/draft/chengwu.txt)
 *   to a plan file, wall time ≤ 1 s.
 *
 * - docx: `report --format docx` on the scenario against the same report as
 *   Markdown, and on the whole-plan final evaluation (fixtures/final).
 *
 * BENCH_QUICK=1 runs fewer times; BENCH_ONLY=draft runs the draft alone,
 * BENCH_ONLY=docx the draft and docx.
 * Exits 1 when a goal is missed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { planYaml, writeDrop, writeSmallDrop, writeXlsxDrop } from "./generate.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const quick = process.env.BENCH_QUICK === "1";
const only = process.env.BENCH_ONLY;
const RUNS = {
  startup: quick ? 10 : 20,
  big: quick ? 3 : 5,
  tableschema: 1,
  xlsx: quick ? 3 : 5,
  draft: quick ? 3 : 7,
  docx: quick ? 3 : 5,
};
/** Thrown to stop after the measures asked for (BENCH_ONLY). */
class Done extends Error {}
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const node = process.execPath;
const bin = join(root, "bin", "cwplan");

/** One run: wall seconds and peak RSS in KiB (when /usr/bin/time is there). */
function run(args) {
  const cmd = TIME ? TIME : node;
  const argv = TIME ? ["-f", "%M", node, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  }
  const kib = TIME ? Number(r.stderr.trim().split("\n").at(-1)) : Number.NaN;
  return { seconds, kib };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs `a` and `b` alternately `n` times (after one warm-up each). */
function alternate(n, a, b) {
  run(a);
  run(b);
  const ra = [];
  const rb = [];
  for (let i = 0; i < n; i++) {
    ra.push(run(a));
    rb.push(run(b));
  }
  const sum = (rs) => ({
    seconds: median(rs.map((r) => r.seconds)),
    kib: Math.max(...rs.map((r) => r.kib)),
  });
  return [sum(ra), sum(rb)];
}

const dir = mkdtempSync(join(tmpdir(), "cwplan-bench-"));
const log = (s) => process.stderr.write(`${s}\n`);
const rows = [];
try {
  log(`draft: ${RUNS.draft} runs …`);
  const [drafted, bareDraft] = alternate(
    RUNS.draft,
    [bin, "draft", join(root, "fixtures", "draft", "chengwu.txt"), "-o", join(dir, "drafted.yaml")],
    ["-e", "0"],
  );
  rows.push({
    goal: "draft: the Chengwu text to a plan file (node -e 0 beside it)",
    measured: `${ms(drafted.seconds)} (${ms(bareDraft.seconds)}), ${mib(drafted.kib)}`,
    ratio: drafted.seconds,
    limit: 1,
    unit: "s",
  });
  if (only === "draft") throw new Done();

  // Word output: the scenario's monthly report and the whole-plan final evaluation
  // as .docx, beside the same reports as Markdown (docx is loaded for docx only)
  log(`docx: ${RUNS.docx} runs each …`);
  const scenario = join(root, "fixtures", "scenario", "drops");
  const report = (drops, ...more) => [bin, "report", drops, "--lang", "zh", ...more];
  const [docx, markdown] = alternate(
    RUNS.docx,
    report(scenario, "-f", "docx", "-o", join(dir, "monthly.docx")),
    report(scenario),
  );
  rows.push({
    goal: "docx: report --format docx (scenario) / the same report as Markdown",
    measured: `${ms(docx.seconds)} / ${ms(markdown.seconds)}, ${mib(docx.kib)}`,
    ratio: docx.seconds / markdown.seconds,
  });
  const finalDrops = join(root, "fixtures", "final");
  const [finalDocx] = alternate(
    RUNS.docx,
    report(finalDrops, "-f", "docx", "-o", join(dir, "final.docx")),
    ["-e", "0"],
  );
  rows.push({
    goal: "docx: report --format docx, final evaluation (fixtures/final)",
    measured: `${ms(finalDocx.seconds)}, ${mib(finalDocx.kib)}`,
  });
  if (only === "docx") throw new Done();
  log(`generating inputs in ${dir} …`);
  const plan = join(dir, "plan.yaml");
  writeFileSync(plan, planYaml());
  const small = join(dir, "small.csv");
  writeSmallDrop(small, join(root, "fixtures", "sample.csv"));
  const d100k = join(dir, "drop-100k.csv");
  const d1m = join(dir, "drop-1m.csv");
  await writeDrop(d100k, 100_000);
  await writeDrop(d1m, 1_000_000);
  const x10k = join(dir, "drop-10k.xlsx");
  const c10k = join(dir, "drop-10k.csv");
  await writeXlsxDrop(x10k, 10_000);
  await writeDrop(c10k, 10_000);

  const check = (file, ...more) => [bin, ...more, "check", file, "--fail-on", "never"];

  log(`start-up: ${RUNS.startup} runs each …`);
  const [startup, bare] = alternate(RUNS.startup, check(small), ["-e", "0"]);
  rows.push({
    goal: "start-up: check (50 rows) / node -e 0",
    measured: `${ms(startup.seconds)} / ${ms(bare.seconds)}`,
    ratio: startup.seconds / bare.seconds,
    limit: 1.5,
  });

  log(`throughput and memory: ${RUNS.big} runs each …`);
  const [big, parse] = alternate(RUNS.big, check(d1m, "--plan", plan), [
    join(root, "bench", "csv-parse-only.mjs"),
    d1m,
  ]);
  rows.push({
    goal: "throughput: check (1M rows) / csv-parse",
    measured: `${sec(big.seconds)} / ${sec(parse.seconds)}`,
    ratio: big.seconds / parse.seconds,
    limit: 1.3,
  });
  const [mid] = alternate(RUNS.big, check(d100k, "--plan", plan), ["-e", "0"]);
  rows.push({
    goal: "memory: peak RSS, check (1M rows)",
    measured: mib(big.kib),
    ratio: big.kib / 1024,
    limit: 150,
    unit: "MiB",
  });
  rows.push({
    goal: "memory: 1M rows − 100k rows",
    measured: `${mib(big.kib)} − ${mib(mid.kib)}`,
    ratio: (big.kib - mid.kib) / 1024,
    limit: 32,
    unit: "MiB",
  });

  log(`xlsx: ${RUNS.xlsx} runs each …`);
  const [xlsx, xcsv] = alternate(
    RUNS.xlsx,
    check(x10k, "--plan", plan),
    check(c10k, "--plan", plan),
  );
  rows.push({
    goal: "xlsx: check (10,000-row .xlsx) / the same rows as CSV",
    measured: `${ms(xlsx.seconds)} / ${ms(xcsv.seconds)}, ${mib(xlsx.kib)}`,
    ratio: xlsx.seconds / xcsv.seconds,
  });

  log("tableschema (Frictionless) on the same 1M-row drop …");
  let frictionless;
  try {
    const ts = run([join(root, "bench", "tableschema.cjs"), d1m]);
    frictionless = {
      goal: "tableschema (1M rows) / check",
      measured: `${sec(ts.seconds)} / ${sec(big.seconds)}, ${mib(ts.kib)}`,
      ratio: ts.seconds / big.seconds,
    };
  } catch (e) {
    frictionless = { goal: "tableschema (1M rows) / check", measured: `failed: ${e.message}` };
  }
  rows.push(frictionless);
} catch (e) {
  if (!(e instanceof Done)) throw e;
}
try {
  const cpu = readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1] ?? "?";
  const lines = [
    `machine: ${cpus().length} cores (${cpu}), Node ${process.version}${quick ? ", BENCH_QUICK" : ""}`,
    "",
    "| measure | medians | value | goal | |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((r) => {
      const value =
        r.ratio === undefined
          ? "—"
          : r.unit
            ? `${r.ratio.toFixed(1)} ${r.unit}`
            : `${r.ratio.toFixed(2)}×`;
      const goal =
        r.limit === undefined ? "(compare)" : r.unit ? `≤ ${r.limit} ${r.unit}` : `≤ ${r.limit}×`;
      const ok = r.limit === undefined ? "" : r.ratio <= r.limit ? "pass" : "FAIL";
      return `| ${r.goal} | ${r.measured} | ${value} | ${goal} | ${ok} |`;
    }),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  process.exitCode = rows.some((r) => r.limit !== undefined && !(r.ratio <= r.limit)) ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function ms(s) {
  return `${(s * 1000).toFixed(0)} ms`;
}
function sec(s) {
  return `${s.toFixed(2)} s`;
}
function mib(kib) {
  return Number.isFinite(kib) ? `${(kib / 1024).toFixed(1)} MiB` : "?";
}
