/** What every command needs, worked out once, before the command runs. */
import type { Style } from "../format/style.js";
import type { WorkbookKind } from "../i18n/errors.js";
import type { Lang } from "../i18n/lang.js";
import { type LoadedPlan, loadPlan } from "../plan/load.js";
import { colorWanted, makeStyle } from "./color.js";
import type { ProjectConfig } from "./config.js";
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
  /** the working folder */
  cwd: string;
  /** the project config, when there is one */
  config: ProjectConfig | undefined;
  loadPlan: () => Promise<LoadedPlan>;
  /**
   * Write a command's output to -o FILE or stdout. A workbook's bytes
   * (`workbook` says which) go to -o FILE only: refused without one.
   */
  emit: (out: string | Uint8Array, outFile?: string, workbook?: WorkbookKind) => void;
}

/** What main.ts has decided before the command runs. */
export interface Decided {
  lang: Lang;
  cwd: string;
  config: ProjectConfig | undefined;
  /** -o FILE, when the command writes to one (no colour then) */
  outFile: string | undefined;
}

export async function makeContext(opts: GlobalOptions, io: Io, decided: Decided): Promise<Context> {
  const { lang, outFile } = decided;
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
    cwd: decided.cwd,
    config: decided.config,
    loadPlan: () => {
      plan ??= loadPlan(opts.plan).then((loaded) => {
        if (loaded.parsed) collectGarbage();
        return loaded;
      });
      return plan;
    },
    emit: (out, file = outFile, workbook = "results") => {
      if (typeof out !== "string") {
        requireOutput(file, workbook);
        writeOutput(file, out);
        return;
      }
      if (file === undefined || file === "-") {
        io.stdout(out);
        return;
      }
      writeOutput(file, out);
    },
  };
}
