/**
 * The hostile-workbook corpus (issue 21), made at test time: small
 * workbooks written from their XML, and zips tampered with the ways that
 * once made two zip readers disagree. Each case says what `cwplan
 * validate` must find (exact codes) and its exit code. Used in process by
 * test/xlsx/hostile.test.ts and through the built CLI, measured, by
 * test/e2e/hostile-xlsx.test.ts.
 */
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

/** A large entry deflated as it is made, chunk by chunk (never held whole). */
export interface Deflated {
  comp: Buffer;
  crc: number;
  size: number;
}

export async function deflateChunks(chunks: Iterable<Buffer>): Promise<Deflated> {
  const z = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  z.on("data", (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    z.on("end", resolve);
    z.on("error", reject);
  });
  let crc = 0;
  let size = 0;
  for (const c of chunks) {
    crc = crc32(c, crc);
    size += c.length;
    if (!z.write(c)) await new Promise((r) => z.once("drain", r));
  }
  z.end();
  await done;
  return { comp: Buffer.concat(out), crc, size };
}

export interface ZipPart {
  name: string;
  data: Buffer;
  /** the entry already deflated (a large one, made in chunks): its data is then ignored */
  deflated?: Deflated;
  /** the size the directory and local header declare, when it lies */
  declaredSize?: number;
  /** the name written in the central directory, when it differs (a tampered zip) */
  centralName?: string;
}

/** A zip of the given entries (deflated), as a workbook writer would make it; `end` patches the end record. */
export function zipOf(
  entries: ZipPart[],
  end?: (eocd: Buffer) => void,
  beforeEnd?: Buffer,
): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const cname = Buffer.from(e.centralName ?? e.name);
    const comp = e.deflated?.comp ?? deflateRawSync(e.data);
    const crc = e.deflated?.crc ?? crc32(e.data);
    const size = e.declaredSize ?? e.deflated?.size ?? e.data.length;
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x800, 6);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(comp.length, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(comp.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(cname.length, 28);
    c.writeUInt32LE(offset, 42);
    locals.push(h, name, comp);
    central.push(c, cname);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length + (beforeEnd?.length ?? 0), 12);
  eocd.writeUInt32LE(offset, 16);
  end?.(eocd);
  return Buffer.concat([...locals, cd, ...(beforeEnd ? [beforeEnd] : []), eocd]);
}

