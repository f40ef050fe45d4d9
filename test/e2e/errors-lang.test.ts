/** A bad config file and a bad plan file, said in the language asked for. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cwplan } from "./run.js";

describe("errors in a config or plan file, in both languages", () => {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-errors-"));
  const config = join(dir, "cwplan.yaml");
  writeFileSync(config, "lang: zh\nfailOn: never\n");

  it("a bad config", () => {
    const en = cwplan(["--lang", "en", "--config", config, "plan"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      ":2:1: error: unknown setting `failOn`\n  hint: did you mean `fail-on`?",
    );
    const zh = cwplan(["--lang", "zh", "--config", config, "plan"]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      ":2:1: 错误：未知的设置项 `failOn`\n  提示：是不是要写 `fail-on`？",
    );
  });

  it("a bad plan", () => {
    const plan = "fixtures/plans/bad/unknown-owner.yaml";
    const en = cwplan(["--lang", "en", "--plan", plan, "plan"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(
      /:35:82: error: target \S+ is owned by "nobody", which is not in `units`/,
    );
    expect(en.stderr).toContain(
      "hint: use the id, name or an alias of one of the plan's units (see `cwplan units`)",
    );
    const zh = cwplan(["--lang", "zh", "--plan", plan, "plan"]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/:35:82: 错误：目标 \S+ 的责任单位“nobody”不在 `units` 中/);
    expect(zh.stderr).toContain(
      "提示：请改写为方案中某个单位的编号、名称或简称（见 `cwplan units`）",
    );
    expect(zh.stderr).not.toMatch(/is owned by/);
  });
});
