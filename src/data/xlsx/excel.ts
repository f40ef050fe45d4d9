/**
 * exceljs, loaded once and only where a workbook is read or written: it
 * takes longer to load than the rest of cwplan together, so no CSV run ever
 * imports this module (test/data/xlsx-lazy.test.ts checks the bundle).
 */
type ExcelJS = typeof import("exceljs");

let excel: Promise<ExcelJS> | undefined;

export function loadExcel(): Promise<ExcelJS> {
  excel ??= import("exceljs").then((m) => ((m as { default?: unknown }).default ?? m) as ExcelJS);
  return excel;
}
