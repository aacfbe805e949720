/**
 * Messages in Simplified Chinese and English. `translate` fills `{name}` placeholders; `useT` gives
 * a translator bound to the app's current language. Both dictionaries have exactly the same keys.
 */
import { en, type MessageKey } from './en';
import { zh } from './zh';
import type { Lang } from '../../engine/index';

export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, zh };

/** The message `key` in `lang` with its placeholders filled. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = DICTIONARIES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** True when `key` is a message id (for ids built at run time, e.g. lever labels). */
export function isMessageKey(key: string): key is MessageKey {
  return key in en;
}

/** The label of a lever id, or the id itself when the dictionaries do not name it. */
export function leverLabel(t: Translate, lever: string): string {
  const key = `lever.${lever}`;
  return isMessageKey(key) ? t(key) : lever;
}

/** A translator for one language. */
export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** The default language: Chinese when the browser prefers any Chinese, else English. */
export function browserLanguage(languages: readonly string[] | undefined): Lang {
  const first = (languages ?? []).find((l) => /^(zh|en)\b/i.test(l));
  return first && /^zh/i.test(first) ? 'zh' : 'en';
}

export { en, zh };
