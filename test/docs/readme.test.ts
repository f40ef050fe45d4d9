/**
 * Docs that run: every command of README.md and README.zh-CN.md.
 *
 * The convention (README.md, Development): a fenced ```sh block holds
 * commands, one a line (indented blocks too); `#` starts a comment; other
 * blocks are output or files and are not run. Commands joined by `&&` are
 * taken one by one. Each is one of:
 *
 * - `cwplan …` or `npx cwplan …`: run in process (runMain, the current
 *   source) in a fixture project made for that README (below), `> FILE`
 *   writing its stdout there. It fails on exit code 2 (a usage error, an
 *   option that does not exist, an unreadable file, an invalid drop) and on
 *   any other code but 0, except `check`'s 1 (targets at or above --fail-on,
 *   what `check` is for);
 * - `npm install`, `npm test`, `npm start`, `npm run NAME`: the script is in
 *   package.json (they build, install or run every test: not run here);
 * - `npm install -g ./cwplan-X.tgz`: X is package.json's version (what
 *   `npm run release` writes; test/e2e/release.test.ts installs it);
 * - `node FILE …`, `npx vitest [run] [--project NAME] [PATH …]` (after
 *   `NAME=value`s): the files and the vitest project exist;
 * - `sudo apt-get …`: the system's set-up, not run.
 *
 * Any other line fails, naming its README line: a new kind of command needs
 * its rule here.
 *
 * The fixture project: drops/ holds the scenario's monthly drops
 * (fixtures/scenario/drops) and July's (June's rows, as of July) both as
 * drops/2025-07.csv and in a folder drops/2025-07/; drops-may.csv is May's;
 * plan/ is the shipped plan, fixtures/ the checkout's (the quick start runs
 * in the checkout); cwplan.yaml is the README's own example (its
 * ```yaml block with a `drops:` line), so that its commands without files
 * read drops/ as the README says they do.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runMain } from "../cli/run.js";

const ROOT = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  scripts: Record<string, string>;
};

interface DocLine {
  /** README.md:57 */
  where: string;
  /** the command, its comment and indentation gone */
  command: string;
}

