// Structured JSON logs through pino. Personal fields are redacted here, by configuration, so a
// call site that passes a ticket or a person by mistake still logs no name, NIK or phone.
import pino, { type DestinationStream } from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Ids, codes and figures; an `error` field is written with its message, stack and cause. */
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Fields that hold personal data or secrets, wherever they sit. */
const personalFields = [
  'name',
  'citizenName',
  'nik',
  'phone',
  'email',
  'notes',
  'password',
  'token',
  'accessKey',
  'key',
  'session',
  'sessionId',
  'authorization',
  'cookie',
];

/**
 * Redaction paths for each personal field at the top and up to three levels down: pino's
 * redaction (fast-redact) has no any-depth wildcard, and log fields are shallow objects.
 */
export const redactedPaths = personalFields.flatMap((field) => [
  field,
  `*.${field}`,
  `*.*.${field}`,
  `*.*.*.${field}`,
]);

export const redactionCensor = '[redacted]';

export interface CreateLoggerOptions {
  level: LogLevel;
  /** The component, written as `logger` (a `name` field is redacted as a person's name). */
  name: string;
  /** Where lines go; by default stdout, with warnings and errors on stderr. */
  destination?: DestinationStream;
}

function defaultDestination(): DestinationStream {
  return pino.multistream(
    [
      { level: 'debug', stream: process.stdout },
      { level: 'warn', stream: process.stderr },
    ],
    // Each line goes once, to the stream of the highest level it reaches.
    { dedupe: true },
  );
}

/** A logger writing one JSON object per line: time, level, logger, message, then the fields. */
export function createLogger(options: CreateLoggerOptions): Logger {
  const logger = pino(
    {
      level: options.level,
      base: { logger: options.name },
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: pino.stdSerializers.errWithCause },
      redact: { paths: redactedPaths, censor: redactionCensor },
    },
    options.destination ?? defaultDestination(),
  );
  const at =
    (level: LogLevel) =>
    (message: string, fields?: LogFields): void => {
      if (fields) logger[level](fields, message);
      else logger[level](message);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Discards everything; for tests that assert on behaviour, not on logs. */
export const silentLogger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
