import { useT } from '../i18n/useT';
import { Link } from '../routing/Link';
import { useFocusOnMount } from './useFocusOnMount';

export function NotFoundPage() {
  const { t } = useT();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="panel">
      <h1 ref={heading} tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <p>{t('notFound.body')}</p>
      <Link href="/" className="button">
        {t('notFound.home')}
      </Link>
    </section>
  );
}
