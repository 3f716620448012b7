// Who may see what: the scope rules of the roles, one function each, used by the route table's
// checks and ready for the supervisor's and admin's own routes.
import type { Account } from '@vp/catalogue';
import type { AccountRole } from '@vp/contract';
import type { OfficerIdentity } from '@vp/engine';

/**
 * Whether the account may see the tenant: an officer its own tenants, a supervisor the tenants it
 * supervises, an admin every tenant of the plaza.
 */
export function canSeeTenant(account: Account, tenantCode: string): boolean {
  return account.role === 'admin' || account.tenantCodes.includes(tenantCode);
}

/** Whether the account holds the role: an admin holds a supervisor's too (on every tenant). */
export function holdsRole(account: Account, role: AccountRole | 'any'): boolean {
  return role === 'any' || account.role === role || (role === 'supervisor' && account.role === 'admin');
}

/**
 * Whether the actor may manage the target account (end its sessions): an admin any account; a
 * supervisor an officer all of whose tenants it supervises; an officer none.
 */
export function canManageAccount(actor: Account, target: Account): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'supervisor' || target.role !== 'officer') return false;
  return target.tenantCodes.every((code) => canSeeTenant(actor, code));
}

/** What the engine knows of an officer. */
export function toOfficerIdentity(account: Extract<Account, { role: 'officer' }>): OfficerIdentity {
  return { id: account.id, name: account.name, tenantCodes: account.tenantCodes };
}
