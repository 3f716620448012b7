import type { TenantSettings } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import { readNumber, writeNumber } from './form-values';
import { formToSettings, type SettingsForm, settingsFieldOf, settingsToForm } from './settings-form';

const minimal: TenantSettings = {
  name: { id: 'Dinas Kependudukan', en: 'Civil Registry' },
  description: { id: 'KTP dan KK', en: 'ID cards' },
  offerTimeoutSeconds: 20,
  wrapUpSeconds: 30,
  atClosing: 'serve',
};

const full: TenantSettings = {
  ...minimal,
  offerTimeoutSeconds: 45,
  wrapUpSeconds: 0,
  graceSeconds: 90,
  noShowSeconds: 75,
  serviceHours: { days: [1, 2, 3, 4, 5, 6], opens: '07:30', closes: '15:00' },
  dailyQuota: 30,
  priorityCap: 0,
  atClosing: 'close',
  serviceLevelTarget: { share: 0.85, withinSeconds: 900 },
  warnLongestWaitSeconds: 1500,
};

const formOf = (changes: Partial<SettingsForm>, settings: TenantSettings = minimal): SettingsForm => ({
  ...settingsToForm(settings),
  ...changes,
});

const errorsOf = (form: SettingsForm) => {
  const result = formToSettings(form);
  return result.ok ? {} : result.errors;
};

describe('readNumber and writeNumber', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['12', { kind: 'number', value: 12 }],
    [' 12 ', { kind: 'number', value: 12 }],
    ['12,5', { kind: 'number', value: 12.5 }],
    ['0.25', { kind: 'number', value: 0.25 }],
    ['-3', { kind: 'number', value: -3 }],
    ['12a', { kind: 'invalid' }],
    ['1e3', { kind: 'invalid' }],
    ['1.2.3', { kind: 'invalid' }],
  ] as const)('reads %j', (text, expected) => {
    expect(readNumber(text)).toEqual(expected);
  });

  it.each([
    [0.1 + 0.2, '0.3'],
    [85.00000000001, '85'],
    [1.5, '1.5'],
    [600 / 60, '10'],
  ])('writes %d as %s', (value, text) => {
    expect(writeNumber(value)).toBe(text);
  });
});

describe('settings <-> form', () => {
  it('shows the share as a percentage and long times in minutes', () => {
    const form = settingsToForm(full);
    expect(form).toMatchObject({
      offerTimeout: '45',
      wrapUp: '0',
      grace: '90',
      noShow: '75',
      hoursLimited: true,
      days: [1, 2, 3, 4, 5, 6],
      opens: '07:30',
      closes: '15:00',
      dailyQuota: '30',
      priorityCap: '0',
      atClosing: 'close',
      serviceLevelPercent: '85',
      serviceLevelMinutes: '15',
      warnLongestWaitMinutes: '25',
    });
  });

  it.each([
    ['every field set', full],
    ['only the required ones', minimal],
  ])('reads back what it shows (%s)', (_name, settings) => {
    expect(formToSettings(settingsToForm(settings))).toEqual({ ok: true, settings });
  });

  it('leaves empty fields out, so that the defaults apply', () => {
    const form = formOf(
      {
        offerTimeout: '',
        wrapUp: ' ',
        grace: '',
        noShow: '',
        dailyQuota: '',
        priorityCap: '',
        serviceLevelPercent: '',
        serviceLevelMinutes: '',
        warnLongestWaitMinutes: '',
      },
      full,
    );
    const result = formToSettings({ ...form, hoursLimited: false });
    expect(result).toEqual({
      ok: true,
      // The schema's own defaults for the two that have one.
      settings: { ...minimal, atClosing: 'close', offerTimeoutSeconds: 20, wrapUpSeconds: 30 },
    });
  });

  it('shows usual service hours when a tenant has none, around the clock until ticked', () => {
    const form = settingsToForm(minimal);
    expect(form).toMatchObject({
      hoursLimited: false,
      days: [1, 2, 3, 4, 5],
      opens: '08:00',
      closes: '16:00',
    });
    const result = formToSettings({ ...form, hoursLimited: true });
    expect(result.ok && result.settings.serviceHours).toEqual({
      days: [1, 2, 3, 4, 5],
      opens: '08:00',
      closes: '16:00',
    });
  });

  it('turns percent and minutes into share and seconds', () => {
    const result = formToSettings(
      formOf({ serviceLevelPercent: '72,5', serviceLevelMinutes: '1.5', warnLongestWaitMinutes: '0.5' }),
    );
    expect(result.ok && result.settings.serviceLevelTarget).toEqual({ share: 0.725, withinSeconds: 90 });
    expect(result.ok && result.settings.warnLongestWaitSeconds).toBe(30);
  });

  it('sorts the days and drops a day ticked twice', () => {
    const result = formToSettings(formOf({ hoursLimited: true, days: [7, 1, 3, 1] }));
    expect(result.ok && result.settings.serviceHours?.days).toEqual([1, 3, 7]);
  });

  it.each<[string, Partial<SettingsForm>, string[]]>([
    ['a name left empty', { nameId: '  ' }, ['nameId']],
    ['an English description left empty', { descriptionEn: '' }, ['descriptionEn']],
    ['an offer timeout out of range', { offerTimeout: '301' }, ['offerTimeout']],
    ['seconds with a fraction', { wrapUp: '1.5' }, ['wrapUp']],
    ['words for a number', { grace: 'two' }, ['grace']],
    ['a zero no-show time', { noShow: '0' }, ['noShow']],
    ['a zero quota', { dailyQuota: '0' }, ['dailyQuota']],
    ['a negative priority cap', { priorityCap: '-1' }, ['priorityCap']],
    [
      'a share above 100 %',
      { serviceLevelPercent: '120', serviceLevelMinutes: '10' },
      ['serviceLevelPercent'],
    ],
    ['a share without its minutes', { serviceLevelPercent: '80' }, ['serviceLevelMinutes']],
    ['minutes without their share', { serviceLevelMinutes: '10' }, ['serviceLevelPercent']],
    ['no day open', { hoursLimited: true, days: [] }, ['days']],
    ['closing before opening', { hoursLimited: true, opens: '16:00', closes: '08:00' }, ['closes']],
    ['an opening time left empty', { hoursLimited: true, opens: '' }, ['opens']],
    ['two wrong fields', { offerTimeout: '0', dailyQuota: 'x' }, ['dailyQuota', 'offerTimeout']],
  ])('names the field at fault: %s', (_name, changes, fields) => {
    expect(Object.keys(errorsOf(formOf(changes))).sort()).toEqual(fields);
  });

  it('ignores the hours fields when the tenant is open around the clock', () => {
    expect(formToSettings(formOf({ hoursLimited: false, days: [], opens: '' })).ok).toBe(true);
  });

  it.each([
    ['settings.dailyQuota', 'dailyQuota'],
    ['settings.serviceHours.closes', 'closes'],
    ['settings.serviceHours.days.3', 'days'],
    ['settings.serviceLevelTarget.withinSeconds', 'serviceLevelMinutes'],
    ['settings.name.en', 'nameEn'],
    ['warnLongestWaitSeconds', 'warnLongestWaitMinutes'],
    ['settings.timeZone', null],
    ['expectedVersion', null],
  ])('maps the API field %s to the form field %s', (path, field) => {
    expect(settingsFieldOf(path)).toBe(field);
  });
});
