/** What every command needs, worked out once from the options and environment. */
import type { Style } from "../format/style.js";
import type { WorkbookKind } from "../i18n/errors.js";
import { type Lang, langFromEnv } from "../i18n/lang.js";
import { type LoadedPlan, loadPlan } from "../plan/load.js";
import { colorWanted, makeStyle } from "./color.js";
import { collectGarbage } from "./memory.js";
import type { GlobalOptions } from "./options.js";
import { requireOutput, writeOutput } from "./output.js";

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  /** the working folder, where the search for cwplan.yaml starts */
  cwd?: () => string;
  isTTY: boolean;
  columns: number | undefined;
}

export interface Context {
  lang: Lang;
  style: Style;
  width: number;
  io: Io;
  loadPlan: () => Promise<LoadedPlan>;
  /** write a command's output to -o FILE or stdout */
  emit: (text: string, outFile?: string) => void;
  /** write a binary output (a workbook) to -o FILE; refused without one */
  emitBytes: (bytes: Uint8Array, outFile: string | undefined, what: WorkbookKind) => void;
}

export async function makeContext(opts: GlobalOptions, io: Io, outFile?: string): Promise<Context> {
  const lang: Lang = opts.lang ?? langFromEnv(io.env);
  const toFile = outFile !== undefined && outFile !== "-";
  const style = await makeStyle(!toFile && colorWanted(opts.color, io.env, io.isTTY));
  const columns = Number(io.env.COLUMNS);
  const width =
    Number.isFinite(columns) && columns >= 40 ? columns : io.isTTY && io.columns ? io.columns : 100;
  let plan: Promise<LoadedPlan> | undefined;
  return {
    lang,
    style,
    width,
    io,
    loadPlan: () => {
      plan ??= loadPlan(opts.plan).then((loaded) => {
        if (loaded.parsed) collectGarbage();
        return loaded;
      });
      return plan;
    },
    emit: (text, file = outFile) => {
      if (file === undefined || file === "-") {
        io.stdout(text);
        return;
      }
      writeOutput(file, text);
    },
    emitBytes: (bytes, file, what) => {
      requireOutput(file, what);
      writeOutput(file, bytes);
    },
  };
}
