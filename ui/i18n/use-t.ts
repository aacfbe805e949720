/** React hooks for the current language and its translator. */
import { useMemo } from 'react';
import type { Lang } from '../../engine/index';
import { useAppState } from '../state/store';
import { translator, type Translate } from './index';

export function useLang(): Lang {
  return useAppState((s) => s.lang);
}

export function useT(): Translate {
  const lang = useLang();
  return useMemo(() => translator(lang), [lang]);
}
