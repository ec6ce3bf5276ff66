import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every test starts from an empty fake browser: no storage, no listeners left by the previous one.
beforeEach(() => {
  fakeBrowser.reset();
});
