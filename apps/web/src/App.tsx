// The shell: header, skip link, and the page the address asks for.
import { CitizenPage } from './citizen/CitizenPage';
import { TicketPage } from './citizen/TicketPage';
import { useT } from './i18n/useT';
import { OfficerPage } from './officer/OfficerPage';
import { useRoute } from './routing/useRoute';
import { AppHeader } from './ui/AppHeader';
import { NotFoundPage } from './ui/NotFoundPage';

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
      page = <OfficerPage />;
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
