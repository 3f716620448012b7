// The shell: header, skip link, and the page the address asks for.
import { lazy, Suspense } from 'react';
import { CitizenPage } from './citizen/CitizenPage';
import { TicketPage } from './citizen/TicketPage';
import { useT } from './i18n/useT';
import { useRoute } from './routing/useRoute';
import { AppHeader } from './ui/AppHeader';
import { NotFoundPage } from './ui/NotFoundPage';

// The console loads on its own: a citizen on a mobile link never downloads it.
const OfficerPage = lazy(() =>
  import('./officer/OfficerPage').then((module) => ({ default: module.OfficerPage })),
);
const SupervisorPage = lazy(() =>
  import('./supervisor/SupervisorPage').then((module) => ({ default: module.SupervisorPage })),
);
const AdminPage = lazy(() => import('./admin/AdminPage').then((module) => ({ default: module.AdminPage })));

export function App() {
  const { t } = useT();
  const route = useRoute();
  let page: React.JSX.Element;
  switch (route.page) {
    case 'citizen':
      page = <CitizenPage />;
      break;
    case 'ticket':
      page = <TicketPage key={route.ticketId} ticketId={route.ticketId} accessKey={route.accessKey} />;
      break;
    case 'officer':
      page = (
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <OfficerPage />
        </Suspense>
      );
      break;
    case 'supervisor':
      page = (
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <SupervisorPage tenantCode={route.tenantCode} />
        </Suspense>
      );
      break;
    case 'admin':
      page = (
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <AdminPage section={route.section} />
        </Suspense>
      );
      break;
    case 'not_found':
      page = <NotFoundPage />;
      break;
  }
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </>
  );
}
