import { describePageCatalogues } from '../i18n/page-catalogue-checks';
import { supervisorEn, supervisorId } from './supervisor-messages';

describePageCatalogues("the supervisor page's catalogues", supervisorId, supervisorEn);
