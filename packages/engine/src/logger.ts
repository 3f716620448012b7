// Structured JSON logs. Callers pass ids and codes, never a citizen's name, NIK or phone.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const levelRank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Ids, codes and figures; an `error` field is expanded into message, cause and stack. */
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

function describeError(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: String(error) };
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return { error: error.message, errorName: error.name, cause, stack: error.stack };
}

/** A logger writing one JSON object per line to stdout (stderr for warnings and errors). */
export function createLogger(options: { level: LogLevel; name: string }): Logger {
  const write = (level: LogLevel, message: string, fields: LogFields | undefined) => {
    if (levelRank[level] < levelRank[options.level]) return;
    const { error, ...rest } = fields ?? {};
    const line = JSON.stringify({
      time: new Date().toISOString(),
      level,
      name: options.name,
      message,
      ...rest,
      ...(error === undefined ? {} : describeError(error)),
    });
    (levelRank[level] >= levelRank.warn ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

/** Discards everything; for tests that assert on behaviour, not on logs. */
export const silentLogger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
