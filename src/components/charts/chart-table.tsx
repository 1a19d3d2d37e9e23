import type { ReactNode } from 'react';

export interface ChartTableRow {
  key: string;
  /** The row's header cell (its first column). */
  header: ReactNode;
  cells: readonly ReactNode[];
}

export interface ChartTableProps {
  caption: string;
  /** Column headers, the row headers' column first. */
  columns: readonly ReactNode[];
  rows: readonly ChartTableRow[];
}

/** One of a chart's number tables: a caption, a header row, and a header cell on every row. */
export function ChartTable({ caption, columns, rows }: ChartTableProps) {
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th scope="col" key={i}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
