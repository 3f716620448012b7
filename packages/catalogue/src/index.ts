export {
  type Account,
  accountDirectorySchema,
  accountSchema,
  checkAccountDirectory,
  type OfficerAccount,
} from './account';
export { loadAccountDirectory, loadCatalogue } from './load-catalogue';
