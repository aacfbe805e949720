/**
 * The uncertainty group: volatilities, persistence and rare shocks of the open scenario, plus the
 * Monte Carlo's path count and seed (the seed is saved in the scenario, so a share link carries it).
 */
import { memo } from 'react';
import { SECTORS, type UncertaintySpec } from '../../engine/index';
import { useT } from '../i18n/use-t';
import { normalizedUncertainty } from '../state/scenario-edit';
import { useAppState, useDispatch } from '../state/store';
import { LeverControl } from './lever-control';
import type { MessageKey } from '../i18n/index';

const DEFAULT_SEED = 20210101;
const PATH_CHOICES = [5_000, 20_000, 50_000, 100_000, 200_000];
const RARE_DEFAULT = { meanLogImpact: -0.08, sdLogImpact: 0.03 };

interface Props {
  uncertainty: UncertaintySpec | undefined;
  seed: number | undefined;
  /** Energy or CO2 follow the sector mix: their shocks can be set too. */
  structural?: boolean;
}

const same = (a: Props, b: Props) => a.seed === b.seed && a.structural === b.structural && JSON.stringify(a.uncertainty) === JSON.stringify(b.uncertainty);

export const UncertaintyLevers = memo(function UncertaintyLevers({ uncertainty, seed, structural }: Props) {
  const t = useT();
  const dispatch = useDispatch();
  const paths = useAppState((s) => s.mcPaths);
  const u = normalizedUncertainty(uncertainty);
  const set = (patch: Partial<UncertaintySpec>) => dispatch({ type: 'setUncertainty', patch });
  const control = (key: MessageKey, path: string, value: number, onValue: (v: number) => void, lo: number, hi: number, sliderHi: number, step = 0.5, sliderLo = lo, scale = 100) => {
    const label = t(key);
    return (
      <LeverControl
        key={path}
        path={path}
        label={label}
        value={value}
        onValue={onValue}
        sliderMin={sliderLo}
        sliderMax={sliderHi}
        min={lo}
        max={hi}
        step={step}
        sliderLabel={t('lever.slider', { label })}
        numberLabel={scale === 100 ? t('lever.numberPct', { label }) : label}
        rangeMessage={t('lever.outOfRange', scale === 100 ? { min: `${lo * 100}%`, max: `${hi * 100}%` } : { min: String(lo), max: String(hi) })}
        scale={scale}
      />
    );
  };
  return (
    <fieldset className="lever-group">
      <legend>{t('group.uncertainty')}</legend>
      {!uncertainty && <p className="hint">{t('unc.none')}</p>}
      {SECTORS.map((s) =>
        control(`unc.vol.${s}`, `uncertainty.realGrowthVolatility.${s}`, u.realGrowthVolatility[s], (v) => set({ realGrowthVolatility: { ...u.realGrowthVolatility, [s]: v } }), 0, 1, 0.3),
      )}
      {control('unc.persistence', 'uncertainty.persistence', u.persistence ?? 0, (v) => set({ persistence: v }), -0.99, 1, 0.95, 0.05, -0.5, 1)}
      {control('unc.deflatorVolatility', 'uncertainty.deflatorVolatility', u.deflatorVolatility ?? 0, (v) => set({ deflatorVolatility: v }), 0, 1, 0.1, 0.1)}
      {control('unc.populationGrowthVolatility', 'uncertainty.populationGrowthVolatility', u.populationGrowthVolatility ?? 0, (v) => set({ populationGrowthVolatility: v }), 0, 1, 0.1, 0.1)}
      {structural && control('unc.energyVolatility', 'uncertainty.energyIntensityVolatility', typeof u.energyIntensityVolatility === 'number' ? u.energyIntensityVolatility : u.energyIntensityVolatility ? (u.energyIntensityVolatility.primary + u.energyIntensityVolatility.secondary + u.energyIntensityVolatility.tertiary) / 3 : 0, (v) => set({ energyIntensityVolatility: v }), 0, 1, 0.1, 0.1)}
      {structural && control('unc.carbonVolatility', 'uncertainty.carbonPerEnergyVolatility', u.carbonPerEnergyVolatility ?? 0, (v) => set({ carbonPerEnergyVolatility: v }), 0, 1, 0.1, 0.1)}
      {control('unc.shockProbability', 'uncertainty.shocks.probabilityPerYear', u.shocks?.probabilityPerYear ?? 0, (v) => set({ shocks: { ...(u.shocks ?? RARE_DEFAULT), probabilityPerYear: v } }), 0, 1, 0.3, 1)}
      <div className="field-row">
        <label className="field">
          <span>{t('unc.paths')}</span>
          <select value={paths} onChange={(e) => dispatch({ type: 'setMcPaths', paths: Number(e.target.value) })} data-testid="mc-paths">
            {PATH_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n.toLocaleString('en-US')}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('unc.seed')}</span>
          <input
            type="number"
            min={0}
            max={4294967295}
            step={1}
            value={seed ?? DEFAULT_SEED}
            data-testid="mc-seed"
            onChange={(e) => {
              const seed = Number(e.target.value);
              if (Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff) dispatch({ type: 'setSeed', seed });
            }}
          />
        </label>
      </div>
    </fieldset>
  );
}, same);
