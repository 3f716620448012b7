// The admin's side of the contract: accounts, tenant settings, services. The plaza's configuration
// lives in Redis (the JSON files only seed an empty plaza) and every API process follows a change.
import { z } from 'zod';
import { accountIdSchema, accountRoleSchema } from './account';
import { serviceSchema, tenantCodeSchema, tenantSchema } from './catalogue';

/** A username: what an officer types to sign in. */
export const usernameSchema = z.string().regex(/^[a-z0-9._-]{3,64}$/, 'username is 3 to 64 of a-z 0-9 . _ -');

/** A person's display name, as officers and supervisors see it. */
export const accountNameSchema = z.string().trim().min(1, 'name is required').max(80);

/** An account as the admin sees it (never its password hash). */
export const adminAccountSchema = z.object({
  id: accountIdSchema,
  username: usernameSchema,
  name: z.string(),
  role: accountRoleSchema,
  /** The tenants an officer serves or a supervisor supervises; empty for an admin. */
  tenantCodes: z.array(tenantCodeSchema),
  /** A disabled account cannot sign in; its sessions were ended when it was disabled. */
  disabled: z.boolean(),
});
export type AdminAccount = z.infer<typeof adminAccountSchema>;

export const adminAccountListSchema = z.object({ accounts: z.array(adminAccountSchema) });
export type AdminAccountList = z.infer<typeof adminAccountListSchema>;

/**
 * `POST /api/admin/accounts`. An officer or supervisor names one tenant or more; an admin names
 * none (its scope is the whole plaza). The server picks the id and a temporary password.
 */
export const createAccountRequestSchema = z
  .strictObject({
    username: usernameSchema,
    name: accountNameSchema,
    role: accountRoleSchema,
    tenantCodes: z.array(tenantCodeSchema).max(100).default([]),
  })
  .superRefine((request, ctx) => {
    if (request.role === 'admin' && request.tenantCodes.length > 0)
      ctx.addIssue({ code: 'custom', path: ['tenantCodes'], message: 'an admin names no tenant' });
    if (request.role !== 'admin' && request.tenantCodes.length === 0)
      ctx.addIssue({ code: 'custom', path: ['tenantCodes'], message: `a ${request.role} needs a tenant` });
  });
export type CreateAccountRequest = z.input<typeof createAccountRequestSchema>;

/**
 * `PATCH /api/admin/accounts/:accountId`: the fields to change. A change of role or tenants, or
 * disabling, ends the account's sessions (an officer is also set offline); an admin cannot disable
 * or demote itself, and the plaza keeps at least one enabled admin.
 */
export const updateAccountRequestSchema = z
  .strictObject({
    name: accountNameSchema.optional(),
    role: accountRoleSchema.optional(),
    tenantCodes: z.array(tenantCodeSchema).max(100).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((request) => Object.keys(request).length > 0, { message: 'nothing to change' });
export type UpdateAccountRequest = z.infer<typeof updateAccountRequestSchema>;

/** The answer to creating an account or resetting its password: the password, shown once. */
export const accountWithPasswordSchema = z.object({
  account: adminAccountSchema,
  /** To hand to the person; the plaza keeps only its hash. */
  temporaryPassword: z.string(),
});
export type AccountWithPassword = z.infer<typeof accountWithPasswordSchema>;

/** The settings of a tenant an admin may change (its code and time zone stay). */
export const tenantSettingsSchema = tenantSchema
  .pick({
    name: true,
    description: true,
    offerTimeoutSeconds: true,
    wrapUpSeconds: true,
    graceSeconds: true,
    noShowSeconds: true,
    serviceHours: true,
    dailyQuota: true,
    priorityCap: true,
    atClosing: true,
    serviceLevelTarget: true,
    warnLongestWaitSeconds: true,
  })
  .strict();
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

/**
 * The configuration's version: every change counts it up. A write names the version it was made
 * against and is refused with 409 `conflict` when another admin changed the plaza meanwhile.
 */
export const configVersionSchema = z.number().int().nonnegative();

/** `PUT /api/admin/tenants/:tenantCode/settings`: the whole settings (an absent optional = default). */
export const updateTenantSettingsRequestSchema = z.strictObject({
  expectedVersion: configVersionSchema,
  settings: tenantSettingsSchema,
});
export type UpdateTenantSettingsRequest = z.input<typeof updateTenantSettingsRequestSchema>;

/**
 * `PUT /api/admin/tenants/:tenantCode/services`: the tenant's whole service list, in order. A
 * service a ticket still waits for, is offered for or is in a call for cannot be removed (409).
 */
export const updateServicesRequestSchema = z.strictObject({
  expectedVersion: configVersionSchema,
  services: z
    .array(serviceSchema)
    .min(1, 'a tenant offers at least one service')
    .max(100)
    .superRefine((services, ctx) => {
      const ids = new Set<string>();
      services.forEach((service, i) => {
        if (ids.has(service.id))
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate service ${service.id}` });
        ids.add(service.id);
      });
    }),
});
export type UpdateServicesRequest = z.input<typeof updateServicesRequestSchema>;

/** `GET /api/admin/tenants` and the answer to a change: every tenant, whole, at a version. */
export const adminTenantsSchema = z.object({
  version: configVersionSchema,
  tenants: z.array(tenantSchema),
});
export type AdminTenants = z.infer<typeof adminTenantsSchema>;
