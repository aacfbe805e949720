/** Results of game operations that can be refused: a bilingual problem naming the field, the value and what is allowed. */
import type { LocalizedText } from '../../engine/index';

export interface GameProblem {
  field: string;
  value: unknown;
  allowed: LocalizedText;
}

export type GameResult<T> = { ok: true; value: T } | { ok: false; problem: GameProblem };

export function gameError<T>(field: string, value: unknown, allowed: LocalizedText): GameResult<T> {
  return { ok: false, problem: { field, value, allowed } };
}

/** One line for users, in their language: "field: value (allowed: ...)". */
export function problemText(p: GameProblem, lang: 'zh' | 'en'): string {
  const shown = typeof p.value === 'string' ? `"${p.value}"` : JSON.stringify(p.value) ?? String(p.value);
  return lang === 'zh' ? `${p.field}:${shown} 无效(允许:${p.allowed.zh})` : `${p.field}: ${shown} is not valid (allowed: ${p.allowed.en})`;
}
