/**
 * Words for findings, in Chinese and English: one table per language keyed by
 * the finding code. `{name}` is replaced by the finding's line, column, value,
 * file or one of its args; a `[[…]]` part is kept only when every placeholder
 * in it has a value. Each message says what is wrong and what to do.
 */
import type { FindingCode } from "../data/codes.js";
import { HEADER_WORDS } from "../data/headers.js";
import type { Finding, Severity } from "../data/types.js";

import type { Lang } from "../vocabulary.js";
import { fileReason } from "./reasons.js";

/** A column in Chinese: its header in the template (data/headers.ts), the indicator said short. */
const FIELD_ZH: Record<string, string> = { ...HEADER_WORDS.zh, indicator: "指标" };

export const MESSAGES: Record<Lang, Record<FindingCode, string>> = {
  zh: {
    "unreadable-file":
      "无法读取文件（{reason}）。请检查路径是否正确、文件是否存在、是否有读取权限。",
    "not-text":
      "文件既不是文本（CSV）也不是 Excel 工作簿（.xlsx），无法读取。请在 Excel 中“另存为” .xlsx 或 CSV 格式后再报送。",
    "empty-file": "文件是空的，没有表头也没有数据。请用 cwplan template 生成的模板填写后再报送。",
    "invalid-bytes":
      "文件中有字节无法按 {encoding} 解码，已用替换字符代替。请确认文件编码，必要时用 --encoding 指定。",
    "header-only": "文件只有表头（第 {line} 行），没有数据行。请填写数据后再报送。",
    "findings-truncated":
      "“{code}”类问题过多，另有 {count} 条未逐条列出。请先修正已列出的问题，再重新校验。",
    "xlsx-corrupt":
      "文件不是完整的 Excel 工作簿（{reason}），无法读取。文件可能在复制或传输中损坏，请重新保存为 .xlsx 后再报送。",
    "xlsx-too-large":
      "工作簿解压后过大（{what}超过上限 {limit}），为安全起见未读取。可能是压缩炸弹或异常文件；正常报表不会这么大，请核实来源，或拆分后再报送。",
    "xlsx-encrypted":
      "工作簿设置了打开密码（已加密），无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后再报送。",
    "xls-format":
      "这是旧版 Excel 97-2003 工作簿（.xls），无法直接读取。请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx）或 CSV 后再报送。",
    "other-format":
      "这是 {format} 格式的文件，无法读取（已计为该单位的报送，但数据未采用）。请在 WPS 或 Excel 中“另存为”Excel 工作簿（.xlsx）后再报送。",
    "sheet-not-found":
      "工作簿中没有名为“{sheet}”的工作表（现有：{sheets}）。请核对 --sheet 的名称。",
    "sheet-not-read":
      "工作表“{sheet}”也有表头，但只读取了“{read}”。如需读取它，请用 --sheet 指定，或把数据并入同一张表。",
    "sheet-hidden-read":
      "只有隐藏的工作表“{sheet}”有表头，已读取它。请确认其中数据确应报送；如不应报送，请把数据填入可见的工作表。",
    "sheet-very-hidden":
      "工作表“{sheet}”被设为“深度隐藏”（在 Excel 中无法取消隐藏）且有内容，未读取（读取的是“{read}”）。请核实这个工作表的来历；如需报送其中数据，请填入可见的工作表。",
    "hidden-rows": "第 {line}[[–{endLine}]] 行是隐藏行，已照常读取。请确认这些行的数据确应报送。",
    "hidden-columns": "第 {position} 列（{value}）是隐藏列，已照常读取。请确认其中数据确应报送。",
    "formula-no-value":
      "第 {line} 行的“{column}”是公式（{value}），但文件中没有保存计算结果，无法读取。请在 Excel 中打开并保存一次（或把公式改为数值）后再报送。",
    "cell-error": "第 {line} 行的“{column}”是错误值 {value}，无法读取。请修正公式或改填数值。",
    "missing-header":
      "表头缺少必填列 {field}（{fieldZh}）。请在第一行加上这一列（中英文列名均可）。",
    "duplicate-header": "表头中的“{value}”与“{first}”是同一列（{field}）。请删除其中一列。",
    "unknown-column":
      "表头第 {position} 列“{value}”不是可识别的列名，该列内容不会被读取。如是说明文字，请把列名改为“备注”（note）。",
    "blank-row": "第 {line}[[–{endLine}]] 行是空行，已跳过，不计入数据行。如无用处可删除。",
    "title-row": "第 {line} 行“{value}”是表头上方的标题，已跳过。",
    "total-row":
      "第 {line} 行是合计行（“{value}”），已跳过，不计入数据。合计由系统计算，请只报各项明细；如这一行其实是数据，请改写指标或地区。",
    "repeated-header": "第 {line} 行重复了表头，已跳过，不计入数据行。请删除这一行。",
    "unclosed-quote":
      '第 {line} 行起的引号没有闭合[[（一直到第 {endLine} 行）]]，这部分内容无法读取。请补上缺失的英文双引号（"）。',
    "bad-quote":
      '第 {line}[[–{endLine}]] 行的引号位置不对，这条记录无法读取。单元格内的双引号要写成两个（""），并用双引号括起整个单元格。',
    "record-too-large":
      "第 {line} 行起的记录过长，无法读取，通常是引号没有闭合或分隔符不对。请检查这一行。",
    "csv-error": "第 {line} 行的 CSV 格式有误（{reason}）。请检查这一行的引号和分隔符。",
    "too-many-cells":
      "第 {line} 行的单元格超过 {max} 个[[（有 {count} 个）]]，这一行未读取；若是表头，整个文件无法读取。通常是分隔符不对或文件已损坏，请检查这一行。",
    "skipped-file": "已跳过，未读取：{reason}。",
    "ragged-row":
      "第 {line} 行有 {got} 个单元格，而表头有 {expected} 列。请检查是否多了或少了分隔符（带千分位逗号的数字要用引号括起）。",
    "missing-value": "第 {line} 行的“{column}”是必填项，但为空。请填写。",
    "cell-too-long": "第 {line} 行的“{column}”内容过长。请精简。",
    "invalid-cell": "第 {line} 行的“{column}”内容“{value}”无效。请按模板填写。",
    "bad-period":
      "第 {line} 行的报告期“{value}”无法识别。请写成 2025年6月、2025年1-6月、2025年二季度、2025年上半年或 2025-06 这样的形式。",
    "period-needs-year": "第 {line} 行的报告期“{value}”没有写年份。请写明是哪一年，如“{example}”。",
    "period-span":
      "第 {line} 行的报告期“{value}”既不是从1月起的累计，也不是一个整季度，无法对应方案的序时进度。请报截至当月的累计数（如“{example}”），或按单月、整季度填报。",
    "period-from-date":
      "第 {line} 行的报告期“{value}”是日期，已按月份 {period} 读取。若不是这个月，请改写为 2024-06 这样的形式（Excel 会把月份自动转成日期，可把该列设为文本格式）。",
    "period-outside-window":
      "第 {line} 行的报告期 {period} 不在方案期内（可报 {earliest} 至 {latest}：方案期及其前十年的基期数据，如普查年）。请核对年份。",
    "period-before-baseline":
      "第 {line} 行的报告期 {period} 早于方案的基期年 {baseline}，已作为更早的基期数据（如普查年）读取。请核对年份；如确为此类数据，请在备注中说明（如“第七次全国人口普查”）。",
    "unknown-indicator":
      "第 {line} 行的指标“{value}”不在方案中。[[是否应为“{suggestion}”？]]请使用模板中的指标代码。",
    "value-not-number":
      "第 {line} 行的数值“{value}”不是数字。请只填数字（可带千分位逗号），单位写在“单位”列。",
    "percent-not-allowed":
      "第 {line} 行的数值“{value}”带百分号，但该指标的单位是“{unit}”。请去掉 %，按 {unit} 填写。",
    "bad-state":
      "第 {line} 行的“{value}”不是有效的进度状态。该指标请填写 未开工、推进中 或 已完成（not_started / in_progress / done）。",
    "unexpected-state":
      "第 {line} 行的“{value}”是进度状态，但指标 {indicator} 要填数字。请填写数值。",
    "unit-mismatch":
      "第 {line} 行的单位“{value}”与指标单位“{expected}”不同，且无法换算。请按 {expected} 填写，或把单位列留空（即按 {expected}）。",
    "value-above-max":
      "第 {line} 行的数值“{value}”超过上限 {max}{unit}。请核对（比例、覆盖率不超过 100%）。",
    "value-too-large":
      "第 {line} 行的数值“{value}”过大（绝对值超过 {max}），不可能是真实数据，这一行未采用。请核对数值和单位。",
    "value-below-min": "第 {line} 行的数值“{value}”低于下限 {min}{unit}。请核对（数量不能为负）。",
    "unknown-area":
      "第 {line} 行的地区“{value}”不是本县的镇（街道）。[[是否应为“{suggestion}”？]]全县数据请将地区留空。",
    "area-not-expected":
      "第 {line} 行为指标 {indicator} 填了地区“{value}”，但该指标不分镇街统计。如报的是全县数，请清空地区列。",
    "area-missing":
      "第 {line} 行没有填地区，但指标 {indicator} 的目标按镇计数，全县数不参与评估。请按镇分行报送，并在地区列填写镇名。",
    "unknown-unit":
      "第 {line} 行的填报单位“{value}”不在方案的单位名单中。[[是否应为“{suggestion}”？]]请使用单位全称或常用简称。",
    "unit-name-lookalike":
      "第 {line} 行的填报单位“{value}”含有看不见或形近的字符（{chars}），该行未计入。请删去这些字符，重新输入单位名称（或从模板的下拉列表中选择）。",
    "not-responsible":
      "第 {line} 行的填报单位“{value}”不是指标 {indicator} 的责任单位（责任单位：{responsible}）。请核对指标或填报单位是否填错。",
    "reported-by-other":
      "第 {line} 行指标 {indicator} 由{sender}报送，但该指标的责任单位是{owner}。以责任单位自己报送的数据为准；责任单位未报时才采用本行，并注明“{sender}报”。[[本行未采用：{standingFile} 第 {standingLine} 行为准。]]如确由{sender}代报，可在方案中把它列入该指标的 reporters；否则请{owner}报送。",
    "duplicate-row":
      "第 {line} 行与第 {firstLine} 行[[（{firstFile}）]]重复（指标、地区和数值都相同，报告期相同或截止于同一天），本行已忽略。请删除重复行。",
    "conflicting-row":
      "第 {line} 行与第 {firstLine} 行[[（{firstFile}）]]的指标和地区相同、报告期相同或截止于同一天（如 2025-Q2 与 2025-06），但数值不同（{value} 与 {firstValue}）。本行未采用；请核实后只保留正确的一行。",
    "value-revised":
      "第 {line} 行修订了 {firstFile} 第 {firstLine} 行的数值（{firstValue} → {newValue}；指标、地区相同，报告期截止于同一天）。以后读入的文件为准，已采用本行。如并非有意修订，请核实。",
    "likely-fraction":
      "第 {line} 行指标 {indicator}（{period}）以百分数填报，所填 {value} 不超过 1，疑似把 {percent}% 填成了小数 {value}。此行已退回，不计入；应填 {percent}。",
    "total-went-down":
      "第 {line} 行指标 {indicator} 是累计数，{period} 的 {value} 却低于上一期 {previousPeriod} 的 {previous}。疑似填了当月数而非累计数，请核对后按累计数填报。",
    "sudden-jump":
      "第 {line} 行指标 {indicator} 由 {previousPeriod} 的 {previous} 变为 {period} 的 {value}，相差 {ratio} 倍（超过 {factor} 倍）。请核对数值和单位（如万与个）是否填错。",
    "far-above-target":
      "第 {line} 行指标 {indicator}（{period}）的数值 {value} 超过目标值 {target} 的 10 倍（{limit}）。请核对数值和单位是否填错。",
  },
  en: {
    "unreadable-file":
      "Cannot read the file ({reason}). Check the path, that the file exists and that you may read it.",
    "not-text":
      "The file is neither text (CSV) nor an Excel workbook (.xlsx) and cannot be read. Save it in Excel as .xlsx or CSV (Save As) and send that.",
    "empty-file":
      "The file is empty: no header and no rows. Fill in the template from `cwplan template` and send it again.",
    "invalid-bytes":
      "Some bytes could not be decoded as {encoding} and were replaced. Check the file's encoding and set it with --encoding if needed.",
    "header-only":
      "The file has a header (line {line}) but no data rows. Fill in the figures and send it again.",
    "too-many-cells":
      "Line {line} has more than {max} cells[[ ({count})]] and was not read; if it is the header, the whole file cannot be read. Usually the delimiter is wrong or the file is damaged: check this line.",
    "skipped-file": "Skipped, not read: {reason}.",
    "findings-truncated":
      "Too many “{code}” findings: {count} more are not listed. Fix the ones listed and validate again.",
    "xlsx-corrupt":
      "The file is not a whole Excel workbook ({reason}) and cannot be read. It may have been damaged in copying or sending; save it again as .xlsx and resend.",
    "xlsx-too-large":
      "The workbook is too large once decompressed ({what} over the limit of {limit}) and was not read, for safety. It may be a zip bomb; no real drop is this large. Check where it came from, or split it.",
    "xlsx-encrypted":
      "The workbook is protected by a password to open (encrypted) and cannot be read. Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it) and resend.",
    "xls-format":
      "This is an old Excel 97-2003 workbook (.xls), which cannot be read. Save it in Excel or WPS as an Excel Workbook (.xlsx) or as CSV and resend.",
    "other-format":
      "This is a {format} file, which cannot be read (it counts as the unit's submission, but no figure is taken from it). Save it in WPS or Excel as an Excel Workbook (.xlsx) and resend.",
    "sheet-not-found":
      "The workbook has no sheet named “{sheet}” (it has: {sheets}). Check the name given to --sheet.",
    "sheet-not-read":
      "Sheet “{sheet}” has a header too, but only “{read}” was read. Name it with --sheet to read it, or move its rows into one sheet.",
    "sheet-hidden-read":
      "Only the hidden sheet “{sheet}” has a header; it was read. Make sure its figures are meant to be reported; if not, put them in a visible sheet.",
    "sheet-very-hidden":
      "Sheet “{sheet}” is very hidden (Excel offers no way to unhide it) and holds data; it was not read (“{read}” was). Find out where it came from; figures meant to be reported belong in a visible sheet.",
    "hidden-rows":
      "Row {line}[[–{endLine}]] is hidden; it was read as usual. Make sure its figures are meant to be reported.",
    "hidden-columns":
      "Column {position} ({value}) is hidden; it was read as usual. Make sure its figures are meant to be reported.",
    "formula-no-value":
      "Row {line}: “{column}” is a formula ({value}) with no calculated value saved in the file, so it cannot be read. Open and save the workbook in Excel (or replace the formula by its value) and resend.",
    "cell-error":
      "Row {line}: “{column}” holds the error value {value}. Fix the formula or type the figure.",
    "missing-header":
      "The header lacks the required column {field} ({fieldZh}). Add it to the first line (English or Chinese names both work).",
    "duplicate-header":
      "Header columns “{value}” and “{first}” both name {field}. Delete one of them.",
    "unknown-column":
      "Header column {position}, “{value}”, is not a known column; its cells are not read. If it holds remarks, rename it note (备注).",
    "blank-row":
      "Line {line}[[–{endLine}]] is blank and was skipped (not counted as a row). Delete it if it is not needed.",
    "title-row": "Line {line}, “{value}”, is a title above the header and was skipped.",
    "total-row":
      "Line {line} is a total row (“{value}”) and was skipped (not counted as data). Totals are worked out by cwplan; report the items only. If the line is data, correct its indicator or area.",
    "repeated-header":
      "Line {line} repeats the header and was skipped (not counted as a row). Delete it.",
    "unclosed-quote":
      'A quote opened on line {line} is never closed[[ (text through line {endLine})]], so that text could not be read. Add the missing double quote (").',
    "bad-quote":
      'Misplaced quote on line {line}[[–{endLine}]]; the record could not be read. Inside a cell write a double quote as two ("") and put the whole cell in double quotes.',
    "record-too-large":
      "The record starting on line {line} is too long to read, usually because of an unclosed quote or a wrong delimiter. Check that line.",
    "csv-error":
      "CSV syntax error on line {line} ({reason}). Check the quotes and delimiters on that line.",
    "ragged-row":
      "Line {line} has {got} cells but the header has {expected} columns. Look for a missing or extra delimiter (quote a number written with thousands commas).",
    "missing-value": "Line {line}: “{column}” is required but empty. Fill it in.",
    "cell-too-long": "Line {line}: “{column}” is too long. Shorten it.",
    "invalid-cell":
      "Line {line}: “{column}” holds an invalid value “{value}”. Follow the template.",
    "bad-period":
      "Line {line}: period “{value}” is not understood. Write 2025-06, 2025-Q2 or 2025 (2025年6月, 2025年1-6月, 2025年二季度 and 2025年上半年 also work).",
    "period-needs-year":
      "Line {line}: period “{value}” has no year. Write the year, as in “{example}”.",
    "period-span":
      "Line {line}: period “{value}” neither runs from January (year to date) nor is one whole quarter, so it cannot be compared with the plan's pace. Report the total from January (as in “{example}”), a single month, or a whole quarter.",
    "period-from-date":
      "Line {line}: period “{value}” is a date and was read as the month {period}. If another month is meant, write it like 2024-06 (Excel turns months into dates; format the column as text).",
    "period-outside-window":
      "Line {line}: period {period} is outside the plan's window (from {earliest} to {latest}: the window and up to ten years before it, for baselines such as a census year). Check the year.",
    "period-before-baseline":
      "Line {line}: period {period} is before the plan's baseline year {baseline}; it was read as an older baseline (such as a census year). Check the year; if the figure is such a baseline, say so in the note column (e.g. “2020 census”).",
    "unknown-indicator":
      "Line {line}: indicator “{value}” is not in the plan.[[ Did you mean “{suggestion}”?]] Use the indicator ids of the template.",
    "value-not-number":
      "Line {line}: value “{value}” is not a number. Write digits only (thousands commas allowed) and put the unit in the unit column.",
    "percent-not-allowed":
      "Line {line}: value “{value}” has a percent sign but the indicator's unit is “{unit}”. Drop the % and give the figure in {unit}.",
    "bad-state":
      "Line {line}: “{value}” is not a milestone state. Write not_started, in_progress or done (未开工, 推进中, 已完成).",
    "unexpected-state":
      "Line {line}: “{value}” is a milestone state but indicator {indicator} takes a number. Give the figure.",
    "unit-mismatch":
      "Line {line}: unit “{value}” is not the indicator's unit “{expected}” and does not convert to it. Give the figure in {expected}, or leave the unit blank to mean {expected}.",
    "value-above-max":
      "Line {line}: value “{value}” is above the maximum {max}{unit}. Check it (shares and coverage rates cannot exceed 100%).",
    "value-too-large":
      "Line {line}: value “{value}” is too large to be a real figure (beyond {max} in absolute value); the row was not used. Check the value and its unit.",
    "value-below-min":
      "Line {line}: value “{value}” is below the minimum {min}{unit}. Check it (counts cannot be negative).",
    "unknown-area":
      "Line {line}: area “{value}” is not one of the county's towns or streets.[[ Did you mean “{suggestion}”?]] Leave the area blank for the whole county.",
    "area-not-expected":
      "Line {line}: an area (“{value}”) is given for indicator {indicator}, which is not reported by area. If the figure is the county's, clear the area.",
    "area-missing":
      "Line {line}: no area is given, but the targets on indicator {indicator} count towns, so a county-wide figure is not used. Report one row per town, with the town in the area column.",
    "unknown-unit":
      "Line {line}: reporting unit “{value}” is not among the plan's units.[[ Did you mean “{suggestion}”?]] Use the unit's full or usual short name.",
    "unit-name-lookalike":
      "Line {line}: reporting unit “{value}” holds characters that cannot be seen or that look like others ({chars}); the row was not counted. Delete them and type the unit's name again (or pick it from the template's list).",
    "not-responsible":
      "Line {line}: “{value}” is not responsible for indicator {indicator} (responsible: {responsible}). Check the indicator and the reporting unit.",
    "reported-by-other":
      "Line {line}: indicator {indicator} was sent by {senderEn}, but its figure is {ownerEn}'s. The owner's own figure is used where there is one; this row only where there is none, shown as reported by {senderEn}.[[ Not used: {standingFile} line {standingLine} stands.]] If {senderEn} reports it on purpose, list it under the indicator's `reporters` in the plan; otherwise ask {ownerEn} to send it.",
    "duplicate-row":
      "Line {line} repeats line {firstLine}[[ ({firstFile})]] (same indicator, area and value, for the same period or one ending on the same day) and was ignored. Delete the duplicate.",
    "conflicting-row":
      "Line {line} has the same indicator and area as line {firstLine}[[ ({firstFile})]], for the same period or one ending on the same day (as 2025-Q2 and 2025-06 do), but a different value ({value} against {firstValue}). It was not used; keep only the correct row.",
    "value-revised":
      "Line {line} revises the figure of {firstFile} line {firstLine} ({firstValue} → {newValue}; same indicator and area, a period ending on the same day). The file read later stands: this row is used. Check it if no revision was meant.",
    "likely-fraction":
      "Line {line}: indicator {indicator} ({period}) is a percentage, but its value {value} is at most 1: probably {percent}% typed as a fraction. The row is refused and not used; write {percent}.",
    "total-went-down":
      "Line {line}: indicator {indicator} is a running total, but {value} for {period} is below {previous} for {previousPeriod}. Probably the month's own figure instead of the total so far; check it and report the total.",
    "sudden-jump":
      "Line {line}: indicator {indicator} went from {previous} ({previousPeriod}) to {value} ({period}), a change of {ratio} times (more than {factor}). Check the figure and its unit (万 against ones).",
    "far-above-target":
      "Line {line}: indicator {indicator} ({period}) is {value}, more than 10 times its target {target} ({limit}). Check the figure and its unit.",
  },
};

