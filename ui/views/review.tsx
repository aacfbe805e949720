/**
 * Mid-term review (规划中期评估, plan chapter 11 section 4): observed statistics saved with the open
 * scenario, plan against actual (chart and table), every target re-anchored at the last observed year
 * with its probability under the scenario's uncertainty, and calibration of assumptions from history.
 * The Monte Carlo on the re-anchored plan runs on the worker pool after edits settle (never while a
 * lever is held); a result of an older input is never shown.
 */
import { useMemo, useState } from 'react';
import {
  BEHIND_BELOW, DEFAULT_PUBLISHED_STATUSES, FASTER_AT_LEAST, PUBLISHED_STATUS_LABELS, formatIssue, isPlanpathError, reanchor, reviewActuals, reviewHeadline, summarizeProgress,
  type Lang, type McResult, type PlanData, type PublishedStatus, type ResolvedScenario, type ReviewResult,
} from '../../engine/index';
import { isRunnerError } from '../../runtime/runner-error';
import { useLang, useT } from '../i18n/use-t';
import { getRunner } from '../mc/runner';
import { useBackgroundRun } from '../mc/use-background-run';
import { readScenarioActuals, scenarioCatalogue } from '../state/actuals-edit';
import { useOpenScenario, type OpenScenario } from '../state/derived';
import { plan } from '../state/scenarios';
import { useAppState, useDispatch } from '../state/store';
import { publishedInputs, publishedRows } from '../state/review-published';
import { PublishedCard } from './review-published';
import { ActualsCard } from './review-actuals';
import { CalibrationPanel } from './calibration-panel';
import { ReviewComparison } from './review-comparison';
import { ReviewTargets, type ProbabilityState } from './review-targets';

interface McInput {
  plan: PlanData;
  scenario: ResolvedScenario;
  paths: number;
}

interface McOutput {
  input: McInput;
  result: McResult;
}

/** The Monte Carlo on the re-anchored plan; the result carries its input, so a stale one is recognised. */
async function runReanchoredMc(input: McInput, signal: AbortSignal): Promise<McOutput> {
  const result = await getRunner().runMonteCarlo({ plan: input.plan, scenario: input.scenario, options: { paths: input.paths, series: ['gdpNominal'] } }, { signal });
  return { input, result };
}

/** The statuses chosen last, kept while the app runs (switching views does not lose them). */
let lastStatuses: PublishedStatus[] = [...DEFAULT_PUBLISHED_STATUSES];

/** The review with the Monte Carlo's probabilities filled in, for the headline. */
function withProbabilities(review: ReviewResult, byId: Readonly<Record<string, number>> | null): ReviewResult {
  if (!byId) return review;
  return { ...review, targets: review.targets.map((x) => ({ ...x, probability: x.probability ?? byId[x.id] ?? null })) };
}

function errorText(error: unknown, lang: Lang): string {
  if (isPlanpathError(error)) return error.issues.map((i) => formatIssue(i, lang)).join('; ');
  if (isRunnerError(error)) return error.detail[lang];
  return String(error);
}

export function Review() {
  const open = useOpenScenario();
  if (!open.ok) return <p role="alert">{open.message}</p>;
  return <ReviewBody open={open.value} />;
}

