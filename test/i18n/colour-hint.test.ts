/**
 * The at-a-glance boxes and the status tables and cards speak the same
 * status words: each box's hint is made of statusWords' words.
 */
import { describe, expect, it } from "vitest";
import { colourHint, statusWords } from "../../src/i18n/status.js";

describe("colourHint", () => {
  it("names the statuses with the words the table and cards use", () => {
    expect(colourHint("green", "zh")).toBe("已达标或序时推进");
    expect(colourHint("green", "zh")).toContain(statusWords("pass", "zh"));
    expect(colourHint("green", "zh")).toContain(statusWords("pass", "zh", "met"));
    expect(colourHint("amber", "zh")).toBe(statusWords("behind", "zh"));
    expect(colourHint("red", "zh")).toBe("存在风险或未完成");
    expect(colourHint("grey", "zh")).toBe(statusWords("no-data", "zh", "not-reported"));
    expect(colourHint("green", "en")).toBe("met or on track");
    expect(colourHint("amber", "en")).toBe(statusWords("behind", "en"));
    expect(colourHint("red", "en")).toBe("at risk or missed");
  });
});
