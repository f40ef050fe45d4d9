/**
 * A report's blocks as a workbook: the first sheet holds the title and the
 * paragraphs; each table gets a sheet of its own, named after the heading
 * above it, with a frozen, bold header row and filters. Text as shown
 * elsewhere (the figures as the terminal rounds them).
 */
import type { Workbook } from "exceljs";
import { loadExcel } from "../../data/xlsx/excel.js";
import type { Block } from "../report/blocks.js";
import { sheetName } from "./sheet-name.js";

export async function blocksWorkbook(blocks: readonly Block[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const wb: Workbook = new ExcelJS.Workbook();
  wb.creator = "cwplan";
  const taken = new Set<string>();
  const title = blocks.find((b): b is { h: 1; text: string } => "h" in b && b.h === 1)?.text ?? "";
  const front = wb.addWorksheet(sheetName(title, taken));
  front.getColumn(1).width = 100;
  let heading = title;
  for (const b of blocks) {
    if ("h" in b) {
      heading = b.text;
      front.addRow([b.text]).font = { bold: true };
    } else if ("p" in b) front.addRow([b.p]);
    else if ("list" in b) for (const x of b.list) front.addRow([x]);
    else {
      const ws = wb.addWorksheet(sheetName(heading, taken));
      const { head, rows } = b.table;
      ws.addRow(head).font = { bold: true };
      for (const r of rows) ws.addRow(r);
      ws.views = [{ state: "frozen", ySplit: 1 }];
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: head.length } };
      head.forEach((h, i) => {
        const longest = Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length));
        ws.getColumn(i + 1).width = Math.min(60, Math.max(8, longest * 2 + 2));
      });
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
