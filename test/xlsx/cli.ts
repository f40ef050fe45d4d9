/** Runs the CLI in process on the current source, in a language, collecting what it prints. */
import { type MainRun, runMain } from "../cli/run.js";

export function runCli(args: string[], lang = "en"): Promise<MainRun> {
  return runMain(["--lang", lang, ...args], { env: { LANG: "en_US.UTF-8" } });
}
