// A tenant's settings as the admin's form holds them (text as typed, shares in percent, long
// times in minutes) and back, validated with the contract's schema. Pure, so it is unit-tested.
import { type TenantSettings, tenantSettingsSchema } from '@vp/contract';
import { type FieldErrors, issuePaths, readNumber, writeNumber } from './form-values';

/** ISO weekdays, Monday (1) to Sunday (7). */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

export interface SettingsForm {
  nameId: string;
  nameEn: string;
  descriptionId: string;
  descriptionEn: string;
  /** Seconds; empty: the plaza's default. */
  offerTimeout: string;
  wrapUp: string;
  grace: string;
  noShow: string;
  /** Service hours set; else the tenant takes tickets around the clock. */
  hoursLimited: boolean;
  days: number[];
  opens: string;
  closes: string;
  dailyQuota: string;
  priorityCap: string;
  atClosing: 'serve' | 'close';
  /** The service-level target: a percentage and minutes (both, or neither for the default). */
  serviceLevelPercent: string;
  serviceLevelMinutes: string;
  /** The board's longest-wait warning, in minutes. */
  warnLongestWaitMinutes: string;
}

export type SettingsField = Exclude<keyof SettingsForm, 'hoursLimited'>;

/** What the form shows for service hours a tenant has not set yet. */
const unsetHours = { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' };

const optional = (value: number | undefined) => (value === undefined ? '' : writeNumber(value));

/** The form for a tenant's current settings. */
export function settingsToForm(settings: TenantSettings): SettingsForm {
  const hours = settings.serviceHours;
  const target = settings.serviceLevelTarget;
  return {
    nameId: settings.name.id,
    nameEn: settings.name.en,
    descriptionId: settings.description.id,
    descriptionEn: settings.description.en,
    offerTimeout: writeNumber(settings.offerTimeoutSeconds),
    wrapUp: writeNumber(settings.wrapUpSeconds),
    grace: optional(settings.graceSeconds),
    noShow: optional(settings.noShowSeconds),
    hoursLimited: hours !== undefined,
    days: [...(hours?.days ?? unsetHours.days)].sort((a, b) => a - b),
    opens: hours?.opens ?? unsetHours.opens,
    closes: hours?.closes ?? unsetHours.closes,
    dailyQuota: optional(settings.dailyQuota),
    priorityCap: optional(settings.priorityCap),
    atClosing: settings.atClosing,
    serviceLevelPercent: target ? writeNumber(target.share * 100) : '',
    serviceLevelMinutes: target ? writeNumber(target.withinSeconds / 60) : '',
    warnLongestWaitMinutes:
      settings.warnLongestWaitSeconds === undefined ? '' : writeNumber(settings.warnLongestWaitSeconds / 60),
  };
}

/** Where a path of the settings (as zod or the API names it) shows on the form. */
const fieldOfPath: Record<string, SettingsField> = {
  'name.id': 'nameId',
  'name.en': 'nameEn',
  'description.id': 'descriptionId',
  'description.en': 'descriptionEn',
  offerTimeoutSeconds: 'offerTimeout',
  wrapUpSeconds: 'wrapUp',
  graceSeconds: 'grace',
  noShowSeconds: 'noShow',
  serviceHours: 'closes',
  'serviceHours.days': 'days',
  'serviceHours.opens': 'opens',
  'serviceHours.closes': 'closes',
  dailyQuota: 'dailyQuota',
  priorityCap: 'priorityCap',
  atClosing: 'atClosing',
  serviceLevelTarget: 'serviceLevelPercent',
  'serviceLevelTarget.share': 'serviceLevelPercent',
  'serviceLevelTarget.withinSeconds': 'serviceLevelMinutes',
  warnLongestWaitSeconds: 'warnLongestWaitMinutes',
};

/**
 * The form field of a path in the settings, or of a field the API named in its error
 * (`settings.dailyQuota`); null when the form has no such field.
 */
export function settingsFieldOf(path: string): SettingsField | null {
  const inSettings = path.replace(/^settings\./, '');
  const exact = fieldOfPath[inSettings];
  if (exact) return exact;
  // `serviceHours.days.2`: the day list as a whole.
  const parent = inSettings.replace(/\.\d+$/, '');
  return fieldOfPath[parent] ?? null;
}

export type SettingsResult =
  | { ok: true; settings: TenantSettings }
  | { ok: false; errors: FieldErrors<SettingsField> };

/**
 * The settings the form says, checked with the contract's schema. An empty number field leaves the
 * setting out (the default applies); the service-level target needs both of its fields or neither.
 */
export function formToSettings(form: SettingsForm): SettingsResult {
  const errors: FieldErrors<SettingsField> = {};
  const numberOf = (field: SettingsField, scale = 1): number | undefined => {
    const read = readNumber(form[field] as string);
    if (read.kind === 'invalid') errors[field] = true;
    return read.kind === 'number' ? Number((read.value * scale).toFixed(6)) : undefined;
  };
  const offerTimeoutSeconds = numberOf('offerTimeout');
  const wrapUpSeconds = numberOf('wrapUp');
  const graceSeconds = numberOf('grace');
  const noShowSeconds = numberOf('noShow');
  const dailyQuota = numberOf('dailyQuota');
  const priorityCap = numberOf('priorityCap');
  const share = numberOf('serviceLevelPercent', 1 / 100);
  const withinMinutes = numberOf('serviceLevelMinutes');
  const warnMinutes = numberOf('warnLongestWaitMinutes');
  if ((share === undefined) !== (withinMinutes === undefined)) {
    if (share === undefined && !errors.serviceLevelPercent) errors.serviceLevelPercent = true;
    if (withinMinutes === undefined && !errors.serviceLevelMinutes) errors.serviceLevelMinutes = true;
  }

  const input = {
    name: { id: form.nameId.trim(), en: form.nameEn.trim() },
    description: { id: form.descriptionId.trim(), en: form.descriptionEn.trim() },
    atClosing: form.atClosing,
    ...(offerTimeoutSeconds === undefined ? {} : { offerTimeoutSeconds }),
    ...(wrapUpSeconds === undefined ? {} : { wrapUpSeconds }),
    ...(graceSeconds === undefined ? {} : { graceSeconds }),
    ...(noShowSeconds === undefined ? {} : { noShowSeconds }),
    ...(form.hoursLimited
      ? {
          serviceHours: {
            days: [...new Set(form.days)].sort((a, b) => a - b),
            opens: form.opens,
            closes: form.closes,
          },
        }
      : {}),
    ...(dailyQuota === undefined ? {} : { dailyQuota }),
    ...(priorityCap === undefined ? {} : { priorityCap }),
    ...(share === undefined || withinMinutes === undefined
      ? {}
      : { serviceLevelTarget: { share, withinSeconds: Math.round(withinMinutes * 60) } }),
    ...(warnMinutes === undefined ? {} : { warnLongestWaitSeconds: Math.round(warnMinutes * 60) }),
  };
  const parsed = tenantSettingsSchema.safeParse(input);
  if (!parsed.success) {
    for (const path of issuePaths(parsed.error.issues)) {
      const field = settingsFieldOf(path);
      if (field) errors[field] = true;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, settings: parsed.data };
}
