// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render-app.test-helper';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { Dec } from '../../model/decimal';
import { incidentsPerYear } from '../../model/failure-modes';
import { parseFrequencyText } from '../../format/failure-text';
import { formatNumber } from '../../format/format';
import { formatMinutes } from '../../format/dependency-text';
import { minutesPerYear } from '../../model/dependencies';

/*
 * The Dependencies' and the failure modes' figures open the explain dialog like the comparison's.
 * Vectors: Microsoft's composite SLAs (99.95 % × 99.99 % = 99.940005 %, so 0.059995 % of the time
 * down); the CRE sheet's formula (bad minutes = incidents × (detect + recover) × share affected).
 */

vi.mock('../charts/charts-panel', () => ({ ChartsPanel: () => null }));

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

const dialog = (name: string) => screen.findByRole('dialog', { name }, { timeout: 10_000 });

describe('explaining a section’s figure', () => {
  it('opens a failure mode’s bad minutes with its formula, and its incidents a year one level down', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Work out availability from failure modes' }));
    const table = await screen.findByRole('table', { name: 'Failure modes' }, { timeout: 10_000 });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Failure catalogue' }),
      'Production failures (seed)',
    );
    const frequency = within(table).getByRole('textbox', { name: 'Frequency of Network Partition' });
    const read = parseFrequencyText((frequency as HTMLInputElement).value);
    if (!read.ok) throw new Error('the seed’s frequency reads');
    const incidents = formatNumber(
      incidentsPerYear(read.value, calculatorStore.getState().inputs.periodConvention),
      4,
    );
    await user.click(
      within(table).getByRole('button', { name: /^Bad minutes a year of Network Partition: / }),
    );
    const open = await dialog('Bad minutes a year of Network Partition');
    expect(open).toHaveTextContent('Bad minutes a year of Network Partition = n · (d + r) · s');
    expect(open).toHaveTextContent(`= ${incidents} · (`);
    await user.click(
      within(open).getByRole('button', {
        name: `Incidents a year of Network Partition: ${incidents} a year`,
      }),
    );
    const term = await dialog('Incidents a year of Network Partition');
    expect(term).toHaveTextContent('An input: what “Frequency of Network Partition” reads as.');
    await user.keyboard('{Escape}');
    expect(
      within(table).getByRole('button', { name: /^Bad minutes a year of Network Partition: / }),
    ).toHaveFocus();
  });

  it('opens the ceiling from dependencies with its formula and its share of time down, and a budget cell', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Show dependencies' }));
    for (const [name, availability] of [
      ['Web app', '99.95'],
      ['Database', '99.99'],
    ]) {
      await user.click(await screen.findByRole('button', { name: 'Add dependency' }, { timeout: 10_000 }));
      const field = document.activeElement as HTMLInputElement;
      await user.clear(field);
      await user.type(field, name!);
      await user.tab();
      await user.type(screen.getByRole('textbox', { name: `Availability of ${name}` }), availability!);
    }
    await user.click(
      screen.getByRole('button', { name: 'Availability ceiling from dependencies: 99.940005 %' }),
    );
    const open = await dialog('Availability ceiling from dependencies');
    expect(open).toHaveTextContent('availability: 1 − the share of time down');
    expect(open).toHaveTextContent('Availability ceiling from dependencies = 1 − u');
    // 1 − 0.9995 × 0.9999, exactly.
    const down = new Dec(1).minus(new Dec('0.9995').times('0.9999'));
    expect(
      within(open).getByRole('button', {
        name: `Share of time down from dependencies: ${formatNumber(down, 20)}`,
      }),
    ).toBeInTheDocument();
    await user.click(within(open).getByRole('button', { name: 'Close' }));

    const budget = screen.getByRole('table', { name: 'Error budget' });
    await user.click(within(budget).getByRole('button', { name: /^Minutes per outage at 99\.9 %: / }));
    const cell = await dialog('Minutes per outage at 99.9 %');
    expect(cell).toHaveTextContent('Minutes per outage at 99.9 % = L / E');
    expect(
      within(cell).getByRole('button', { name: /^Left for the service at 99\.9 %: / }),
    ).toBeInTheDocument();
  });

  it('explains each figure of the tree editor: a group’s availability by its kind, a part’s as typed, a downtime', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole('button', { name: 'Show dependencies' }));
    const add = async (button: string, name: string, availability: string) => {
      await user.click(await screen.findByRole('button', { name: button }, { timeout: 10_000 }));
      const field = document.activeElement as HTMLInputElement;
      await user.clear(field);
      await user.type(field, name);
      await user.tab();
      await user.type(screen.getByRole('textbox', { name: `Availability of ${name}` }), availability);
    };
    await add('Add dependency', 'Web app', '99.95');
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    const groupName = document.activeElement as HTMLInputElement;
    await user.clear(groupName);
    await user.type(groupName, 'Data store{Enter}');
    await add('Add dependency to Data store', 'Database', '99.99');
    await add('Add dependency to Data store', 'Queue', '99.9');
    const tree = screen.getByRole('group', { name: 'Dependencies' });

    // [MS] database or queue: 1 − (1 − 99.99 %) × (1 − 99.9 %) = 99.99999 %.
    const figure = within(tree).getByRole('button', {
      name: 'Explain availability of Data store: 99.99999 %',
    });
    await user.click(figure);
    const open = await dialog('Availability of Data store');
    expect(open).toHaveTextContent('Availability of Data store is any of: one part is enough');
    expect(open).toHaveTextContent('Availability of Data store = 1 − (1 − a₁) × (1 − a₂)');
    expect(open).toHaveTextContent(
      'Availability of Data store = 1 − (1 − availability of Database) × (1 − availability of Queue)',
    );
    expect(open).toHaveTextContent('= 1 − (1 − 99.99 %) × (1 − 99.9 %) = 99.99999 %');
    await user.click(within(open).getByRole('button', { name: 'Availability of Database: 99.99 %' }));
    const part = await dialog('Availability of Database');
    expect(part).toHaveTextContent('its SLA or measured figure, as typed');
    await user.click(within(part).getByRole('button', { name: 'Availability of Database: 99.99 %' }));
    expect(await dialog('Availability of Database')).toHaveTextContent(
      'An input: what “Availability of Database” reads as.',
    );
    await user.keyboard('{Escape}');
    expect(figure).toHaveFocus();

    // The top level, all of: 99.95 % × 99.99999 % = 99.94999 % [MS], shown in the ceiling too.
    expect(screen.getByRole('status', { name: 'Availability ceiling from dependencies' })).toHaveTextContent(
      '99.94999 %',
    );
    // Web app's downtime a year: (1 − 99.95 %) × the minutes of the worked example's 360-day year.
    const minutes = formatMinutes(new Dec('0.0005').times(minutesPerYear('seed')));
    await user.click(
      within(tree).getByRole('button', { name: `Explain downtime a year of Web app: ${minutes}` }),
    );
    const downtime = await dialog('Downtime a year of Web app');
    expect(downtime).toHaveTextContent('Downtime a year of Web app = u · Y');
    expect(downtime).toHaveTextContent(
      `= 0.0005 · ${formatMinutes(minutesPerYear('seed'))} = ${minutes} a year`,
    );
  });
});
