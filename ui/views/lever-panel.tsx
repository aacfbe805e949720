/**
 * The left panel: grouped levers of the open scenario (sectors, prices, population, energy and CO2,
 * uncertainty) and a per-year table for one path. Every change is applied at once; the charts
 * redraw on the same input event. Each lever is memoised, so a drag re-renders only what it moves.
 */
import { memo, useCallback } from 'react';
import { leverBounds, leverPath, type LeverId } from '../../engine/index';
import { useT } from '../i18n/use-t';
import { useOpenScenario } from '../state/derived';
import { leverValue } from '../state/scenario-edit';
import { plan } from '../state/scenarios';
import { useAppState, useDispatch } from '../state/store';
import { LeverControl } from './lever-control';
import { LEVER_GROUPS, sliderWindow } from './lever-config';
import { UncertaintyLevers } from './uncertainty-levers';
import { YearTable } from './year-table';

const pctText = (f: number) => `${Number((f * 100).toFixed(2))}%`;

const Lever = memo(function Lever({ id, value }: { id: LeverId; value: number }) {
  const t = useT();
  const dispatch = useDispatch();
  const onValue = useCallback((v: number) => dispatch({ type: 'setLever', lever: id, value: v }), [dispatch, id]);
  const label = t(`lever.${id}`);
  const [sliderMin, sliderMax] = sliderWindow(id);
  const { floor, ceiling } = leverBounds(id);
  return (
    <LeverControl
      path={id}
      label={label}
      value={value}
      onValue={onValue}
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
});

export function LeverPanel() {
  const t = useT();
  const open = useOpenScenario();
  const pathLever = useAppState((s) => s.pathLever);
  if (!open.ok) return null;
  const { scenario, builtin } = open.value;
  return (
    <div className="lever-panel">
      <h2 className="panel-title">{t('levers.title')}</h2>
      <p className="hint">{t('levers.hint', { from: plan.period.from, to: plan.period.to })}</p>
      {builtin && <p className="hint hint-readonly">{t('levers.readonlyHint')}</p>}
      {LEVER_GROUPS.map((g) => (
        <fieldset key={g.key} className="lever-group">
          <legend>{t(g.key)}</legend>
          {g.levers.map((id) => (
            <Lever key={id} id={id} value={leverValue(scenario, id)} />
          ))}
        </fieldset>
      ))}
      <UncertaintyLevers uncertainty={scenario.uncertainty} seed={scenario.seed} />
      <YearTable lever={pathLever} values={leverPath(scenario, pathLever)} baseYear={scenario.baseYear} />
    </div>
  );
}
