#!/usr/bin/env node
/**
 * Writes the bad-workbook corpus, fixtures/xlsx/bad/*.xlsx (and .xls): each
 * file small, each made the way the trouble arises (a workbook saved by a
 * program that never calculated its formulas, a copy cut short, a zip bomb
 * …). The expected findings of each live in test/data/xlsx-corpus.test.ts.
 *
 *   node scripts/make-xlsx-fixtures.mjs
 *
 * The files are committed; run this again only to change the corpus. The
 * workbooks are built with exceljs (its output is deterministic given a
 * fixed creation date, set below); the zips that no library would write
 * (bombs, encrypted entries) are built byte by byte here.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "fixtures", "xlsx", "bad");
mkdirSync(dir, { recursive: true });

const HEADER = ["指标", "报告期", "数值", "单位", "地区", "填报单位", "备注"];
const FIXED = new Date(Date.UTC(2025, 6, 1));

async function book(build) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "cwplan fixtures";
  wb.created = FIXED;
  wb.modified = FIXED;
  await build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function sheetWith(wb, rows, name = "Sheet1") {
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
  return ws;
}

const files = {};

// a good workbook, the base of several bad ones
const good = await book((wb) =>
  sheetWith(wb, [HEADER, ["urbanization-rate", "2025-06", 52.1, "%", "", "县统计局", ""]]),
);

// 1. a copy cut short: the zip's directory at its end is missing
files["truncated.xlsx"] = good.subarray(0, Math.floor(good.length / 2));

// 2. damaged bytes inside the compressed sheet (the directory intact)
{
  const b = Buffer.from(good);
  const at = b.indexOf("xl/worksheets/sheet1.xml");
  for (let i = at + 60; i < at + 120 && i < b.length; i++) b[i] = 0xff;
  files["damaged-entry.xlsx"] = b;
}

// 3. not a zip at all, though named .xlsx
files["not-a-zip.xlsx"] = Buffer.from(
  "This is a Word document saved with the wrong name.\u0000\u0001\u0002",
);

// zips written by hand --------------------------------------------------------

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A zip from entries { name, data, flags?, declaredSize?, offsetOf? }:
 * `declaredSize` lies about the inflated size; `offsetOf` points an entry's
 * directory record at another entry's data (overlapping entries).
 */
