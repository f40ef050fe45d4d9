/** Every description of every command and option has its Chinese (src/i18n/cli.ts). */
import { describe, expect, it } from "vitest";
import { UNTRANSLATED } from "../../src/i18n/cli.js";
import { runMain } from "./run.js";

async function help(args: string[]): Promise<string> {
  const r = await runMain([...args, "--help"], { env: { LANG: "zh_CN.UTF-8" } });
  return r.stdout + r.stderr;
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
