/**
 * Issue 20, item 4, through the CLI on the real plan: 县统计局 sends 0.512 for
 * 51.2% (urbanization-rate, 2025-07). The row is an error in `validate`
 * (refused, hint 应填 51.2); `check --format json` never uses 0.512; the
 * headline keeps the last accepted figure (50.1%, June) with a note that a
 * newer one was refused, in JSON and on the HTML page.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "./run.js";

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-fraction-"));
  const drops = join(dir, "drops");
  mkdirSync(drops);
  writeFileSync(
    join(drops, "2025-06.csv"),
    "indicator,period,value,reported_by\nurbanization-rate,2023,49.5,县统计局\nurbanization-rate,2025-06,50.1,县统计局\nkey-labs,2025-07,34,县科学技术局\n",
  );
  writeFileSync(
    join(drops, "县统计局-2025-07.csv"),
    "indicator,period,value\nurbanization-rate,2025-07,0.512\n",
  );
  return drops;
}

interface Target {
  id: string;
  value: number | null;
  period: string | null;
  notes: { code: string; message: string }[];
}

describe("a likely fraction never reaches a status (issue 20, item 4)", () => {
  it("validate: the row is an error, refused, with the hint 应填 51.2", async () => {
    const drops = folder();
    const zh = await runMain(["validate", drops], { env: { LANG: "zh_CN.UTF-8" } });
    expect(zh.code).toBe(2);
    expect(zh.stdout).toMatch(/县统计局-2025-07\.csv:2.*error.*likely-fraction|likely-fraction/);
    expect(zh.stdout).toContain("应填 51.2");
    const en = await runMain(["validate", drops, "--format", "json"], {
      env: { LANG: "en_US.UTF-8" },
    });
    const out = JSON.parse(en.stdout) as {
      files: {
        path: string;
        rowsInvalid: number;
        findings: { code: string; severity: string; message: string }[];
      }[];
    };
    const f = out.files.find((x) => x.path.endsWith("县统计局-2025-07.csv"));
    expect(f?.rowsInvalid).toBe(1);
    const finding = f?.findings.find((x) => x.code === "likely-fraction");
    expect(finding?.severity).toBe("error");
    expect(finding?.message).toContain("write 51.2");
  });

  it("check --format json never uses 0.512: the last accepted figure, with the note", async () => {
    const drops = folder();
    const r = await runMain(["check", drops, "--format", "json", "--fail-on", "never"]);
    const out = JSON.parse(r.stdout) as { targets: Target[] };
    const rate = out.targets.find((t) => t.id === "urbanization-rate-2025");
    expect(rate?.value).toBe(50.1);
    expect(rate?.period).toBe("2025-06");
    const note = rate?.notes.find((n) => n.code === "newer-refused");
    expect(note?.message).toContain("0.512");
    for (const t of out.targets) expect(t.value).not.toBe(0.512);
  });

  it("the HTML headline shows the last accepted figure and the note", async () => {
    const drops = folder();
    const page = join(drops, "..", "page.html");
    const r = await runMain(["report", drops, "--format", "html", "-o", page], {
      env: { LANG: "zh_CN.UTF-8" },
    });
    expect(r.code).toBe(2); // the refused row is an open error
    const html = readFileSync(page, "utf8");
    const big = html.match(/<div class="big">([\s\S]*?)<figure/)?.[1] ?? "";
    expect(big).toContain('<div class="fig">50.1%');
    expect(big).not.toContain("0.51%");
    expect(big, big).toMatch(/<p class="refused">2025-07报送的 0\.512 已退回/);
    // the card names the file, not where it lies; JSON keeps the path
    const refused = big.match(/<p class="refused">([^<]*)</)?.[1] ?? "";
    expect(refused).toContain("县统计局-2025-07.csv 第 2 行");
    expect(refused).not.toContain(drops);
    const json = await runMain(["check", drops, "--format", "json", "--fail-on", "never"]);
    expect(json.stdout).toContain(JSON.stringify(join(drops, "县统计局-2025-07.csv")));
  });
});

describe("a refused figure is never 上期 (issue 23, item 5)", () => {
  /** July's 0.512 refused as a likely fraction, then August reported: 51.5 */
  function withAugust(): string {
    const drops = folder();
    writeFileSync(
      join(drops, "县统计局-2025-08.csv"),
      "indicator,period,value\nurbanization-rate,2025-08,51.5\n",
    );
    return drops;
  }

  it("report markdown, json and text: 上期 is June's 50.1, the last accepted figure", async () => {
    const drops = withAugust();
    const md = await runMain(["report", drops], { env: { LANG: "zh_CN.UTF-8" } });
    const row = md.stdout.split("\n").find((l) => l.startsWith("| 常住人口城镇化率"));
    expect(row).toBeDefined();
    const cells = (row ?? "").split("|").map((c) => c.trim());
    expect(cells[3]).toBe("51.5% (2025-08)"); // 最新值
    expect(cells[4]).toMatch(/^50\.1% \(2025-06\)/); // 上期值
    expect(md.stdout).not.toMatch(/0\.512%|51\.2% \(2025-07\)/);

    const json = await runMain(["report", drops, "--format", "json"]);
    const out = JSON.parse(json.stdout) as {
      headline: { id: string; value: number; previous?: { value: number | null } }[];
    };
    const rate = out.headline.find((h) => h.id === "urbanization-rate-2025");
    expect(rate?.value).toBe(51.5);
    expect(rate?.previous?.value).toBe(50.1);
    expect(json.stdout).not.toMatch(/"value":0\.512/);

    const text = await runMain(["report", drops, "--format", "text"], {
      env: { LANG: "zh_CN.UTF-8" },
    });
    // 0.512 appears only in the refused row's error, never as a figure
    for (const line of text.stdout.split("\n").filter((l) => l.includes("0.512"))) {
      expect(line).toContain("已退回");
    }
  });

  it("a corrected figure is not 上期 either: June revised 50.1 → 50.3 in August's file gives 上期 50.3", async () => {
    const drops = folder();
    writeFileSync(
      join(drops, "县统计局-2025-08.csv"),
      "indicator,period,value\nurbanization-rate,2025-08,51.5\nurbanization-rate,2025-06,50.3\n",
    );
    const md = await runMain(["report", drops], { env: { LANG: "zh_CN.UTF-8" } });
    const row = md.stdout.split("\n").find((l) => l.startsWith("| 常住人口城镇化率"));
    const cells = (row ?? "").split("|").map((c) => c.trim());
    expect(cells[4]).toMatch(/^50\.3% \(2025-06\)/);
    expect(md.stdout).toContain("value-revised");
  });
});
