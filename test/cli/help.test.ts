/** Every description of every command and option has its Chinese (src/i18n/cli.ts). */
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { UNTRANSLATED } from "../../src/i18n/cli.js";

async function help(args: string[]): Promise<string> {
  let out = "";
  const io = {
    stdout: (s: string) => {
      out += s;
    },
    stderr: (s: string) => {
      out += s;
    },
    env: { LANG: "zh_CN.UTF-8", NO_COLOR: "1" },
    isTTY: false,
    columns: 100,
  };
  await main(["node", "cwplan", ...args, "--help"], io);
  return out;
}

describe("help in Chinese", () => {
  it("has no description left in English", async () => {
    const top = await help([]);
    const commands = [...top.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1] as string);
    expect(commands).toContain("check");
    for (const c of commands) await help([c]);
    expect([...UNTRANSLATED]).toEqual([]);
  });
});
