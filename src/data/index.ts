/** The data-drop layer: read, validate and normalise the CSV figures departments report. */
export { ALL_CODES, FINDING_CODES, type FindingCode, severityOf } from "./codes.js";
export { detectDelimiter } from "./csv.js";
export { canonicalEncoding, SUPPORTED_ENCODINGS, sniffEncoding } from "./encoding.js";
export { FIELDS, type Field, mapHeader, REQUIRED_FIELDS } from "./headers.js";
export { parseNumber, parseState } from "./number.js";
export { normalizePeriod, type Period, parsePeriod } from "./period.js";
export {
  DropOptionError,
  type DropOptions,
  type FileReport,
  readDrop,
  readDrops,
  validateBytes,
  validateStream,
  validateText,
} from "./read.js";
export {
  csvCell,
  renderTemplate,
  TEMPLATE_HEADER,
  TemplateError,
  type TemplateOptions,
} from "./template.js";
export type { DropResult, FileResult, Finding, Observation, Severity } from "./types.js";
export { convert, normalizeUnit, resolveUnit, sameUnit } from "./units.js";
export { DuplicateIndex, sortFindings } from "./validator.js";
