/** The work of `cwplan draft`: read the document, draft, write YAML or JSON. */
import { dirname, relative, resolve } from "node:path";
import { DRAFT_WORDS } from "../../i18n/draft.js";
import type { DraftFormat } from "../../vocabulary.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit.js";

export interface DraftOptions {
  /** the plan document, as typed */
  input: string;
  format: DraftFormat;
  output?: string;
}

export async function draftCommand(ctx: Context, o: DraftOptions): Promise<number> {
  const { draftDocument, draftJson, draftYaml } = await import("../../draft/index.js");
  const toFile = o.output !== undefined && o.output !== "-";
  // the document as the plan file names it: relative to the plan file's folder
  const source =
    toFile && o.output !== undefined
      ? relative(dirname(resolve(ctx.cwd, o.output)), resolve(ctx.cwd, o.input)) || o.input
      : o.input;
  const draft = await draftDocument(resolve(ctx.cwd, o.input), o.input, source);
  ctx.emit(
    o.format === "json" ? draftJson(draft, ctx.lang) : draftYaml(draft, ctx.lang, source),
    o.output,
  );
  const p = draft.plan;
  ctx.io.stderr(
    `${DRAFT_WORDS[ctx.lang].summary(p.measures.length, p.targets.length, p.units.length, draft.notes.length)}\n`,
  );
  return ExitCode.Ok;
}
