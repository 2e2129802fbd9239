// Loaded before every unit test file (vitest.config.ts setupFiles). fake-indexeddb must
// come first: Dexie captures `indexedDB` when it is first imported.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { resetAllStores } from '../../renderer/stores/createStore';

afterEach(async () => {
  resetAllStores();
  // Only DOM test files (`// @vitest-environment happy-dom|jsdom`) render anything to clean up.
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