function ReviewBody({ open }: { open: OpenScenario }) {
  const t = useT();
  const lang = useLang();
  const paths = useAppState((s) => s.mcPaths);
  const { scenario, projection } = open;
  const catalogue = useMemo(() => scenarioCatalogue(scenario), [scenario]);
  const dispatch = useDispatch();
  const [statuses, setStatusesState] = useState<PublishedStatus[]>(lastStatuses);
  const setStatuses = (next: PublishedStatus[]) => {
    lastStatuses = next;
    setStatusesState(next);
  };
  const saved = useMemo(() => readScenarioActuals(scenario, catalogue), [scenario, catalogue]);
  // Saved observations take precedence; without any, the review starts from the published statistics.
  const hasSaved = (scenario.actuals?.length ?? 0) > 0;
  const published = useMemo(() => publishedInputs(scenario, statuses), [scenario, statuses]);
  const usePublished = !hasSaved && published !== null;
  const observations = usePublished ? published!.observations : saved.observations;
  const lowerBounds = usePublished ? published!.lowerBounds : undefined;
  const anchored = useMemo(() => (observations.length > 0 ? reanchor(plan, scenario, observations) : null), [scenario, observations]);
  const review = useMemo(() => (anchored ? reviewActuals(plan, scenario, observations, { anchored, ...(lowerBounds ? { lowerBounds } : {}) }) : null), [anchored, scenario, observations, lowerBounds]);
  const summary = useMemo(() => (review ? summarizeProgress(review, plan) : null), [review]);

  // One input object per distinct re-anchored scenario and path count: unrelated store changes
  // (another scenario renamed, the language) neither restart the run nor hide its result.
  const runnable = anchored !== null && anchored.scenario.uncertainty !== undefined && anchored.anchorYear < anchored.scenario.endYear;
  const inputKey = runnable ? JSON.stringify([anchored!.scenario, observations.map((o) => [o.year, o.key, o.keyValue]), paths]) : '';
  const input = useMemo<McInput | null>(() => (runnable ? { plan: anchored!.plan, scenario: anchored!.scenario, paths } : null), [inputKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const run = useBackgroundRun(input, runReanchoredMc, 'planpath:review-mc');
  const fresh = run.result && run.result.input === input ? run.result.result : null;

  let probabilities: ProbabilityState;
  if (!anchored || !anchored.scenario.uncertainty) probabilities = { kind: 'unavailable', reason: 'noUncertainty' };
  else if (!runnable) probabilities = { kind: 'unavailable', reason: 'noYears' };
  else if (fresh) probabilities = { kind: 'ready', byId: Object.fromEntries(fresh.targets.map((x) => [x.id, x.probability])) };
  else if (run.error != null && !run.running) probabilities = { kind: 'unavailable', reason: 'error' };
  else probabilities = { kind: 'pending' };

  const headline = useMemo(() => (review ? reviewHeadline(withProbabilities(review, probabilities.kind === 'ready' ? probabilities.byId : null), plan) : null), [review, probabilities]);
  const sourceLine = usePublished
    ? t('review.source.published', { statuses: statuses.map((x) => PUBLISHED_STATUS_LABELS[x][lang]).join(lang === 'zh' ? '、' : ', '), n: observations.length })
    : hasSaved
      ? t('review.source.saved', { n: observations.length })
      : '';

  const status =
    probabilities.kind === 'ready' && fresh
      ? t('review.mc.done', { paths: fresh.paths.toLocaleString('en-US'), seed: fresh.seed, year: review?.anchorYear ?? '', ms: Math.round(run.ms ?? 0) })
      : probabilities.kind === 'pending'
        ? t('review.mc.running', { paths: paths.toLocaleString('en-US') })
        : probabilities.kind === 'unavailable' && anchored
          ? t(probabilities.reason === 'noYears' ? 'review.mc.noYears' : probabilities.reason === 'error' ? 'review.mc.error' : 'review.mc.none')
          : '';

  return (
    <section className="view" aria-labelledby="review-title" data-testid="view-review">
      <div className="view-head">
        <h2 id="review-title">{t('review.title')}</h2>
        {review && (
          <span className="run-status" role="status" data-testid="review-mc-status" data-state={probabilities.kind}>
            {status}
          </span>
        )}
      </div>
      <p className="intro">{t('review.intro', { base: plan.base.year })}</p>
      {open.builtin && <p className="hint hint-readonly">{t('review.readonly')}</p>}
      {sourceLine && <p className="review-source" data-testid="review-source">{sourceLine}</p>}
      {review && summary && (
        <div className="card review-headline" aria-labelledby="review-headline-title">
          <h3 id="review-headline-title">{t('review.headline.title')}</h3>
          {headline && <p className="headline-text" data-testid="review-headline">{headline.text[lang]}</p>}
          <h4>{t('review.summary.title')}</h4>
          <p data-testid="review-summary">{summary.text[lang]}</p>
          <p className="hint">{t('review.class.legend', { faster: Math.round(FASTER_AT_LEAST * 100), behind: Math.round(BEHIND_BELOW * 100) })}</p>
        </div>
      )}
      {published && (
        <PublishedCard inputs={published} statuses={statuses} onStatuses={setStatuses} superseded={hasSaved} onCopy={() => dispatch({ type: 'setActuals', rows: publishedRows(published) })} lang={lang} t={t} />
      )}
      <ActualsCard rows={scenario.actuals ?? []} savedIssues={saved.issues} catalogue={catalogue} projection={projection} scenarioName={scenario.name[lang]} lang={lang} t={t} />
      {run.error != null && probabilities.kind === 'unavailable' && probabilities.reason === 'error' && (
        <div className="import-errors" role="alert">
          {t('review.mc.error')} {errorText(run.error, lang)}
        </div>
      )}
      {review ? (
        <>
          <p className="review-anchor" data-testid="review-anchor">
            {t('review.anchor', { year: review.anchorYear, n: observations.length })}
          </p>
          <ReviewComparison review={review} catalogue={catalogue} scenarioId={open.id} scenarioName={scenario.name[lang]} lang={lang} t={t} />
          <ReviewTargets review={review} probabilities={probabilities} lang={lang} t={t} />
        </>
      ) : (
        <p className="hint">{t('review.empty')}</p>
      )}
      <CalibrationPanel scenario={scenario} lang={lang} t={t} />
    </section>
  );
}
