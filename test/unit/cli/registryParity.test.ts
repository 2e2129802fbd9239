import { describe, expect, it } from 'vitest';
import { CLI_EVENT_REGISTRY } from '../../../cli/eventRegistry';
import { APP_EVENT_REGISTRY } from '../../../renderer/vault/appLedger';

describe('the command-line tool', () => {
  it('knows every event type the app writes, so it can verify any bundle the app exports', () => {
    const missing = [...APP_EVENT_REGISTRY.definitions.keys()].filter((type) => !CLI_EVENT_REGISTRY.definitions.has(type));
    expect(missing).toEqual([]);
  });
});
