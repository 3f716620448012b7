// An account as the admin's forms hold it, and the requests they send, validated with the
// contract's schemas. Pure, so it is unit-tested.
import {
  type AccountRole,
  type AdminAccount,
  type CreateAccountRequest,
  createAccountRequestSchema,
  type UpdateAccountRequest,
  updateAccountRequestSchema,
} from '@vp/contract';
import { type FieldErrors, issuePaths } from './form-values';

export interface AccountForm {
  username: string;
  name: string;
  role: AccountRole;
  /** Kept while the role is admin (in case the admin picks another role again), sent as none. */
  tenantCodes: string[];
}

export type AccountField = keyof AccountForm;

export const emptyAccountForm: AccountForm = { username: '', name: '', role: 'officer', tenantCodes: [] };

export function accountToForm(account: AdminAccount): AccountForm {
  return {
    username: account.username,
    name: account.name,
    role: account.role,
    tenantCodes: [...account.tenantCodes],
  };
}

/** An admin's scope is the whole plaza: it names no tenant. */
const tenantsFor = (form: AccountForm) => (form.role === 'admin' ? [] : [...form.tenantCodes].sort());

/** The form field of a path the schema or the API names (`tenantCodes.0` is the tenant list). */
export function accountFieldOf(path: string): AccountField | null {
  const field = path.split('.')[0];
  return field === 'username' || field === 'name' || field === 'role' || field === 'tenantCodes'
    ? field
    : null;
}

function errorsOf(issues: readonly { path: readonly PropertyKey[] }[]): FieldErrors<AccountField> {
  const errors: FieldErrors<AccountField> = {};
  for (const path of issuePaths(issues)) {
    const field = accountFieldOf(path);
    if (field) errors[field] = true;
  }
  return errors;
}

export type CreateResult =
  | { ok: true; request: CreateAccountRequest }
  | { ok: false; errors: FieldErrors<AccountField> };

/** The request creating the account the form describes. */
export function formToCreateRequest(form: AccountForm): CreateResult {
  const request = {
    username: form.username.trim(),
    name: form.name.trim(),
    role: form.role,
    tenantCodes: tenantsFor(form),
  };
  const parsed = createAccountRequestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error.issues) };
  return { ok: true, request: parsed.data };
}

export type UpdateResult =
  | { ok: true; request: UpdateAccountRequest | null }
  | { ok: false; errors: FieldErrors<AccountField> };

const sameTenants = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((code, i) => code === [...b].sort()[i]);

/**
 * The request changing `account` into what the form says: only what changed (null: nothing did).
 * An officer or a supervisor keeps at least one tenant, as at creation.
 */
export function formToUpdateRequest(account: AdminAccount, form: AccountForm): UpdateResult {
  const tenantCodes = tenantsFor(form);
  const name = form.name.trim();
  const request: UpdateAccountRequest = {
    ...(name === account.name ? {} : { name }),
    ...(form.role === account.role ? {} : { role: form.role }),
    ...(sameTenants(tenantCodes, account.tenantCodes) ? {} : { tenantCodes }),
  };
  const errors: FieldErrors<AccountField> = {};
  if (form.role !== 'admin' && tenantCodes.length === 0) errors.tenantCodes = true;
  if (Object.keys(request).length === 0)
    return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, request: null };
  const parsed = updateAccountRequestSchema.safeParse(request);
  if (!parsed.success) Object.assign(errors, errorsOf(parsed.error.issues));
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, request: parsed.data };
}

/** A refusal of an account change in the page's words, where the code alone would mislead. */
export function accountErrorKey(error: {
  code: string;
  field?: string | undefined;
}): 'admin.field.username.taken' | 'admin.accounts.keepAdmin' | 'admin.accounts.officerBusy' | undefined {
  if (error.code === 'officer_busy') return 'admin.accounts.officerBusy';
  if (error.code !== 'conflict') return undefined;
  if (error.field === 'username') return 'admin.field.username.taken';
  if (error.field === 'role' || error.field === 'disabled') return 'admin.accounts.keepAdmin';
  return undefined;
}
