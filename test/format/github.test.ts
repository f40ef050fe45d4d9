import { describe, expect, it } from "vitest";
import { formatGithub } from "../../src/format/check/github.js";
import { badFile, options, scenario } from "./helpers.js";

/** `::level props::message` lines, parsed back. */
function commands(text: string) {
  return text
    .trimEnd()
    .split("\n")
    .map((line) => {
      const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
      if (!m) throw new Error(`not a workflow command: ${line}`);
      const props = Object.fromEntries(
        (m[2]?.trim() ?? "")
          .split(",")
          .filter(Boolean)
          .map((kv) => kv.split("=") as [string, string]),
      );
      return { level: m[1], props, message: m[3] as string };
    });
}

describe("formatGithub", () => {
  it("one command a line: errors at or above --fail-on, warnings below, notices for no-data", async () => {
    const report = await scenario({ asOf: "2025-06-30" });
    const cmds = commands(formatGithub(report, options()));
    const s = report.check.summary;
    const level = (l: string) => cmds.filter((c) => c.level === l && c.props.title !== "cwplan");
    expect(level("error")).toHaveLength(s["at-risk"] + s.missed);
    expect(level("warning")).toHaveLength(s.behind);
    expect(level("notice")).toHaveLength(s["no-data"]);
    expect(cmds.at(-1)?.props.title).toBe("cwplan");
    expect(cmds.at(-1)?.message).toContain(`pass ${s.pass}`);
  });

  it("--fail-on no-data makes no-data an error; never makes nothing one", async () => {
    const strict = commands(
      formatGithub(await scenario({ asOf: "2025-06-30", failOn: "no-data" }), options()),
    );
    expect(strict.filter((c) => c.level === "notice")).toHaveLength(1);
    const never = commands(
      formatGithub(await scenario({ asOf: "2025-06-30", failOn: "never" }), options()),
    );
    expect(never.filter((c) => c.level === "error")).toHaveLength(0);
  });

  it("findings carry file, line and col; % , : and line breaks are escaped", async () => {
    const report = await scenario({ asOf: "2025-06-30", files: [badFile("50%,\nx:y")] });
    const text = formatGithub(report, options("zh"));
    const cmds = commands(text);
    const [err, warn] = cmds;
    expect(err?.level).toBe("error");
    expect(err?.props).toMatchObject({ line: "2", col: "5", title: "value-not-number" });
    expect(err?.props.file).toBe('drops/bad & <odd> "name".csv');
    expect(err?.message).toContain("50%25,%0Ax:y");
    expect(warn?.level).toBe("warning");
    // a percent sign in a target's words is escaped too
    expect(text).toContain("%25");
    expect(text).not.toMatch(/%(?!25|0A|0D|3A|2C)/);
  });
});
