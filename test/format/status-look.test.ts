/**
 * The one status module: codes and order (src/vocabulary.ts), words
 * (src/i18n/status.ts), symbols and colours (src/format/status-look.ts).
 */
import { describe, expect, it } from "vitest";
import {
  glanceCss,
  paintCell,
  paintStatus,
  STATUS_LOOK,
  statusCss,
} from "../../src/format/status-look.js";
import type { Style } from "../../src/format/style.js";
import { colourHint, STATUS_WORDS, statusLabel, statusNamed } from "../../src/i18n/status.js";
import { DETAILS, GLANCE, GLANCE_COLOURS, LANGS, STATUSES } from "../../src/vocabulary.js";

describe("status look", () => {
  it("every status has its own symbol and its own colours on the page and in the workbook", () => {
    const distinct = (f: (s: (typeof STATUSES)[number]) => string) => new Set(STATUSES.map(f)).size;
    expect(distinct((s) => STATUS_LOOK[s].symbol)).toBe(STATUSES.length);
    expect(distinct((s) => `${STATUS_LOOK[s].html.fg}/${STATUS_LOOK[s].html.bg}`)).toBe(
      STATUSES.length,
    );
    expect(distinct((s) => STATUS_LOOK[s].xlsx.fill)).toBe(STATUSES.length);
  });

  it("paints a status on the terminal with the paint its row names", () => {
    const tagged = (name: string) => (s: string) => `<${name}>${s}`;
    const style: Style = {
      color: true,
      bold: tagged("bold"),
      dim: tagged("dim"),
      green: tagged("green"),
      yellow: tagged("yellow"),
      red: tagged("red"),
      redBold: tagged("redBold"),
      grey: tagged("grey"),
      cyan: tagged("cyan"),
    };
    expect(STATUSES.map((s) => paintStatus(s, "x", style))).toEqual([
      "<green>x",
      "<yellow>x",
      "<red>x",
      "<redBold>x",
      "<grey>x",
    ]);
  });

  it("writes the page's CSS from the table: a badge and a card bar per status, a box per colour", () => {
    const badges = statusCss("badge").split("\n");
    const cards = statusCss("card").split("\n");
    expect(badges).toHaveLength(STATUSES.length);
    expect(cards).toHaveLength(STATUSES.length);
    expect(badges[0]).toBe(".st-pass { color: #1b5e20; background: #e4f2e6; }");
    expect(cards[3]).toBe(".card-missed { border-left-color: #8e1b12; }");
    expect(glanceCss().split("\n")).toEqual([
      ".box-green { background: #2e7d32; color: #fff; }",
      ".box-amber { background: #f2c14e; color: #3d2a00; }",
      ".box-red { background: #c0392b; color: #fff; }",
      ".box-grey { background: #8a8a8a; color: #fff; }",
    ]);
  });

  it("paints a workbook cell with the status's fill, font and weight", () => {
    const cell: { fill?: unknown; font?: unknown } = {};
    paintCell(cell, "missed");
    expect(cell.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } });
    expect(cell.font).toEqual({ color: { argb: "FFFFFFFF" }, bold: true });
  });
});

describe("at-a-glance colours", () => {
  it("count every status in exactly one colour", () => {
    const counted = GLANCE_COLOURS.flatMap((c) => GLANCE[c]);
    expect([...counted].sort()).toEqual([...STATUSES].sort());
  });

  it("say in words which statuses they hold", () => {
    for (const lang of LANGS) {
      for (const c of GLANCE_COLOURS.filter((x) => x !== "grey")) {
        for (const s of GLANCE[c])
          expect(colourHint(c, lang)).toContain(STATUS_WORDS[lang].status[s].plain);
      }
    }
  });
});

describe("status words read back", () => {
  it("--status and --fail-on read every code, Chinese label and Chinese detail", () => {
    for (const s of STATUSES) {
      expect(statusNamed(s)).toBe(s);
      expect(statusNamed(` ${statusLabel(s, "zh")} `)).toBe(s);
    }
    for (const d of DETAILS) {
      const expected = d === "met" || d === "on track" ? "pass" : "no-data";
      expect(statusNamed(STATUS_WORDS.zh.detail[d])).toBe(expected);
    }
    expect(statusNamed("达标")).toBe("pass");
    expect(statusNamed("done")).toBeUndefined();
  });
});
