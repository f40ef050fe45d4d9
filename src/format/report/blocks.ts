/**
 * A report laid out once as blocks (headings, paragraphs, tables, lists),
 * then rendered by each output its own way: Markdown for the terminal, a
 * plain-text digest, a printable HTML document, a Word document
 * (../docx/), a workbook. Words are chosen before; these only lay out.
 */
import { PAGE_PHRASES } from "../../i18n/page.js";
import type { Lang } from "../../vocabulary.js";
import { mdCell, mdTable, mdText } from "../check/markdown.js";

export type Block =
  | { h: 1 | 2 | 3; text: string }
  | { p: string }
  | {
      table: {
        head: string[];
        rows: string[][];
        /** columns aligned right (figures) */
        right?: number[];
        /** columns left blank for a reader to fill in (their cells are empty) */
        blank?: number[];
      };
    }
  | { list: string[] };

export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if ("h" in b) out.push(`${"#".repeat(b.h)} ${mdText(b.text)}`);
    else if ("p" in b) out.push(mdText(b.p));
    else if ("list" in b) out.push(b.list.map((x) => `- ${mdText(x)}`).join("\n"));
    else {
      const { head, rows, right = [] } = b.table;
      out.push(
        mdTable(
          head.map(mdCell),
          rows.map((r) => r.map(mdCell)),
          head.map((_, i) => (right.includes(i) ? "r" : "l")),
        ),
      );
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/**
 * Plain text, one line per paragraph (it pastes cleanly into Word and
 * chats): a table row reads as its first cell, then each other cell after
 * its column's name; empty cells and blank columns are left out.
 */
export function renderPlain(
  blocks: readonly Block[],
  punct: { colon: string; sep: string; bullet: string },
): string {
  const out: string[] = [];
  for (const b of blocks) {
    if ("h" in b) out.push(b.text);
    else if ("p" in b) out.push(b.p);
    else if ("list" in b) for (const x of b.list) out.push(`${punct.bullet}${x}`);
    else {
      const { head, rows, blank = [] } = b.table;
      for (const row of rows) {
        const rest = row
          .map((cell, i) => ({ cell: cell.replace(/\n/g, " "), i }))
          .filter(({ cell, i }) => i > 0 && !blank.includes(i) && cell !== "" && cell !== "—")
          .map(({ cell, i }) => `${head[i] ?? ""} ${cell}`);
        const first = (row[0] ?? "").replace(/\n/g, " ");
        out.push(
          `${punct.bullet}${first}${rest.length > 0 ? punct.colon : ""}${rest.join(punct.sep)}`,
        );
      }
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text for HTML content or a quoted attribute. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A whole HTML page: its language, title and style sheet, and the body's markup. */
export function htmlDocument(lang: Lang, title: string, css: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${PAGE_PHRASES[lang].htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

const DOC_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { margin: 0 auto; max-width: 46em; font-family: 'FangSong', 'FangSong_GB2312', 'STFangsong', 'Noto Serif CJK SC', serif; font-size: 12pt; line-height: 1.7; color: #111; }
h1 { font-family: 'FZXiaoBiaoSong-B05S', 'STZhongsong', 'Noto Serif CJK SC', serif; font-size: 20pt; font-weight: normal; text-align: center; margin: 0.5em 0 1em; }
h2 { font-family: 'SimHei', 'Noto Sans CJK SC', sans-serif; font-size: 14pt; font-weight: normal; margin: 1.2em 0 0.4em; }
h3 { font-family: 'KaiTi', 'KaiTi_GB2312', 'STKaiti', serif; font-size: 13pt; font-weight: normal; margin: 1em 0 0.3em; }
p { margin: 0.3em 0; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 0.4em 0 0.8em; }
th, td { border: 1px solid #555; padding: 2px 5px; vertical-align: top; }
th { background: #eee; font-weight: normal; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.r { text-align: right; white-space: nowrap; }
td.blank { height: 4em; min-width: 12em; }
`;

/** A printable HTML document of the blocks: A4, the official-document fonts, tables whose rows do not split. */
export function renderHtmlDocument(blocks: readonly Block[], lang: "zh" | "en"): string {
  const title = blocks.find((b): b is { h: 1; text: string } => "h" in b && b.h === 1)?.text ?? "";
  const body: string[] = [];
  for (const b of blocks) {
    if ("h" in b) body.push(`<h${b.h}>${esc(b.text)}</h${b.h}>`);
    else if ("p" in b) body.push(`<p>${esc(b.p)}</p>`);
    else if ("list" in b) body.push(`<ul>${b.list.map((x) => `<li>${esc(x)}</li>`).join("")}</ul>`);
    else {
      const { head, rows, right = [], blank = [] } = b.table;
      const cell = (c: string, i: number) => {
        const cls = blank.includes(i) ? ' class="blank"' : right.includes(i) ? ' class="r"' : "";
        return `<td${cls}>${c.split("\n").map(esc).join("<br>")}</td>`;
      };
      body.push(
        `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows
          .map((r) => `<tr>${r.map(cell).join("")}</tr>`)
          .join("\n")}</tbody></table>`,
      );
    }
  }
  return htmlDocument(lang, title, DOC_CSS, body.join("\n"));
}
