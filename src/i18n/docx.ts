/**
 * The typography of a Word document in the national official-document
 * format (GB/T 9704): the fonts each part is set in, by the names Word and
 * WPS know (they substitute what a machine lacks: 方正小标宋简体 → 华文中宋 or
 * 宋体, 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体); Latin text and figures in
 * Times New Roman.
 */
export const DOCX_FONTS = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  latin: "Times New Roman",
  pageNumber: "宋体",
} as const;
