export { type Account, accountDirectorySchema, accountSchema, type OfficerAccount } from './account';
export { loadAccountDirectory, loadCatalogue } from './load-catalogue';
