/** "Rename" next to the scenario picker: renames the open user scenario in place (built-ins cannot be renamed; edit one to get a copy). */
import { useState } from 'react';
import { useLang, useT } from '../i18n/use-t';
import { isBuiltin } from '../state/scenarios';
import { useAppState, useDispatch } from '../state/store';

export function HeaderRename() {
  const t = useT();
  const lang = useLang();
  const dispatch = useDispatch();
  const openId = useAppState((s) => s.openId);
  const file = useAppState((s) => s.userScenarios.find((x) => x.id === s.openId));
  const [text, setText] = useState<string | null>(null);
  if (isBuiltin(openId) || !file) return null;
  const name = file.name[lang];
  if (text === null)
    return (
      <button type="button" className="btn btn-small header-btn" onClick={() => setText(name)} data-testid="header-rename" aria-label={`${t('scen.rename')}: ${name}`}>
        {t('scen.rename')}
      </button>
    );
  return (
    <form
      className="actions header-rename"
      onSubmit={(e) => {
        e.preventDefault();
        const next = text.trim();
        if (next) dispatch({ type: 'rename', id: file.id, name: { zh: next, en: next } });
        setText(null);
      }}
    >
      <input type="text" value={text} aria-label={t('scen.renameLabel', { name })} autoFocus onChange={(e) => setText(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setText(null)} data-testid="header-rename-input" />
      <button type="submit" className="btn btn-small btn-primary" data-testid="header-rename-save">
        {t('scen.save')}
      </button>
      <button type="button" className="btn btn-small header-btn" onClick={() => setText(null)}>
        {t('scen.cancel')}
      </button>
    </form>
  );
}
