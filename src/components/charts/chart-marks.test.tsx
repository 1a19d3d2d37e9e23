// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DefaultLegendContentProps, TooltipContentProps } from 'recharts';
import { legendWithMarks, tooltipWithMarks, type ChartMark } from './chart-marks';

const marks: ChartMark[] = [
  { dataKey: 'marker0', name: '99.9 %', colour: '#0a0', icon: 'circle' },
  { dataKey: 'optimum', name: 'Cost-optimal availability', colour: '#a0a', icon: 'diamond' },
];
const row = { nines: 3, totalAnnualCost: 20, marker0: 25 };
const money = (value: unknown) => `$${String(value)}`;

/** The tooltip's lines as "name : value", in order. */
const lines = () =>
  [...document.querySelectorAll('.recharts-tooltip-item')].map((item) =>
    item.textContent?.replace(/\s+/g, ' '),
  );

describe('marks drawn apart from the series', () => {
  it.each([
    ['on a mark’s row: its line joins the series’ line', row, ['99.9 % : $25', 'Total cost a year : $20']],
    [
      'on another row: the series’ line alone',
      { nines: 2, totalAnnualCost: 80 },
      ['Total cost a year : $80'],
    ],
  ])('the tooltip %s', (_, payloadRow, expected) => {
    const Tooltip = tooltipWithMarks(marks);
    const props = {
      active: true,
      label: payloadRow.nines,
      formatter: money,
      // What recharts' Tooltip hands its content by default: lines ordered by name.
      itemSorter: 'name',
      payload: [
        {
          name: 'Total cost a year',
          value: payloadRow.totalAnnualCost,
          dataKey: 'totalAnnualCost',
          payload: payloadRow,
          graphicalItemId: 'curve',
        },
      ],
    } as unknown as TooltipContentProps;
    render(<Tooltip {...props} />);
    expect(lines()).toEqual(expected);
  });

  it('the legend lists the marks among the series, by name as recharts orders it', () => {
    const Legend = legendWithMarks(marks);
    const props = {
      payload: [
        { value: 'Total cost a year (rule)', type: 'line', color: '#000', dataKey: 'totalAnnualCost' },
      ],
    } as DefaultLegendContentProps;
    render(<Legend {...props} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '99.9 %',
      'Cost-optimal availability',
      'Total cost a year (rule)',
    ]);
  });
});
