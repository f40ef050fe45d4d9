/// <reference lib="dom" />
/**
 * The meeting's HTML report of the bundled scenario, opened in a real
 * browser (Debian's Chromium) in both languages: no network, every chart
 * drawn, nothing overflowing, A4 print with no chart cut across pages, and a
 * screenshot of the first page under test-output/html/ for a person.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_COLOURS } from "../../src/format/html/chart.js";
import { assertCjkFont, firstPageImage, launchChromium, outDir, poppler } from "./browser.js";
import { cwplan } from "./run.js";

const DROPS = "fixtures/scenario/drops";
/** A4 at 96 px an inch */
const A4 = { width: 794, height: 1123 };

describe.each(["zh", "en"] as const)("report --format html (%s) in Chromium", (lang) => {
  let browser: Browser;
  let page: Page;
  let file: string;
  const requests: string[] = [];

  beforeAll(async () => {
    assertCjkFont();
    file = join(outDir(), `report-${lang}.html`);
    const r = cwplan(["report", DROPS, "--format", "html", "--lang", lang, "-o", file]);
    // where it wrote, then the one-line summary (issue 20, item 7)
    expect(r.stderr.split("\n")[0]).toBe(lang === "zh" ? `已写入 ${file}` : `wrote ${file}`);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(2);
    expect(r.code).toBe(0);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: A4 });
    page.on("request", (req) => {
      requests.push(req.url());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("makes no network request: every request is file: or data:", () => {
    expect(requests.length).toBeGreaterThan(0); // the page itself
    expect(requests.filter((u) => !/^(file|data):/.test(u))).toEqual([]);
  });

  it("draws every chart: an SVG with the target line and each reported point", async () => {
    const charts = await page.$$eval(
      "figure",
      (figs, colours) =>
        figs.map((f) => {
          const svg = f.querySelector("svg");
          const target = svg
            ? Array.from(svg.querySelectorAll("path")).filter(
                (p) =>
                  p.getAttribute("stroke") === colours.target &&
                  p.getAttribute("stroke-dasharray") !== null &&
                  !p.hasAttribute("transform") &&
                  /^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/.test(p.getAttribute("d") ?? ""),
              ).length
            : 0;
          return {
            id: f.getAttribute("data-target"),
            points: Number(f.getAttribute("data-points")),
            svg: svg !== null,
            width: svg?.getBoundingClientRect().width ?? 0,
            target,
            symbols: svg ? svg.querySelectorAll('[data-series="0"]').length : 0,
          };
        }),
      CHART_COLOURS,
    );
    // the headline chart, and one a target needing attention (counted by check --format json)
    const { summary, noData } = JSON.parse(cwplan(["check", DROPS, "--format", "json"]).stdout) as {
      summary: Record<string, number>;
      noData: Record<string, number>;
    };
    const attention = ["behind", "at-risk", "missed", "no-data"].reduce(
      (n, s) => n + (summary[s] ?? 0),
      0,
    );
    expect(attention).toBeGreaterThan(10);
    // a target nothing was reported for is a line in the 未报送 list, not an empty chart
    const unreported = noData["not-reported"] ?? 0;
    expect(unreported).toBeGreaterThan(0);
    expect(charts.length).toBe(1 + attention - unreported);
    expect(await page.$$eval("ul.nofig li", (lis) => lis.length)).toBe(unreported);
    for (const c of charts) {
      expect(c.svg, String(c.id)).toBe(true);
      expect(c.width, String(c.id)).toBeGreaterThan(200);
      expect(c.target, `${c.id}: the target line`).toBeGreaterThanOrEqual(1);
      expect(c.symbols, `${c.id}: a symbol per reported value`).toBeGreaterThanOrEqual(c.points);
    }
    // every chart has a point (one that needs a baseline, its one figure)
    expect(charts.filter((c) => c.points === 0)).toEqual([]);
  });

  for (const width of [A4.width, 420]) {
    it(`lets no element overflow its box, ${width} px wide`, async () => {
      await page.setViewportSize({ width, height: A4.height });
      const bad = await page.$$eval("body *", (els) => {
        const out: string[] = [];
        for (const el of els) {
          if (el.closest("svg") && el.tagName.toLowerCase() !== "svg") continue;
          const parent = el.parentElement;
          if (!parent) continue;
          const r = el.getBoundingClientRect();
          const p = parent.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          const what = `${el.tagName.toLowerCase()} "${(el.textContent ?? "").slice(0, 30)}"`;
          if (r.left < p.left - 1 || r.right > p.right + 1) out.push(`${what} leaves its parent`);
          if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
            out.push(`${what} overflows (${el.scrollWidth} > ${el.clientWidth})`);
          }
        }
        if (document.documentElement.scrollWidth > window.innerWidth)
          out.push("the page scrolls sideways");
        return out;
      });
      await page.setViewportSize(A4);
      expect(bad).toEqual([]);
    });
  }

  it("prints to A4 pages with no chart cut across a page boundary", async () => {
    const pdf = join(outDir(), `report-${lang}.pdf`);
    await page.emulateMedia({ media: "print" });
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.emulateMedia({ media: "screen" });

    const info = poppler("pdfinfo", ["-f", "1", "-l", "999", pdf]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    // denser for print (issue 23): three cards a row; it was 10 pages in zh, 13 in en
    expect(pages).toBeLessThan(10);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1]);
    expect(sizes.length).toBe(pages);
    for (const s of sizes) {
      const [w, h] = (/^([\d.]+) x ([\d.]+) pts/.exec(s as string) ?? []).slice(1).map(Number);
      // A4: 210 × 297 mm = 595.28 × 841.89 pt
      expect(Math.abs((w as number) - 595.28), s).toBeLessThan(1);
      expect(Math.abs((h as number) - 841.89), s).toBeLessThan(1);
    }

    // each chart's number stands above it and in its bottom corner (inside
    // the SVG): both must print on one page
    const figures = await page.$$eval("figure", (f) => f.length);
    const label = lang === "zh" ? /图\s*(\d+)/g : /Fig\.\s*(\d+)/g;
    const seen = new Map<number, number[]>();
    for (let p = 1; p <= pages; p++) {
      const text = poppler("pdftotext", ["-f", String(p), "-l", String(p), pdf, "-"]);
      for (const m of text.matchAll(label)) {
        const n = Number(m[1]);
        seen.set(n, [...(seen.get(n) ?? []), p]);
      }
    }
    for (let n = 1; n <= figures; n++) {
      const on = seen.get(n) ?? [];
      expect(on.length, `figure ${n}: its number above and in its corner`).toBe(2);
      expect(on[0], `figure ${n} is cut across pages ${on.join(", ")}`).toBe(on[1]);
    }
  });

  it("leaves a screenshot of the first page for a person to look at", async () => {
    const png = join(outDir(), `report-${lang}-page1.png`);
    await page.screenshot({ path: png });
    const pdf = join(outDir(), `report-${lang}.pdf`);
    firstPageImage(pdf, join(outDir(), `report-${lang}-print1`));
    const { statSync } = await import("node:fs");
    expect(statSync(png).size).toBeGreaterThan(10_000);
    expect(statSync(join(outDir(), `report-${lang}-print1.png`)).size).toBeGreaterThan(10_000);
  });
});