/** The lines of a Markdown text's ```sh blocks, each with its place. */
function shellLines(name: string, text: string): DocLine[] {
  const out: DocLine[] = [];
  let inSh = false;
  let inOther = false;
  text.split("\n").forEach((raw, i) => {
    const fence = /^\s*```(\S*)\s*$/.exec(raw);
    if (fence) {
      if (inSh || inOther) {
        inSh = false;
        inOther = false;
      } else if (fence[1] === "sh") inSh = true;
      else inOther = true;
      return;
    }
    if (!inSh) return;
    const command = raw.replace(/(^|\s)#.*$/, "").trim();
    if (command !== "") out.push({ where: `${name}:${i + 1}`, command });
  });
  return out;
}

/** Words of a command line, quotes ('…' "…") kept together. */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

/** The fixture project for one README, made once per file. */
function project(readme: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "cwplan-readme-")));
  const drops = join(dir, "drops");
  cpSync(join(ROOT, "fixtures", "scenario", "drops"), drops, { recursive: true });
  const june = readFileSync(join(drops, "2025-06.csv"), "utf8");
  const july = june.replace(/,2025-06,/g, ",2025-07,");
  expect(july).not.toBe(june);
  writeFileSync(join(drops, "2025-07.csv"), july);
  mkdirSync(join(drops, "2025-07"));
  writeFileSync(join(drops, "2025-07", "drop.csv"), july);
  copyFileSync(join(drops, "2025-05.csv"), join(dir, "drops-may.csv"));
  cpSync(join(ROOT, "plan"), join(dir, "plan"), { recursive: true });
  // the quick start runs in the checkout, on its fixtures
  symlinkSync(join(ROOT, "fixtures"), join(dir, "fixtures"));
  const config = [...readme.matchAll(/^\s*```yaml\n([\s\S]*?)^\s*```/gm)]
    .map((m) => m[1] ?? "")
    .find((b) => /^drops:/m.test(b));
  if (config !== undefined) writeFileSync(join(dir, "cwplan.yaml"), config);
  return dir;
}

const NPM_BUILTIN = new Set(["install", "test", "start"]);

/** What is wrong with a line that is checked rather than run, or undefined when it holds. */
function checkLine(argv: string[]): string | undefined {
  const [first, ...rest] = argv;
  if (first === "sudo" && rest[0] === "apt-get") return undefined;
  if (first === "npm") {
    if (rest[0] === "install" && rest.includes("-g")) {
      const tgz = rest.find((a) => a.endsWith(".tgz"));
      const want = `cwplan-${pkg.version}.tgz`;
      return tgz?.replace(/^\.\//, "") === want ? undefined : `names ${tgz}, not ${want}`;
    }
    const script = rest[0] === "run" ? rest[1] : rest[0];
    if (script === undefined) return "names no npm command";
    if (script === "install" && rest.length === 1) return undefined;
    if (script in pkg.scripts) return undefined;
    return NPM_BUILTIN.has(script) && rest[0] !== "run"
      ? `package.json has no "${script}" script`
      : `package.json has no script "${script}"`;
  }
  let i = 0;
  while (/^[A-Z_]+=/.test(argv[i] ?? "")) i++;
  const cmd = argv.slice(i);
  if (cmd[0] === "npx" && cmd[1] === "vitest") {
    // npx vitest [run] [--project NAME] [PATH …]: the project and the paths exist
    const rest = cmd.slice(cmd[2] === "run" ? 3 : 2);
    const at = rest.indexOf("--project");
    const project = at >= 0 ? rest[at + 1] : undefined;
    const config = readFileSync(join(ROOT, "vitest.config.ts"), "utf8");
    if (project !== undefined && !config.includes(`name: "${project}"`)) {
      return `names the vitest project "${project}", which vitest.config.ts does not have`;
    }
    const paths = rest.filter((a, i) => !a.startsWith("-") && (at < 0 || i !== at + 1));
    const missing = paths.filter((f) => !existsSync(join(ROOT, f)));
    return missing.length === 0 ? undefined : `names ${missing.join(", ")}, which does not exist`;
  }
  const files = cmd[0] === "node" ? cmd.slice(1, 2) : undefined;
  if (files === undefined) return "is not a command this test knows how to run or check";
  const missing = files.filter((f) => !existsSync(join(ROOT, f)));
  return missing.length === 0 ? undefined : `names ${missing.join(", ")}, which does not exist`;
}

/** The cwplan arguments of a line, when it runs cwplan. */
function cwplanArgs(argv: string[]): string[] | undefined {
  if (argv[0] === "cwplan") return argv.slice(1);
  if (argv[0] === "npx" && argv[1] === "cwplan") return argv.slice(2);
  return undefined;
}

for (const [name, env] of [
  ["README.md", { LANG: "en_US.UTF-8" }],
  ["README.zh-CN.md", { LANG: "zh_CN.UTF-8" }],
] as const) {
  describe(`${name}: every command`, () => {
    const text = readFileSync(join(ROOT, name), "utf8");
    const lines = shellLines(name, text);
    let dir: string | undefined;
    const here = () => {
      dir ??= project(text);
      return dir;
    };
    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it("has commands", () => {
      expect(lines.filter((l) => cwplanArgs(words(l.command))).length).toBeGreaterThan(4);
    });

    it.each(lines)("$where: $command", async ({ where, command: line }) => {
      for (const command of line.split(/\s*&&\s*/)) await runLine(where, command);
    });

    async function runLine(where: string, command: string): Promise<void> {
      const argv = words(command);
      const args = cwplanArgs(argv);
      if (args === undefined) {
        const wrong = checkLine(argv);
        expect(wrong, `${where}: \`${command}\` ${wrong}`).toBeUndefined();
        return;
      }
      const redirect = args.indexOf(">");
      const cwplanArgv = redirect >= 0 ? args.slice(0, redirect) : args;
      const r = await runMain(cwplanArgv, { env, cwd: here() });
      const allowed = cwplanArgv.includes("check") ? [0, 1] : [0];
      expect(
        allowed.includes(r.code),
        `${where}: \`${command}\` exited ${r.code}:\n${r.stderr}${r.stdout.slice(0, 2000)}`,
      ).toBe(true);
      if (redirect >= 0) {
        const file = args[redirect + 1];
        expect(file, `${where}: \`>\` names no file`).toBeDefined();
        writeFileSync(join(here(), file ?? ""), r.stdout);
      }
      const out = cwplanArgv.indexOf("-o");
      if (out >= 0) {
        const file = cwplanArgv[out + 1] ?? "";
        expect(existsSync(join(here(), file)), `${where}: \`${command}\` wrote no ${file}`).toBe(
          true,
        );
      }
    }
  });
}

describe("the convention", () => {
  it("takes the lines of ```sh blocks only, without comments, with their line numbers", () => {
    const md = [
      "# t",
      "```sh",
      "cwplan check drops/   # a comment",
      "",
      "```",
      "```",
      "cwplan not-run",
      "```",
      "   ```sh",
      "   npx cwplan --version",
      "   ```",
    ].join("\n");
    expect(shellLines("X.md", md)).toEqual([
      { where: "X.md:3", command: "cwplan check drops/" },
      { where: "X.md:10", command: "npx cwplan --version" },
    ]);
  });

  it("refuses a line it does not know, and an npm script or a file that is not there", () => {
    expect(checkLine(words("curl example.com | sh"))).toMatch(/not a command this test knows/);
    expect(checkLine(words("npm run no-such-script"))).toMatch(/no script "no-such-script"/);
    expect(checkLine(words("npx vitest run test/no-such.test.ts"))).toMatch(/does not exist/);
    expect(checkLine(words("npm install -g ./cwplan-0.0.0.tgz"))).toMatch(/not cwplan-/);
    expect(checkLine(words("npm run bench"))).toBeUndefined();
    expect(checkLine(words("UPDATE_GOLDEN=a,b npx vitest run test/cli"))).toBeUndefined();
    expect(checkLine(words("npx vitest --project fast"))).toBeUndefined();
    expect(checkLine(words("npx vitest run --project nosuch"))).toMatch(/project "nosuch"/);
  });
});
