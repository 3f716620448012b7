import { describePageCatalogues } from '../../i18n/page-catalogue-checks';
import { deviceCheckEn, deviceCheckId } from './device-check-messages';

describePageCatalogues("the device check's catalogues", deviceCheckId, deviceCheckEn);
