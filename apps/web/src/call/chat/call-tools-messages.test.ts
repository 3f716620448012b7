import { describePageCatalogues } from '../../i18n/page-catalogue-checks';
import { callToolsEn, callToolsId } from './call-tools-messages';

describePageCatalogues("the call tools' catalogues", callToolsId, callToolsEn);
