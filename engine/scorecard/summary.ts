/**
 * The scorecard's summary, counted honestly: targets the model computes or the user set a path for are
 * met, at risk or missed; targets on an assumed path are counted apart (meeting them is true by
 * construction); targets with nothing to judge are "not assessed".
 * e.g. "1 of 5 modelled targets met, 0 at risk, 4 missed; 10 assumed; 64 not assessed".
 */
import type { LocalizedText } from '../plan/plan-types';
import type { TargetResult } from './scorecard-types';

export interface ScorecardSummary {
  /** Rows judged from the model or a scenario path. */
  assessed: number;
  met: number;
  atRisk: number;
  missed: number;
  /** Rows on a default straight path or held at base. */
  assumed: number;
  /** Rows with nothing to judge (no base, beyond the horizon). */
  notAssessed: number;
  /** One sentence in each language. */
  text: LocalizedText;
}

/** Counts the scorecard rows by status. */
export function summarizeScorecard(rows: readonly Pick<TargetResult, 'status'>[]): ScorecardSummary {
  const count = (s: TargetResult['status']) => rows.filter((r) => r.status === s).length;
  const met = count('met'), atRisk = count('at-risk'), missed = count('missed');
  const assumed = count('assumed'), notAssessed = count('not-assessed');
  const assessed = met + atRisk + missed;
  return {
    assessed, met, atRisk, missed, assumed, notAssessed,
    text: {
      en: `${met} of ${assessed} modelled targets met, ${atRisk} at risk, ${missed} missed; ${assumed} assumed (on an assumed path, not tested); ${notAssessed} not assessed`,
      zh: `${assessed} 项模型测算目标中 ${met} 项达成、${atRisk} 项有风险、${missed} 项未达成;${assumed} 项按假设路径(未经检验);${notAssessed} 项未评估`,
    },
  };
}
