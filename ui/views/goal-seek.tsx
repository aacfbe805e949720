/**
 * Goal seek: pick a target and a lever and see the lever value that meets the target exactly
 * (engine solveOne: closed form or bisection), then apply it to the open scenario in one click.
 * The two-target solve (solveTwo, Newton) moves two levers to meet two targets together.
 */
import { useMemo, useState } from 'react';
import { ALL_LEVERS, formatIssue, isPlanpathError, leverIsFraction, leverMismatch, solveOne, solveTwo, type AnyLeverId, type Lang, type LeverMode, type ResolvedScenario, type SolveResult, type TargetResult, type ValidationIssue } from '../../engine/index';
import { useLang, useT } from '../i18n/use-t';
import { leverLabel, type Translate } from '../i18n/index';
import { indicatorValue, num, pct, pp } from '../i18n/format';
import { useOpenScenario } from '../state/derived';
import { headOf, leverValue } from '../state/scenario-edit';
import { plan } from '../state/scenarios';
import { useDispatch } from '../state/store';

interface TargetChoice {
  id: string;
  year: number;
  value: number;
}

type Solved = { ok: true; result: SolveResult } | { ok: false; issues: ValidationIssue[]; message: string };

function attempt(f: () => SolveResult): Solved {
  try {
    return { ok: true, result: f() };
  } catch (error) {
    return { ok: false, issues: isPlanpathError(error) ? error.issues : [], message: String(error) };
  }
}

function indicatorOf(id: string) {
  return plan.indicators.find((i) => i.id === id)!;
}

