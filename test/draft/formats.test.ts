/**
 * `cwplan draft` reads a plan document whatever it was saved as: a .txt in
 * GB18030 with CRLF, a web page saved from a government site (GBK, with
 * navigation, scripts, a metadata table), a .docx (written here with the
 * `docx` library, read with mammoth), a PDF (made by LibreOffice, read with
 * pdftotext). Each draws the same targets as the plain UTF-8 text; a file
 * it cannot read is refused with where and what to do.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { draftPlan } from "../../src/draft/build.js";
import { readDocument } from "../../src/draft/read.js";
import { CwplanError } from "../../src/errors.js";

const dir = fileURLToPath(new URL("../../fixtures/draft/", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "cwplan-draft-"));

const targetsOf = async (path: string) =>
  draftPlan(await readDocument(path)).plan.targets.map(
    (t) => `${t.measure} ${t.comparator} ${t.value} ${t.unit} ${t.deadline} ${t.quote}`,
  );

describe("a plan document in each format drafts the same targets as its text", () => {
  it("a .txt in GB18030 with CRLF line ends", async () => {
    const plain = await targetsOf(`${dir}renewal-county.txt`);
    expect(plain.length).toBeGreaterThan(20);
    expect(await targetsOf(`${dir}renewal-county.gb18030.txt`)).toEqual(plain);
  });

  it("a web page in GBK with navigation, scripts, comments and a metadata table", async () => {
    const plain = await targetsOf(`${dir}district-points.txt`);
    const page = await readDocument(`${dir}district-points.html`);
    expect(page).not.toMatch(/_hmt|统计代码|text-indent/);
    expect(await targetsOf(`${dir}district-points.html`)).toEqual(plain);
    const p = draftPlan(page).plan;
    expect(p.plan.issuer).toBe("青山区新型城镇化工作领导小组办公室");
    expect(p.plan.issued).toBe("2026-02-20");
  });

  it("a .docx written by another library", async () => {
    const { Document, Packer, Paragraph } = await import("docx");
    const lines = readFileSync(`${dir}renewal-county.txt`, "utf8").split("\n");
    const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] });
    const path = join(tmp, "plan.docx");
    writeFileSync(path, await Packer.toBuffer(doc));
    expect(await targetsOf(path)).toEqual(await targetsOf(`${dir}renewal-county.txt`));
  });

  it("a .docx whose table of main indicators is a Word table", async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import("docx");
    const lines = readFileSync(`${dir}plan-chapters.txt`, "utf8").split("\n");
    const isRow = (l: string) => /^序号\t|^\d\t/.test(l);
    const cells = (l: string) =>
      new TableRow({
        children: l.split("\t").map((c) => new TableCell({ children: [new Paragraph(c)] })),
      });
    const children = [
      ...lines
        .filter((l, i) => !isRow(l) && i < lines.findIndex(isRow))
        .map((l) => new Paragraph(l.replace(/\t/g, " "))),
      new Table({ rows: lines.filter(isRow).map(cells) }),
      ...lines
        .filter((l, i) => !isRow(l) && i > lines.findIndex(isRow))
        .map((l) => new Paragraph(l)),
    ];
    const path = join(tmp, "chapters.docx");
    writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children }] })));
    const fromDocx = await targetsOf(path);
    expect(fromDocx).toContainEqual(
      expect.stringMatching(/^2 >= 8 公里\/平方公里 2030-12-31 1\t城市道路网密度/),
    );
    expect(fromDocx).toContainEqual(
      expect.stringMatching(/^2 <= 8 % 2030-12-31 4\t公共供水管网漏损率/),
    );
    expect(fromDocx.length).toBe((await targetsOf(`${dir}plan-chapters.txt`)).length);
  });

  it("a PDF through pdftotext: lines cut by the page joined, layout spaces dropped", async () => {
    const fromPdf = await targetsOf(`${dir}renewal-county.pdf`);
    expect(fromPdf).toEqual(await targetsOf(`${dir}renewal-county.txt`));
  });
});

describe("a document it cannot read is refused, located, with what to do", () => {
  const refused = async (path: string) => {
    try {
      await readDocument(path, "plan.x");
    } catch (e) {
      if (e instanceof CwplanError) return e;
      throw e;
    }
    throw new Error("not refused");
  };

  it("a missing file", async () => {
    const e = await refused(join(tmp, "none.txt"));
    expect([e.code, e.where?.file, e.zh?.message]).toEqual([
      "draft-unreadable",
      "plan.x",
      "无法读取方案文件：文件不存在",
    ]);
  });

  it("an old Word .doc", async () => {
    const path = join(tmp, "old.doc");
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(600),
      ]),
    );
    const e = await refused(path);
    expect([e.code, e.hint]).toEqual([
      "draft-oldDoc",
      "open it in Word or WPS and save it as .docx",
    ]);
  });

  it("a broken .docx", async () => {
    const path = join(tmp, "broken.docx");
    writeFileSync(path, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(100, 7)]));
    expect((await refused(path)).code).toBe("draft-badDocx");
  });

  it("a binary file", async () => {
    const path = join(tmp, "blob.txt");
    writeFileSync(path, Buffer.from([1, 0, 2, 0, 3, 0, 0, 0]));
    expect((await refused(path)).code).toBe("draft-notText");
  });

  it("a PDF where pdftotext is not installed", async () => {
    const path = process.env.PATH;
    process.env.PATH = tmp;
    try {
      const e = await refused(`${dir}renewal-county.pdf`);
      expect([e.code, e.zh?.hint]).toEqual([
        "draft-noPdftotext",
        "请安装 poppler-utils（apt-get install poppler-utils），或将方案另存为 .txt 或 .docx",
      ]);
    } finally {
      process.env.PATH = path;
    }
  });
});
