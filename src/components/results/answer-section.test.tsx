// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../render-app.test-helper';
import { answerText } from '../../format/answer-text';
import { formatMoney } from '../../format/format';
import { evaluateResultGraph } from '../../model/result-graph';
import { calculatorStore } from '../../state/calculator-store';
import { defaultState } from '../../state/session';

// The charts have their own tests and would only slow this one down in jsdom.
vi.mock('../charts/charts-panel', () => ({ ChartsPanel: () => null }));

beforeEach(() => {
  calculatorStore.setState(defaultState());
});

const answer = () => screen.findByRole('region', { name: 'Answer' }, { timeout: 10_000 });

describe('the Answer at the top of the results', () => {
  it('with the worked example: go to 99.9 %, the last nine misses the 3-year horizon, the cost-optimal availability', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.selectOptions(screen.getByLabelText('Preset'), 'Worked example (e-commerce, $2M an hour)');
    const region = await answer();
    // answer-text.test.ts works each figure out from the seed's inputs; here: the page says those words.
    expect(region).toHaveTextContent(
      /Go to 99\.9 %: \$12,000,000 \(the rule’s estimate\) pays back in 0\.17 years \(2\.1 months\)/,
    );
    expect(region).toHaveTextContent(
      /The last step, 99\.9 % → 99\.99 %, costs \$135,000,000 more for \$15,552,000 more a year: it pays back in 8\.68 years, 5\.68 years beyond the 3-year horizon, so it is not worth it/,
    );
    expect(region).toHaveTextContent(/the cost-optimal availability is about 99\.946 %/);
    // The whole paragraph is the builder's, for the figures on screen (the Markdown export heads with it).
    const state = calculatorStore.getState();
    const graph = evaluateResultGraph(state.inputs, state.ranges.downtimeCostPerHour);
    expect(region.querySelector('p')!.textContent).toBe(answerText(graph, (v) => formatMoney(v, 'USD')));
  });

  it('follows the inputs: above every target, it says there is nothing to buy', async () => {
    const user = userEvent.setup();
    await renderApp();
    const field = screen.getByRole('textbox', { name: 'Current availability' });
    await user.clear(field);
    await user.type(field, '99.999');
    expect(await answer()).toHaveTextContent(
      'Today’s availability, 99.999%, is already at or above every target: there is no nine to buy.',
    );
  });
});
