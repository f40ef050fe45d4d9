/**
 * exceljs, loaded once and only where a workbook is read or written: it
 * takes longer to load than the rest of cwplan together, so no CSV run ever
 * imports this module (test/data/xlsx-lazy.test.ts checks the bundle).
 */
type ExcelJS = typeof import("exceljs");

/**
 * What cwplan uses of exceljs's worksheets that its typings leave out,
 * declared here once: the merges kept by their master's address (read by
 * data/xlsx/read.ts) and the data validations (written by
 * format/xlsx/template.ts).
 */
declare module "exceljs" {
  interface Worksheet {
    readonly _merges?: Record<string, MergeRange>;
    readonly dataValidations: { add(address: string, validation: DataValidation): void };
  }
}

/** A merge as exceljs keeps it (1-based rows and columns). */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
}

let excel: Promise<ExcelJS> | undefined;

export function loadExcel(): Promise<ExcelJS> {
  excel ??= import("exceljs").then((m) => m.default ?? m);
  return excel;
}
