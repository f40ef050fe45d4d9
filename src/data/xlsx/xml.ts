/**
 * A small pull reader for the XML of a workbook's parts (SpreadsheetML as
 * Excel, WPS and other writers save it): elements with their attributes,
 * text, CDATA; comments and processing instructions skipped. Namespace
 * prefixes are dropped (`x:c` is `c`). A document type declaration is
 * refused outright (no entity is ever defined, so no expansion, no external
 * fetch); so is anything that is not well-formed enough to read.
 */

/** Why a workbook's XML cannot be read (becomes `xlsx-corrupt` with this reason). */
export class XlsxError extends Error {}

const TAG = /<([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);|&/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

/** Text with its character and entity references resolved. */
export function decodeText(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (all, ref: string | undefined) => {
    if (ref === undefined) throw new XlsxError("a bare & in the XML");
    const named = NAMED[ref];
    if (named !== undefined) return named;
    const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    if (!Number.isInteger(code) || code > 0x10ffff) {
      throw new XlsxError(`a bad character reference ${all.slice(0, 12)}`);
    }
    return String.fromCodePoint(code);
  });
}

export type XmlEvent = "open" | "close" | "text" | "end";

export class XmlReader {
  /** the local name of the element just opened or closed */
  name = "";
  /** whether the element just opened closes itself (`<c r="A1"/>`) */
  selfClosing = false;
  /** the text just read (decoded) */
  text = "";
  private attrText = "";
  private pos: number;

  constructor(
    private readonly s: string,
    start = 0,
    private readonly stop = s.length,
  ) {
    this.pos = start;
    if (s.charCodeAt(start) === 0xfeff) this.pos++;
  }

  /** Where the reader is (an offset into the text). */
  get offset(): number {
    return this.pos;
  }

  next(): XmlEvent {
    const s = this.s;
    for (;;) {
      const pos = this.pos;
      if (pos >= this.stop) return "end";
      if (s.charCodeAt(pos) !== 0x3c) {
        let j = s.indexOf("<", pos);
        if (j < 0 || j > this.stop) j = this.stop;
        this.text = decodeText(s.slice(pos, j));
        this.pos = j;
        return "text";
      }
      const c = s.charCodeAt(pos + 1);
      if (c === 0x2f) {
        const j = s.indexOf(">", pos);
        if (j < 0) throw new XlsxError("the XML is cut short");
        this.name = localName(s.slice(pos + 2, j).trim());
        this.pos = j + 1;
        return "close";
      }
      if (c === 0x3f) {
        const j = s.indexOf("?>", pos);
        if (j < 0) throw new XlsxError("the XML is cut short");
        this.pos = j + 2;
        continue;
      }
      if (c === 0x21) {
        if (s.startsWith("<!--", pos)) {
          const j = s.indexOf("-->", pos);
          if (j < 0) throw new XlsxError("the XML is cut short");
          this.pos = j + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", pos)) {
          const j = s.indexOf("]]>", pos);
          if (j < 0) throw new XlsxError("the XML is cut short");
          this.text = s.slice(pos + 9, j);
          this.pos = j + 3;
          return "text";
        }
        throw new XlsxError("the XML declares a document type, which a workbook never needs");
      }
      TAG.lastIndex = pos;
      const m = TAG.exec(s);
      if (!m || TAG.lastIndex > this.stop) throw new XlsxError("the XML is not well formed");
      this.name = localName(m[1] ?? "");
      let a = m[2] ?? "";
      this.selfClosing = a.endsWith("/");
      if (this.selfClosing) a = a.slice(0, -1);
      this.attrText = a;
      this.pos = TAG.lastIndex;
      return "open";
    }
  }

  /** The attributes of the element just opened, by local name. */
  attrs(): Record<string, string> {
    const out: Record<string, string> = {};
    if (this.attrText === "") return out;
    ATTR.lastIndex = 0;
    for (let m = ATTR.exec(this.attrText); m; m = ATTR.exec(this.attrText)) {
      out[localName(m[1] ?? "")] = decodeText(m[2] ?? m[3] ?? "");
    }
    return out;
  }

  /**
   * Skips to the end of the element just opened (its children and text),
   * or reads its text when `collect` (the concatenated text of its children).
   */
  skip(collect = false): string {
    if (this.selfClosing) return "";
    let depth = 1;
    let text = "";
    for (;;) {
      const ev = this.next();
      if (ev === "end") throw new XlsxError("the XML is cut short");
      if (ev === "open" && !this.selfClosing) depth++;
      else if (ev === "close" && --depth === 0) return text;
      else if (ev === "text" && collect) text += this.text;
    }
  }
}

/** Excel's escapes for characters XML cannot hold (`_x000D_`), as exceljs reads them. */
export function unescapeOoxml(s: string): string {
  return s.includes("_x")
    ? s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    : s;
}
