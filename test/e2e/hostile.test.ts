/**
 * Hostile and unlucky input (issue 15), end to end through the built CLI: one
 * test (or more) per numbered case. Every run is checked for its exact exit
 * code and for the absence of a stack trace; inputs are checked unchanged;
 * resource cases are measured (peak RSS of the spawned process, through
 * test/e2e/rss-probe.mjs). Small hostile files live in fixtures/hostile/;
 * large ones are generated into a temporary folder, never committed.
 */
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Terminal } from "@xterm/headless";
import { Ajv } from "ajv";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cwplan, ROOT, type Run } from "./run.js";

const HOSTILE = "fixtures/hostile";
// generous: the large cases read hundreds of MB, on a machine that may be shared (no test asserts a time)
vi.setConfig({ testTimeout: 300_000 });
const BIN = join(ROOT, "bin", "cwplan");
const PROBE = join(ROOT, "test", "e2e", "rss-probe.mjs");
const MiB = 1024;
/** Controls (but \n) and bidi overrides: never in a human format's output without colour. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be printed
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const tmp = mkdtempSync(join(tmpdir(), "cwplan-hostile-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const schema = JSON.parse(readFileSync(join(ROOT, "schemas", "check-output.schema.json"), "utf8"));
const validateOutput = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

/** No run ever shows a stack trace or a native crash. */
function noCrash(r: Run): void {
  const all = r.stdout + r.stderr;
  expect(all).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  expect(all).not.toMatch(/this is a bug in cwplan|Fatal JavaScript|FATAL ERROR|node:internal/);
}

