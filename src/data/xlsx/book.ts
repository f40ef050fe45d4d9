/**
 * A workbook's own parts, read from the checked zip (zip.ts): its sheets in
 * order with their visibility and the part that holds each, the shared
 * strings, the number format of each cell style, and the date system.
 */
import { posix } from "node:path";
import { unescapeOoxml, XlsxError, XmlReader } from "./xml.js";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetInfo {
  name: string;
  state: SheetState;
  /** the worksheet's part, e.g. `xl/worksheets/sheet1.xml` */
  part: string;
}

export interface Book {
  sheets: SheetInfo[];
  strings: string[];
  /** number format code by cell style index (`s`) */
  formats: (string | undefined)[];
  date1904: boolean;
  /** the zip's XML parts, through which the sheets are read too */
  parts: Parts;
}

/**
 * Excel's built-in number formats that matter here (percent or date): the
 * text inside quotes is left out (it says nothing about the kind), so
 * `yyyy"年"m"月"` is written `yyyy""m""`.
 */
const BUILT_IN: Record<number, string> = {
  9: "0%",
  10: "0.00%",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  27: 'yyyy""m""',
  28: 'm""d""',
  29: 'm""d""',
  30: "m-d-yy",
  31: 'yyyy""m""d""',
  32: 'h""mm""',
  33: 'h""mm""ss""',
  34: 'AM/PM h""mm""',
  35: 'AM/PM h""mm""ss""',
  36: 'yyyy""m""',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  50: 'yyyy""m""',
  51: 'm""d""',
  52: 'yyyy""m""',
  53: 'm""d""',
  54: 'm""d""',
  55: 'AM/PM h""mm""',
  56: 'AM/PM h""mm""ss""',
  57: 'yyyy""m""',
  58: 'm""d""',
};

/** Reads parts from the checked zip, remembering which and how large (for the differential test). */
export class Parts {
  readonly read = new Map<string, number>();
  constructor(private readonly parts: Map<string, Buffer>) {}

  text(name: string): string | undefined {
    const b = this.parts.get(name);
    if (!b) return undefined;
    this.read.set(name, b.length);
    return b.toString("utf8");
  }
}

/** Relationship targets by id (and by type's last word), from a `.rels` part. */
function relationships(
  parts: Parts,
  relsPart: string,
  base: string,
): { byId: Map<string, string>; byType: Map<string, string> } {
  const byId = new Map<string, string>();
  const byType = new Map<string, string>();
  const xml = parts.text(relsPart);
  if (xml === undefined) return { byId, byType };
  const r = new XmlReader(xml);
  for (let ev = r.next(); ev !== "end"; ev = r.next()) {
    if (ev !== "open" || r.name !== "Relationship") continue;
    const a = r.attrs();
    if (a.TargetMode === "External" || !a.Target) continue;
    const target = a.Target.startsWith("/")
      ? a.Target.slice(1)
      : posix.normalize(posix.join(base, a.Target));
    if (a.Id) byId.set(a.Id, target);
    const type = a.Type?.split("/").pop();
    if (type && !byType.has(type)) byType.set(type, target);
  }
  return { byId, byType };
}

function sharedStrings(parts: Parts, name: string | undefined): string[] {
  const xml = name === undefined ? undefined : parts.text(name);
  if (xml === undefined) return [];
  const out: string[] = [];
  const r = new XmlReader(xml);
  for (let ev = r.next(); ev !== "end"; ev = r.next()) {
    if (ev === "open" && r.name === "si") out.push(stringItem(r));
  }
  return out;
}

/**
 * The text of a string item (`<si>` or `<is>`, just opened): its `<t>`
 * and the `<t>` of its runs, never of its phonetic runs (`<rPh>`).
 */
export function stringItem(r: XmlReader): string {
  if (r.selfClosing) return "";
  let text = "";
  let depth = 1;
  let phonetic = 0;
  let inT = false;
  for (;;) {
    const ev = r.next();
    if (ev === "end") throw new XlsxError("the XML is cut short");
    if (ev === "open") {
      if (r.selfClosing) continue;
      depth++;
      if (r.name === "rPh") phonetic++;
      else if (r.name === "t") inT = true;
    } else if (ev === "close") {
      if (r.name === "rPh") phonetic--;
      else if (r.name === "t") inT = false;
      if (--depth === 0) return unescapeOoxml(text);
    } else if (inT && phonetic === 0) text += r.text;
  }
}

function numberFormats(parts: Parts, name: string | undefined): (string | undefined)[] {
  const xml = name === undefined ? undefined : parts.text(name);
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  const r = new XmlReader(xml);
  let inCellXfs = false;
  for (let ev = r.next(); ev !== "end"; ev = r.next()) {
    if (ev === "open" && r.name === "numFmt") {
      const a = r.attrs();
      if (a.numFmtId !== undefined && a.formatCode !== undefined) {
        custom.set(Number(a.numFmtId), a.formatCode);
      }
    } else if (ev === "open" && r.name === "cellXfs") inCellXfs = !r.selfClosing;
    else if (ev === "close" && r.name === "cellXfs") inCellXfs = false;
    else if (ev === "open" && r.name === "xf" && inCellXfs) {
      const id = Number(r.attrs().numFmtId ?? 0);
      formats.push(custom.get(id) ?? BUILT_IN[id]);
    }
  }
  return formats;
}

/** The workbook's structure from its parts, or an XlsxError saying what is missing. */
export function readBook(zipParts: Map<string, Buffer>): Book {
  const parts = new Parts(zipParts);
  const root = relationships(parts, "_rels/.rels", "");
  const main = root.byType.get("officeDocument") ?? "xl/workbook.xml";
  const xml = parts.text(main);
  if (xml === undefined) throw new XlsxError(`the workbook part ${main} is missing`);
  const dir = posix.dirname(main);
  const rels = relationships(parts, posix.join(dir, "_rels", `${posix.basename(main)}.rels`), dir);
  const sheets: SheetInfo[] = [];
  let date1904 = false;
  const r = new XmlReader(xml);
  for (let ev = r.next(); ev !== "end"; ev = r.next()) {
    if (ev !== "open") continue;
    if (r.name === "workbookPr") {
      const v = r.attrs().date1904;
      date1904 = v === "1" || v === "true";
    } else if (r.name === "sheet") {
      const a = r.attrs();
      const part = a.id === undefined ? undefined : rels.byId.get(a.id);
      if (a.name === undefined || part === undefined) {
        throw new XlsxError("a sheet in the workbook has no name or no part");
      }
      const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
      sheets.push({ name: a.name, state, part });
    }
  }
  const names = new Set(sheets.map((s) => s.name.toLowerCase()));
  if (names.size !== sheets.length) throw new XlsxError("two sheets have the same name");
  return {
    sheets,
    strings: sharedStrings(parts, rels.byType.get("sharedStrings")),
    formats: numberFormats(parts, rels.byType.get("styles")),
    date1904,
    parts,
  };
}
