/**
 * A plan document as text: .txt in UTF-8 or GB18030, .docx (mammoth, loaded
 * only here), .html saved from a government site (scripts, styles and tags
 * taken out; tables kept as tab-separated rows), .pdf through pdftotext
 * where installed. The text is normalized once (line breaks, each line
 * trimmed); quotes and measure texts are verbatim in it.
 */
import { execFile } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { decodeAll, isUtf8 } from "../data/encoding.js";
import { CwplanError, errorCode } from "../errors.js";
import { DRAFT_ERRORS } from "../i18n/draft.js";
import { bilingual } from "../i18n/errors.js";
import { reason, reasonZh } from "../i18n/reasons.js";

/** A line ending so ends its paragraph; a line starting so starts a heading. */
const ENDS_PARAGRAPH = /[。；：！？”）)]$|^\S{1,30}$/;
const STARTS_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、](?!\d)|附件)/;

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

type Kind = "text" | "docx" | "html" | "pdf" | "doc";

function kindOf(path: string, head: Buffer): Kind {
  if (head.subarray(0, 4).toString("latin1") === "%PDF") return "pdf";
  if (head[0] === 0x50 && head[1] === 0x4b) return "docx";
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))
    return "doc";
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm" || ext === ".shtml" || ext === ".xhtml") return "html";
  const start = head.subarray(0, 512).toString("latin1").trimStart().toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html")) return "html";
  return "text";
}

const fail = (
  file: string,
  code: string,
  w: { message: string; hint?: string; zh: { message: string; hint?: string } },
) => new CwplanError(`draft-${code}`, w.message, { where: { file }, ...w });

/** Bytes in UTF-8 (BOM or not), UTF-16 with a BOM, else GB18030; `charset` from a page wins. */
function decode(bytes: Buffer, charset?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return bytes.subarray(3).toString("utf8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  const cs = charset?.toLowerCase();
  const gb = cs !== undefined && /gb|936/.test(cs);
  if (!gb && isUtf8(bytes)) return bytes.toString("utf8");
  return decodeAll(bytes, "gb18030").text;
}

const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "\u201c",
  rdquo: "\u201d",
  mdash: "\u2014",
  middot: "\u00b7",
  hellip: "\u2026",
  ensp: " ",
  emsp: " ",
};

/** A web page's text: no scripts, styles or comments; blocks on lines; table cells by tabs. */
export function htmlText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return (
    body
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(
        /<(script|style|noscript|template|iframe|svg|select|textarea|button|head)\b[\s\S]*?<\/\1\s*>/gi,
        "",
      )
      // a cell's paragraphs (Word puts each cell's text in <p>) stay on its row
      .replace(
        /<(t[dh])\b[^>]*>([\s\S]*?)<\/\1\s*>/gi,
        (_, _tag: string, inner: string) =>
          `${inner
            .replace(/<\/?(?:p|div|br|span)\b[^>]*>/gi, " ")
            .replace(/\s+/g, " ")
            .trim()}\t`,
      )
      .replace(/<\/(?:td|th)\s*>/gi, "\t")
      .replace(/<tr\b[^>]*>/gi, "")
      .replace(/<\/tr\s*>/gi, "\n")
      .replace(/<(?:br|hr)\b[^>]*>/gi, "\n")
      .replace(
        /<\/?(?:p|div|li|ul|ol|table|h[1-6]|section|article|header|footer|nav|blockquote|pre|dd|dt|dl|center|form)\b[^>]*>/gi,
        "\n",
      )
      .replace(/<[^>]*>/g, "")
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
        if (e.startsWith("#x") || e.startsWith("#X"))
          return String.fromCodePoint(Number.parseInt(e.slice(2), 16) || 0x20);
        if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)) || 0x20);
        return ENTITIES[e.toLowerCase()] ?? all;
      })
  );
}