/** Runs the CLI with the RSS probe; returns the run and its peak RSS in KiB. */
function measured(args: string[], env: Record<string, string> = {}): Run & { rssKiB: number } {
  const rssFile = join(tmp, `rss-${Math.random().toString(36).slice(2)}`);
  const r = spawnSync(process.execPath, ["--import", PROBE, BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: {
      PATH: process.env.PATH ?? "",
      LANG: "en_US.UTF-8",
      NO_COLOR: "1",
      COLUMNS: "100",
      CWPLAN_RSS_FILE: rssFile,
      ...env,
    },
  });
  const run = { args, stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
  expect(existsSync(rssFile), `no RSS measured: ${r.stderr}`).toBe(true);
  return { ...run, rssKiB: Number(readFileSync(rssFile, "utf8")) };
}

/** A generated file: `head`, then `count` bytes of `fill` (written in blocks), then `tail`. */
function generate(name: string, head: string, fill: string, count: number, tail = ""): string {
  const path = join(tmp, name);
  const fd = openSync(path, "w");
  writeSync(fd, head);
  const block = Buffer.alloc(1 << 20, fill);
  let left = count;
  while (left > 0) {
    const n = Math.min(left, block.length);
    writeSync(fd, block, 0, n);
    left -= n;
  }
  writeSync(fd, tail);
  closeSync(fd);
  return path;
}

/** What a terminal shows for `text`: concealed cells as spaces, scrollback included. */
async function screen(text: string): Promise<string> {
  const term = new Terminal({ cols: 120, rows: 50, scrollback: 5000, allowProposedApi: true });
  await new Promise<void>((resolve) => term.write(text.replace(/\n/g, "\r\n"), resolve));
  const buf = term.buffer.active;
  const lines: string[] = [];
  for (let y = 0; y < buf.length; y++) {
    const line = buf.getLine(y);
    if (!line) continue;
    let s = "";
    for (let x = 0; x < line.length; x++) {
      const cell = line.getCell(x);
      if (!cell) continue;
      s += cell.isInvisible() ? " ".repeat(cell.getWidth()) : cell.getChars() || " ";
    }
    lines.push(s.trimEnd());
  }
  term.dispose();
  return lines.join("\n");
}

describe("1. terminal control codes in cells are shown escaped, never obeyed", () => {
  const forged = `${HOSTILE}/forged-header.csv`;

  it("a forged verdict in a header cell cannot hide the real error (xterm)", async () => {
    for (const cmd of ["validate", "check"]) {
      const r = cwplan([cmd, forged], { FORCE_COLOR: "1" });
      noCrash(r);
      expect(r.code).toBe(2);
      const shown = await screen(r.stdout);
      // check's one screen wraps a finding to the terminal's width
      expect(shown).toMatch(/error \[unknown-indicator\][\s\S]*urban-new-jobz/);
      expect(shown).toContain("\\x1b[2K… 6 valid, 0 invalid\\x1b[8m");
      if (cmd === "validate") expect(shown).toMatch(/^invalid: 1 file, 7 rows read/m);
      expect(r.stdout).not.toContain("\x1b[2K");
      expect(r.stdout).not.toContain("\x1b[8m");
    }
  });

  it("the screen test fails when the cell is printed raw (the attack works on xterm)", async () => {
    const r = cwplan(["validate", forged]);
    const raw = r.stdout.replaceAll("\\x1b", "\x1b");
    const shown = await screen(raw);
    // the error is listed before the forged warning (findings are ranked,
    // errors first: src/data/rank.ts), but the verdict after it is hidden
    expect(shown).toMatch(/error \[unknown-indicator\]/);
    expect(shown).not.toMatch(/^invalid:/m);
  });

  it.each([
    ["en", "value “\\x1b]52;c;cm0gLXJmIH4=\\x07” is not a number"],
    ["zh", "数值“\\x1b]52;c;cm0gLXJmIH4=\\x07”不是数字"],
  ])("OSC 52, BEL, bidi overrides and a CR in a cell (%s)", (lang, value) => {
    const r = cwplan(["--lang", lang, "validate", `${HOSTILE}/controls.csv`]);
    noCrash(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(value);
    expect(r.stdout).toContain("\\u202e局化息信和业工县\\u202c");
    expect(r.stdout).toContain("县工业↵伪造：0 errors");
    expect(r.stdout).toContain("县工业和信息化局\\u2066");
    expect(r.stdout).not.toMatch(UNSAFE);
  });

  it.each([
    ["check", "table"],
    ["check", "markdown"],
    ["check", "github"],
    ["validate", "github"],
    ["report", "text"],
    ["report", "markdown"],
  ])("%s --format %s escapes an OSC 8 link in a cell", (cmd, format) => {
    const r = cwplan([cmd, `${HOSTILE}/osc8-link.csv`, "--format", format]);
    noCrash(r);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain("\x1b]8");
    // in Markdown, with its own backslash escapes
    expect(r.stdout).toMatch(/\\{1,2}x1b\\?\]8;;http:\/\/evil\.example\//);
  });

  it("binary detection is not defeated by padding rows", () => {
    const rows = ["indicator,period,value"];
    // control characters early, diluted below 2% of the first 64 KiB by padding rows
    rows.push("x\x01\x02\x03\x04\x05\x06\x0e\x0f\x10\x11,2024-01,1");
    for (let i = 0; i < 1500; i++) rows.push(`tech-upgrade-projects,2024-01,${i}`);
    const file = join(tmp, "padded.csv");
    writeFileSync(file, `${rows.join("\n")}\n`);
    const r = cwplan(["validate", file]);
    noCrash(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/error \[not-text\]/);
  });
});

describe("2. limits with findings, never crashes", () => {
  it("a row of 150,000,000 commas ends in a finding, under 200 MiB", () => {
    const file = generate(
      "commas.csv",
      "indicator,period,value\nurban-new-jobs,2025-06,1",
      ",",
      150_000_000,
      "\ntech-upgrade-projects,2024-01,3\n",
    );
    const r = measured(["validate", file, "--format", "json"]);
    noCrash(r);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(
      out.files[0].findings.map((f: { code: string; line: number }) => `${f.code}@${f.line}`),
    ).toEqual(["too-many-cells@2"]);
    expect(out.files[0]).toMatchObject({ rowsRead: 2, rowsValid: 1, rowsInvalid: 1 });
    expect(r.rssKiB).toBeLessThan(200 * MiB);
    rmSync(file);
  });

  it("a header of 1,000,000 columns is refused with a finding, under 200 MiB", () => {
    const head = `indicator,period,value${",x".repeat(1_000_000)}\n`;
    const file = generate("wide.csv", head, "\n", 0, "tech-upgrade-projects,2024-01,3\n");
    const r = measured(["validate", file]);
    noCrash(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      /wide\.csv:1: error \[too-many-cells\] Line 1 has more than 1000 cells/,
    );
    expect(r.stdout).toMatch(/1 row read, 0 valid, 1 invalid/);
    expect(r.rssKiB).toBeLessThan(200 * MiB);
  });

  it("a quoted record of many cells is cut too, its lines still counted", () => {
    const cells = Array.from({ length: 3000 }, () => '"a\nb"').join(",");
    const file = join(tmp, "quoted-wide.csv");
    writeFileSync(
      file,
      `indicator,period,value\n${"tech-upgrade-projects,2024-01,1\n".repeat(3000)}${cells}\ntech-upgrade-projects,2024-02,2\n`,
    );
    const r = cwplan(["validate", file, "--format", "json", "--max-errors", "5000"]);
    noCrash(r);
    expect(r.code).toBe(2);
    const f = JSON.parse(r.stdout).files[0];
    const codes = f.findings.filter(
      (x: { code: string; args?: { code?: string } }) =>
        x.code !== "duplicate-row" && x.args?.code !== "duplicate-row",
    );
    expect(codes.map((x: { code: string; line: number }) => `${x.code}@${x.line}`)).toEqual([
      "too-many-cells@3002",
    ]);
    // the row after the cut record starts on line 3002 + 3000 line breaks + 1
    expect(f.rowsRead).toBe(3002);
  });
});

describe("3. findings bounded in every format", () => {
  const folder = join(tmp, "many");
  mkdirSync(folder);
  const bad = Array.from({ length: 1000 }, (_, i) => `no-such-indicator-${i},2025-06,1`);
  for (let i = 0; i < 300; i++) {
    writeFileSync(
      join(folder, `d${String(i).padStart(3, "0")}.csv`),
      `indicator,period,value\n${bad.join("\n")}\n`,
    );
  }

  it.each([
    ["validate", "json"],
    ["validate", "github"],
    ["check", "json"],
    ["check", "junit"],
    ["check", "markdown"],
  ])(
    "300 files × 1000 bad rows: %s -f %s keeps --max-errors and says how many were left out",
    (cmd, format) => {
      const r = measured([cmd, folder, "--format", format, "--max-errors", "50"]);
      noCrash(r);
      expect(r.code).toBe(2);
      expect(r.rssKiB).toBeLessThan(400 * MiB);
      const located = (r.stdout.match(/no-such-indicator-\d+/g) ?? []).length;
      expect(located).toBeGreaterThan(0);
      if (format === "json") {
        const out = JSON.parse(r.stdout);
        const rows = out.files.flatMap((f: { findings: { line?: number }[] }) =>
          f.findings.filter((x) => x.line !== undefined),
        );
        expect(rows.length).toBe(50);
        const truncated = out.files
          .flatMap((f: { findings: { code: string; args?: { count: number } }[] }) => f.findings)
          .filter((x: { code: string }) => x.code === "findings-truncated")
          .reduce((n: number, x: { args?: { count: number } }) => n + (x.args?.count ?? 0), 0);
        expect(truncated).toBe(300_000 - 50);
        if (cmd === "validate")
          expect(out.totals).toMatchObject({ errors: 300_000, omitted: 299_950 });
      }
    },
  );

  it("the table says how many findings were left out", () => {
    const r = cwplan(["validate", folder, "--max-errors", "10"]);
    noCrash(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("… 299990 more not shown (--max-errors 10)");
    expect(r.stdout).toMatch(
      /invalid: 300 files, 300000 rows read, 0 valid, 300000 invalid; 300000 errors/,
    );
  });
});

describe("4. -o never overwrites an input; outputs are atomic; write errors in words", () => {
  it.each([
    [["validate"], "drop.csv"],
    [["check"], "drop.csv"],
    [["report"], "drop.csv"],
    [["validate"], "."],
  ])("%s FILE -o FILE is refused, the input unchanged", (cmd, arg) => {
    const dir = mkdtempSync(join(tmp, "o-"));
    const drop = join(dir, "drop.csv");
    const text = readFileSync(join(ROOT, HOSTILE, "folder", "drop.csv"), "utf8");
    writeFileSync(drop, text);
    const r = cwplan([...cmd, arg === "." ? dir : drop, "-o", join(dir, ".", "drop.csv")]);
    noCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error: -o .* names an input/);
    expect(readFileSync(drop, "utf8")).toBe(text);
  });

  it("template -o refuses to replace a file with something in it, unless --force", () => {
    const filled = join(tmp, "filled.csv");
    writeFileSync(filled, "indicator,period,value\nurbanization-rate,2025-06,52\n");
    const r = cwplan(["template", "-o", filled]);
    noCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the file exists and is not empty/);
    expect(readFileSync(filled, "utf8")).toContain("urbanization-rate,2025-06,52");
    expect(cwplan(["template", "-o", filled, "--force"]).code).toBe(0);
    expect(readFileSync(filled, "utf8")).toMatch(/^indicator,indicator_name,period,value,unit/);
  });

  it("writes through a temporary file in the same folder, left nowhere", () => {
    const dir = mkdtempSync(join(tmp, "atomic-"));
    const out = join(dir, "out.json");
    writeFileSync(out, "old");
    const r = cwplan(["validate", `${HOSTILE}/folder/drop.csv`, "-f", "json", "-o", out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).valid).toBe(true);
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  it.skipIf(!existsSync("/dev/full"))("stdout or -o on a full device: words, exit 2", () => {
    const viaShell = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${BIN}" validate ${HOSTILE}/folder/drop.csv > /dev/full`],
      { cwd: ROOT, encoding: "utf8" },
    );
    const r = {
      args: [],
      stdout: viaShell.stdout,
      stderr: viaShell.stderr,
      code: viaShell.status ?? -1,
    };
    noCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "error: cannot write to standard output: the disk is full (no space left on the device)\n",
    );
    const o = cwplan(["validate", `${HOSTILE}/folder/drop.csv`, "-o", "/dev/full"]);
    noCrash(o);
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(/^\/dev\/full: error: cannot write the output: the disk is full/);
  });
});

describe("5. standard input, special files, bounded reads", () => {
  const drop = readFileSync(join(ROOT, HOSTILE, "folder", "drop.csv"), "utf8");

  it.each([["-"], ["/dev/stdin"]])("%s reads standard input", (path) => {
    const r = cwplan(["validate", path], {}, drop);
    noCrash(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 row read, 1 valid, 0 invalid/);
  });

  it.skipIf(process.platform === "win32")(
    "a FIFO in a folder is listed as skipped, never opened",
    () => {
      const dir = mkdtempSync(join(tmp, "fifo-"));
      writeFileSync(join(dir, "drop.csv"), drop);
      expect(spawnSync("mkfifo", [join(dir, "pipe.csv")]).status).toBe(0);
      const r = cwplan(["validate", dir]);
      noCrash(r);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        /pipe\.csv: warning \[skipped-file\] Skipped, not read: it is a named pipe/,
      );
    },
  );

  it("--plan /dev/zero is capped at 5 MiB", () => {
    const r = measured(["--plan", "/dev/zero", "plan"]);
    noCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\/dev\/zero: error: the plan is larger than 5 MiB/);
    expect(r.rssKiB).toBeLessThan(200 * MiB);
  });

  it("--plan /dev/stdin is capped at 5 MiB", () => {
    const r = cwplan(["--plan", "/dev/stdin", "plan"], {}, "y\n".repeat(4 * 1024 * 1024));
    noCrash(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\/dev\/stdin: error: the plan is larger than 5 MiB/);
  });

  it("a 2 GB sparse all-zero file is refused on its first 64 KiB", () => {
    const file = join(tmp, "sparse.csv");
    writeFileSync(file, "");
    truncateSync(file, 2 * 1024 * 1024 * 1024);
    const r = measured(["validate", file]);
    noCrash(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/sparse\.csv: error \[not-text\]/);
    expect(r.rssKiB).toBeLessThan(200 * MiB);
    rmSync(file);
  });
});

