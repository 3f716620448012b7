// Shapes of the tenant and service catalogue, validated when the data file is loaded.
import { z } from 'zod';

/** Text in Bahasa Indonesia (shown first) and English. */
export const localizedTextSchema = z.object({ id: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const tenantCodeSchema = z.string().regex(/^[A-Z]{2,5}$/, 'tenant code is 2 to 5 capital letters');

export const serviceIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'service id is a lower-case slug');

export const serviceSchema = z.object({
  id: serviceIdSchema,
  name: localizedTextSchema,
  requirements: z.array(localizedTextSchema).min(1),
  /** Typical minutes an officer spends on one citizen; drives the wait estimate. */
  averageMinutes: z.number().int().min(1).max(240),
});
export type Service = z.infer<typeof serviceSchema>;

/** IANA zones of Indonesia's three time zones. */
export const timeZoneSchema = z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']);
export type TimeZone = z.infer<typeof timeZoneSchema>;

const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time is HH:MM, 24-hour');

/** When a tenant takes tickets, in its own time zone. Absent: around the clock. */
export const serviceHoursSchema = z
  .object({
    /** ISO weekdays: 1 is Monday, 7 is Sunday. */
    days: z.array(z.number().int().min(1).max(7)).min(1),
    opens: clockTimeSchema,
    closes: clockTimeSchema,
  })
  .refine((hours) => hours.opens < hours.closes, {
    message: 'opens must be before closes',
    path: ['closes'],
  });
export type ServiceHours = z.infer<typeof serviceHoursSchema>;

/** Priority tickets served in a row before a waiting regular ticket's turn, unless a tenant sets its own. */
export const defaultPriorityCap = 3;

/** The priority cap a tenant keeps: its own, or the plaza's default; 0 means none. */
export function priorityCapOf(tenant: { priorityCap?: number | undefined }): number {
  return tenant.priorityCap ?? defaultPriorityCap;
}

/** The service-level target of a tenant that sets none: 80% offered within 10 minutes. */
export const defaultServiceLevelTarget = { share: 0.8, withinSeconds: 600 } as const;

/** The board's longest-wait warning of a tenant that sets none: 30 minutes. */
export const defaultWarnLongestWaitSeconds = 1800;

/** The service-level target a tenant keeps: its own, or the plaza's default. */
export function serviceLevelTargetOf(tenant: {
  serviceLevelTarget?: { share: number; withinSeconds: number } | undefined;
}): { share: number; withinSeconds: number } {
  return tenant.serviceLevelTarget ?? defaultServiceLevelTarget;
}

/** The longest wait (s) past which a tenant's tile warns. */
export function warnLongestWaitSecondsOf(tenant: { warnLongestWaitSeconds?: number | undefined }): number {
  return tenant.warnLongestWaitSeconds ?? defaultWarnLongestWaitSeconds;
}

export const tenantSchema = z.object({
  code: tenantCodeSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  timeZone: timeZoneSchema,
  services: z.array(serviceSchema).min(1),
  /** How long an officer has to accept an offer. */
  offerTimeoutSeconds: z.number().int().min(1).max(300).default(20),
  /** Time after a call before the officer is offered the next citizen. */
  wrapUpSeconds: z.number().int().min(0).max(900).default(30),
  /**
   * How long a waiting citizen whose page dropped keeps their place before the ticket is
   * abandoned (I7). Absent: the plaza's default (GRACE_SECONDS).
   */
  graceSeconds: z.number().int().min(1).max(3600).optional(),
  /** How long a citizen has to join an accepted call before it ends as a no-show. Absent: the plaza's default. */
  noShowSeconds: z.number().int().min(1).max(1800).optional(),
  serviceHours: serviceHoursSchema.optional(),
  /** Tickets the tenant takes per local day (an immigration counter: 30). */
  dailyQuota: z.number().int().positive().optional(),
  /**
   * How many priority tickets (a vulnerable group declared) may be served in a row before the
   * longest-waiting regular ticket gets its turn; 0 means no cap (priority always first). When no
   * regular ticket waits, priority tickets go on being served and the count goes on. Absent: the
   * plaza's default, `defaultPriorityCap`.
   */
  priorityCap: z.number().int().min(0).max(100).optional(),
  /** Tickets still waiting at closing time: served anyway, or closed with a message. */
  atClosing: z.enum(['serve', 'close']).default('serve'),
  /**
   * The service level the supervisor's board holds the tenant to: this share of tickets offered
   * within these seconds; below the share the tile warns. Absent: `defaultServiceLevelTarget`.
   */
  serviceLevelTarget: z
    .object({ share: z.number().min(0).max(1), withinSeconds: z.number().int().min(1).max(86_400) })
    .optional(),
  /** The board warns when the longest wait passes this many seconds. Absent: `defaultWarnLongestWaitSeconds`. */
  warnLongestWaitSeconds: z.number().int().min(1).max(86_400).optional(),
});
export type Tenant = z.infer<typeof tenantSchema>;
export type TenantInput = z.input<typeof tenantSchema>;

export const catalogueSchema = z
  .object({ tenants: z.array(tenantSchema).min(1) })
  .superRefine((catalogue, ctx) => {
    const codes = new Set<string>();
    catalogue.tenants.forEach((tenant, i) => {
      if (codes.has(tenant.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tenants', i, 'code'],
          message: `duplicate tenant ${tenant.code}`,
        });
      }
      codes.add(tenant.code);
      const ids = new Set<string>();
      tenant.services.forEach((service, j) => {
        if (ids.has(service.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['tenants', i, 'services', j, 'id'],
            message: `duplicate service ${service.id} in ${tenant.code}`,
          });
        }
        ids.add(service.id);
      });
    });
  });
export type Catalogue = z.infer<typeof catalogueSchema>;
export type CatalogueInput = z.input<typeof catalogueSchema>;
