/**
 * The one-paragraph summary of a mid-term review in the style of China's mid-term evaluations ("of N
 * targets, ... achieved early, ... behind"), in both languages, counted from the review's
 * classifications (progress-class.ts). Targets without any figure since the start of their path, and
 * those with only a lower bound below the path, are counted and named apart.
 */
import type { LocalizedText, PlanData } from '../plan/plan-types';
import { groupDigits, autoDecimals } from '../format/format-value';
import { PROGRESS_CLASSES, PROGRESS_CLASS_LABELS, type ProgressClass } from './progress-class';
import type { ReviewResult, ReviewTarget } from './review-types';

/** Counts behind the summary. */
export interface ProgressSummary {
  targets: number;
  classified: number;
  byClass: Record<ProgressClass, string[]>;
  lowerBoundOnly: string[];
  notObserved: number;
  text: LocalizedText;
}

const num = (x: number) => groupDigits(x, Number.isInteger(x) ? 0 : autoDecimals(x));

/** The summary of a review's classifications. */
export function summarizeProgress(r: ReviewResult, plan: PlanData): ProgressSummary {
  const label = new Map(plan.indicators.map((i) => [i.id, i.label]));
  const byClass = Object.fromEntries(PROGRESS_CLASSES.map((c) => [c, [] as string[]])) as Record<ProgressClass, string[]>;
  const lowerBoundOnly: ReviewTarget[] = [];
  let notObserved = 0;
  for (const t of r.targets) {
    if (t.progress.class) byClass[t.progress.class].push(t.id);
    else if (t.progress.reason === 'lower-bound') lowerBoundOnly.push(t);
    else notObserved++;
  }
  const classified = PROGRESS_CLASSES.reduce((a, c) => a + byClass[c].length, 0);
  const detail = (t: ReviewTarget, lang: 'zh' | 'en') => {
    const p = t.progress;
    const ratio = p.progressRatio === null ? '' : lang === 'zh' ? `,完成${p.year}年预期进度的${Math.round(p.progressRatio * 100)}%` : `, ${Math.round(p.progressRatio * 100)}% of the progress expected by ${p.year}`;
    return `${label.get(t.id)![lang]}${ratio}`;
  };
  const named = (c: ProgressClass, lang: 'zh' | 'en') => {
    const ts = byClass[c].map((id) => r.targets.find((t) => t.id === id)!);
    return ts.length ? (lang === 'zh' ? `(${ts.map((t) => detail(t, 'zh')).join(';')})` : ` (${ts.map((t) => detail(t, 'en')).join('; ')})`) : '';
  };
  const bound = (t: ReviewTarget, lang: 'zh' | 'en') => lang === 'zh'
    ? `${label.get(t.id)!.zh}(${t.progress.year}年超过${num(t.progress.observed!)},直线路径为${num(t.progress.pathValue!)})`
    : `${label.get(t.id)!.en} (more than ${num(t.progress.observed!)} in ${t.progress.year}, against ${num(t.progress.pathValue!)} on the path)`;
  const since = r.original.baseYear;
  const en = [
    `Of ${r.targets.length} quantified targets, ${classified} can be judged from figures observed since ${since}: `
      + PROGRESS_CLASSES.map((c) => `${byClass[c].length} ${PROGRESS_CLASS_LABELS[c].en}${named(c, 'en')}`).join(', ') + '.',
    lowerBoundOnly.length ? `${lowerBoundOnly.length} ${lowerBoundOnly.length === 1 ? 'has' : 'have'} only a lower bound below its path, which cannot place it: ${lowerBoundOnly.map((t) => bound(t, 'en')).join('; ')}.` : '',
    `${notObserved} ${notObserved === 1 ? 'has' : 'have'} no figure yet.`,
  ].filter(Boolean).join(' ');
  const zh = [
    `在${r.targets.length}项量化目标中,${classified}项可依据${since}年以来的统计数据评估:`
      + PROGRESS_CLASSES.map((c) => `${PROGRESS_CLASS_LABELS[c].zh}${byClass[c].length}项${named(c, 'zh')}`).join(',') + '。',
    lowerBoundOnly.length ? `${lowerBoundOnly.length}项仅有低于路径的下限数据,无法判断:${lowerBoundOnly.map((t) => bound(t, 'zh')).join(';')}。` : '',
    `其余${notObserved}项尚无统计数据。`,
  ].filter(Boolean).join('');
  return { targets: r.targets.length, classified, byClass, lowerBoundOnly: lowerBoundOnly.map((t) => t.id), notObserved, text: { zh, en } };
}
