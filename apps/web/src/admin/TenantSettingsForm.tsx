import {
  defaultPriorityCap,
  defaultServiceLevelTarget,
  defaultWarnLongestWaitSeconds,
  tenantSchema,
} from '@vp/contract';
import { type FormEvent, useId, useState } from 'react';
import { saveTenantSettings } from '../api/admin-client';
import { asApiError } from '../api/api-error';
import { SaveButton, SubmitFeedback } from './FormSubmit';
import {
  formToSettings,
  type SettingsField,
  type SettingsForm,
  settingsFieldOf,
  settingsToForm,
  weekdays,
} from './settings-form';
import type { TenantConfigFormProps } from './TenantConfigSection';
import { TextField } from './TextField';
import { useAdminT } from './useAdminT';
import { useFormErrors } from './useFormErrors';

// The schema's own defaults, so the hints never drift from what the server applies.
const defaultOfferTimeout = tenantSchema.shape.offerTimeoutSeconds.parse(undefined);
const defaultWrapUp = tenantSchema.shape.wrapUpSeconds.parse(undefined);

/** Every setting of one tenant: names, service hours, the line's rules, the board's targets. */
export function TenantSettingsForm(props: TenantConfigFormProps) {
  const { token, tenant, version, onSaved, onConflict, onEdit, onExpired } = props;
  const { t } = useAdminT();
  const id = useId();
  const [form, setForm] = useState<SettingsForm>(() => settingsToForm(tenant));
  const { formRef, errors, failure, setFailure, markFields, clearFields, showRefusal } =
    useFormErrors<SettingsField>();
  const [pending, setPending] = useState(false);

  const set = (changes: Partial<SettingsForm>) => {
    onEdit();
    setForm((current) => ({ ...current, ...changes }));
  };
  const error = (field: SettingsField) => (errors[field] ? t(`admin.settings.error.${field}`) : undefined);
  const text = (
    field: Exclude<SettingsField, 'days' | 'atClosing'>,
    options: { hint?: string; numeric?: 'numeric' | 'decimal'; multiline?: boolean } = {},
  ) => (
    <TextField
      id={`${id}-${field}`}
      label={t(`admin.settings.${labelOf[field]}`)}
      hint={options.hint}
      error={error(field)}
      value={form[field]}
      onChange={(value) => set({ [field]: value })}
      inputMode={options.numeric}
      multiline={options.multiline ?? false}
      testId={`setting-${field}`}
    />
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const checked = formToSettings(form);
    if (!checked.ok) return markFields(checked.errors);
    clearFields();
    setPending(true);
    try {
      onSaved(await saveTenantSettings(token, tenant.code, version, checked.settings));
    } catch (cause) {
      const failed = asApiError(cause);
      setPending(false);
      if (failed.code === 'unauthenticated') return onExpired();
      if (failed.code === 'conflict') return onConflict();
      showRefusal(failed, failed.field === undefined ? null : settingsFieldOf(failed.field));
    }
  };

  const zone = t(`timeZone.${tenant.timeZone}`);
  return (
    <form ref={formRef} className="admin-settings" onSubmit={onSubmit} noValidate data-testid="settings-form">
      <fieldset className="panel admin-fieldset admin-group">
        <legend>{t('admin.settings.names')}</legend>
        {text('nameId')}
        {text('nameEn')}
        {text('descriptionId', { multiline: true })}
        {text('descriptionEn', { multiline: true })}
      </fieldset>

      <fieldset className="panel admin-fieldset admin-group">
        <legend>{t('admin.settings.hours')}</legend>
        <label className="admin-check admin-check-strong">
          <input
            type="checkbox"
            checked={form.hoursLimited}
            data-testid="setting-hoursLimited"
            onChange={(event) => set({ hoursLimited: event.target.checked })}
          />
          <span>{t('admin.settings.hoursLimited')}</span>
        </label>
        {form.hoursLimited ? (
          <>
            <p className="field-hint">{t('admin.settings.zone', { zone })}</p>
            <fieldset
              className="admin-fieldset"
              aria-describedby={errors.days ? `${id}-days-error` : undefined}
              data-invalid={errors.days ? 'true' : undefined}
              data-testid="setting-days"
            >
              <legend>{t('admin.settings.days')}</legend>
              <div className="admin-checks admin-days">
                {weekdays.map((day) => (
                  <label key={day} className="admin-check">
                    <input
                      type="checkbox"
                      checked={form.days.includes(day)}
                      onChange={(event) =>
                        set({
                          days: event.target.checked
                            ? [...form.days, day].sort((a, b) => a - b)
                            : form.days.filter((item) => item !== day),
                        })
                      }
                    />
                    <span>{t(`admin.day.${day}`)}</span>
                  </label>
                ))}
              </div>
              {errors.days && (
                <p id={`${id}-days-error`} className="field-error">
                  {error('days')}
                </p>
              )}
            </fieldset>
            <div className="admin-pair">
              <TextField
                id={`${id}-opens`}
                type="time"
                label={t('admin.settings.opens')}
                value={form.opens}
                error={error('opens')}
                onChange={(opens) => set({ opens })}
                testId="setting-opens"
              />
              <TextField
                id={`${id}-closes`}
                type="time"
                label={t('admin.settings.closes')}
                value={form.closes}
                error={error('closes')}
                onChange={(closes) => set({ closes })}
                testId="setting-closes"
              />
            </div>
            <fieldset className="radio-group admin-fieldset">
              <legend>{t('admin.settings.atClosing')}</legend>
              {(['serve', 'close'] as const).map((choice) => (
                <label key={choice} className="radio">
                  <input
                    type="radio"
                    name={`${id}-atClosing`}
                    value={choice}
                    checked={form.atClosing === choice}
                    onChange={() => set({ atClosing: choice })}
                  />
                  {t(`admin.settings.atClosing.${choice}`)}
                </label>
              ))}
            </fieldset>
          </>
        ) : (
          <p className="field-hint">{t('admin.settings.hoursAlways')}</p>
        )}
      </fieldset>

      <fieldset className="panel admin-fieldset admin-group">
        <legend>{t('admin.settings.line')}</legend>
        {text('dailyQuota', { numeric: 'numeric', hint: t('admin.settings.dailyQuota.hint') })}
        {text('priorityCap', {
          numeric: 'numeric',
          hint: t('admin.settings.priorityCap.hint', { value: defaultPriorityCap }),
        })}
        {text('offerTimeout', {
          numeric: 'numeric',
          hint: t('admin.settings.offerTimeout.hint', { value: defaultOfferTimeout }),
        })}
        {text('wrapUp', {
          numeric: 'numeric',
          hint: t('admin.settings.wrapUp.hint', { value: defaultWrapUp }),
        })}
        {text('grace', { numeric: 'numeric', hint: t('admin.settings.grace.hint') })}
        {text('noShow', { numeric: 'numeric', hint: t('admin.settings.noShow.hint') })}
      </fieldset>

      <fieldset className="panel admin-fieldset admin-group">
        <legend>{t('admin.settings.targets')}</legend>
        <p id={`${id}-sl-hint`} className="field-hint">
          {t('admin.settings.serviceLevel.hint', {
            percent: Math.round(defaultServiceLevelTarget.share * 100),
            minutes: defaultServiceLevelTarget.withinSeconds / 60,
          })}
        </p>
        <div className="admin-pair">
          {text('serviceLevelPercent', { numeric: 'decimal' })}
          {text('serviceLevelMinutes', { numeric: 'decimal' })}
        </div>
        {text('warnLongestWaitMinutes', {
          numeric: 'decimal',
          hint: t('admin.settings.warnLongestWait.hint', { minutes: defaultWarnLongestWaitSeconds / 60 }),
        })}
      </fieldset>

      <div className="admin-submit">
        <SubmitFeedback failure={failure} errors={errors} />
        <SaveButton label="admin.settings.save" pending={pending} testId="settings-save" />
      </div>
    </form>
  );
}

/** The message key of each text field's label. */
const labelOf = {
  nameId: 'nameId',
  nameEn: 'nameEn',
  descriptionId: 'descriptionId',
  descriptionEn: 'descriptionEn',
  offerTimeout: 'offerTimeout',
  wrapUp: 'wrapUp',
  grace: 'grace',
  noShow: 'noShow',
  opens: 'opens',
  closes: 'closes',
  dailyQuota: 'dailyQuota',
  priorityCap: 'priorityCap',
  serviceLevelPercent: 'serviceLevelPercent',
  serviceLevelMinutes: 'serviceLevelMinutes',
  warnLongestWaitMinutes: 'warnLongestWait',
} as const;