describe("6. symbolic links in a folder", () => {
  it("followed inside the folder; outside it skipped with a warning that echoes nothing of the target", () => {
    const outside = mkdtempSync(join(tmp, "outside-"));
    const secret = join(outside, "secret.csv");
    writeFileSync(secret, "root:$6$SECRETHASH:19000:0:99999:7:::\n");
    const dir = mkdtempSync(join(tmp, "links-"));
    const text = readFileSync(join(ROOT, HOSTILE, "folder", "drop.csv"), "utf8");
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "real.txt"), text);
    symlinkSync(secret, join(dir, "x.csv"));
    symlinkSync(join(dir, "sub", "real.txt"), join(dir, "inside.csv"));
    symlinkSync(join(dir, "missing"), join(dir, "broken.csv"));
    for (const format of ["table", "json", "github"]) {
      const r = cwplan(["validate", dir, "--format", format]);
      noCrash(r);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/SECRETHASH|root:|secret/);
    }
    const r = cwplan(["validate", dir]);
    expect(r.stdout).toMatch(/x\.csv: warning \[skipped-file\] .*outside the folder/);
    expect(r.stdout).toMatch(/broken\.csv: warning \[skipped-file\] .*broken symbolic link/);
    expect(r.stdout).toMatch(/inside\.csv: 1 row read, 1 valid, 0 invalid/);
  });
});

