// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dec } from '../../model/decimal';
import { formatAvailabilityFromUnavailability } from '../../format/format';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { DependenciesPanel } from './dependencies-panel';

/*
 * A dependency's availability typed as a 90 % range (issue 13 §1: "a point or a range"). The figures
 * use its best estimate, the geometric mean of the ends' unavailabilities: for 99.9 %–99.99 %,
 * √(0.001 × 0.0001) = 10^(−3.5) of the time down; in series with a 99.95 % web app (Microsoft's
 * composite-SLA product, issue 13's vectors), 1 − 0.9995 × (1 − 10^(−3.5)).
 */

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

const ceiling = () => screen.getByRole('status', { name: 'Availability ceiling from dependencies' });
const threeAndAHalfNines = new Dec(10).pow(-3.5);

async function addDependency(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  await user.click(screen.getByRole('button', { name: 'Add dependency' }));
  const field = document.activeElement as HTMLInputElement;
  await user.clear(field);
  await user.type(field, name);
  await user.tab();
  const availability = screen.getByRole('textbox', { name: `Availability of ${name}` });
  await user.type(availability, text);
  return availability;
}

describe('an availability typed as a range', () => {
  it('"99.9-99.99": the field keeps the text, says what the figures use, and the ceiling is of the best estimate', async () => {
    const user = userEvent.setup();
    render(<DependenciesPanel />);
    const field = await addDependency(user, 'Database', '99.9-99.99');
    expect(field).toHaveValue('99.9-99.99');
    expect(ceiling()).toHaveTextContent(formatAvailabilityFromUnavailability(threeAndAHalfNines));
    expect(field).toHaveAccessibleDescription(
      `Range 99.9–99.99 % (90 %); figures use ${formatAvailabilityFromUnavailability(threeAndAHalfNines)}, its best estimate: the geometric mean of the ends’ downtime, the middle in nines.`,
    );
    await addDependency(user, 'Web app', '99.95');
    const series = new Dec(1).minus(new Dec('0.9995').times(new Dec(1).minus(threeAndAHalfNines)));
    expect(ceiling()).toHaveTextContent(formatAvailabilityFromUnavailability(series));
  });

  it('"3-4" is read as 3 %–4 % available, as typed, and the line beside it says how to mean nines', async () => {
    const user = userEvent.setup();
    render(<DependenciesPanel />);
    const field = await addDependency(user, 'Database', '3-4');
    expect(field).toHaveAccessibleDescription(
      expect.stringMatching(/^Read as 3–4 % available; for nines, type “3-4 nines”\. Range 3–4 % \(90 %\)/),
    );
    await user.type(field, ' nines');
    expect(field).toHaveAccessibleDescription(expect.stringMatching(/^Range 99\.9–99\.99 % \(90 %\)/));
    await user.clear(field);
    await user.type(field, '7');
    expect(field).toHaveAccessibleDescription('Read as 7 % available; for nines, type “7 nines”.');
    await user.type(field, '0');
    expect(field).not.toHaveAccessibleDescription(expect.stringContaining('nines'));
  });

  it('"three to four nines" is the same range, shown as its ends once the field is left', async () => {
    const user = userEvent.setup();
    render(<DependenciesPanel />);
    const field = await addDependency(user, 'Database', 'three to four nines');
    expect(field).toHaveValue('three to four nines');
    expect(ceiling()).toHaveTextContent(formatAvailabilityFromUnavailability(threeAndAHalfNines));
    await user.tab();
    expect(field).toHaveValue('99.9–99.99');
  });

  it('keeps the figure from before the edit while a range cannot be read, and says why beside it', async () => {
    const user = userEvent.setup();
    render(<DependenciesPanel />);
    const field = await addDependency(user, 'Database', '99.95');
    await user.tab();
    await user.clear(field);
    await user.type(field, '99.99-99.9');
    expect(field).toHaveValue('99.99-99.9');
    expect(field).toHaveAccessibleDescription(/low end of the range is above its high end/);
    expect(ceiling()).toHaveTextContent('99.95 %');
    await user.clear(field);
    await user.type(field, '99.95');
    expect(field).not.toHaveAccessibleDescription(/Range/);
    expect(calculatorStore.getState().dependencies.tree.children[0]).not.toHaveProperty('availabilityRange');
  });
});
