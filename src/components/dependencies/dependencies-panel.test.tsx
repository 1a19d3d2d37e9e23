// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dec } from '../../model/decimal';
import { minutesPerYear } from '../../model/dependencies';
import { formatMinutes } from '../../format/dependency-text';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { DependenciesPanel } from './dependencies-panel';

/*
 * Vectors: Microsoft's composite SLAs (99.95 % × 99.99 % = 99.940005 %; a 99.95 % web app in series
 * with "database or queue" at 99.99 % and 99.9 % = 99.94999 %, exactly 0.99949990005), and Treynor et
 * al., "The Calculus of Service Availability" (2017): the budget of a target, the minutes taken, the
 * rest ÷ the full-outage equivalents (1 full + 3 at 20 % = 1.6).
 */

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

const ceiling = () => screen.getByRole('status', { name: 'Availability ceiling from dependencies' });

/** Adds a dependency with "Add …", names it and types its availability, as a user does. */
async function addDependency(
  user: ReturnType<typeof userEvent.setup>,
  button: string,
  name: string,
  text: string,
) {
  await user.click(screen.getByRole('button', { name: button }));
  // Focus is on the new dependency's name.
  const field = document.activeElement as HTMLInputElement;
  expect(field).toHaveAccessibleName(/^Name of /);
  await user.clear(field);
  await user.type(field, name);
  await user.tab();
  const availability = screen.getByRole('textbox', { name: `Availability of ${name}` });
  await user.type(availability, text);
}

