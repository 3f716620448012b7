// The admin's accounts: list, create, change (name, role, tenants, disabled), reset a password.
// Accounts live in the plaza's configuration in Redis (engine plaza-config.ts), so a change counts on
// every API process at its next request. Every check runs before anything changes; the audit entry
// is written once the change is done, never with a password. A change that takes away what a
// session may do (role, tenants, disabling, a new password) ends the account's sessions at once
// (their event streams close); an officer is first set offline, and one in an offer or a call is
// refused with 409 `officer_busy`, so no call is cut.
import { randomInt } from 'node:crypto';
import type { Account } from '@vp/catalogue';
import {
  type AccountRole,
  type AccountWithPassword,
  type AdminAccount,
  type AdminAccountList,
  AppError,
  createAccountRequestSchema,
  updateAccountRequestSchema,
} from '@vp/contract';
import { appendAudit, setOfficerStatus } from '@vp/engine';
import { hashPassword } from '../auth/password';
import type { ApiDeps } from '../deps';
import type { RouteHandler } from '../http/route-definition';
import { parseInput } from '../http/validate';
import type { accountParams } from './route-params';

type AdminRule = { role: 'admin'; scope: 'plaza' };

/** The tenants an account names (an admin's scope is the plaza: none). */
const tenantCodesOf = (account: Account): readonly string[] =>
  account.role === 'admin' ? [] : account.tenantCodes;

/** What the admin sees of an account: never its password hash. */
function toAdminAccount(account: Account): AdminAccount {
  return {
    id: account.id,
    username: account.username,
    name: account.name,
    role: account.role,
    tenantCodes: [...tenantCodesOf(account)],
    disabled: account.disabled === true,
  };
}

/** Letters and digits a person reads back without doubt (no 0/o, 1/l/i). */
const passwordAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A temporary password: 16 characters drawn with a CSPRNG from 31 (about 79 bits), in groups of
 * four for reading aloud, e.g. `k7pm-3xqa-9dwe-hn4t`.
 */
export function generateTemporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => passwordAlphabet[randomInt(passwordAlphabet.length)]).join(''),
  );
  return groups.join('-');
}

