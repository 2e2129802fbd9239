import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../../electron/log/logger';
import { redactValue } from '../../../../electron/log/redact';

describe('redactValue', () => {
  it.each([
    ['failed at /home/officer/Cases/detainee.habeas', 'failed at [path]'],
    ['open C:\\Users\\officer\\Desktop\\x.habeas', 'open [path]'],
    ['share \\\\server\\cases\\x', 'share [path]'],
    ['path="/etc/passwd"', 'path="[path]"'],
    ['line\nbreak\u0000nul', 'line break nul'],
    ['failed at /home/officer/My Cases/detainee 4411.habeas', 'failed at [path]'],
    ["open 'C:\\Users\\officer\\My Cases\\x 1.habeas' failed", "open '[path]' failed"],
    ['load file:///home/officer/Cases/x.habeas', 'load file:[path]'],
    ['load file:///C:/Users/officer/x.habeas', 'load file:[path]'],
    ['in ~/Cases/x.habeas', 'in ~[path]'],
    ['spoof\u202Eexe.txt\u2028fake line', 'spoof exe.txt fake line'],
  ])('scrubs %j', (input, expected) => {
    expect(redactValue(input)).toBe(expected);
  });

  it('truncates long values', () => {
    expect(redactValue('x'.repeat(500)).length).toBeLessThanOrEqual(121);
  });

  it('keeps short plain values', () => {
    expect(redactValue('file:save')).toBe('file:save');
    expect(redactValue('a/b relative')).toBe('a/b relative');
    expect(redactValue('text/html; charset=utf-8')).toBe('text/html; charset=utf-8');
    expect(redactValue('link-outside-root')).toBe('link-outside-root');
  });
});

describe('createLogger', () => {
  it('writes one line per event with redacted fields', () => {
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line));
    logger.warn('ipc.bad-sender', { channel: 'file:save', detail: '/home/officer/secret', count: 2 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ warn ipc\.bad-sender channel="file:save" detail="\[path\]" count="2"$/);
    expect(lines[0]).not.toContain('officer');
  });
});
