/** Runs the CLI in process on the current source, collecting what it prints. */
import { main } from "../../src/cli/main.js";

export async function runCli(
  args: string[],
  lang = "en",
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(["node", "cwplan", "--lang", lang, ...args], {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: { LANG: "en_US.UTF-8", NO_COLOR: "1" },
    isTTY: false,
    columns: 100,
  });
  return { code, stdout, stderr };
}
