/**
 * The left panel: grouped levers of the open scenario (sectors, prices, population, energy and CO2,
 * uncertainty) and a per-year table for one path. Every change is applied at once; the charts
 * redraw on the same input event. Each lever is memoised, so a drag re-renders only what it moves.
 */
import { memo, useCallback } from 'react';
import { leverBounds, leverMismatch, leverPath, type AnyLeverId, type GrowthMode, type InvestmentMethod, type ResolvedScenario } from '../../engine/index';
import { useT } from '../i18n/use-t';
import { leverLabel } from '../i18n/index';
import { num } from '../i18n/format';
import { useOpenScenario } from '../state/derived';
import { leverValue } from '../state/scenario-edit';
import { plan } from '../state/scenarios';
import { useAppState, useDispatch } from '../state/store';
import { LeverControl } from './lever-control';
import { INVESTMENT_PANEL_LEVERS, LEVER_GROUPS, leverScale, leverStep, sliderWindow, structuralLeverLabel } from './lever-config';
import { JobsModeHint } from './jobs-mode-hint';
import { LinkedLevers } from './linked-levers';
import { UncertaintyLevers } from './uncertainty-levers';
import { useLang } from '../i18n/use-t';
import { useViewPref } from '../state/view-prefs';
import { isSimpleLever, plainLabel } from './lever-help';
import { LeverHelpButton } from './lever-help-button';
import { LeverResetButton } from './lever-reset-button';
import { LeverTools } from './lever-tools';
import { YearTable } from './year-table';

const pctText = (f: number) => `${Number((f * 100).toFixed(2))}%`;

const Lever = memo(function Lever({ id, value, disabled, labelOverride }: { id: AnyLeverId; value: number; disabled?: boolean; labelOverride?: string }) {
  const t = useT();
  const dispatch = useDispatch();
  const onValue = useCallback((v: number) => dispatch({ type: 'setLever', lever: id, value: v }), [dispatch, id]);
  const lang = useLang();
  const simple = useViewPref('leverMode') === 'simple';
  const label = labelOverride ?? (simple ? plainLabel(id, lang) : undefined) ?? leverLabel(t, id);
  const [sliderMin, sliderMax] = sliderWindow(id);
  const { floor, ceiling } = leverBounds(id);
  const scale = leverScale(id);
  const show = (x: number) => (scale === 100 ? pctText(x) : num(x));
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
      step={leverStep(id)}
      scale={scale}
      disabled={disabled}
      extra={<><LeverHelpButton id={id} label={label} /><LeverResetButton id={id} label={label} value={value} /></>}
      sliderLabel={t('lever.slider', { label })}
      numberLabel={scale === 100 ? (id === 'investment.realisationRate' ? t('lever.numberPct', { label }) : t('lever.number', { label })) : label}
      rangeMessage={t('lever.outOfRange', { min: `>${show(floor)}`, max: show(ceiling) })}
    />
  );
});

/** Growth mode, production function and the investment levers that apply to the scenario. */
function InvestmentGroup({ scenario }: { scenario: ResolvedScenario }) {
  const t = useT();
  const dispatch = useDispatch();
  if (!scenario.investment) return null;
  const mode: GrowthMode = scenario.growthMode ?? 'sectoral';
  const method = scenario.investment.method;
  return (
    <fieldset className="lever-group">
      <legend>{t('group.investment')}</legend>
      <div className="field-row" style={{ marginTop: 0 }}>
        <label className="field">
          <span>{t('inv.mode')}</span>
          <select value={mode} onChange={(e) => dispatch({ type: 'setGrowthMode', mode: e.target.value as GrowthMode })} data-testid="growth-mode">
            <option value="sectoral">{t('inv.mode.sectoral')}</option>
            <option value="investment">{t('inv.mode.investment')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('inv.method')}</span>
          <select value={method} disabled={mode !== 'investment'} onChange={(e) => dispatch({ type: 'setGrowthMode', mode, method: e.target.value as InvestmentMethod })} data-testid="investment-method">
            <option value="cobb-douglas">{t('inv.method.cobb-douglas')}</option>
            <option value="icor">{t('inv.method.icor')}</option>
          </select>
        </label>
      </div>
      {mode === 'investment' &&
        INVESTMENT_PANEL_LEVERS.filter((id) => leverMismatch(scenario, id) === undefined).map((id) => <Lever key={id} id={id} value={leverValue(scenario, id)} />)}
    </fieldset>
  );
}

export function LeverPanel() {
  const t = useT();
  const open = useOpenScenario();
  const pathLever = useAppState((s) => s.pathLever);
  const simple = useViewPref('leverMode') === 'simple';
  const shown = (ids: readonly AnyLeverId[]) => (simple ? ids.filter(isSimpleLever) : ids);
  if (!open.ok) return null;
  const { scenario, builtin } = open.value;
  const investmentMode = scenario.growthMode === 'investment' && scenario.investment !== undefined;
  return (
    <div className="lever-panel">
      <h2 className="panel-title">{t('levers.title')}</h2>
      <LeverTools />
      <p className="hint">{t('levers.hint', { from: plan.period.from, to: plan.period.to })}</p>
      {builtin && <p className="hint hint-readonly">{t('levers.readonlyHint')}</p>}
      <InvestmentGroup scenario={scenario} />
      {LEVER_GROUPS.filter((g) => shown(g.levers).length > 0).map((g) => (
        <fieldset key={g.key} className="lever-group">
          <legend>{t(g.key)}</legend>
          {g.key === 'group.sectors' && investmentMode && <p className="hint">{t('inv.sectorUnused')}</p>}
          {g.key === 'group.energy' && (scenario.assumptions.energy || scenario.assumptions.carbon) && <p className="hint" data-testid="energy-structural-hint">{t('group.energy.structuralHint')}</p>}
          {g.key === 'group.population' && scenario.assumptions.population.mode === 'jobs' && <JobsModeHint />}
          {shown(g.levers).map((id) => {
            const structural = structuralLeverLabel(scenario, id);
            return <Lever key={id} id={id} value={leverValue(scenario, id)} disabled={investmentMode && id.startsWith('realGrowth')} {...(structural ? { labelOverride: t(structural) } : {})} />;
          })}
        </fieldset>
      ))}
      {!simple && <LinkedLevers scenario={scenario} />}
      {!simple && <UncertaintyLevers uncertainty={scenario.uncertainty} seed={scenario.seed} structural={scenario.assumptions.energy !== undefined || scenario.assumptions.carbon !== undefined} />}
      {!simple && <YearTable lever={pathLever} values={leverPath(scenario, pathLever)} baseYear={scenario.baseYear} />}
    </div>
  );
}