describe('the Dependencies section', () => {
  it('builds a series by name and availability and shows the ceiling, never rounded to 100 %', async () => {
    const user = userEvent.setup();
    render(<DependenciesPanel />);
    expect(screen.getByRole('group', { name: 'Dependencies' })).toBeInTheDocument();
    expect(ceiling()).toHaveTextContent(
      'none yet (There are no dependencies yet: add one to see the ceiling.)',
    );
    await addDependency(user, 'Add dependency', 'Web app', '99.95');
    await addDependency(user, 'Add dependency', 'Database', 'four nines');
    expect(ceiling()).toHaveTextContent('99.940005 %');
    const top = screen.getByRole('list', { name: 'Top level, all of' });
    expect(within(top).getAllByRole('listitem')).toHaveLength(2);
  });

  it('keeps the figure from before the edit when an availability cannot be read, and says why beside it', async () => {
    const user = userEvent.setup();
    render(<DependenciesPanel />);
    await addDependency(user, 'Add dependency', 'Web app', '99.95 %');
    await user.tab();
    expect(ceiling()).toHaveTextContent('99.95 %');
    const field = screen.getByRole('textbox', { name: 'Availability of Web app' });
    await user.clear(field);
    await user.type(field, 'ninety');
    expect(field).toHaveValue('ninety');
    expect(field).toHaveAccessibleDescription(/Nines cannot read “ninety” as an availability/);
    expect(ceiling()).toHaveTextContent('99.95 %');
    await user.clear(field);
    await user.type(field, '3.5 nines');
    expect(ceiling()).toHaveTextContent('99.968');
  });

  it('nests a redundant group: web app and (database or queue) = 99.94999 %', async () => {
    const user = userEvent.setup();
    render(<DependenciesPanel />);
    await addDependency(user, 'Add dependency', 'Web app', '99.95');
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    const groupName = document.activeElement as HTMLInputElement;
    await user.clear(groupName);
    await user.type(groupName, 'Data store{Enter}');
    expect(screen.getByRole('combobox', { name: 'Kind of Data store' })).toHaveValue('any-of');
    await addDependency(user, 'Add dependency to Data store', 'Database', '99.99');
    await addDependency(user, 'Add dependency to Data store', 'Queue', '99.9');
    expect(screen.getByRole('status', { name: 'Computed availability of Data store' })).toHaveTextContent(
      '99.99999 %',
    );
    expect(ceiling()).toHaveTextContent('99.94999 %');
    // A common-cause share takes away from what redundancy gives.
    const share = screen.getByRole('textbox', { name: 'Common-cause share of Data store (%)' });
    await user.clear(share);
    await user.type(share, '100');
    expect(screen.getByRole('status', { name: 'Computed availability of Data store' })).toHaveTextContent(
      '99.99 %',
    );
    expect(screen.getByText(/correlation is never zero/)).toHaveTextContent('Now: Data store at 100 %.');
  });

  it('moves, renames with a message when the name is taken, and removes with focus kept in the tree', async () => {
    const user = userEvent.setup();
    render(<DependenciesPanel />);
    await addDependency(user, 'Add dependency', 'Web app', '99.95');
    await addDependency(user, 'Add dependency', 'Database', '99.99');
    const name = screen.getByRole('textbox', { name: 'Name of Database' });
    await user.clear(name);
    await user.type(name, 'web app{Enter}');
    expect(name).toHaveAccessibleDescription('Web app already has that name: pick another one.');
    expect(screen.getByRole('textbox', { name: 'Availability of Database' })).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'Primary DB{Enter}');
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Move Primary DB to' }), 'Any of 1');
    expect(
      within(screen.getByRole('list', { name: 'Parts of Any of 1' })).getByRole('textbox', {
        name: 'Name of Primary DB',
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Primary DB' }));
    expect(screen.queryByRole('textbox', { name: 'Name of Primary DB' })).not.toBeInTheDocument();
    expect(document.activeElement).toHaveAccessibleName('Add dependency to Any of 1');
    expect(screen.getByRole('status', { name: 'Computed availability of Any of 1' })).toHaveTextContent(
      'cannot compute: Any of 1 has nothing in it yet.',
    );
  });

  it('splits each target’s error budget and flags what breaks the rule of the extra 9', async () => {
    const user = userEvent.setup();
    render(<DependenciesPanel />);
    await addDependency(user, 'Add dependency', 'Web app', '99.95');
    await addDependency(user, 'Add dependency', 'Database', '99.99');
    const table = screen.getByRole('table', { name: 'Error budget' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) =>
        within(row)
          .queryAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    // The worked example counts 30-day months: a 360-day year. Its targets: 99.5 %, 99.9 %, 99.99 %.
    const year = minutesPerYear('seed');
    const taken = new Dec(1).minus(new Dec('0.9995').times('0.9999')).times(year);
    const budget = (target: string) => new Dec(100).minus(target).div(100).times(year);
    const row = (target: string) => {
      const left = budget(target).minus(taken);
      return [
        formatMinutes(budget(target)),
        formatMinutes(taken),
        formatMinutes(left),
        formatMinutes(left.div('1.6')),
      ];
    };
    expect(rows.slice(1)).toEqual([
      row('99.5'),
      row('99.9'),
      [
        formatMinutes(budget('99.99')),
        formatMinutes(taken),
        formatMinutes(budget('99.99').minus(taken)),
        '— (the dependencies alone take more than the error budget)',
      ],
    ]);
    expect(within(table).getByRole('rowheader', { name: /99\.99 %/ })).toHaveTextContent(
      'unreachable: above the 99.940005 % ceiling',
    );
    expect(
      screen.getByText(/^Web app has 3\.3 nines \(99\.95 %\), fewer than the 4 the rule/),
    ).toHaveTextContent('fewer than the 4 the rule of the extra 9 asks for 99.9 %');
    // Own outages: one full outage a year only: the minutes left are not divided.
    await user.click(screen.getByRole('button', { name: 'Remove outage kind 2' }));
    const perOutage = within(screen.getByRole('table', { name: 'Error budget' })).getAllByRole('row')[1]!;
    expect(within(perOutage).getAllByRole('cell')[3]).toHaveTextContent(
      formatMinutes(budget('99.5').minus(taken)),
    );
  });

  it('names every control after its part, with no two alike', async () => {
    const user = userEvent.setup();
    render(<DependenciesPanel />);
    await addDependency(user, 'Add dependency', 'Web app', '99.95');
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of Any of 1' }), 'regions');
    await user.click(screen.getByRole('button', { name: 'Add router to Any of 1' }));
    for (const role of ['textbox', 'button', 'combobox']) {
      const names = screen
        .getAllByRole(role)
        .map(
          (e) =>
            e.getAttribute('aria-label') ??
            ((e as HTMLInputElement).labels?.[0]?.textContent || e.textContent),
        );
      expect(new Set(names).size, role).toBe(names.length);
    }
    expect(screen.getByRole('textbox', { name: 'Regions of Any of 1' })).toHaveValue('2');
    expect(screen.getByRole('textbox', { name: 'Availability of Router 1' })).toBeInTheDocument();
  });
});
