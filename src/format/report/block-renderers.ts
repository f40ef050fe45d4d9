/**
 * A report laid out as blocks (./blocks.ts), written in each output format
 * by name: Markdown (the terminal), plain text (one line a paragraph), an
 * HTML document, a workbook, a Word document. exceljs and docx are loaded
 * only for their own format.
 */
import { PUNCT } from "../../i18n/labels.js";
import type { Renderer } from "../renderer.js";
import { type Block, renderHtmlDocument, renderMarkdown, renderPlain } from "./blocks.js";

export type BlockFormat = "markdown" | "text" | "html" | "xlsx" | "docx";

export const BLOCK_RENDERERS: Readonly<Record<BlockFormat, Renderer<readonly Block[]>>> = {
  markdown: { render: async (blocks) => renderMarkdown(blocks) },
  text: {
    render: async (blocks, o) => {
      const p = PUNCT[o.lang];
      return renderPlain(blocks, { colon: p.colon, sep: p.semi, bullet: "" });
    },
  },
  html: { render: async (blocks, o) => renderHtmlDocument(blocks, o.lang) },
  xlsx: {
    workbook: "results",
    render: async (blocks) => (await import("../xlsx/blocks.js")).blocksWorkbook(blocks),
  },
  docx: {
    workbook: "document",
    render: async (blocks) => (await import("../docx/render.js")).renderDocx(blocks),
  },
};