const UNKNOWN_FINDING: Record<Lang, string> = { zh: "未知问题：", en: "Unknown finding: " };

function vars(f: Finding, lang: Lang): Record<string, string> {
  const out: Record<string, string> = { file: f.file };
  if (f.line !== undefined) out.line = String(f.line);
  if (f.column !== undefined) out.column = f.column;
  if (f.value !== undefined) out.value = f.value;
  for (const [k, v] of Object.entries(f.args ?? {})) out[k] = String(v);
  if (out.field !== undefined) out.fieldZh = FIELD_ZH[out.field] ?? out.field;
  if (out.reason !== undefined) out.reason = fileReason(out.reason, lang);
  return out;
}

function fill(template: string, v: Record<string, string>): string {
  const sub = (s: string): string => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? "");
  return sub(
    template.replace(/\[\[(.*?)\]\]/g, (_, part: string) => {
      const names = [...part.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
      return names.every((n) => v[n] !== undefined && v[n] !== "") ? part : "";
    }),
  );
}

/** The finding in words: what is wrong and what to do. */
export function findingMessage(f: Finding, lang: Lang): string {
  const table = MESSAGES[lang];
  const byCode: Record<string, string> = table;
  const template = byCode[f.code];
  if (template === undefined) return `${UNKNOWN_FINDING[lang]}${f.code}`;
  const text = fill(template, vars(f, lang));
  return f.corrected ? `${text}${CORRECTED[lang](f.corrected)}` : text;
}

