/** The charts an SVG can be made of, by the `data-chart` attribute of their container. */
export const EXPORTABLE_CHARTS = [
  { id: 'cost', title: 'Cost and investment by scenario' },
  { id: 'break-even', title: 'Break-even over time' },
  { id: 'total-cost', title: 'Total cost of reliability' },
] as const;
