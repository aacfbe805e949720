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
    super(summary ?? issues.map((i) => formatIssue(i, 'en')).join('\n'));
    this.name = 'PlanpathError';
    this.kind = kind;
    this.issues = issues;
  }
}

/** Renders a value for an error message: short, JSON-like, never "[object Object]". */
export function describeValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** One line per issue: `path: value - message; allowed: ...`. */
export function formatIssue(issue: ValidationIssue, lang: 'zh' | 'en'): string {
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