/**
 * After an error a later submission corrected (issue 20, item 7): 已更正,
 * and where: the row that supplies the figure, or, for a file that could
 * not be read, the later file that supplies its period (or its sender's
 * figures, where the file named no period).
 */
const CORRECTED: Record<Lang, (c: NonNullable<Finding["corrected"]>) => string> = {
  zh: (c) =>
    c.period !== undefined
      ? `（已更正：${c.file} 已报送 ${c.period} 的数据）`
      : `（已更正：${c.file} 第 ${c.line} 行报送了此数据）`,
  en: (c) =>
    c.period !== undefined
      ? ` (corrected: ${c.file} supplies the figures for ${c.period})`
      : ` (corrected: ${c.file} line ${c.line} supplies this figure)`,
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Row counts, for one file or for a whole run. */
export interface RowCounts {
  rowsRead: number;
  rowsValid: number;
  rowsInvalid: number;
}

/** The sentences around findings: severities, counts, what was cut. */
export const FINDING_WORDS: Record<
  Lang,
  {
    severity: Record<Severity, string>;
    /** after the first `max` findings */
    moreNotShown: (more: number, max: number) => string;
    /** before the groups: how many findings they count, the folder their files share */
    groupedHead: (count: number, folder: string) => string;
    /** findings of one code in one file, counted: `file: error [code] ×12 (lines 3–14, …)` */
    grouped: (
      file: string,
      severity: string,
      code: string,
      count: number,
      lines: string[],
      etc: boolean,
    ) => string;
    /** `file: 8 rows read, 3 valid, 5 invalid (utf-8)` */
    fileCounts: (path: string, c: RowCounts, encoding: string) => string;
    /** `cwplan validate`'s verdict */
    verdict: (valid: boolean) => string;
    /** `cwplan validate`'s last line, after the verdict */
    totals: (
      verdict: string,
      t: RowCounts & { files: number; errors: number; warnings: number },
    ) => string;
  }
> = {
  zh: {
    severity: { error: "错误", warning: "警告", note: "提示" },
    moreNotShown: (more, max) => `…… 另有 ${more} 条未显示（--max-errors ${max}）`,
    groupedHead: (count, folder) =>
      `另有 ${count} 条错误和须核对的警告，按文件和问题归类${folder === "" ? "" : `（文件均在 ${folder}）`}：`,
    grouped: (file, sev, code, count, lines, etc) =>
      `${file}：${sev} [${code}] ×${count}${lines.length === 0 ? "" : `（第 ${lines.join("、")} 行${etc ? "等" : ""}）`}`,
    fileCounts: (path, c, enc) =>
      `${path}：读取 ${c.rowsRead} 行，有效 ${c.rowsValid} 行，无效 ${c.rowsInvalid} 行${enc}`,
    verdict: (valid) => (valid ? "校验通过" : "校验未通过"),
    totals: (verdict, t) =>
      `${verdict}：${t.files} 个文件，读取 ${t.rowsRead} 行，有效 ${t.rowsValid} 行，无效 ${t.rowsInvalid} 行；${t.errors} 个错误，${t.warnings} 个警告`,
  },
  en: {
    severity: { error: "error", warning: "warning", note: "note" },
    moreNotShown: (more, max) => `… ${more} more not shown (--max-errors ${max})`,
    groupedHead: (count, folder) =>
      `${count} more errors and warnings to check, by file and code${folder === "" ? "" : ` (files in ${folder})`}:`,
    grouped: (file, sev, code, count, lines, etc) =>
      `${file}: ${sev} [${code}] ×${count}${lines.length === 0 ? "" : ` (${lines.length === 1 && !etc && !lines[0]?.includes("–") ? "line" : "lines"} ${lines.join(", ")}${etc ? ", …" : ""})`}`,
    fileCounts: (path, c, enc) =>
      `${path}: ${plural(c.rowsRead, "row")} read, ${c.rowsValid} valid, ${c.rowsInvalid} invalid${enc}`,
    verdict: (valid) => (valid ? "valid" : "invalid"),
    totals: (verdict, t) =>
      `${verdict}: ${plural(t.files, "file")}, ${plural(t.rowsRead, "row")} read, ${t.rowsValid} valid, ${t.rowsInvalid} invalid; ${plural(t.errors, "error")}, ${plural(t.warnings, "warning")}`,
  },
};
