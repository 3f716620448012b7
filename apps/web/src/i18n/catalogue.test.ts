import { errorCodes, officerStatuses, ticketOutcomes, ticketStatuses, vulnerableGroups } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';
import { fillPlaceholders, parseLanguage, translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the id and en catalogues', () => {
  it('hold the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('use the same placeholders for each key', () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({
        key,
        placeholders: placeholders(id[key]),
      });
    }
  });

  it('have no empty message', () => {
    for (const catalogue of [id, en]) {
      for (const [key, text] of Object.entries(catalogue))
        expect({ key, text: text.trim() }).not.toEqual({ key, text: '' });
    }
  });

  // Caught "Offline" left in English in the Indonesian console: a message the same in both
  // languages must be one that is the same in both (names, codes, time zones).
  it('translate every message, but for names and codes that read the same in both', () => {
    const sameInBoth = new Set([
      'app.name',
      'app.mark',
      'lang.id.short',
      'lang.id.name',
      'lang.en.short',
      'lang.en.name',
      'timeZone.Asia/Jakarta',
      'timeZone.Asia/Makassar',
      'timeZone.Asia/Jayapura',
      'ticket.statusLabel',
      'transfer.tenantOption',
    ]);
    const untranslated = (Object.keys(id) as (keyof typeof id)[]).filter(
      (key) => id[key] === en[key] && !sameInBoth.has(key),
    );
    expect(untranslated).toEqual([]);
  });

  it('name every error code, ticket status, officer status, priority group and outcome of the contract', () => {
    const keys = [
      ...errorCodes.map((code) => `error.${code}`),
      ...ticketStatuses.map((status) => `ticketStatus.${status}`),
      ...officerStatuses.map((status) => `officerStatus.${status}`),
      ...vulnerableGroups.map((group) => `vulnerableGroup.${group}`),
      ...ticketOutcomes.map((outcome) => `ticketOutcome.${outcome}`),
    ];
    for (const key of keys) {
      expect(id).toHaveProperty([key]);
      expect(en).toHaveProperty([key]);
    }
  });
});

describe('translate', () => {
  it('fills placeholders in the chosen language', () => {
    expect(translate('id', 'ticket.position', { position: 3 })).toBe('Posisi Anda: 3');
    expect(translate('en', 'ticket.position', { position: 3 })).toBe('Your position: 3');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(fillPlaceholders('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it.each([
    ['en', 'en'],
    ['id', 'id'],
    [null, 'id'],
    ['fr', 'id'],
  ] as const)('parses a stored language %s as %s', (stored, expected) => {
    expect(parseLanguage(stored)).toBe(expected);
  });
});
