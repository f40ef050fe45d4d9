/**
 * Colour is decided here, once: on with --color or FORCE_COLOR; off with
 * --no-color, a non-empty NO_COLOR, or when stdout is not a terminal.
 */
import { noColour, type Style } from "../format/style.js";

export function colorWanted(
  flag: boolean | undefined,
  env: NodeJS.ProcessEnv,
  isTTY: boolean,
): boolean {
  if (flag !== undefined) return flag;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false")
    return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTTY;
}

/** chalk is loaded only when colour is on */
export async function makeStyle(on: boolean): Promise<Style> {
  if (!on) return noColour;
  const { Chalk } = await import("chalk");
  const c = new Chalk({ level: 1 });
  return {
    color: true,
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    green: (s) => c.green(s),
    yellow: (s) => c.yellow(s),
    red: (s) => c.red(s),
    redBold: (s) => c.red.bold(s),
    grey: (s) => c.gray(s),
    cyan: (s) => c.cyan(s),
  };
}
