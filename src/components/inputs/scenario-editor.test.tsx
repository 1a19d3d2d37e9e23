// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';
import { ScenarioEditor } from './scenario-editor';

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

/** What the polite live region last said. */
const announced = () =>
  within(screen.getByRole('region', { name: 'Target scenarios' }))
    .getAllByRole('status')
    .map((s) => s.textContent)
    .join(' ');

describe('the scenario list', () => {
  it('names every control after the scenario it belongs to, with no two alike', () => {
    render(<ScenarioEditor />);
    for (const label of ['99.5 %', '99.9 %', '99.99 %']) {
      expect(screen.getByRole('textbox', { name: `Target availability of ${label}` })).toBeInTheDocument();
      expect(screen.getByRole('slider', { name: `Target availability of ${label}` })).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: `Your own quote for ${label}` })).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: `Extra annual run cost for ${label}` })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: `Remove ${label}` })).toBeInTheDocument();
    }
    for (const role of ['textbox', 'slider', 'button']) {
      // The name as the page gives it: aria-label, else the <label>'s text, else the button's text.
      const names = screen
        .getAllByRole(role)
        .map(
          (e) =>
            e.getAttribute('aria-label') ??
            ((e as HTMLInputElement).labels?.[0]?.textContent || e.textContent),
        );
      expect(new Set(names).size, role).toBe(names.length);
    }
  });

  it('moves focus to the new scenario’s first field and says what was added', async () => {
    const user = userEvent.setup();
    render(<ScenarioEditor />);
    await user.click(screen.getByRole('button', { name: 'Add scenario' }));
    // One more nine than the highest scenario, 99.99 %.
    expect(screen.getByRole('textbox', { name: 'Label of scenario 4' })).toHaveFocus();
    expect(announced()).toBe('Added scenario 99.999 %');
  });

  it('after a remove, focuses the scenario that took its place, or "Add scenario" after the last', async () => {
    const user = userEvent.setup();
    render(<ScenarioEditor />);
    await user.click(screen.getByRole('button', { name: 'Remove 99.9 %' }));
    expect(announced()).toBe('Removed 99.9 %');
    // 99.99 % is now the second scenario: its heading has focus, not the page body.
    const second = screen.getByRole('group', { name: 'Scenario 2' });
    expect(
      within(second).getByRole('textbox', { name: 'Target availability of 99.99 %' }),
    ).toBeInTheDocument();
    expect(within(second).getByText('Scenario 2')).toHaveFocus();

    await user.keyboard('{Tab}');
    expect(within(second).getByRole('textbox', { name: 'Label of scenario 2' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove 99.99 %' }));
    expect(announced()).toBe('Removed 99.99 %');
    expect(screen.getByRole('button', { name: 'Add scenario' })).toHaveFocus();
    expect(document.body).not.toHaveFocus();
  });

  it('tells scenarios with the same label apart by number', async () => {
    const user = userEvent.setup();
    render(<ScenarioEditor />);
    const label = screen.getByRole('textbox', { name: 'Label of scenario 3' });
    await user.clear(label);
    await user.type(label, '99.9 %');
    expect(screen.getByRole('button', { name: 'Remove 99.9 % (scenario 2)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove 99.9 % (scenario 3)' })).toBeInTheDocument();
    // A cleared label follows its target again, so the controls are named by it.
    await user.clear(label);
    expect(screen.getByRole('button', { name: 'Remove 99.99 %' })).toBeInTheDocument();
  });
});