/** Line breaks unified, each line trimmed (ideographic spaces too), tabs kept between cells. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200b\ufeff]/g, "")
    .split("\n")
    .map((l) =>
      l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "").replace(/[ \u00a0]+\t|\t[ \u00a0]+/g, "\t"),
    )
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
}

/**
 * A PDF's lines are its layout's: a paragraph is cut wherever the page was
 * full. A line that does not end a sentence runs on into the next, unless
 * that one starts a heading or is empty.
 */
export function unwrap(text: string): string {
  const lines = text.split("\n").map((l) => l.trim());
  const out: string[] = [];
  for (const l of lines) {
    const prev = out.at(-1);
    if (
      prev !== undefined &&
      prev !== "" &&
      l !== "" &&
      !ENDS_PARAGRAPH.test(prev) &&
      !STARTS_HEADING.test(l)
    )
      out[out.length - 1] = `${prev}${l}`;
    else out.push(l);
  }
  // and the spaces a PDF's layout puts between Chinese and figures (到 2027 年, 45 个) go
  return out
    .filter((l, i) => l !== "" || out[i - 1] !== "")
    .join("\n")
    .replace(/([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) +(?=[\d.])/g, "$1")
    .replace(/([\d%]) +(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef%])/g, "$1");
}

function pdfText(path: string, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      "pdftotext",
      ["-enc", "UTF-8", "-eol", "unix", path, "-"],
      { maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (errorCode(err) === "ENOENT")
          return reject(fail(file, "noPdftotext", bilingual(DRAFT_ERRORS, "noPdftotext")));
        if (err)
          return reject(
            fail(
              file,
              "badPdf",
              bilingual(
                DRAFT_ERRORS,
                "badPdf",
                (stderr || err.message).trim().split("\n")[0] ?? "",
              ),
            ),
          );
        // pdftotext ends each page with a form feed; a page's break is not a paragraph's
        resolve(unwrap(stdout.replace(/\f/g, "\n")));
      },
    );
  });
}

/** The normalized text of the plan document at `path` (`file`: as shown in errors). */
export async function readDocument(path: string, file = path): Promise<string> {
  let bytes: Buffer;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw Object.assign(new Error("a folder"), { code: "EISDIR" });
    if (st.size > MAX_DOCUMENT_BYTES)
      throw fail(
        file,
        "tooLarge",
        bilingual(DRAFT_ERRORS, "tooLarge", MAX_DOCUMENT_BYTES / 1024 / 1024),
      );
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof CwplanError) throw e;
    const en = DRAFT_ERRORS.en.unreadable(reason(e));
    throw new CwplanError("draft-unreadable", en.message, {
      where: { file },
      ...(en.hint ? { hint: en.hint } : {}),
      zh: DRAFT_ERRORS.zh.unreadable(reasonZh(e)),
    });
  }
  const kind = kindOf(path, bytes);
  let text: string;
  if (kind === "doc") throw fail(file, "oldDoc", bilingual(DRAFT_ERRORS, "oldDoc"));
  if (kind === "pdf") {
    text = await pdfText(path, file);
    if (text.trim() === "") throw fail(file, "emptyPdf", bilingual(DRAFT_ERRORS, "emptyPdf"));
  } else if (kind === "docx") {
    const mammoth = await import("mammoth");
    try {
      const { value } = await mammoth.default.convertToHtml({ buffer: bytes });
      text = htmlText(value);
    } catch (e) {
      throw fail(
        file,
        "badDocx",
        bilingual(DRAFT_ERRORS, "badDocx", reason(e).split("\n")[0] ?? ""),
      );
    }
  } else {
    const charset =
      kind === "html"
        ? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(
            bytes.subarray(0, 4096).toString("latin1"),
          )?.[1]
        : undefined;
    const decoded = decode(bytes, charset);
    if (decoded.includes("\u0000")) throw fail(file, "notText", bilingual(DRAFT_ERRORS, "notText"));
    text = kind === "html" ? htmlText(decoded) : decoded;
  }
  return normalizeText(text);
}