function zip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  const offsets = [];
  for (const e of entries) {
    const raw = Buffer.from(e.data);
    const comp = e.compressed ?? deflateRawSync(raw);
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? raw.length;
    const crc = crc32(raw);
    if (e.offsetOf === undefined) {
      const h = Buffer.alloc(30);
      h.writeUInt32LE(0x04034b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(e.flags ?? 0, 6);
      h.writeUInt16LE(8, 8);
      h.writeUInt32LE(crc, 14);
      h.writeUInt32LE(comp.length, 18);
      h.writeUInt32LE(size, 22);
      h.writeUInt16LE(name.length, 26);
      locals.push(h, name, comp);
      offsets.push(offset);
      offset += 30 + name.length + comp.length;
    } else offsets.push(offsets[e.offsetOf]);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(e.flags ?? 0, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(comp.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offsets[offsets.length - 1], 42);
    central.push(c, name);
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

// 4. a zip bomb of overlapping entries: 300 directory records share one
//    entry of 1 MiB of zeros, 300 MiB declared in all (about 20 KiB on disk)
{
  const MiB = Buffer.alloc(1024 * 1024, 0x30);
  const entries = [{ name: "xl/worksheets/sheet1.xml", data: MiB }];
  for (let i = 1; i < 300; i++)
    entries.push({ name: `xl/worksheets/s${i}.xml`, data: MiB, offsetOf: 0 });
  files["zip-bomb.xlsx"] = zip(entries);
}

// 5. a bomb that lies: declares 1,000 bytes, inflates to 64 MiB (about 64 KiB on disk)
files["zip-bomb-lying-size.xlsx"] = zip([
  { name: "[Content_Types].xml", data: Buffer.alloc(64 * 1024 * 1024, 0x20), declaredSize: 1000 },
]);

// 6. more cells than the limit (2,000,000): 2,100,000 empty cells, about 25 KiB on disk
{
  const cell = '<c r="A1"/>';
  const xml = `<worksheet><sheetData><row r="1">${cell.repeat(2_100_000)}</row></sheetData></worksheet>`;
  files["too-many-cells.xlsx"] = zip([
    { name: "xl/worksheets/sheet1.xml", data: Buffer.from(xml) },
  ]);
}

// 7. an entry encrypted with the zip's own (weak) password scheme
files["zip-password.xlsx"] = zip([
  { name: "[Content_Types].xml", data: Buffer.from("<Types/>"), flags: 1 },
]);

// OLE compound files ------------------------------------------------------------

/**
 * The start of an OLE compound file: the 512-byte header and one directory
 * sector naming the streams. Enough for what cwplan looks at (the magic and
 * the stream names); Excel would want the whole file.
 */
function ole(streams) {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  const dirSector = Buffer.alloc(512);
  ["Root Entry", ...streams].forEach((name, i) => {
    const n = Buffer.from(`${name}\u0000`, "utf16le");
    n.copy(dirSector, i * 128);
    dirSector.writeUInt16LE(n.length, i * 128 + 64);
    dirSector[i * 128 + 66] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([header, dirSector]);
}

// 8. an .xlsx saved with a password to open: Office wraps it in an OLE file
files["password-protected.xlsx"] = ole(["EncryptionInfo", "EncryptedPackage"]);

// 9. an old Excel 97-2003 workbook
files["old-format.xls"] = ole(["Workbook", "\u0005SummaryInformation"]);

// workbooks with bad content ------------------------------------------------------

// 10. an empty sheet
files["empty-sheet.xlsx"] = await book((wb) => {
  wb.addWorksheet("Sheet1");
});

// 11. no header: the figures start in row 1
files["no-header.xlsx"] = await book((wb) =>
  sheetWith(wb, [
    ["urbanization-rate", "2025-06", 52.1, "%"],
    ["ten-strong-clusters", "2025-06", 1, "个"],
  ]),
);

// 12. two header rows (Chinese, then English)
files["two-header-rows.xlsx"] = await book((wb) =>
  sheetWith(wb, [
    HEADER,
    ["indicator", "period", "value", "unit", "area", "reported_by", "note"],
    ["urbanization-rate", "2025-06", 52.1, "%", "", "县统计局", ""],
  ]),
);

// 13. text in value cells
files["text-in-value.xlsx"] = await book((wb) =>
  sheetWith(wb, [
    HEADER,
    ["urbanization-rate", "2025-05", "约52", "%"],
    ["urbanization-rate", "2025-06", "52.1", "%"],
    ["ten-strong-clusters", "2025-06", "一个", "个"],
  ]),
);

// 14. a formula without a cached value (written by a program, never opened in Excel)
files["formula-no-value.xlsx"] = await book((wb) => {
  const ws = sheetWith(wb, [HEADER, ["urbanization-rate", "2025-06", null, "%"]]);
  ws.getCell("C2").value = { formula: "51+1.1" };
  ws.addRow(["urbanization-rate", "2025-05", { formula: "51+1", result: 52 }, "%"]);
});

// 15. an error value
files["error-value.xlsx"] = await book((wb) => {
  const ws = sheetWith(wb, [HEADER]);
  ws.addRow([
    "urbanization-rate",
    "2025-06",
    { formula: "1/0", result: { error: "#DIV/0!" } },
    "%",
  ]);
});

// 16. a percent-formatted cell on an indicator counted in 个
files["percent-wrong-unit.xlsx"] = await book((wb) => {
  const ws = sheetWith(wb, [HEADER, ["ten-strong-clusters", "2025-06", 0.5, ""]]);
  ws.getCell("C2").numFmt = "0%";
});

// 17. hidden rows and a hidden column, read with warnings
files["hidden-rows.xlsx"] = await book((wb) => {
  const ws = sheetWith(wb, [
    HEADER,
    ["urbanization-rate", "2025-04", 51.8, "%"],
    ["urbanization-rate", "2025-05", 51.9, "%"],
    ["urbanization-rate", "2025-06", 52.1, "%"],
  ]);
  ws.getRow(3).hidden = true;
  ws.getRow(4).hidden = true;
  ws.getColumn(4).hidden = true;
});

// 18. --sheet naming a sheet that is not there, and a second sheet with a header
files["two-sheets.xlsx"] = await book((wb) => {
  sheetWith(wb, [HEADER, ["urbanization-rate", "2025-06", 52.1, "%"]], "6月");
  sheetWith(wb, [HEADER, ["urbanization-rate", "2025-05", 51.9, "%"]], "5月");
});

// 19. a broken worksheet inside a sound zip
{
  const xml =
    '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>指标</t></is></c></row>';
  const ct =
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
  const rels =
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  const wbXml =
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>';
  const wbRels =
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
  files["broken-xml.xlsx"] = zip([
    { name: "[Content_Types].xml", data: Buffer.from(ct) },
    { name: "_rels/.rels", data: Buffer.from(rels) },
    { name: "xl/workbook.xml", data: Buffer.from(wbXml) },
    { name: "xl/_rels/workbook.xml.rels", data: Buffer.from(wbRels) },
    { name: "xl/worksheets/sheet1.xml", data: Buffer.from(`${xml}<<<&&`) },
  ]);
}

// 20. a title, a total row and a merged period: Excel habits, all accepted
files["habits.xlsx"] = await book((wb) => {
  const ws = sheetWith(wb, [
    ["成武县2025年6月指标填报表"],
    HEADER,
    ["urbanization-rate", "2025-06", 52.1, "%", "", "县统计局"],
    ["ten-strong-clusters", null, 1, "个", "", "县工业和信息化局"],
    ["合计", "", 53.1],
  ]);
  ws.mergeCells("A1:G1");
  ws.mergeCells("B3:B4");
});

for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(join(dir, name), bytes);
  console.log(`${name}: ${bytes.length} bytes`);
}
