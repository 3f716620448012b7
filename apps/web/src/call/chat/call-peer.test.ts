import { describe, expect, it } from 'vitest';
import { counterpartIdentities, encodeHello, parseHello } from './call-peer';

describe('hello', () => {
  it('reads back what it wrote', () => {
    const hello = { language: 'en' as const, session: 'abc', reply: true };
    expect(parseHello(encodeHello(hello))).toEqual(hello);
  });

  it.each([['not json'], ['null'], ['{"language":"en"}'], [`{"session":"${'x'.repeat(65)}"}`]])(
    'refuses %s',
    (text) => {
      expect(parseHello(text)).toBeNull();
    },
  );

  it('falls back to Bahasa Indonesia for an unknown language', () => {
    expect(parseHello('{"session":"s","language":"fr"}')).toEqual({
      language: 'id',
      session: 's',
      reply: false,
    });
  });
});

describe('counterpartIdentities', () => {
  const present = ['citizen-T1', 'officer-o1', 'monitor-spv1-aa'];

  it('gives the officer the citizen and the citizen the officer, never a monitor', () => {
    expect(counterpartIdentities('officer-o1', present)).toEqual(['citizen-T1']);
    expect(counterpartIdentities('citizen-T1', present)).toEqual(['officer-o1']);
    expect(counterpartIdentities('monitor-spv1-aa', present)).toEqual([]);
  });
});
