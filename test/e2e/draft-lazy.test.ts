import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loaded, ROOT } from "./loaded.js";

const BUNDLE = join(ROOT, "dist", "bundle");
const DRAFTER = /^dist\/(?:draft\/|cli\/run\/draft\.js$|i18n\/draft\.js$)/;

/** Each module of the bundle: its path and its text (esbuild marks each with `// path`). */
function modules(): { path: string; text: string }[] {
  const code = readFileSync(join(BUNDLE, "cwplan.cjs"), "utf8");
  const parts = code.split(/^\/\/ (dist\/\S+\.js)$/m);
  const out: { path: string; text: string }[] = [];
  for (let i = 1; i + 1 < parts.length; i += 2)
    out.push({ path: parts[i] ?? "", text: parts[i + 1] ?? "" });
  return out;
}

describe("the drafter runs only for `cwplan draft`", () => {
  test("its modules' initializers are called only by the drafter and the draft command's import()", () => {
    const all = modules();
    const drafter = all.filter((m) => DRAFTER.test(m.path));
    expect(drafter.map((m) => m.path)).toContain("dist/draft/targets.js");
    const inits = drafter.flatMap((m) =>
      [...m.text.matchAll(/var (init_\w+) = __esm\(/g)].map((x) => x[1] ?? ""),
    );
    expect(inits.length).toBe(drafter.length);
    const callers = all.filter(
      (m) => !DRAFTER.test(m.path) && inits.some((f) => new RegExp(`\\b${f}\\(\\)`).test(m.text)),
    );
    // `draft`, and `init --from-text`, which drafts the plan it writes
    expect(callers.map((m) => m.path)).toEqual([
      "dist/cli/run/init.js",
      "dist/cli/commands/draft.js",
    ]);
    // and there only inside import(): Promise.resolve().then(() => (init_…(), …))
    const command = callers.map((m) => m.text).join("\n");
    const calls = inits.flatMap((f) => [
      ...command.matchAll(new RegExp(`(.{0,40})\\b${f}\\(\\)`, "g")),
    ]);
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call[1]).toMatch(/Promise\.resolve\(\)\.then\(\(\) => \($/);
  });

  test("check and plan require no mammoth or iconv-lite; drafting a .docx requires mammoth", async () => {
    for (const args of [["check", "fixtures/sample.csv", "--fail-on", "never"], ["plan"]]) {
      const run = loaded(args);
      expect(run.code).toBe(0);
      expect(run.files.filter((f) => f.startsWith(BUNDLE) && /mammoth|iconv/.test(f))).toEqual([]);
    }
    const { Document, Packer, Paragraph } = await import("docx");
    const lines = readFileSync(join(ROOT, "fixtures", "draft", "renewal-county.txt"), "utf8").split(
      "\n",
    );
    const dir = mkdtempSync(join(tmpdir(), "cwplan-lazy-"));
    writeFileSync(
      join(dir, "plan.docx"),
      await Packer.toBuffer(
        new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }),
      ),
    );
    const draft = loaded(["draft", join(dir, "plan.docx"), "-o", join(dir, "plan.yaml")]);
    expect(draft.code).toBe(0);
    expect(draft.files).toContain(join(BUNDLE, "mammoth.cjs"));
  });
});