export interface SheetSpec {
  name: string;
  state?: "visible" | "hidden" | "veryHidden";
  /** the worksheet's XML inside `<worksheet>`: cols, sheetData, mergeCells… */
  body: string;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

/** A cell: a number (`<v>` as given) when `v` starts with `=`-less text marked `#`, else an inline string. */
export function cell(
  ref: string,
  value: string | { v: string; t?: string; f?: string; s?: number },
): string {
  if (typeof value === "string") {
    return `<c r="${ref}" t="inlineStr"><is><t>${esc(value)}</t></is></c>`;
  }
  const t = value.t ? ` t="${value.t}"` : "";
  const s = value.s !== undefined ? ` s="${value.s}"` : "";
  const f = value.f !== undefined ? `<f>${esc(value.f)}</f>` : "";
  return `<c r="${ref}"${t}${s}>${f}<v>${esc(value.v)}</v></c>`;
}

export type CellValue = Parameters<typeof cell>[1] | null;

const COLS = "ABCDEFG";

/** `<sheetData>` of rows of cells (columns A…), rows numbered from `first`. */
export function sheetData(rows: CellValue[][], first = 1): string {
  const out = rows.map((cells, i) => {
    const n = first + i;
    const cs = cells.map((c, j) => (c === null ? "" : cell(`${COLS[j]}${n}`, c))).join("");
    return `<row r="${n}">${cs}</row>`;
  });
  return `<sheetData>${out.join("")}</sheetData>`;
}

export const HEADER: CellValue[] = [
  "indicator",
  "period",
  "value",
  "unit",
  "area",
  "reported_by",
  "note",
];

/** A valid row under the embedded plan, with the value cell given. */
export function row(value: CellValue, period: CellValue = "2025-06"): CellValue[] {
  return ["urbanization-rate", period, value, null, null, "县统计局"];
}

/** The parts of a workbook with these sheets (styles: index 1 is a date format, 2 a percent). */
export function workbookParts(
  sheets: SheetSpec[],
  extra: { workbookHead?: string } = {},
): ZipPart[] {
  const p = (name: string, s: string): ZipPart => ({ name, data: Buffer.from(s) });
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return [
    p(
      "[Content_Types].xml",
      `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ),
    p(
      "_rels/.rels",
      `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    p(
      "xl/workbook.xml",
      `${decl}${extra.workbookHead ?? ""}<workbook ${NS} ${R_NS}><sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
        )
        .join("")}</sheets></workbook>`,
    ),
    p(
      "xl/_rels/workbook.xml.rels",
      `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          "",
        )}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    p(
      "xl/styles.xml",
      `${decl}<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/></cellXfs></styleSheet>`,
    ),
    ...sheets.map((s, i) =>
      p(`xl/worksheets/sheet${i + 1}.xml`, `${decl}<worksheet ${NS} ${R_NS}>${s.body}</worksheet>`),
    ),
  ];
}

export function workbook(sheets: SheetSpec[]): Buffer {
  return zipOf(workbookParts(sheets));
}

const valid = (value: CellValue = { v: "52.1" }): SheetSpec[] => [
  { name: "Sheet1", body: sheetData([HEADER, row(value)]) },
];

export interface HostileCase {
  name: string;
  /** what the case is (from issue 21) */
  what: string;
  bytes: () => Buffer;
  /** `validate`'s findings: code, or code@place after the file name */
  findings: string[];
  exit: number;
}

/** 40,000 two-cell merges below the data: cheap to read, as it should be. */
function manyMerges(): string {
  const list: string[] = [];
  for (let i = 0; i < 40_000; i++) list.push(`<mergeCell ref="H${10 + i}:I${10 + i}"/>`);
  return `<mergeCells count="40000">${list.join("")}</mergeCells>`;
}

export const HOSTILE: HostileCase[] = [
  {
    name: "eocd-count-zero",
    what: "the end record's entry count patched to 0",
    bytes: () =>
      zipOf(workbookParts(valid()), (e) => {
        e.writeUInt16LE(0, 8);
        e.writeUInt16LE(0, 10);
      }),
    findings: ["xlsx-corrupt"],
    exit: 2,
  },
  {
    name: "central-name-differs",
    what: "a worksheet renamed in the central directory only",
    bytes: () =>
      zipOf(
        workbookParts(valid()).map((p) =>
          p.name === "xl/worksheets/sheet1.xml"
            ? { ...p, centralName: "xl/worksheets/sheetX.xml" }
            : p,
        ),
      ),
    findings: ["xlsx-corrupt"],
    exit: 2,
  },
  {
    name: "disk-ffff",
    what: "the end record's disk number 0xFFFF (a pointer to a ZIP64 directory)",
    bytes: () => zipOf(workbookParts(valid()), (e) => e.writeUInt16LE(0xffff, 4)),
    findings: ["xlsx-corrupt"],
    exit: 2,
  },
  {
    name: "zip64-locator",
    what: "a ZIP64 end-record locator before the end record",
    bytes: () => {
      const loc = Buffer.alloc(20);
      loc.writeUInt32LE(0x07064b50, 0);
      return zipOf(
        workbookParts(valid()),
        (e) => e.writeUInt32LE(e.readUInt32LE(12) - 20, 12),
        loc,
      );
    },
    findings: ["xlsx-corrupt"],
    exit: 2,
  },
  {
    name: "duplicate-entry",
    what: "the worksheet twice, 400 then 1200",
    bytes: () => {
      const parts = workbookParts(valid({ v: "400" }));
      const second = workbookParts(valid({ v: "1200" })).find(
        (p) => p.name === "xl/worksheets/sheet1.xml",
      );
      return zipOf(second ? [...parts, second] : parts);
    },
    findings: ["xlsx-corrupt"],
    exit: 2,
  },
  {
    name: "col-max-huge",
    what: '<col min="1" max="100000000"/>',
    bytes: () =>
      workbook([
        {
          name: "Sheet1",
          body: `<cols><col min="1" max="100000000" width="9"/></cols>${sheetData([HEADER, row({ v: "52.1" })])}`,
        },
      ]),
    findings: ["xlsx-corrupt"],
    exit: 2,
  },
  {
    name: "merge-whole-sheet",
    what: '<mergeCell ref="A3:XFD1048576"/>',
    bytes: () =>
      workbook([
        {
          name: "Sheet1",
          body: `${sheetData([HEADER, row({ v: "52.1" })])}<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>`,
        },
      ]),
    findings: ["xlsx-too-large"],
    exit: 2,
  },
  {
    name: "validation-whole-sheet",
    what: '<dataValidation sqref="A1:XFD1048576"> (never expanded: validations are not read)',
    bytes: () =>
      workbook([
        {
          name: "Sheet1",
          body: `${sheetData([HEADER, row({ v: "52.1" })])}<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>`,
        },
      ]),
    findings: [],
    exit: 0,
  },
  {
    name: "many-merges",
    what: "40,000 small merges",
    bytes: () =>
      workbook([
        { name: "Sheet1", body: `${sheetData([HEADER, row({ v: "52.1" })])}${manyMerges()}` },
      ]),
    findings: [],
    exit: 0,
  },
  {
    name: "row-beyond-excel",
    what: 'one cell at <row r="100000000">',
    bytes: () =>
      workbook([
        {
          name: "Sheet1",
          body: sheetData([HEADER, row({ v: "52.1" })]).replace(
            "</sheetData>",
            '<row r="100000000"><c r="A100000000"><v>1</v></c></row></sheetData>',
          ),
        },
      ]),
    findings: ["xlsx-corrupt"],
    exit: 2,
  },
  {
    name: "row-far-down",
    what: "a row at 1,000,000 (legal): the rows between are one blank run, never iterated",
    bytes: () =>
      workbook([
        {
          name: "Sheet1",
          body: sheetData([HEADER, row({ v: "52.1" })]).replace(
            "</sheetData>",
            `<row r="1000000">${cell("A1000000", "urbanization-rate")}${cell("B1000000", "2025-07")}<c r="C1000000"><v>52.2</v></c>${cell("F1000000", "县统计局")}</row></sheetData>`,
          ),
        },
      ]),
    findings: ["blank-row@!Sheet1!3:3"],
    exit: 0,
  },
  ...(
    [
      ["1,5", "comma"],
      ["1200abc", "letters"],
      ["1.2.3", "dots"],
      ["0x4B0", "hex"],
      ["1e-400", "underflow"],
    ] as const
  ).map(
    ([v, tag]): HostileCase => ({
      name: `number-${tag}`,
      what: `<v>${v}</v> in a number cell`,
      bytes: () => workbook(valid({ v })),
      findings: ["value-not-number@!Sheet1!C2"],
      exit: 2,
    }),
  ),
  {
    name: "number-formula-cached-text",
    what: "a cached formula value 1200 (estimate)",
    bytes: () => workbook(valid({ v: "1200 (estimate)", f: "B9*2" })),
    findings: ["value-not-number@!Sheet1!C2"],
    exit: 2,
  },
  {
    name: "period-date-cell",
    what: 'a period cell <c t="d"><v>2025-06-01T00:00:00Z</v></c>: its month, said so',
    bytes: () =>
      workbook(
        valid({ v: "52.1" }).map((s) => ({
          ...s,
          body: sheetData([HEADER, row({ v: "52.1" }, { v: "2025-06-01T00:00:00Z", t: "d" })]),
        })),
      ),
    findings: ["period-from-date@!Sheet1!B2"],
    exit: 0,
  },
  {
    name: "very-hidden-sheet",
    what: "数据 (very hidden) holds 60, 填报表 (visible) 40",
    bytes: () =>
      workbook([
        { name: "数据", state: "veryHidden", body: sheetData([HEADER, row({ v: "60" })]) },
        { name: "填报表", body: sheetData([HEADER, row({ v: "40" })]) },
      ]),
    findings: ["sheet-very-hidden@!填报表"],
    exit: 0,
  },
  {
    name: "hidden-sheet-only-header",
    what: "the only sheet with a header is hidden",
    bytes: () =>
      workbook([
        { name: "说明", body: sheetData([["请在隐藏表中填写"]]) },
        { name: "填报表", state: "hidden", body: sheetData([HEADER, row({ v: "40" })]) },
      ]),
    findings: ["sheet-hidden-read@!填报表"],
    exit: 0,
  },
  {
    name: "doctype",
    what: "a DOCTYPE with an entity (billion laughs)",
    bytes: () =>
      zipOf(
        workbookParts(valid()).map((p) =>
          p.name === "xl/worksheets/sheet1.xml"
            ? {
                ...p,
                data: Buffer.from(
                  `<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>${p.data.toString().replace(/^<\?xml[^>]*>\n/, "")}`,
                ),
              }
            : p,
        ),
      ),
    findings: ["xlsx-corrupt"],
    exit: 2,
  },
  {
    name: "cells-out-of-order",
    what: "the same cell twice in a row (the last would win)",
    bytes: () =>
      workbook([
        {
          name: "Sheet1",
          body: sheetData([HEADER, row({ v: "400" })]).replace(
            "</row></sheetData>",
            '<c r="C2"><v>1200</v></c></row></sheetData>',
          ),
        },
      ]),
    findings: ["xlsx-corrupt"],
    exit: 2,
  },
];

/** Cases whose files are large once inflated (made in chunks at test time), for the measured CLI run. */
export interface HeavyCase extends Omit<HostileCase, "bytes"> {
  bytes: () => Promise<Buffer>;
}

function* zeros(mib: number): Generator<Buffer> {
  const block = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < mib; i++) yield block;
}

function* cells(rows: number, perRow: number): Generator<Buffer> {
  yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<worksheet ${NS}><sheetData>`);
  const batch: string[] = [];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < perRow; c++) row += `<c r="${COLS[c] ?? "A"}${r}"><v>${c}</v></c>`;
    batch.push(`${row}</row>`);
    if (batch.length === 10_000) yield Buffer.from(batch.splice(0).join(""));
  }
  yield Buffer.from(`${batch.join("")}</sheetData></worksheet>`);
}

/** The sound workbook's parts with its worksheet replaced by a large deflated one. */
function withSheet(sheet: Deflated, declaredSize?: number): ZipPart[] {
  return workbookParts(valid()).map((p) =>
    p.name === "xl/worksheets/sheet1.xml"
      ? { ...p, deflated: sheet, ...(declaredSize === undefined ? {} : { declaredSize }) }
      : p,
  );
}

export const HEAVY: HeavyCase[] = [
  {
    name: "count-zero-400mb",
    what: "the end record's count patched to 0 over a 400 MB entry (issue: read in 3.2 s at 970 MB)",
    bytes: async () =>
      zipOf(withSheet(await deflateChunks(zeros(400))), (e) => {
        e.writeUInt16LE(0, 8);
        e.writeUInt16LE(0, 10);
      }),
    findings: ["xlsx-corrupt"],
    exit: 2,
  },
  {
    name: "entry-400mb",
    what: "a 400 MB entry, its size declared",
    bytes: async () => zipOf(withSheet(await deflateChunks(zeros(400)))),
    findings: ["xlsx-too-large"],
    exit: 2,
  },
  {
    name: "entry-400mb-lying",
    what: "a 400 MB entry declared as 2,000 bytes",
    bytes: async () => zipOf(withSheet(await deflateChunks(zeros(400)), 2000)),
    findings: ["xlsx-too-large"],
    exit: 2,
  },
  {
    name: "eight-million-cells",
    what: "8 M cells in one sheet (issue: 112 s at 3.96 GB)",
    bytes: async () => zipOf(withSheet(await deflateChunks(cells(1_600_000, 5)))),
    findings: ["xlsx-too-large"],
    exit: 2,
  },
];