describe("7. Markdown injection through file names", () => {
  it("file names with a newline, a lone CR, backticks and HTML stay inert", () => {
    const dir = mkdtempSync(join(tmp, "md-"));
    const names = [
      "a\n# Forged heading.csv",
      "b\rc.csv",
      "d`e``f.csv",
      "<img src=x onerror=alert(1)>.csv",
    ];
    for (const n of names)
      writeFileSync(join(dir, n), "indicator,period,value\nno-such,2025-06,1\n");
    for (const args of [
      ["check", dir, "-f", "markdown"],
      ["report", dir],
    ]) {
      const r = cwplan(args);
      noCrash(r);
      expect(r.code).toBe(2);
      expect(r.stdout).not.toContain("\r");
      expect(r.stdout).not.toMatch(/^# Forged heading/m);
      // raw HTML only escaped (\<img) or inside code spans, where it is shown as text
      expect(r.stdout.replace(/(`+)[^\n]*?\1/g, "")).not.toMatch(/(?<!\\)<img/);
      expect(r.stdout).toContain("\\<img src=x onerror=alert(1)\\>.csv");
      expect(r.stdout).toMatch(/a↵\\?# Forged heading\.csv/);
    }
    const md = cwplan(["check", dir, "-f", "markdown"]).stdout;
    // a code span fenced by more backticks than the name holds
    expect(md).toContain("``` ");
    expect(md).toMatch(/```[^`\n]*d`e``f\.csv:2[^`\n]*```/);
  });
});

describe("8. overflow", () => {
  it("two town rows of 1.7e308 are errors on both rows, never a pass; the JSON fits its schema", () => {
    const r = cwplan([
      "check",
      `${HOSTILE}/overflow.csv`,
      "--format",
      "json",
      "--fail-on",
      "never",
    ]);
    noCrash(r);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(validateOutput(out), JSON.stringify(validateOutput.errors)).toBe(true);
    expect(
      out.files[0].findings.map((f: { code: string; line: number }) => `${f.code}@${f.line}`),
    ).toEqual(["value-too-large@3", "value-too-large@4"]);
    const t = out.targets.find((x: { id: string }) => x.id === "young-talent-2025");
    expect(t.status).not.toBe("pass");
    expect(t.value).not.toBeNull();
  });
});

describe("9. CSV formula injection", () => {
  it("a plan string beginning with = gets an apostrophe in --format csv; numbers do not", () => {
    const yaml = readFileSync(join(ROOT, "plan", "chengwu.yaml"), "utf8");
    const m = /en: (County Development and Reform Bureau)/.exec(yaml);
    expect(m).not.toBeNull();
    const evil = '"=HYPERLINK(""http://evil.example"",""x"")"';
    const plan = join(tmp, "evil-plan.yaml");
    writeFileSync(
      plan,
      yaml.replace(`en: ${m?.[1]}`, `en: '=HYPERLINK("http://evil.example","x")'`),
    );
    const r = cwplan([
      "--plan",
      plan,
      "--lang",
      "en",
      "check",
      "fixtures/scenario/drops",
      "-f",
      "csv",
      "--as-of",
      "2026-03-31",
      "--fail-on",
      "never",
    ]);
    noCrash(r);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(`,${evil},`);
    expect(r.stdout).toContain(`,"'=HYPERLINK(""http://evil.example"",""x"")",`);
    // days left after the deadline are negative numbers, written as they are
    expect(r.stdout).toMatch(/,-\d+,/);
    expect(r.stdout).not.toMatch(/,'-\d/);
  });
});

describe("10. macOS ._ files and Office ~$ lock files", () => {
  it("are skipped with a note, not an error", () => {
    for (const lang of ["en", "zh"]) {
      const r = cwplan(["--lang", lang, "validate", `${HOSTILE}/folder`]);
      noCrash(r);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/\._drop\.csv: (warning|警告) \[skipped-file\]/);
      expect(r.stdout).toMatch(/~\$drop\.csv: (warning|警告) \[skipped-file\]/);
      expect(r.stdout).toMatch(lang === "en" ? /macOS resource file/ : /macOS 生成的资源文件/);
    }
  });
});
