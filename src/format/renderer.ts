/**
 * A renderer: one output format of a command, by its name in the command's
 * map (src/format/check/index.ts, src/format/report/index.ts,
 * src/format/template.ts). It turns the command's result into text, or into
 * the bytes of a workbook that only goes to `-o FILE`. A command looks its
 * renderer up by `--format` and never asks which one it got.
 */
import type { WorkbookKind } from "../i18n/errors.js";
import type { FormatOptions } from "./check-output.js";

export interface Renderer<I> {
  /** a workbook: written to `-o FILE` only, refused before any work without one */
  workbook?: WorkbookKind;
  render: (input: I, o: FormatOptions) => Promise<string | Uint8Array>;
}
