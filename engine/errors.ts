/**
 * Typed errors. The engine throws these on invalid input; the CLI and UI print their issues and
 * never a stack trace. Each issue names the field path, the bad value and what is allowed.
 */
import type { LocalizedText } from './plan/plan-types';

/** One problem with an input, in both languages. */
export interface ValidationIssue {
  /** Field path, e.g. `assumptions.realGrowth.tertiary[3]` (empty for the whole document). */
  path: string;
  /** The offending value (undefined when missing). */
  value: unknown;
  /** What is wrong. */
  message: LocalizedText;
  /** What is allowed. */
  allowed: LocalizedText;
}

/** Kinds of failure the engine reports. */
export type PlanpathErrorKind = 'invalid-scenario' | 'invalid-plan' | 'invalid-request' | 'no-solution' | 'invalid-actuals';

/** Base class of every error the engine throws on purpose. */
export class PlanpathError extends Error {
  readonly kind: PlanpathErrorKind;
  readonly issues: ValidationIssue[];
  constructor(kind: PlanpathErrorKind, issues: ValidationIssue[], summary?: string) {
    const listed = capIssues(issues);
    super(summary ?? listed.map((i) => formatIssue(i, 'en')).join('\n'));
    this.name = 'PlanpathError';
    this.kind = kind;
    this.issues = listed;
  }
}

/** Problems listed one by one in any report; the rest are counted (see INPUT_LIMITS.listedIssues). */
export const LISTED_ISSUES = 50;

/** Marks the closing issue that counts the problems beyond the listed ones. */
export const MORE_ISSUES_PATH = '(more)';

/**
 * The first {@link LISTED_ISSUES} issues and, when there are more, one closing issue that counts the
 * rest (its value is that count). Closing issues already in the list are folded into the new count.
 */
export function capIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const own = issues.filter((i) => i.path !== MORE_ISSUES_PATH);
  const counted = issues.filter((i) => i.path === MORE_ISSUES_PATH).reduce((n, i) => n + (typeof i.value === 'number' ? i.value : 0), 0);
  const hidden = Math.max(0, own.length - LISTED_ISSUES) + counted;
  return hidden > 0 ? [...own.slice(0, LISTED_ISSUES), moreIssues(hidden)] : own;
}

/** How many problems a capped list stands for (the listed ones plus the counted rest). */
export function issueCount(issues: readonly ValidationIssue[]): number {
  return issues.reduce((n, i) => n + (i.path === MORE_ISSUES_PATH && typeof i.value === 'number' ? i.value : 1), 0);
}

/** The closing issue "and N more problems". */
export function moreIssues(count: number): ValidationIssue {
  return issue(MORE_ISSUES_PATH, count, { en: `and ${count} more problems, not listed`, zh: `另有 ${count} 个问题未列出` }, { en: 'fix the problems listed above and check again', zh: '修正上述问题后再次检查' });
}

/** Renders a value for an error message: short, JSON-like, never "[object Object]". */
export function describeValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : String(value);
  let text: string;
  try {
    // A long array is shown by its first values only: the message is cut to 60 characters anyway.
    text = Array.isArray(value) && value.length > 20 ? `${JSON.stringify(value.slice(0, 20)).slice(0, -1)},...]` : (JSON.stringify(value) ?? String(value));
  } catch {
    // Too deep or cyclic for JSON (String() of a deep array recurses as well).
    text = Array.isArray(value) ? '[...]' : typeof value === 'object' && value !== null ? '{...}' : String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** One line per issue: `path: value - message; allowed: ...`. */
export function formatIssue(issue: ValidationIssue, lang: 'zh' | 'en'): string {
  if (issue.path === MORE_ISSUES_PATH) return issue.message[lang];
  const where = issue.path === '' ? (lang === 'zh' ? '(文件)' : '(file)') : issue.path;
  const allowed = lang === 'zh' ? '允许' : 'allowed';
  const sep = lang === 'zh' ? ':' : ':';
  return `${where}${sep} ${describeValue(issue.value)} - ${issue.message[lang]}; ${allowed}: ${issue.allowed[lang]}`;
}

/** Makes an issue. */
export function issue(path: string, value: unknown, message: LocalizedText, allowed: LocalizedText): ValidationIssue {
  return { path, value, message, allowed };
}

/** True when `error` is a {@link PlanpathError}. */
export function isPlanpathError(error: unknown): error is PlanpathError {
  return error instanceof PlanpathError || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'PlanpathError');
}
