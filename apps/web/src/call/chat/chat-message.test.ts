import { describe, expect, it } from 'vitest';
import {
  addChatMessage,
  type ChatMessage,
  checkChatText,
  countUnread,
  formatChatTime,
  maxChatLength,
  otherSide,
  sideOfIdentity,
} from './chat-message';

const message = (id: string, at: number, direction: ChatMessage['direction'] = 'remote'): ChatMessage => ({
  id,
  at,
  direction,
  from: 'officer',
  text: id,
});

describe('checkChatText', () => {
  it('trims and keeps inner lines', () => {
    expect(checkChatText('  Halo\r\n  Pak \n')).toEqual({ ok: true, text: 'Halo\n  Pak' });
  });

  it('refuses blank text', () => {
    expect(checkChatText(' \n\t ')).toEqual({ ok: false, reason: 'empty', length: 0 });
  });

  it('counts characters, not UTF-16 units, against the limit', () => {
    expect(checkChatText('😀'.repeat(maxChatLength)).ok).toBe(true);
    expect(checkChatText('a'.repeat(maxChatLength + 1))).toEqual({
      ok: false,
      reason: 'tooLong',
      length: maxChatLength + 1,
    });
  });

  it('removes control characters and leaves markup as plain text', () => {
    expect(checkChatText('a\u0000b\u0007<b>c</b>')).toEqual({ ok: true, text: 'ab<b>c</b>' });
  });
});

describe('sides', () => {
  it.each([
    ['citizen-01J9ABC', 'citizen'],
    ['officer-dkc1', 'officer'],
    ['monitor-spv1-ab12', null],
    ['officerless', null],
  ])('%s is on the %s side', (identity, side) => {
    expect(sideOfIdentity(identity)).toBe(side);
  });

  it('puts each side across from the other', () => {
    expect(otherSide('citizen')).toBe('officer');
    expect(otherSide('officer')).toBe('citizen');
  });
});

describe('formatChatTime', () => {
  it('reads HH:MM on a 24-hour clock', () => {
    const at = Date.UTC(2026, 11, 3, 7, 5);
    expect(formatChatTime(at, 'Asia/Jakarta')).toBe('14:05');
    expect(formatChatTime(at, 'Asia/Jayapura')).toBe('16:05');
    expect(formatChatTime(Date.UTC(2026, 11, 3, 17, 0), 'Asia/Jakarta')).toBe('00:00');
  });
});

describe('the message list', () => {
  it('keeps time order whatever order messages arrive in, and each once', () => {
    let list = addChatMessage([], message('b', 20));
    list = addChatMessage(list, message('a', 10));
    list = addChatMessage(list, message('b', 20));
    expect(list.map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('counts only received messages after the last look as unread', () => {
    const list = [message('a', 10), message('mine', 30, 'self'), message('c', 40)];
    expect(countUnread(list, 0)).toBe(2);
    expect(countUnread(list, 10)).toBe(1);
    expect(countUnread(list, 40)).toBe(0);
  });
});