function TargetPicker({ targets, choice, onChange, lang, t, prefix }: { targets: TargetResult[]; choice: TargetChoice; onChange: (c: TargetChoice) => void; lang: Lang; t: Translate; prefix: string }) {
  const ind = indicatorOf(choice.id);
  return (
    <>
      <label className="field">
        <span>{t('goal.target')}</span>
        <select
          value={choice.id}
          data-testid={`${prefix}-target`}
          onChange={(e) => {
            const r = targets.find((x) => x.id === e.target.value)!;
            onChange({ id: r.id, year: r.year, value: r.target });
          }}
        >
          {targets.map((r) => (
            <option key={r.id} value={r.id}>
              {indicatorOf(r.id).label[lang]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('goal.targetValue', { unit: lang === 'zh' ? ind.unit : ind.unitEn })}</span>
        <input type="number" value={choice.value} step="any" onChange={(e) => Number.isFinite(e.target.valueAsNumber) && onChange({ ...choice, value: e.target.valueAsNumber })} data-testid={`${prefix}-value`} style={{ width: 110 }} />
      </label>
      <label className="field">
        <span>{t('goal.year')}</span>
        <input type="number" value={choice.year} min={plan.base.year + 1} max={2050} step={1} onChange={(e) => Number.isInteger(e.target.valueAsNumber) && onChange({ ...choice, year: e.target.valueAsNumber })} data-testid={`${prefix}-year`} style={{ width: 80 }} />
      </label>
    </>
  );
}

function LeverPicker({ value, levers, onChange, t, testId, label }: { value: AnyLeverId; levers: readonly AnyLeverId[]; onChange: (l: AnyLeverId) => void; t: Translate; testId: string; label?: string }) {
  return (
    <label className="field">
      <span>{label ?? t('goal.lever')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as AnyLeverId)} data-testid={testId}>
        {levers.map((l) => (
          <option key={l} value={l}>
            {leverLabel(t, l)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** "Required: …" line of a solved lever. */
function requiredText(result: SolveResult, k: number, scenario: ResolvedScenario, t: Translate, lang: Lang): string {
  const lever = result.levers[k];
  const label = leverLabel(t, lever.lever);
  const fraction = leverIsFraction(lever.lever);
  const show = (v: number) => (fraction ? pct(v, 2) : num(v));
  // A shift of a rate is in percentage points a year (never a percent of the rate).
  const shift = (v: number) => (fraction ? pp(v, lang, 2) : `${v > 0 ? '+' : ''}${num(v)}`);
  if (lever.mode === 'constant') return t('goal.required', { lever: label, value: `${show(lever.value)}${lever.lever === 'investment.realisationRate' ? '' : ` ${t('common.perYear')}`}` });
  return t('goal.requiredShift', { lever: label, delta: shift(lever.value), from: plan.period.from, to: plan.period.to, value: show(leverValue(result.scenario, lever.lever)) }) + ` · ${t('goal.now', { value: show(leverValue(scenario, lever.lever)) })}`;
}

function Issues({ solved, lang, t }: { solved: Extract<Solved, { ok: false }>; lang: Lang; t: Translate }) {
  return (
    <div className="import-errors" role="alert">
      <p>{t('goal.noSolution')}</p>
      <ul>{solved.issues.length ? solved.issues.map((i, k) => <li key={k}>{formatIssue(i, lang)}</li>) : <li>{solved.message}</li>}</ul>
    </div>
  );
}

export function GoalSeek() {
  const t = useT();
  const lang = useLang();
  const dispatch = useDispatch();
  const open = useOpenScenario();
  const targets = open.ok ? open.value.projection.targets.filter((r) => r.basis === 'model' && r.year <= open.value.projection.endYear) : [];
  const first = targets.find((r) => r.id === 'gdpNominal') ?? targets[0];
  const second = targets.find((r) => r.id === 'servicesShareOfGdp') ?? targets[1] ?? targets[0];
  const [target, setTarget] = useState<TargetChoice>({ id: first?.id ?? 'gdpNominal', year: first?.year ?? 2025, value: first?.target ?? 4000 });
  const [leverChoice, setLever] = useState<AnyLeverId>('realGrowth.tertiary');
  const [mode, setMode] = useState<LeverMode>('shift');
  const [pair, setPair] = useState<{ a: TargetChoice; b: TargetChoice; la: AnyLeverId; lb: AnyLeverId }>({
    a: { id: first?.id ?? 'gdpNominal', year: first?.year ?? 2025, value: first?.target ?? 4000 },
    b: { id: second?.id ?? 'servicesShareOfGdp', year: second?.year ?? 2025, value: second?.target ?? 50 },
    la: 'realGrowth.secondary',
    lb: 'realGrowth.tertiary',
  });
  const [two, setTwo] = useState<{ solved: Solved; for: ResolvedScenario } | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const scenario = open.ok ? open.value.scenario : undefined;
  const levers = useMemo(() => {
    if (!scenario) return [];
    const ok = ALL_LEVERS.filter((l) => leverMismatch(scenario, l) === undefined);
    // In investment mode the investment levers drive growth: list them first.
    return [...ok.filter((l) => l.startsWith('investment.')), ...ok.filter((l) => !l.startsWith('investment.'))];
  }, [scenario]);
  const lever = levers.includes(leverChoice) ? leverChoice : (levers[0] ?? leverChoice);
  const la = levers.includes(pair.la) ? pair.la : (levers[0] ?? pair.la);
  const lb = levers.includes(pair.lb) ? pair.lb : (levers.find((l) => l !== la) ?? pair.lb);
  const one = useMemo(() => (scenario ? attempt(() => solveOne(plan, scenario, { output: target.id, year: target.year, value: target.value }, { lever, mode })) : null), [scenario, target, lever, mode]);
  if (!open.ok || !scenario) return <p role="alert">{open.ok ? '' : open.message}</p>;
  const apply = (result: SolveResult, tag: string) => {
    dispatch({ type: 'applySolved', scenario: result.scenario, heads: [...new Set(result.levers.map((l) => headOf(l.lever)))] });
    setApplied(tag);
  };
  const ind = indicatorOf(target.id);
  const shownTwo = two && (two.for === scenario || applied === 'two') ? two.solved : null;
  return (
    <section className="view" aria-labelledby="goal-title">
      <div className="view-head">
        <h2 id="goal-title">{t('goal.title')}</h2>
      </div>
      <p className="intro">{t('goal.intro')}</p>
      <div className="card">
        <div className="toolbar">
          <TargetPicker targets={targets} choice={target} onChange={(c) => { setTarget(c); setApplied(null); }} lang={lang} t={t} prefix="goal" />
          <LeverPicker value={lever} levers={levers} onChange={(l) => { setLever(l); setApplied(null); }} t={t} testId="goal-lever" />
          <label className="field">
            <span>{t('goal.mode')}</span>
            <select value={mode} onChange={(e) => { setMode(e.target.value as LeverMode); setApplied(null); }} data-testid="goal-mode">
              <option value="shift">{t('goal.mode.shift')}</option>
              <option value="constant">{t('goal.mode.constant')}</option>
            </select>
          </label>
        </div>
        <div aria-live="polite" data-testid="goal-result">
          {one?.ok && (
            <div className="result-box">
              <p className="result-big">{requiredText(one.result, 0, scenario, t, lang)}</p>
              <p>
                {t('goal.achieved', { value: indicatorValue(one.result.achieved[0].achieved, ind, lang) })} · {t('goal.method', { method: t(`goal.method.${one.result.method}`) })}
              </p>
              <button type="button" className="btn btn-primary" onClick={() => apply(one.result, 'one')} data-testid="goal-apply">
                {t('goal.apply')}
              </button>{' '}
              {applied === 'one' && <span role="status">{t('goal.applied')}</span>}
            </div>
          )}
          {one && !one.ok && <Issues solved={one} lang={lang} t={t} />}
        </div>
      </div>
      <div className="card">
        <h3>{t('goal.two')}</h3>
        <div className="toolbar">
          <TargetPicker targets={targets} choice={pair.a} onChange={(a) => setPair({ ...pair, a })} lang={lang} t={t} prefix="goal2-a" />
          <LeverPicker value={la} levers={levers} onChange={(l) => setPair({ ...pair, la: l })} t={t} testId="goal2-a-lever" />
        </div>
        <div className="toolbar">
          <TargetPicker targets={targets} choice={pair.b} onChange={(b) => setPair({ ...pair, b })} lang={lang} t={t} prefix="goal2-b" />
          <LeverPicker value={lb} levers={levers} onChange={(l) => setPair({ ...pair, lb: l })} t={t} testId="goal2-b-lever" />
        </div>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="goal2-solve"
          onClick={() => {
            setApplied(null);
            setTwo({ for: scenario, solved: attempt(() => solveTwo(plan, scenario, [{ output: pair.a.id, year: pair.a.year, value: pair.a.value }, { output: pair.b.id, year: pair.b.year, value: pair.b.value }], [{ lever: la, mode }, { lever: lb, mode }])) });
          }}
        >
          {t('goal.solveTwo')}
        </button>
        <div aria-live="polite" data-testid="goal2-result">
          {shownTwo?.ok && (
            <div className="result-box">
              <p className="result-big">{requiredText(shownTwo.result, 0, scenario, t, lang)}</p>
              <p className="result-big">{requiredText(shownTwo.result, 1, scenario, t, lang)}</p>
              <p>
                {shownTwo.result.achieved.map((a) => t('goal.achieved', { value: `${indicatorOf(a.output).label[lang]} ${indicatorValue(a.achieved, indicatorOf(a.output), lang)}` })).join(' · ')} · {t('goal.method', { method: t(`goal.method.${shownTwo.result.method}`) })}
              </p>
              <button type="button" className="btn btn-primary" onClick={() => apply(shownTwo.result, 'two')} data-testid="goal2-apply">
                {t('goal.apply')}
              </button>{' '}
              {applied === 'two' && <span role="status">{t('goal.applied')}</span>}
            </div>
          )}
          {shownTwo && !shownTwo.ok && <Issues solved={shownTwo} lang={lang} t={t} />}
        </div>
      </div>
    </section>
  );
}
