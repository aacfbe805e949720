/**
 * The left panel: grouped levers of the open scenario (sectors, prices, population, energy and CO2,
 * uncertainty) and a per-year table for one path. Every change is applied at once; the charts
 * redraw on the same input event.
 */
import { leverBounds, type LeverId } from '../../engine/index';
import { useT } from '../i18n/use-t';
import { useOpenScenario } from '../state/derived';
import { leverValue } from '../state/scenario-edit';
import { plan } from '../state/scenarios';
import { useDispatch } from '../state/store';
import { LeverControl } from './lever-control';
import { LEVER_GROUPS, sliderWindow } from './lever-config';
import { UncertaintyLevers } from './uncertainty-levers';
import { YearTable } from './year-table';

const pctText = (f: number) => `${Number((f * 100).toFixed(2))}%`;

export function LeverPanel() {
  const t = useT();
  const dispatch = useDispatch();
  const open = useOpenScenario();
  if (!open.ok) return null;
  const { scenario, builtin } = open.value;
  const lever = (id: LeverId) => {
    const label = t(`lever.${id}`);
    const [sliderMin, sliderMax] = sliderWindow(id);
    const { floor, ceiling } = leverBounds(id);
    return (
      <LeverControl
        key={id}
        path={id}
        label={label}
        value={leverValue(scenario, id)}
        onValue={(value) => dispatch({ type: 'setLever', lever: id, value })}
        sliderMin={sliderMin}
        sliderMax={sliderMax}
        min={floor}
        max={ceiling}
        minExclusive
        sliderLabel={t('lever.slider', { label })}
        numberLabel={t('lever.number', { label })}
        rangeMessage={t('lever.outOfRange', { min: `>${pctText(floor)}`, max: pctText(ceiling) })}
      />
    );
  };
  return (
    <div className="lever-panel">
      <h2 className="panel-title">{t('levers.title')}</h2>
      <p className="hint">{t('levers.hint', { from: plan.period.from, to: plan.period.to })}</p>
      {builtin && <p className="hint hint-readonly">{t('levers.readonlyHint')}</p>}
      {LEVER_GROUPS.map((g) => (
        <fieldset key={g.key} className="lever-group">
          <legend>{t(g.key)}</legend>
          {g.levers.map(lever)}
        </fieldset>
      ))}
      <UncertaintyLevers scenario={scenario} />
      <YearTable scenario={scenario} />
    </div>
  );
}
