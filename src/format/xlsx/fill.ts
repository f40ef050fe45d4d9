/**
 * The workbooks' cell fills (ARGB), beside the status fills in
 * src/format/status-look.ts: a header row's blue-grey and the grey of a
 * template's locked cells.
 */

/** a header row, in the results workbook and the template */
export const HEADER_FILL = "FFD9E1F2";
/** a template cell the department may not edit */
export const LOCKED_FILL = "FFF2F2F2";

/** An exceljs solid fill of one colour. */
export function solidFill(argb: string) {
  return { type: "pattern", pattern: "solid", fgColor: { argb } } as const;
}
