/**
 * A report's blocks as a Word document (the `docx` package, loaded only for
 * this format), laid out as the national official-document format GB/T
 * 9704 asks: A4; margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm right;
 * the title in 方正小标宋简体 二号 (22 pt), centred; the body in 仿宋_GB2312
 * 三号 (16 pt) with an exact 28 pt line; level-1 headings 黑体, level-2 楷体_GB2312;
 * page numbers `— 1 —` at the foot. Word and WPS substitute a font that is
 * missing; each run also names a common fallback for Latin text.
 * Tables are Word tables: the header row repeats on every page, no row
 * splits across pages, figures as the blocks give them (the terminal's
 * rounding), class and status words with their symbols. Charts are not
 * drawn: the blocks carry none.
 */
import type { ParagraphChild, Table as TableType } from "docx";
import { DOCX_FONTS } from "../../i18n/docx.js";
import type { Block } from "../report/blocks.js";
import { displayWidth } from "../width.js";

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt; 小五 9 pt for a table of seven columns or more. */
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21, wideTable: 18 } as const;
/** 28 pt in twentieths of a point */
const LINE = 560;
/** text width on A4 with 28 + 26 mm margins: 156 mm in twips */
const TEXT_WIDTH = Math.round((156 / 25.4) * 1440);

export async function renderDocx(blocks: readonly Block[]): Promise<Uint8Array> {
  const d = await import("docx");
  const font = (eastAsia: string) => ({
    ascii: DOCX_FONTS.latin,
    hAnsi: DOCX_FONTS.latin,
    eastAsia,
    cs: DOCX_FONTS.latin,
  });
  const exact = { line: LINE, lineRule: d.LineRuleType.EXACT };
  const run = (text: string, size: number = SIZE.body, eastAsia: string = DOCX_FONTS.body) =>
    new d.TextRun({ text, size, font: font(eastAsia) });

  const cellParagraphs = (text: string, right: boolean, size: number, bold = false) =>
    text.split("\n").map(
      (line) =>
        new d.Paragraph({
          alignment: right ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
          spacing: { line: 300, lineRule: d.LineRuleType.AUTO, before: 20, after: 20 },
          children: [
            new d.TextRun({
              text: line,
              size,
              bold,
              font: font(bold ? DOCX_FONTS.heading1 : DOCX_FONTS.body),
            }),
          ],
        }),
    );

  const table = (t: Extract<Block, { table: unknown }>["table"]): TableType => {
    const { head, rows, right = [], blank = [] } = t;
    const size = head.length >= 7 ? SIZE.wideTable : SIZE.table;
    const widths = columnWidths(head, rows, blank, size);
    const header = new d.TableRow({
      tableHeader: true,
      cantSplit: true,
      children: head.map(
        (h, i) =>
          new d.TableCell({
            width: { size: widths[i] ?? 0, type: d.WidthType.DXA },
            shading: { fill: "EDEDED", type: d.ShadingType.CLEAR, color: "auto" },
            verticalAlign: d.VerticalAlign.CENTER,
            children: cellParagraphs(h, false, size, true),
          }),
      ),
    });
    const body = rows.map(
      (r) =>
        new d.TableRow({
          cantSplit: true,
          ...(blank.length > 0 ? { height: { value: 1400, rule: d.HeightRule.ATLEAST } } : {}),
          children: head.map(
            (_, i) =>
              new d.TableCell({
                width: { size: widths[i] ?? 0, type: d.WidthType.DXA },
                children: cellParagraphs(r[i] ?? "", right.includes(i), size),
              }),
          ),
        }),
    );
    return new d.Table({
      width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
      columnWidths: widths,
      layout: d.TableLayoutType.FIXED,
      rows: [header, ...body],
    });
  };

  const children: (InstanceType<typeof d.Paragraph> | TableType)[] = [];
  for (const b of blocks) {
    if ("h" in b) {
      if (b.h === 1) {
        children.push(
          new d.Paragraph({
            heading: d.HeadingLevel.TITLE,
            alignment: d.AlignmentType.CENTER,
            spacing: { line: 700, lineRule: d.LineRuleType.EXACT, after: LINE },
            children: [run(b.text, SIZE.title, DOCX_FONTS.title)],
          }),
        );
      } else {
        children.push(
          new d.Paragraph({
            heading: b.h === 2 ? d.HeadingLevel.HEADING_1 : d.HeadingLevel.HEADING_2,
            keepNext: true,
            indent: { firstLine: 640 },
            spacing: exact,
            children: [
              run(b.text, SIZE.body, b.h === 2 ? DOCX_FONTS.heading1 : DOCX_FONTS.heading2),
            ],
          }),
        );
      }
    } else if ("p" in b) {
      children.push(
        new d.Paragraph({ indent: { firstLine: 640 }, spacing: exact, children: [run(b.p)] }),
      );
    } else if ("list" in b) {
      for (const x of b.list) {
        children.push(
          new d.Paragraph({
            indent: { left: 640, hanging: 320 },
            spacing: exact,
            children: [run(`• ${x}`)],
          }),
        );
      }
    } else {
      children.push(table(b.table));
      // a table is followed by a paragraph (Word joins two adjacent tables into one)
      children.push(new d.Paragraph({ spacing: { after: 120 }, children: [] }));
    }
  }

  const pageNumber: ParagraphChild[] = [
    new d.TextRun({ text: "— ", size: SIZE.pageNumber, font: font(DOCX_FONTS.pageNumber) }),
    new d.TextRun({
      children: [d.PageNumber.CURRENT],
      size: SIZE.pageNumber,
      font: font(DOCX_FONTS.pageNumber),
    }),
    new d.TextRun({ text: " —", size: SIZE.pageNumber, font: font(DOCX_FONTS.pageNumber) }),
  ];
  const mm = d.convertMillimetersToTwip;
  const heading = (id: string, name: string, eastAsia: string, size: number) => ({
    id,
    name,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: font(eastAsia), size, color: "000000", bold: false },
    paragraph: { spacing: exact },
  });
  const doc = new d.Document({
    creator: "cwplan",
    title: blocks.find((b): b is { h: 1; text: string } => "h" in b && b.h === 1)?.text ?? "",
    styles: {
      default: {
        document: {
          run: { font: font(DOCX_FONTS.body), size: SIZE.body },
          paragraph: { spacing: exact },
        },
      },
      paragraphStyles: [
        heading("Title", "Title", DOCX_FONTS.title, SIZE.title),
        heading("Heading1", "heading 1", DOCX_FONTS.heading1, SIZE.body),
        heading("Heading2", "heading 2", DOCX_FONTS.heading2, SIZE.body),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297), orientation: d.PageOrientation.PORTRAIT },
            margin: {
              top: mm(37),
              bottom: mm(35),
              left: mm(28),
              right: mm(26),
              footer: mm(20),
              header: mm(15),
            },
          },
        },
        footers: {
          default: new d.Footer({
            children: [
              new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: pageNumber }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await d.Packer.toBuffer(doc));
}

/**
 * twips a half-width character may take at 10.5 pt (0.67 em: a fallback
 * font's digits are wider than Times New Roman's), and a cell's padding
 */
const PER_COLUMN = 140;
const PADDING = 260;

/**
 * Column widths in twips over the text width. Each column first gets what
 * its widest line needs (display columns: a Chinese character is two), so
 * that a figure, a rate or a class word does not break (52.4 over %): a
 * column of short cells keeps that width, the others (names, figures with
 * their units) share what is left in proportion, and wrap. A blank
 * column gets room to write in; what is left over goes to the text columns.
 */
export function columnWidths(
  head: string[],
  rows: string[][],
  blank: number[] = [],
  size: number = SIZE.table,
): number[] {
  const per = (PER_COLUMN * size) / SIZE.table;
  const widest = head.map((h, i) =>
    Math.max(
      ...[h, ...rows.map((r) => r[i] ?? "")].flatMap((c) =>
        // a line may break before a parenthesis ("48.9% (2023)"), and a long cell at a space
        c
          .split(/\n| (?=\()/)
          .flatMap((l) => (displayWidth(l) > 12 ? l.split(" ") : [l]))
          .map((l) => displayWidth(l)),
      ),
    ),
  );
  const need = widest.map((w, i) => (blank.includes(i) ? 30 : Math.max(4, w)) * per + PADDING);
  // short cells (a rate, a class, a count) keep their width; the others share what is left
  const rigid = widest.map((w, i) => !blank.includes(i) && w <= 10);
  const fixed = need.reduce((a, w, i) => a + (rigid[i] ? w : 0), 0);
  const flex = need.reduce((a, w, i) => a + (rigid[i] ? 0 : w), 0);
  if (flex === 0 || fixed >= TEXT_WIDTH) {
    const total = fixed + flex;
    return need.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  }
  return need.map((w, i) => Math.floor(rigid[i] ? w : (w / flex) * (TEXT_WIDTH - fixed)));
}
