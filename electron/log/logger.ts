import { redactValue } from './redact';

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Readonly<Record<string, string | number | boolean>>;
export type LogSink = (line: string) => void;

export type Logger = {
  readonly info: (event: string, fields?: LogFields) => void;
  readonly warn: (event: string, fields?: LogFields) => void;
  readonly error: (event: string, fields?: LogFields) => void;
};

const stderrSink: LogSink = (line) => {
  process.stderr.write(`${line}\n`);
};

function formatLine(level: LogLevel, event: string, fields: LogFields): string {
  const parts = Object.entries(fields).map(([key, value]) => {
    const text = typeof value === 'string' ? redactValue(value) : String(value);
    return `${key}=${JSON.stringify(text)}`;
  });
  return [new Date().toISOString(), level, redactValue(event), ...parts].join(' ');
}

/**
 * Events are short constant names (`ipc.bad-sender`) with a few scalar fields; every
 * string goes through the redactor so a caller cannot log a path or record by mistake.
 */
export function createLogger(sink: LogSink = stderrSink): Logger {
  const write = (level: LogLevel) => (event: string, fields: LogFields = {}) => {
    sink(formatLine(level, event, fields));
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

export const logger: Logger = createLogger();
