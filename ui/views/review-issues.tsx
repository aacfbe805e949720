/**
 * Problems of an actuals or history CSV (each with its line and column) or of rows saved in a
 * scenario (each with its table row), in the current language: where, the value, what is wrong and
 * what is allowed.
 */
import { capIssues, describeValue, MORE_ISSUES_PATH, type ActualsIssue, type Lang, type ValidationIssue } from '../../engine/index';
import type { Translate } from '../i18n/index';

const fieldOf = (path: string) => /\((\w+)\)$/.exec(path)?.[1] ?? /\.(\w+)$/.exec(path)?.[1] ?? '';

/** A saved row's problem names another row as `actuals[k]`: that is row k + 1 of the table. */
function rowMessage(text: string, lang: Lang): string {
  return lang === 'zh' ? text.replace(/在 actuals\[(\d+)\] 中/g, (_, n: string) => `在第 ${Number(n) + 1} 行`) : text.replace(/in actuals\[(\d+)\]/g, (_, n: string) => `in row ${Number(n) + 1}`);
}

/** One problem as a sentence. */
export function issueText(issue: ValidationIssue | ActualsIssue, lang: Lang, t: Translate): string {
  const saved = /^actuals\[(\d+)\]/.exec(issue.path);
  const where = saved
    ? t('review.issue.row', { row: Number(saved[1]) + 1, field: fieldOf(issue.path) || '-' })
    : 'line' in issue
      ? t('review.issue.line', { line: issue.line, column: issue.column, field: fieldOf(issue.path) || '-' })
      : issue.path;
  const message = saved ? rowMessage(issue.message[lang], lang) : issue.message[lang];
  return `${where}: ${describeValue(issue.value)} - ${message}; ${t('review.issue.allowed')}: ${issue.allowed[lang]}`;
}

/** The first 50 problems, one a line, then one line counting the rest (a file with a million bad rows stays readable). */
export function IssueList({ issues, lang, t, testId }: { issues: readonly (ValidationIssue | ActualsIssue)[]; lang: Lang; t: Translate; testId?: string }) {
  return (
    <ul data-testid={testId}>
      {capIssues(issues).map((issue, i) => (
        <li key={i}>{issue.path === MORE_ISSUES_PATH ? issue.message[lang] : issueText(issue as ValidationIssue | ActualsIssue, lang, t)}</li>
      ))}
    </ul>
  );
}
