import { formatInputNumber } from '../../format/format';
import { parseAmount } from '../../format/parse';
import { LIMITS } from '../../model/limits';
import { useCalculatorActions, useCostRange } from '../../state/calculator-store';
import { NumberField } from './number-field';

/** The low and high ends of the downtime cost per hour, which the low / high figures use. */
export function CostRangeFields() {
  const costRange = useCostRange();
  const actions = useCalculatorActions();
  return (
    <fieldset className="range-fields">
      <legend>Cost-per-hour range</legend>
      <NumberField
        label="Low cost per hour"
        value={costRange.low}
        format={formatInputNumber}
        parse={(t) => parseAmount(t, LIMITS.maxAmount)}
        onCommit={(low) => actions.rangeChanged('downtimeCostPerHour', { ...costRange, low })}
      />
      <NumberField
        label="High cost per hour"
        value={costRange.high}
        format={formatInputNumber}
        parse={(t) => parseAmount(t, LIMITS.maxAmount)}
        onCommit={(high) => actions.rangeChanged('downtimeCostPerHour', { ...costRange, high })}
      />
    </fieldset>
  );
}
