/**
 * A July like the trial in issue 20, built at test time (the workbooks by
 * exceljs, no binaries committed): eleven units, xlsx and CSV, the way
 * departments really send figures.
 *
 * | file | unit | what it is |
 * |---|---|---|
 * | 县统计局-2025-07.csv | 县统计局 (by name) | 0.512 for 51.2% (a fraction) |
 * | 新建 Microsoft Excel 工作表.xlsx | 县住建局 (template metadata) | the unit's template, renamed, reporting unit cleared |
 * | 人社局7月报表.xlsx | 成武县人力资源和社会保障局 (full name) | a title row and a 合计 row |
 * | 县教育和体育局2025年7月.xls | 县教体局 (by name) | an old .xls |
 * | 民政局-7月.et | 县民政局 (by name) | a WPS .et |
 * | 县工信局-2025-07.csv | 县工信局 (GBK) | a value that is no number; a row for 发改局's renewable-capacity |
 * | 发改局-1.csv | 县发改局 | a state that is none (基本完成): returned |
 * | 发改局-2更正.csv | 县发改局 | the corrected file |
 * | 科技局.csv | 县科技局 (by name, no reported_by) | accepted |
 * | 县商务局.csv | 县商务局 | one of its two figures |
 * | 县文旅局.csv | 县文化和旅游局 | accepted |
 *
 * 县交通运输局 sends nothing. A June file gives "since when".
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { templateRows } from "../../src/format/template-csv.js";
import { renderXlsxTemplate } from "../../src/format/xlsx/template.js";
import type { Plan } from "../../src/plan/types.js";

/** An old .xls or a WPS .et: an OLE compound file (only its first bytes matter). */
export const OLE = Buffer.from([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...new Array(504).fill(0),
]);

const csv = (lines: string[]): string => `${lines.join("\r\n")}\r\n`;
const HEAD = "indicator,period,value,unit,area,reported_by,note";

/** Writes the trial month's folder (its June file in `2025-06/`); returns the folder. */
export async function trialMonth(plan: Plan): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "cwplan-trial-"));
  const july = join(dir, "2025-07");
  mkdirSync(july);
  mkdirSync(join(dir, "2025-06"));
  const put = (name: string, text: string | Uint8Array, where = july) =>
    writeFileSync(join(where, name), text);

  put(
    "2025-06.csv",
    csv([
      HEAD,
      "urbanization-rate,2025-06,50.1,,,县统计局,",
      "key-labs,2025-06,33,,,县科学技术局,",
      "urban-new-jobs,2025-06,2500,,,县人力资源和社会保障局,",
      "renewable-capacity,2025-06,30.5,,,县发展和改革局,",
    ]),
    join(dir, "2025-06"),
  );

  // the fraction, named by its file only
  put("县统计局-2025-07.csv", csv(["indicator,period,value", "urbanization-rate,2025-07,0.512"]));

  // 住建局's own template, renamed, its reporting-unit cells cleared
  const tpl = await housingTemplate(plan);
  put("新建 Microsoft Excel 工作表.xlsx", new Uint8Array(await tpl.xlsx.writeBuffer()));

  // 人社局: a title row, its full name, a 合计 row
  const hr = new ExcelJS.Workbook();
  const ws = hr.addWorksheet("Sheet1");
  ws.addRow(["成武县2025年7月指标填报表"]);
  ws.addRow(["指标", "报告期", "数值", "填报单位"]);
  ws.addRow(["urban-new-jobs", "2025年1-7月", 2900, "成武县人力资源和社会保障局"]);
  ws.addRow(["migrant-worker-training", "2025年1-7月", 360, "成武县人力资源和社会保障局"]);
  ws.addRow(["pension-insurance-rate", "2025年1-7月", 95.3, "成武县人力资源和社会保障局"]);
  ws.addRow(["合计", "", 3355.3, ""]);
  put("人社局7月报表.xlsx", new Uint8Array(await hr.xlsx.writeBuffer()));

  // an old .xls and a WPS .et
  put("县教育和体育局2025年7月.xls", OLE);
  put("民政局-7月.et", OLE);

  // 工信局, in GBK: a value that is no number, and 发改局's figure
  put(
    "县工信局-2025-07.csv",
    iconv.encode(
      csv([
        HEAD,
        "ten-strong-clusters,2025-07,1,,,县工业和信息化局,",
        "tech-upgrade-projects,2025-07,十二,,,县工业和信息化局,",
        "iot-terminals,2025-07,31.5,,,县工业和信息化局,",
        "base-stations-5g,2025-07,1080,,,县工业和信息化局,",
        "renewable-capacity,2025-07,31.2,,,县工业和信息化局,",
      ]),
      "gbk",
    ),
  );

  // 发改局: a state that is none, then the corrected file
  put("发改局-1.csv", csv([HEAD, "coal-unit-retrofit,2025-07,基本完成,,,县发改局,"]));
  put("发改局-2更正.csv", csv([HEAD, "coal-unit-retrofit,2025-07,已完成,,,县发改局,"]));

  // 科技局: no reported_by; its name says who
  put("科技局.csv", csv(["indicator,period,value", "key-labs,2025-07,34"]));
  // 商务局: one of its two figures
  put("县商务局.csv", csv([HEAD, "town-delivery-centers,2025-07,7,,,县商务局,"]));
  // 文旅局
  put(
    "县文旅局.csv",
    csv([
      HEAD,
      "culture-tourism-towns,2025-07,0,,,县文化和旅游局,",
      "rural-tourism-villages,2025-07,1,,,县文化和旅游局,",
    ]),
  );
  return dir;
}

/**
 * 住建局's own xlsx template for July, every figure it asks for filled in and
 * its reporting-unit cells cleared: only the template's metadata says whose
 * it is.
 */
export async function housingTemplate(plan: Plan): Promise<ExcelJS.Workbook> {
  const rows = templateRows(plan, { unit: "housing-construction" });
  const bytes = await renderXlsxTemplate(plan, rows, {
    period: "2025-07",
    lang: "zh",
    unit: "housing-construction",
  });
  const tpl = new ExcelJS.Workbook();
  await tpl.xlsx.load(new Uint8Array(bytes).buffer);
  const VALUES: Record<string, number> = {
    "green-building-standard-share": 97,
    "green-building-area": 85,
    "green-material-firms": 1,
    "green-material-share": 30,
    "prefab-building-share": 32,
    "prefab-assembly-rate": 46,
    "combined-sewer-remaining": 15,
  };
  tpl.worksheets[0]?.eachRow((row, n) => {
    if (n === 1) return;
    const v = VALUES[row.getCell(1).text];
    if (v !== undefined) row.getCell(4).value = v;
    row.getCell(7).value = null;
  });
  return tpl;
}
