import { useT } from '../i18n/useT';
import { LanguageToggle } from './LanguageToggle';

export function AppHeader() {
  const { t } = useT();
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true">
            {t('app.mark')}
          </span>
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </p>
        <LanguageToggle />
      </div>
    </header>
  );
}
