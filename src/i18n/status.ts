/**
 * A status in words: the one table of status and detail words, in Chinese
 * and English, for every output (terminal, CSV, markdown, JUnit, help, the
 * page, the digest, the workbook, Word) and for reading `--status` and
 * `--fail-on` back. The codes and their order are in src/vocabulary.ts; the
 * symbols and colours in src/format/status-look.ts.
 *
 * Two registers: `label` is the name tables, CSV and help show, and what
 * `--status` reads back (English: the code itself, `at-risk`); `plain` is how
 * the leaders' page and digest say it (`at risk`, `on track`).
 */
import {
  DETAILS,
  type Detail,
  GLANCE,
  type GlanceColour,
  type Lang,
  STATUSES,
  type Status,
} from "../vocabulary.js";

interface Register {
  label: string;
  plain: string;
}

interface StatusText {
  status: Record<Status, Register>;
  detail: Record<Detail, string>;
  /** STATUS-RULES v3 rule 5's status as shown: no-data, for want of a baseline */
  needsBaseline: Register;
}

export const STATUS_WORDS: Record<Lang, StatusText> = {
  zh: {
    status: {
      pass: { label: "达标/序时推进", plain: "序时推进" },
      behind: { label: "进度滞后", plain: "进度滞后" },
      "at-risk": { label: "存在风险", plain: "存在风险" },
      missed: { label: "未完成", plain: "未完成" },
      "no-data": { label: "无法评估", plain: "无法评估" },
    },
    detail: {
      met: "已达标",
      "on track": "序时推进",
      "not-reported": "未报送",
      "needs-baseline": "缺基期值",
    },
    needsBaseline: { label: "无法评估·缺基期值", plain: "无法评估·缺基期值" },
  },
  en: {
    status: {
      pass: { label: "pass", plain: "on track" },
      behind: { label: "behind", plain: "behind" },
      "at-risk": { label: "at-risk", plain: "at risk" },
      missed: { label: "missed", plain: "missed" },
      "no-data": { label: "no-data", plain: "no data" },
    },
    detail: {
      met: "met",
      "on track": "on track",
      "not-reported": "not reported",
      "needs-baseline": "needs baseline",
    },
    needsBaseline: { label: "no-data (needs baseline)", plain: "no baseline" },
  },
};

/**
 * The label of a status; a pass with a detail reads as the detail in Chinese
 * (已达标, 序时推进); a no-data that needs a baseline reads 无法评估·缺基期值,
 * apart from one not reported (未报送).
 */
export function statusLabel(status: Status, lang: Lang, detail?: Detail): string {
  const words = STATUS_WORDS[lang];
  if (status === "pass" && (detail === "met" || detail === "on track")) {
    return lang === "zh" ? words.detail[detail] : `pass (${words.detail[detail]})`;
  }
  return special(status, lang, detail, "label") ?? words.status[status].label;
}

/**
 * A status in words for leaders; a met target reads 已达标 / met, a target
 * that cannot be judged for want of a baseline 无法评估·缺基期值.
 */
export function statusWords(status: Status, lang: Lang, detail?: Detail): string {
  const words = STATUS_WORDS[lang];
  if (status === "pass" && detail === "met") return words.detail.met;
  return special(status, lang, detail, "plain") ?? words.status[status].plain;
}

/** A no-data's detail as both registers say it: 缺基期值 always, 未报送 in Chinese. */
function special(
  status: Status,
  lang: Lang,
  detail: Detail | undefined,
  register: keyof Register,
): string | undefined {
  if (status !== "no-data") return undefined;
  if (detail === "needs-baseline") return STATUS_WORDS[lang].needsBaseline[register];
  if (detail === "not-reported" && lang === "zh") return STATUS_WORDS.zh.detail[detail];
  return undefined;
}

export function detailLabel(detail: Detail, lang: Lang): string {
  return STATUS_WORDS[lang].detail[detail];
}

/** What `--status` and `--fail-on` accept for pass besides its label and details. */
const PASS_INPUT = "达标";

/**
 * A status named in English or Chinese: its code (at-risk), its label
 * (存在风险), a detail's label (已达标, 序时推进 for pass; 未报送, 缺基期值 for
 * no-data), or 达标; undefined when none.
 */
export function statusNamed(word: string): Status | undefined {
  const w = word.trim().toLowerCase();
  const detail = DETAILS.find((d) => STATUS_WORDS.zh.detail[d] === w);
  if (detail) return detail === "met" || detail === "on track" ? "pass" : "no-data";
  return STATUSES.find(
    (s) => s === w || STATUS_WORDS.zh.status[s].label === w || (s === "pass" && w === PASS_INPUT),
  );
}

const OR: Record<Lang, string> = { zh: "或", en: " or " };

/**
 * What a colour of the at-a-glance boxes holds (GLANCE), in the status words
 * the tables and cards use (one source: statusWords): green 已达标或序时推进,
 * amber 进度滞后, red 存在风险或未完成, grey 未报送.
 */
export function colourHint(colour: GlanceColour, lang: Lang): string {
  return GLANCE[colour]
    .flatMap((s) =>
      s === "pass"
        ? [statusWords(s, lang, "met"), statusWords(s, lang)]
        : s === "no-data"
          ? [detailLabel("not-reported", lang)]
          : [statusWords(s, lang)],
    )
    .join(OR[lang]);
}
