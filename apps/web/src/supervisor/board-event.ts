import type { Board } from '@vp/contract';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isBoard(value: unknown): value is Board {
  return isRecord(value) && typeof value.at === 'number' && Array.isArray(value.tenants);
}

/** The board carried by a board stream message (`{ type: 'board', board }`), or null for any other. */
export function parseBoardEvent(data: unknown): Board | null {
  if (!isRecord(data)) return null;
  if (data.type === 'board' && isBoard(data.board)) return data.board;
  return null;
}
