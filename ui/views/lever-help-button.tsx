/** The "?" next to a lever: a pop-up (native <details>) saying what the lever is, its unit, plausible range and source. */
import { leverIsFraction } from '../../engine/index';
import { useWsT } from '../game/game-messages';
import { useLang } from '../i18n/use-t';
import { num } from '../i18n/format';
import { leverHelp } from './lever-help';

export function LeverHelpButton({ id, label }: { id: string; label: string }) {
  const t = useWsT();
  const lang = useLang();
  const h = leverHelp(id);
  if (!h) return null;
  const fraction = h.fraction ?? leverIsFraction(id);
  const show = (x: number) => (fraction ? `${Number((x * 100).toFixed(2))}%` : num(x));
  return (
    <details className="lever-help" data-testid={`help-${id}`}>
      <summary aria-label={t('levers.help', { label })}>?</summary>
      <div className="lever-help-body" role="note">
        <dl>
          <dt>{t('help.what')}</dt>
          <dd>{h.what[lang]}</dd>
          <dt>{t('help.unit')}</dt>
          <dd>{h.unit[lang]}</dd>
          <dt>{t('help.range')}</dt>
          <dd>{`${show(h.range[0])} … ${show(h.range[1])}`}</dd>
          <dt>{t('help.source')}</dt>
          <dd>{h.source[lang]}</dd>
        </dl>
      </div>
    </details>
  );
}
