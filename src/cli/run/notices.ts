/**
 * `cwplan notices <files…> --period 2025-07 [-o DIR]`: the month's notices,
 * one per unit with rows returned or figures owed (src/format/notices.ts):
 * printed one after another, or with -o one `.txt` per unit in DIR (made
 * when missing), named by the unit and the month. Exit code 0: the files'
 * errors are what the notices are for; 2 only on a usage error.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { optionError } from "../../errors.js";
import { renderNotices } from "../../format/notices.js";
import { cannotWriteNotices, noticeWords } from "../../i18n/notices.js";
import { writeReason } from "../../i18n/reasons.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";
import type { DropOptions } from "../options.js";
import { monthSubmissions } from "./submissions.js";

export interface NoticesOptions extends DropOptions {
  /** --period, as a month YYYY-MM */
  month?: string;
  /** -o: the folder to write one .txt per unit into */
  output?: string;
}

export async function noticesCommand(
  ctx: Context,
  paths: string[],
  o: NoticesOptions,
): Promise<number> {
  const { result, drops } = await monthSubmissions(ctx, paths, o);
  const notices = renderNotices(result, drops.files, ctx.lang);
  const words = noticeWords(ctx.lang);
  if (o.output === undefined) {
    ctx.io.stdout(notices.map((n) => n.text).join(`\n${words.separator}\n\n`));
  } else {
    const dir = o.output;
    try {
      mkdirSync(dir, { recursive: true });
      for (const n of notices) {
        const name = ctx.lang === "zh" ? n.unit.name : n.unit.id;
        writeFileSync(join(dir, `${name}-${result.period}.txt`), n.text);
      }
    } catch (e) {
      throw optionError("bad-option", cannotWriteNotices(dir, writeReason(e)));
    }
  }
  ctx.io.stderr(
    `${words.summary(
      notices.length,
      notices.reduce((k, n) => k + n.returned, 0),
      notices.reduce((k, n) => k + n.owed, 0),
      o.output,
    )}\n`,
  );
  return ExitCode.Ok;
}
