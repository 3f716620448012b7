export { loadCatalogue, loadOfficerDirectory } from './load-catalogue';
export { type OfficerAccount, officerAccountSchema, officerDirectorySchema } from './officer-account';
