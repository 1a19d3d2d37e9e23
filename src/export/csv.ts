import Papa from 'papaparse';
import type { SimulationRuns } from '../simulation/simulate';
import { sampleRows, simulationSettingRows, uncertaintyTableRows } from './csv-uncertainty';
import { assumptionRows, csvHeaderOf, EXPORT_COLUMNS, warningRows, type ExportContext } from './export-data';

/** UTF-8 byte-order mark: makes Excel read the file as UTF-8 (labels with €, ₹ or accents). */
export const BOM = '\uFEFF';

/**
 * Cells that a spreadsheet would run as a formula: starting with =, +, -, @, tab or carriage return,
 * except plain decimal numerals such as "-1500.5" (a negative amount must stay a number). Papa
 * prefixes matching text with a quote, the OWASP-recommended neutralisation.
 */
export const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d+(?:\.\d+)?$))/;

const options = { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false } as const;

/**
 * A further section of the CSV (rows of cells, the first its header), quoted and neutralised as the
 * table is, with CRLF line ends and no final line end: appended after a blank line.
 */
export function csvSection(rows: string[][]): string {
  return Papa.unparse(rows, options);
}

/**
 * The CSV export: the scenario table (header row naming each column's unit, one row per scenario,
 * every column; plain decimals with ".", money to the cent, years and hours to 4 decimals,
 * availability as typed, see `spreadsheetDecimal`), a blank line, then `name,value` assumption rows. RFC 4180
 * quoting and CRLF line ends by Papa Parse; BOM first.
 */
export function buildCsv(context: ExportContext): string {
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
  // Each failure-mode section after a blank line: its title alone on a row, then its table.
  const sections = (context.failureSections ?? []).map(
    (section) =>
      `${Papa.unparse([[section.title]], options)}\r\n` +
      Papa.unparse(
        { fields: section.header, data: section.rows.map((r) => r.map((cell) => cell.plain)) },
        options,
      ),
  );
  // With the simulation on, its percentile table, chances, runs and seed follow, each after a blank line.
  const simulation = context.simulation
    ? [
        Papa.unparse(uncertaintyTableRows(context.simulation), options),
        Papa.unparse(simulationSettingRows(context.simulation), options),
      ]
    : [];
  return `${BOM}${[table, assumptions, ...sections, ...simulation].join('\r\n\r\n')}\r\n`;
}

/**
 * "Export samples (CSV)": every run's draws and figures (see `sampleRows`), quoted as `buildCsv` does,
 * BOM first. Made while a field's text is not used (`figuresNote`, the page's "Figures use …" line),
 * the file starts with it as `buildCsv`'s assumptions carry it: a `name,value` block with its
 * `Warning` row, then a blank line, then the samples. At the top, not after the runs: a file of
 * thousands of rows is not read to its end, and the runs are of the value the figures use.
 */
export function buildSamplesCsv(runs: SimulationRuns, figuresNote?: string | null): string {
  const warning = warningRows(figuresNote);
  const head = warning.length
    ? `${Papa.unparse({ fields: ['name', 'value'], data: warning.map((row) => [row.name, row.plain]) }, options)}\r\n\r\n`
    : '';
  return `${BOM}${head}${Papa.unparse(sampleRows(runs), options)}\r\n`;
}
