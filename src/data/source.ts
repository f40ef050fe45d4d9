/**
 * What a submission goes by (issue 20, item 1): a file's path, or, for a
 * workbook that holds several units' sheets and is read sheet by sheet,
 * `book.xlsx!Sheet` — each sheet its own submission, named as Excel names
 * a sheet. The one home of that name and of taking it apart.
 */

/** The name of a sheet read as its own submission. */
export function sheetSource(book: string, sheet: string): string {
  return `${book}!${sheet}`;
}

/**
 * The workbook a finding's (or a report's) file names: without the sheet
 * that a sheet read as its own submission carries in its name.
 */
export function bookOf(file: string, sheet: string | undefined): string {
  return sheet !== undefined && file.endsWith(`!${sheet}`)
    ? file.slice(0, file.length - sheet.length - 1)
    : file;
}
