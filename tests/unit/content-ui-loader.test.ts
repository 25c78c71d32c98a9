/**
 * The content script gets its page UI from the background (scripting.executeScript
 * into its own isolated world): it asks once, reads what the injected script left,
 * and retries after a failure instead of keeping it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UI_GLOBAL } from '../../src/content/ui-global';

type Api = { runtime: Record<string, unknown>; i18n: unknown };
const chromeApi = (globalThis as unknown as { chrome: Api }).chrome;
const fakeUi = { createRenderer: () => undefined };

async function freshLoader() {
  vi.resetModules();
  return import('../../src/content/ui-loader');
}

describe('loadUi', () => {
  let sent: unknown[];
  let inject: () => boolean;

  beforeEach(() => {
    sent = [];
    inject = () => {
      (globalThis as Record<string, unknown>)[UI_GLOBAL] = fakeUi;
      return true;
    };
    chromeApi.runtime.sendMessage = (message: unknown) => {
      sent.push(message);
      return Promise.resolve(inject());
    };
  });

  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[UI_GLOBAL];
    delete chromeApi.runtime.sendMessage;
  });

  it('asks the background once and returns what the injected script left', async () => {
    const { loadUi } = await freshLoader();
    const [a, b] = await Promise.all([loadUi(), loadUi()]);
    expect(a).toBe(fakeUi);
    expect(b).toBe(fakeUi);
    expect(await loadUi()).toBe(fakeUi);
    expect(sent).toEqual([{ type: 'loadUi' }]);
  });

  it('does not ask when the UI is already in this world (the background put it in with the match)', async () => {
    const { hasUi, loadUi } = await freshLoader();
    expect(hasUi()).toBe(false);
    (globalThis as Record<string, unknown>)[UI_GLOBAL] = fakeUi;
    expect(hasUi()).toBe(true);
    expect(await loadUi()).toBe(fakeUi);
    expect(sent).toEqual([]);
  });

  it('fails when the injection fails, and tries again on the next call', async () => {
    inject = () => false;
    const { loadUi } = await freshLoader();
    await expect(loadUi()).rejects.toThrow(/page UI could not be loaded/);
    inject = () => {
      (globalThis as Record<string, unknown>)[UI_GLOBAL] = fakeUi;
      return true;
    };
    expect(await loadUi()).toBe(fakeUi);
    expect(sent).toHaveLength(2);
  });
});
