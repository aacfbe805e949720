/** The header: product name, the plan, the scenario picker and the language toggle. */
import { useT, useLang } from '../i18n/use-t';
import { allScenarios, plan } from '../state/scenarios';
import { useAppState, useDispatch } from '../state/store';
import { PresenterToggle } from './presenter-toggle';
import { HeaderRename } from './header-rename';

export function Header() {
  const t = useT();
  const lang = useLang();
  const dispatch = useDispatch();
  const openId = useAppState((s) => s.openId);
  const user = useAppState((s) => s.userScenarios);
  const all = allScenarios(user);
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <header className="app-header">
      <div className="brand">
        <span className="logo" aria-hidden="true">◢</span>
        <div>
          <h1>
            {t('app.name')} <span className="alt-name">{t('app.altName')}</span>
          </h1>
          <p className="plan-name">{plan.name[lang]}</p>
        </div>
      </div>
      <div className="header-controls">
        <label className="field field-inline">
          <span>{t('picker.label')}</span>
          <select value={openId} onChange={(e) => dispatch({ type: 'open', id: e.target.value })} data-testid="scenario-picker">
            <optgroup label={t('picker.builtin')}>
              {all.filter((s) => s.builtin).map(({ file }) => (
                <option key={file.id} value={file.id}>
                  {file.name[lang]}
                </option>
              ))}
            </optgroup>
            {user.length > 0 && (
              <optgroup label={t('picker.user')}>
                {all.filter((s) => !s.builtin).map(({ file }) => (
                  <option key={file.id} value={file.id}>
                    {file.name[lang]}
                    {file.extends ? ` (${t('picker.extends', { id: file.extends })})` : ''}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <HeaderRename />
        <PresenterToggle />
        <button type="button" className="btn lang-toggle" lang={other === 'zh' ? 'zh-CN' : 'en'} onClick={() => dispatch({ type: 'setLang', lang: other })} aria-label={t('lang.toggleAria')} data-testid="lang-toggle">
          {t('lang.toggle')}
        </button>
      </div>
    </header>
  );
}
