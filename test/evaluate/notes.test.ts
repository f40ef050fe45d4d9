import { describe, expect, it } from "vitest";
import { NOTE_MESSAGES, noteMessage } from "../../src/i18n/notes.js";
import { STATUS_WORDS, statusLabel } from "../../src/i18n/status.js";

describe("status labels", () => {
  it("Chinese and English", () => {
    expect(
      Object.fromEntries(Object.entries(STATUS_WORDS.zh.status).map(([s, w]) => [s, w.label])),
    ).toEqual({
      pass: "达标/序时推进",
      behind: "进度滞后",
      "at-risk": "存在风险",
      missed: "未完成",
      "no-data": "无法评估",
    });
    // STATUS-RULES v3: no-data's details, 未报送 apart from 缺基期值
    expect(statusLabel("no-data", "zh", "not-reported")).toBe("未报送");
    expect(statusLabel("no-data", "zh", "needs-baseline")).toBe("无法评估·缺基期值");
    expect(statusLabel("at-risk", "en")).toBe("at-risk");
    expect(statusLabel("pass", "zh", "met")).toBe("已达标");
    expect(statusLabel("pass", "zh", "on track")).toBe("序时推进");
    expect(statusLabel("pass", "en", "on track")).toBe("pass (on track)");
    expect(statusLabel("pass", "zh")).toBe("达标/序时推进");
  });
});

describe("note messages", () => {
  it("every code has both languages", () => {
    expect(Object.keys(NOTE_MESSAGES.zh).sort()).toEqual(Object.keys(NOTE_MESSAGES.en).sort());
  });

  it("fills in the arguments", () => {
    const args = { valueDate: "2025-02-28", asOf: "2025-06-30", months: 4, limit: 3 };
    expect(noteMessage("stale", args, "en")).toContain("2025-02-28");
    expect(noteMessage("stale", args, "zh")).toContain("4 个月");
    expect(noteMessage("needs-baseline", undefined, "zh")).toContain("缺基期值");
    expect(
      noteMessage("rolled-up", { which: "value", period: "2024", areas: 2, of: 3 }, "en"),
    ).toBe("the latest value (2024) is the sum of 2 of 3 township rows");
    expect(noteMessage("pace-not-assessable", { reason: "no-time-elapsed" }, "zh")).toContain(
      "无法评估进度",
    );
  });

  it("an unknown code comes back as itself", () => {
    expect(noteMessage("what", {}, "zh")).toBe("what");
  });
});
