/**
 * `cwplan plan lint [FILE]`: every problem of a plan file at once, located
 * file:line:col: what loading refuses (shape, references, window) as errors,
 * then src/plan/lint.ts's findings. Exit 2 when there is an error, 0 when
 * there are warnings only.
 */
import { CwplanError, formatLocation } from "../../errors.js";
import { errorWords } from "../../i18n/cli.js";
import { problemWords } from "../../i18n/errors.js";
import { LINT_WORDS, lintWords } from "../../i18n/lint.js";
import { lintPlan, type Severity } from "../../plan/lint.js";
import { EMBEDDED_PLAN, readPlanBytes } from "../../plan/load.js";
import { inspectPlan } from "../../plan/parse.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";

interface Shown {
  severity: Severity;
  where: { file: string; line?: number; col?: number };
  message: string;
  hint?: string;
}

export async function lintCommand(ctx: Context, file: string | undefined): Promise<number> {
  const zh = ctx.lang === "zh";
  let found: Shown[];
  try {
    found = await lintFile(file ?? EMBEDDED_PLAN, zh);
  } catch (e) {
    if (!(e instanceof CwplanError)) throw e;
    found = [e, ...e.more].map((x) => shown(x, zh));
  }
  const words = LINT_WORDS[ctx.lang];
  const hintLabel = errorWords(ctx.lang).hint;
  let out = "";
  for (const f of found) {
    out += `${formatLocation(f.where)}: ${words[f.severity]().message}${f.message}\n`;
    if (f.hint) out += `${hintLabel}${f.hint}\n`;
  }
  const errors = found.filter((f) => f.severity === "error").length;
  out += `${words.summary(errors, found.length - errors).message}\n`;
  ctx.io.stdout(out);
  return errors > 0 ? ExitCode.Error : ExitCode.Ok;
}

function shown(e: CwplanError, zh: boolean): Shown {
  const words = problemWords(e, zh ? "zh" : "en");
  return {
    severity: "error",
    where: e.where ?? { file: "" },
    message: words.message,
    ...(words.hint === undefined ? {} : { hint: words.hint }),
  };
}

async function lintFile(path: string, zh: boolean): Promise<Shown[]> {
  const { bytes, shown: file } = await readPlanBytes(path);
  const { plan, errors, locate } = inspectPlan(bytes.toString("utf8"), file);
  const found = errors.map((e) => shown(e, zh));
  for (const f of plan ? lintPlan(plan) : []) {
    const all = lintWords(f);
    const words = zh ? all.zh : all;
    found.push({
      severity: f.severity,
      where: locate(f.path),
      message: words.message,
      ...(words.hint === undefined ? {} : { hint: words.hint }),
    });
  }
  const line = (s: Shown) => (s.where.line ?? 0) * 1e6 + (s.where.col ?? 0);
  return found.sort((a, b) => line(a) - line(b));
}
