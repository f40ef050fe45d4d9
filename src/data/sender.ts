/**
 * Who sent a file, and so each of its rows (STATUS-RULES v3, "Which rows
 * count"; issue 20). In this order:
 *
 * 1. a row's own `reported_by` (validator.ts), else
 * 2. what the workbook says about itself: the .xlsx template carries the
 *    unit and period it was made for in its hidden lists sheet
 *    (`TEMPLATE_META`), so that a renamed file is still known, else
 * 3. the file's name: `县住建局-2025-07.xlsx`, `住建局7月.csv`,
 *    `成武县住房和城乡建设局（2025年7月）.xlsx` — any name, alias or short
 *    name the plan's unit registry answers to (src/plan/registry.ts), else
 * 4. unknown, and said so (`source: "unknown"`).
 *
 * Pure: a path and the plan in, a coded value out; the words are chosen at
 * the edge (src/i18n).
 */
import { basename } from "node:path";
import { unitNamedIn, unitRegistry } from "../plan/registry.js";
import type { Plan } from "../plan/types.js";
import { parsePeriod } from "./period.js";

/** Where a sender was learnt: the row, the workbook's template metadata, the file name, nowhere. */
export type SenderSource = "reported-by" | "template" | "sheet-name" | "file-name" | "unknown";

/** Who sent a whole file (before any row says otherwise). */
export interface FileSender {
  /** the unit's id, or null when it is not known */
  unit: string | null;
  source: Exclude<SenderSource, "reported-by">;
  /** the period the template was made for, or that the file's name gives */
  period?: string;
}

/** What a template workbook says about itself (its hidden lists sheet). */
export interface TemplateMeta {
  unit?: string;
  period?: string;
}

/**
 * Where the template keeps its metadata: cells of its hidden lists sheet,
 * a label above each value (the format layer writes them, the reader reads
 * them back). The column is beyond the lists the drop-downs use.
 */
export const TEMPLATE_META = {
  sheet: "lists",
  unitLabel: { cell: "H1", text: "cwplan-unit" },
  unit: "H2",
  periodLabel: { cell: "I1", text: "cwplan-period" },
  period: "I2",
} as const;

/** Pieces of a file name that may name a unit or a period. */
const SEPARATORS = /[\s\-_—–·.,，、()（）[\]【】《》"“”'‘’+]+/;

/** The period a file's name gives (2025-07, 2025年7月, 202507), if exactly one. */
export function periodOfName(stem: string): string | undefined {
  const found = new Set<string>();
  const candidates = [
    ...stem.matchAll(/\d{4}\s*年\s*\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月|\d{4}\s*年\s*\d{1,2}\s*月/g),
    ...stem.matchAll(/\d{4}[-_.]\d{1,2}(?!\d)|\d{4}-?Q[1-4]|(?<!\d)\d{6}(?!\d)/gi),
    ...stem.matchAll(/(?<!\d)\d{4}(?!\d)/g),
  ];
  for (const m of candidates) {
    const p = parsePeriod(m[0].replace(/_/g, "-"));
    if (p) found.add(p.period);
  }
  // a year and the month within it: the month
  const list = [...found];
  const finest = list.filter((p) => !list.some((q) => q !== p && q.startsWith(p)));
  return finest.length === 1 ? finest[0] : undefined;
}

/**
 * The unit a file's name names: a piece of the name the unit registry knows
 * (`县住建局`, `住建局`, `development-reform`), else the longest Chinese name
 * of a unit written inside the name (`成武县住房和城乡建设局7月报表`, the
 * county's `县` optional). Undefined when none, or when two units fit equally.
 */
export function unitOfName(plan: Plan, name: string): string | undefined {
  return unitOfStem(plan, basename(name).replace(/\.[^.]*$/, ""));
}

/** The unit a name without its extension (a file's stem, a sheet's name) names. */
function unitOfStem(plan: Plan, stem: string): string | undefined {
  const registry = unitRegistry(plan);
  const pieces = stem.split(SEPARATORS).filter((p) => p !== "");
  const byPiece = new Set<string>();
  for (const piece of pieces) {
    // a piece with the period written on it: 住建局202507, 住建局7月
    const bare = piece.replace(/\d{4}年?\d{0,2}月?|\d{1,2}月份?|\d+/g, "");
    for (const p of new Set([piece, bare])) {
      const hit = p === "" ? undefined : registry.find(p);
      if (hit) byPiece.add(hit.id);
    }
  }
  if (byPiece.size === 1) return [...byPiece][0];
  if (byPiece.size > 1) return undefined;
  return unitNamedIn(plan, stem)?.id;
}

/**
 * Who sent a file, from its template metadata (when the workbook carries
 * any) or its name. `meta.unit` is an id the plan knows, else ignored.
 */
export function fileSender(plan: Plan, path: string, meta?: TemplateMeta): FileSender {
  const metaUnit = meta?.unit !== undefined ? unitRegistry(plan).find(meta.unit)?.id : undefined;
  const stem = basename(path).replace(/\.[^.]*$/, "");
  const namePeriod = periodOfName(stem);
  if (metaUnit !== undefined) {
    const period = meta?.period ?? namePeriod;
    return { unit: metaUnit, source: "template", ...(period ? { period } : {}) };
  }
  const unit = unitOfName(plan, path);
  const period = meta?.period ?? namePeriod;
  const out: FileSender =
    unit === undefined ? { unit: null, source: "unknown" } : { unit, source: "file-name" };
  if (period !== undefined) out.period = period;
  return out;
}

/**
 * Who sent a sheet of a workbook read sheet by sheet (src/data/xlsx/read.ts),
 * where its rows do not say: the template metadata (`meta`: given for the
 * workbook's first sheet only, the template's own), else the sheet's name
 * (`县住建局`, `住建局7月`), else the file's name, else unknown. The period:
 * the template's, the sheet name's, else the file name's.
 */
export function sheetSender(
  plan: Plan,
  path: string,
  sheet: string,
  meta: TemplateMeta | undefined,
): FileSender {
  const file = fileSender(plan, path, meta);
  if (file.source === "template") return file;
  const unit = unitOfStem(plan, sheet);
  const period = periodOfName(sheet) ?? file.period;
  if (unit === undefined) return file;
  return { unit, source: "sheet-name", ...(period === undefined ? {} : { period }) };
}

/** A row's sender: its own `reported_by` where it names a known unit, else the file's. */
export function rowSender(
  reportedBy: string | null,
  file: FileSender,
): { sender: string | null; senderSource: SenderSource } {
  if (reportedBy !== null) return { sender: reportedBy, senderSource: "reported-by" };
  return { sender: file.unit, senderSource: file.source };
}
