/**
 * Advanced levers of the linked model's blocks (ui/state/linked-levers.ts): energy by sector (base-year
 * intensity and yearly efficiency gain of each sector) when energy follows the sector mix, and the jobs
 * block (labour-productivity growth by sector, adjustment speed) when population follows jobs. Each lever
 * has a plain label, a one-line explanation and the "?" pop-up (unit, plausible range, source) from
 * data/workshop/levers.json, and a reset to the parent scenario's value.
 */
import { memo, useCallback, useMemo } from 'react';
import type { ResolvedScenario } from '../../engine/index';
import { useLang, useT } from '../i18n/use-t';
import { num } from '../i18n/format';
import { useWsT } from '../game/game-messages';
import { ENERGY_LINKED_LEVERS, JOBS_LINKED_LEVERS, linkedLeverApplies, linkedLeverValue, type LinkedLever, type LinkedLeverId } from '../state/linked-levers';
import { useDispatch } from '../state/store';
import { LeverControl } from './lever-control';
import { LeverHelpButton } from './lever-help-button';
import { useParentScenario } from './lever-reset-button';
import { leverHelp } from './lever-help';

const LEGEND = {
  energy: { zh: '分产业能耗(能耗由产业结构决定)', en: 'Energy by sector (energy from the sector mix)' },
  jobs: { zh: '就业与人口(人口随就业变化)', en: 'Jobs and residents (population follows jobs)' },
} as const;

const pctText = (f: number) => `${Number((f * 100).toFixed(2))}%`;

function ResetLinked({ id, label, value }: { id: LinkedLeverId; label: string; value: number }) {
  const t = useWsT();
  const dispatch = useDispatch();
  const parent = useParentScenario();
  const target = useMemo(() => {
    try {
      return parent && linkedLeverApplies(parent, id) ? linkedLeverValue(parent, id) : undefined;
    } catch {
      return undefined;
    }
  }, [parent, id]);
  if (target === undefined || Math.abs(target - value) < 1e-9) return null;
  return (
    <button type="button" className="btn-icon" onClick={() => dispatch({ type: 'setLinkedLever', lever: id, value: target })} aria-label={t('levers.resetOne', { label })} title={t('levers.resetOne', { label })} data-testid={`reset-${id}`}>
      ⟲
    </button>
  );
}

const LinkedLeverRow = memo(function LinkedLeverRow({ lever, value }: { lever: LinkedLever; value: number }) {
  const t = useT();
  const lang = useLang();
  const dispatch = useDispatch();
  const onValue = useCallback((v: number) => dispatch({ type: 'setLinkedLever', lever: lever.id, value: v }), [dispatch, lever.id]);
  const help = leverHelp(lever.id);
  const label = help?.label[lang] ?? lever.id;
  const scale = lever.isFraction ? 100 : 1;
  const show = (x: number) => (lever.isFraction ? pctText(x) : num(x));
  return (
    <>
      <LeverControl
        path={lever.id}
        label={label}
        value={value}
        onValue={onValue}
        sliderMin={lever.slider[0]}
        sliderMax={lever.slider[1]}
        min={lever.floor}
        max={lever.ceiling}
        minExclusive
        step={lever.step}
        scale={scale}
        extra={<><LeverHelpButton id={lever.id} label={label} /><ResetLinked id={lever.id} label={label} value={value} /></>}
        sliderLabel={t('lever.slider', { label })}
        numberLabel={lever.isFraction && lever.id !== 'population.adjustmentSpeed' ? t('lever.number', { label }) : label}
        rangeMessage={t('lever.outOfRange', { min: `>${show(lever.floor)}`, max: show(lever.ceiling) })}
      />
      {help?.line && <p className="hint lever-line" data-testid={`line-${lever.id}`}>{help.line[lang]}</p>}
    </>
  );
});

function Group({ kind, levers, scenario }: { kind: keyof typeof LEGEND; levers: readonly LinkedLever[]; scenario: ResolvedScenario }) {
  const lang = useLang();
  const rows = levers.filter((l) => linkedLeverApplies(scenario, l.id)).map((l) => ({ lever: l, value: linkedLeverValue(scenario, l.id) })).filter((r): r is { lever: LinkedLever; value: number } => r.value !== undefined);
  if (rows.length === 0) return null;
  return (
    <fieldset className="lever-group" data-testid={`linked-levers-${kind}`}>
      <legend>{LEGEND[kind][lang]}</legend>
      {rows.map((r) => <LinkedLeverRow key={r.lever.id} lever={r.lever} value={r.value} />)}
    </fieldset>
  );
}

/** The energy-by-sector and jobs groups of the advanced lever set (nothing when neither block is in use). */
export function LinkedLevers({ scenario }: { scenario: ResolvedScenario }) {
  return (
    <>
      <Group kind="energy" levers={ENERGY_LINKED_LEVERS} scenario={scenario} />
      <Group kind="jobs" levers={JOBS_LINKED_LEVERS} scenario={scenario} />
    </>
  );
}
