import { describePageCatalogues } from '../i18n/page-catalogue-checks';
import { adminEn, adminId } from './admin-messages';

describePageCatalogues("the admin page's catalogues", adminId, adminEn);
