/**
 * Tables of main indicators (主要指标): a header row naming the indicator,
 * its unit and the years (2025年 | 2030年 | 属性), then one row per
 * indicator. Rows come as tab-separated lines (a web page's or a Word
 * document's table, src/draft/read.ts). The target is the latest year's
 * column; ≥/≤/以上/以下/左右 in a cell say its comparator, else the
 * indicator's name (漏损率, 能耗, 浓度 … are kept low) and a review note.
 */
import type { Found, ReviewCode } from "./found.js";

/** The line spans of a block's table rows, and the targets they state. */
export interface TableRead {
  rows: { start: number; end: number }[];
  targets: Found[];
}

const NAME = /^(?:指标(?:名称)?|名称|项目|主要指标)$/;
const UOM_HEADER = /^(?:单位|计量单位)$/;
const YEAR = /(20\d{2})\s*年?/;
const TARGET = /目标|规划值|预期值/;
const LOWER_IS_BETTER =
  /漏损|失业|能耗|排放|浓度|PM2\.5|死亡|事故|发生率|收入比|用时|时间|时限|空置|负债/;
const CELL =
  /^(≥|≧|>|＞|≤|≦|<|＜|不低于|不少于|不超过|低于|高于|约)?\s*[[［]?\s*(\d+(?:\.\d+)?)\s*[\]］]?\s*(%|％)?\s*(以上|以下|以内|左右)?$/;

interface Line {
  start: number;
  end: number;
  cells: string[];
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    const cells = raw.split("\t").map((c) => c.trim());
    out.push({ start, end: start + raw.length, cells });
    start += raw.length + 1;
  }
  return out;
}

export function readTables(text: string): TableRead {
  const rows: TableRead["rows"] = [];
  const targets: Found[] = [];
  if (!text.includes("\t")) return { rows, targets };
  const ls = lines(text);
  for (let i = 0; i < ls.length; i++) {
    const head = ls[i];
    if (!head || head.cells.length < 3) continue;
    const nameCol = head.cells.findIndex((c) => NAME.test(c));
    if (nameCol < 0) continue;
    const uomCol = head.cells.findIndex((c) => UOM_HEADER.test(c));
    // the target's column: the latest year, or one named 目标
    let valueCol = -1;
    let year = 0;
    head.cells.forEach((c, k) => {
      const y = Number(YEAR.exec(c)?.[1] ?? 0);
      if (y > year || (y === year && TARGET.test(c))) {
        year = y;
        valueCol = k;
      }
    });
    if (valueCol < 0 || year === 0) continue;
    rows.push({ start: head.start, end: head.end });
    for (let j = i + 1; j < ls.length; j++) {
      const row = ls[j];
      if (!row || row.cells.length < 3) break;
      rows.push({ start: row.start, end: row.end });
      const name = row.cells[nameCol] ?? "";
      const cell = (row.cells[valueCol] ?? "").replace(/\s+/g, "");
      const m = CELL.exec(cell);
      if (name === "" || !m) continue;
      const [, sign, num, percent, suffix] = m;
      let unit = uomCol >= 0 ? (row.cells[uomCol] ?? "") : "";
      if (percent) unit = "%";
      unit = unit.replace(/^％$/, "%");
      const review: ReviewCode[] = [];
      if (unit === "") {
        unit = /率|比例|比重|占比/.test(name) ? "%" : "";
        review.push("unit-guessed");
      }
      if (unit === "") continue;
      let comparator: Found["comparator"] = ">=";
      if (sign && /[≤≦<＜]|不超过|低于/.test(sign)) comparator = "<=";
      else if (sign && /[>＞]|高于/.test(sign)) comparator = ">";
      else if (/^约$/.test(sign ?? "") || /^左右$/.test(suffix ?? "")) comparator = "~";
      else if (/^(?:以下|以内)$/.test(suffix ?? "")) comparator = "<=";
      else if (!sign && !suffix) {
        comparator = LOWER_IS_BETTER.test(name) ? "<=" : ">=";
        review.push("comparator-default");
      }
      if (comparator === "~" && unit !== "%") review.push("approx-tolerance");
      review.push("table-row");
      targets.push({
        start: row.start,
        end: row.end,
        at: row.start,
        name,
        title: `${name} ${cell}${/\d$/.test(cell) ? unit : ""}`,
        comparator,
        value: Number(num),
        unit,
        kind: unit === "%" && /覆盖率/.test(name) ? "coverage" : "level",
        annual: false,
        deadline: { year, month: undefined },
        review,
        baseline: undefined,
      });
    }
  }
  return { rows, targets };
}