/** An account id from a username (`budi.s` -> `budi-s`), made unique with `-2`, `-3`, ... */
export function accountIdFor(username: string, taken: ReadonlySet<string>): string {
  // Cut to leave room for a suffix within the id's 64, then trimmed: never a dash at either end.
  const base =
    username
      .replace(/[._-]+/g, '-')
      .slice(0, 58)
      .replace(/^-+|-+$/g, '') || 'account';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const notFound = (accountId: string) =>
  new AppError('not_found', `no account ${accountId}`, {
    userMessage: 'No such account',
    field: 'accountId',
  });

/** Tenants named in a body: each known to the catalogue, none twice (422 naming the entry). */
function checkTenantCodes(deps: ApiDeps, tenantCodes: readonly string[]): void {
  const known = new Set(deps.catalogue.tenants.map((tenant) => tenant.code));
  const seen = new Set<string>();
  tenantCodes.forEach((code, index) => {
    const problem = !known.has(code) ? `unknown tenant ${code}` : seen.has(code) ? `${code} twice` : null;
    if (problem) {
      throw new AppError('validation_failed', `tenantCodes.${index}: ${problem}`, {
        userMessage: `tenantCodes.${index}: ${problem}`,
        field: `tenantCodes.${index}`,
      });
    }
    seen.add(code);
  });
}

/** The account as it will be: an admin names no tenant, an officer or supervisor one at least. */
function applyUpdate(
  current: Account,
  update: { name?: string; role?: AccountRole; tenantCodes?: string[]; disabled?: boolean },
): Account {
  const role = update.role ?? current.role;
  // Made an admin without naming tenants: the old ones go (an admin's scope is the plaza).
  const tenantCodes = update.tenantCodes ?? (role === 'admin' ? [] : [...tenantCodesOf(current)]);
  if (role === 'admin' && tenantCodes.length > 0) {
    throw new AppError('validation_failed', 'an admin names no tenant', {
      userMessage: 'tenantCodes: an admin names no tenant',
      field: 'tenantCodes',
    });
  }
  if (role !== 'admin' && tenantCodes.length === 0) {
    throw new AppError('validation_failed', `a ${role} needs a tenant`, {
      userMessage: `tenantCodes: a ${role} needs a tenant`,
      field: 'tenantCodes',
    });
  }
  const common = {
    id: current.id,
    username: current.username,
    name: update.name ?? current.name,
    passwordHash: current.passwordHash,
    ...((update.disabled ?? current.disabled) ? { disabled: true } : {}),
  };
  return role === 'admin' ? { ...common, role } : { ...common, role, tenantCodes };
}

const isEnabledAdmin = (account: Account) => account.role === 'admin' && !account.disabled;

/** Refuses a change that would leave the plaza without an enabled admin (409 naming the field). */
function keepAnAdmin(accounts: readonly Account[], before: Account, after: Account): void {
  if (!isEnabledAdmin(before) || isEnabledAdmin(after)) return;
  if (accounts.some((account) => account.id !== before.id && isEnabledAdmin(account))) return;
  const field = after.disabled ? 'disabled' : 'role';
  throw new AppError('conflict', `${before.id} is the last enabled admin`, {
    userMessage: `${field}: the plaza keeps at least one enabled admin`,
    field,
  });
}

/**
 * Sets an officer offline before its account changes under it. An officer in an offer or a call
 * is refused with 409 `officer_busy` naming it: the change waits for the call to end.
 */
async function setOfficerOffline(deps: ApiDeps, account: Account): Promise<void> {
  if (account.role !== 'officer') return;
  try {
    await setOfficerStatus(deps.plaza, {
      officer: { id: account.id, name: account.name, tenantCodes: account.tenantCodes },
      status: 'offline',
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'officer_busy') {
      throw new AppError('officer_busy', `officer ${account.id} is busy`, {
        userMessage: `Officer ${account.id} is in an offer or a call; try again when it ends`,
        field: 'accountId',
        details: { officerId: account.id },
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * Ends the account's sessions (every process closes their streams), then sets an officer offline
 * once more: a console whose session was still live between the first time and the end may have
 * pressed ready. If it got an offer meanwhile, that offer runs out as any unanswered one does.
 */
async function endAccess(deps: ApiDeps, before: Account, after: Account): Promise<number> {
  const ended = await deps.auth.sessions.endAll(before.id);
  // Ready in the old tenants or, through the new directory entry, in the new ones: off in all.
  const tenantCodes = [
    ...new Set([
      ...(before.role === 'officer' ? before.tenantCodes : []),
      ...(after.role === 'officer' ? after.tenantCodes : []),
    ]),
  ];
  if (tenantCodes.length > 0) {
    await setOfficerOffline(deps, { ...before, role: 'officer', tenantCodes }).catch((error: unknown) =>
      deps.logger.warn('officer not set offline after its account changed', { officerId: before.id, error }),
    );
  }
  return ended;
}

/**
 * Replaces one stored account with `change(stored)` (404 when it is gone meanwhile); `change` may
 * throw to refuse, and runs again on a newer list when another write lands in between.
 */
function changeAccount(
  deps: ApiDeps,
  accountId: string,
  change: (stored: Account, accounts: readonly Account[]) => Account,
): Promise<Account> {
  return deps.config.changeAccounts((accounts) => {
    const stored = accounts.find((candidate) => candidate.id === accountId);
    if (!stored) throw notFound(accountId);
    const changed = change(stored, accounts);
    return {
      accounts: accounts.map((existing) => (existing === stored ? changed : existing)),
      result: changed,
    };
  });
}

function audit(deps: ApiDeps, actor: Account, action: string, accountId: string): Promise<void> {
  return appendAudit(deps.plaza, { accountId: actor.id, action, tenantCode: null, target: accountId });
}

/** Every account of the plaza, in the order they were created. */
export const listAccounts: RouteHandler<AdminRule> = async ({ response, deps }) => {
  // This process's copy may lag a change made elsewhere by a message: read Redis's versions first.
  await deps.config.refresh();
  const answer: AdminAccountList = { accounts: deps.config.accounts.map(toAdminAccount) };
  response.json(answer);
};

/** Creates an account with a temporary password, shown once in the answer. */
export const createAccount: RouteHandler<AdminRule> = async ({ request, response, deps, account }) => {
  const body = parseInput(createAccountRequestSchema, request.body);
  checkTenantCodes(deps, body.tenantCodes);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const created = await deps.config.changeAccounts((accounts) => {
    if (accounts.some((existing) => existing.username === body.username)) {
      throw new AppError('conflict', 'username taken', {
        userMessage: `username: ${body.username} is taken`,
        field: 'username',
      });
    }
    const id = accountIdFor(body.username, new Set(accounts.map((existing) => existing.id)));
    const common = { id, username: body.username, name: body.name, passwordHash };
    const next: Account =
      body.role === 'admin'
        ? { ...common, role: 'admin' }
        : { ...common, role: body.role, tenantCodes: body.tenantCodes };
    return { accounts: [...accounts, next], result: next };
  });
  await audit(deps, account, 'account.create', created.id);
  deps.logger.info('account created', { accountId: created.id, role: created.role, by: account.id });
  const answer: AccountWithPassword = { account: toAdminAccount(created), temporaryPassword };
  response.status(201).json(answer);
};

/** Changes an account's name, role, tenants or whether it is disabled. */
export const updateAccount: RouteHandler<AdminRule, typeof accountParams> = async ({
  request,
  response,
  deps,
  account: actor,
  params,
}) => {
  const body = parseInput(updateAccountRequestSchema, request.body);
  if (body.tenantCodes) checkTenantCodes(deps, body.tenantCodes);
  await deps.config.refresh();
  const current = deps.config.findAccount(params.accountId);
  if (!current) throw notFound(params.accountId);
  const next = applyUpdate(current, body);
  if (current.id === actor.id && (next.disabled || next.role !== 'admin')) {
    const field = next.disabled ? 'disabled' : 'role';
    throw new AppError('conflict', `${actor.id} would lock itself out`, {
      userMessage: `${field}: an admin cannot disable or demote itself`,
      field,
    });
  }
  const endsAccess = accessNarrows(current, next);
  if (endsAccess) await setOfficerOffline(deps, current);
  const updated = await changeAccount(deps, current.id, (stored, accounts) => {
    const changed = applyUpdate(stored, body);
    keepAnAdmin(accounts, stored, changed);
    return changed;
  });
  const ended = endsAccess ? await endAccess(deps, current, updated) : 0;
  // Disabling and enabling are entries of their own, so that the log says which it was.
  const wasDisabled = current.disabled === true;
  if ((updated.disabled === true) !== wasDisabled)
    await audit(deps, actor, wasDisabled ? 'account.enable' : 'account.disable', updated.id);
  if (body.name !== undefined || body.role !== undefined || body.tenantCodes !== undefined)
    await audit(deps, actor, 'account.update', updated.id);
  deps.logger.info('account updated', {
    accountId: updated.id,
    role: updated.role,
    disabled: updated.disabled === true,
    sessionsEnded: ended,
    by: actor.id,
  });
  response.json(toAdminAccount(updated));
};

/** Whether the change takes something away from the account's sessions (then they end). */
function accessNarrows(before: Account, after: Account): boolean {
  if (after.disabled && !before.disabled) return true;
  if (after.role !== before.role) return true;
  const tenantsBefore = tenantCodesOf(before);
  const tenantsAfter = tenantCodesOf(after);
  return (
    tenantsBefore.length !== tenantsAfter.length || tenantsBefore.some((code) => !tenantsAfter.includes(code))
  );
}

/** Gives the account a new temporary password (shown once) and ends its sessions. */
export const resetAccountPassword: RouteHandler<AdminRule, typeof accountParams> = async ({
  response,
  deps,
  account: actor,
  params,
}) => {
  await deps.config.refresh();
  const current = deps.config.findAccount(params.accountId);
  if (!current) throw notFound(params.accountId);
  await setOfficerOffline(deps, current);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const updated = await changeAccount(deps, current.id, (stored) => ({ ...stored, passwordHash }));
  const ended = await endAccess(deps, current, updated);
  await audit(deps, actor, 'account.password_reset', updated.id);
  deps.logger.info('account password reset', { accountId: updated.id, sessionsEnded: ended, by: actor.id });
  const answer: AccountWithPassword = { account: toAdminAccount(updated), temporaryPassword };
  response.json(answer);
};
