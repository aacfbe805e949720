/**
 * Names of copies that no other scenario has: "Plan target (copy)", then "Plan target (copy 2)",
 * "(copy 3)", ...; in Chinese "规划目标路径(副本)", "规划目标路径(副本2)". A name counts as taken when either
 * language matches an existing scenario's name in that language.
 */
import type { LocalizedText } from '../../engine/index';
import { translate } from '../i18n/index';

/** The n-th copy name (n = 1: the plain copy name). */
export function nthCopyName(name: LocalizedText, n: number): LocalizedText {
  const en = translate('en', 'scen.copyName', { name: name.en });
  const zh = translate('zh', 'scen.copyName', { name: name.zh });
  if (n <= 1) return { zh, en };
  return { en: en.replace(/\)$/, ` ${n})`), zh: zh.replace(/\)$/, `${n})`) };
}

/** The first copy name of `name` that none of `taken` has. */
export function uniqueCopyName(name: LocalizedText, taken: readonly LocalizedText[]): LocalizedText {
  const zh = new Set(taken.map((t) => t.zh));
  const en = new Set(taken.map((t) => t.en));
  for (let n = 1; ; n++) {
    const candidate = nthCopyName(name, n);
    if (!zh.has(candidate.zh) && !en.has(candidate.en)) return candidate;
  }
}
