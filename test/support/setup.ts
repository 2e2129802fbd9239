// Loaded before every unit test file (vitest.config.ts setupFiles). fake-indexeddb must
// come first: Dexie captures `indexedDB` when it is first imported.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { loadAgeCipher } from '../../renderer/crypto/ageCipher';
import { resetAllStores } from '../../renderer/stores/createStore';

// The app loads libsodium before it reads or writes a bundle; so do the tests, so that
// every age file in them goes through the app's cipher.
await loadAgeCipher();

afterEach(async () => {
  resetAllStores();
  // Only DOM test files (`// @vitest-environment happy-dom|jsdom`) render anything to clean up.
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
});
