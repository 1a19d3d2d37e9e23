import Papa from 'papaparse';
import { assumptionRows, csvHeaderOf, EXPORT_COLUMNS, type ExportContext } from './export-data';

/** UTF-8 byte-order mark: makes Excel read the file as UTF-8 (labels with €, ₹ or accents). */
export const BOM = '\uFEFF';

/**
 * Cells that a spreadsheet would run as a formula: starting with =, +, -, @, tab or carriage return,
 * except plain decimal numerals such as "-1500.5" (a negative amount must stay a number). Papa
 * prefixes matching text with a quote, the OWASP-recommended neutralisation.
 */
export const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d+(?:\.\d+)?$))/;

/**
 * The CSV export: the scenario table (header row naming each column's unit, one row per scenario,
 * every column; plain decimals with ".", money to the cent, years and hours to 4 decimals,
 * availability as typed, see `spreadsheetDecimal`), a blank line, then `name,value` assumption rows. RFC 4180
 * quoting and CRLF line ends by Papa Parse; BOM first.
 */
export function buildCsv(context: ExportContext): string {
  const options = { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false } as const;
  const table = Papa.unparse(
    {
      fields: EXPORT_COLUMNS.map((c) => csvHeaderOf(c, context.currency)),
      data: context.graph.scenarioIds.map((s) => EXPORT_COLUMNS.map((c) => c.value(s, context).plain)),
    },
    options,
  );
  const assumptions = Papa.unparse(
    { fields: ['name', 'value'], data: assumptionRows(context).map((row) => [row.name, row.plain]) },
    options,
  );
  return `${BOM}${table}\r\n\r\n${assumptions}\r\n`;
}
