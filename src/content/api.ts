/**
 * The extension API for content scripts, without webextension-polyfill: every
 * page evaluates this script, and the polyfill's wrapper costs each page time
 * for nothing here. Firefox has `browser`; Chrome's MV3 `chrome` returns promises
 * for every call we make. The one difference that matters is answering a
 * message asynchronously, which `onMessage` below does the way both browsers
 * accept (sendResponse and `return true`).
 */
import type { Browser } from 'webextension-polyfill';

type Api = Pick<Browser, 'runtime' | 'storage' | 'i18n'>;

export const api: Api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome);

/** Listens for messages; `handler` returns a promise for the ones it answers, undefined for the rest. */
export function onMessage(handler: (message: unknown) => Promise<unknown> | undefined): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void): true | undefined => {
    const answer = handler(message);
    if (!answer) return undefined;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  const onMessageEvent = api.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  onMessageEvent.addListener(listener);
  return () => onMessageEvent.removeListener(listener);
}

/** Sends a message to the background; resolves undefined when there is no answer (a reloaded extension). */
export function sendMessage<T>(message: unknown): Promise<T | undefined> {
  return (api.runtime.sendMessage(message) as Promise<T>).catch(() => undefined);
}

/**
 * A UI string from `_locales` (the key itself if missing, so a gap shows). Only
 * the page UI calls this, and only when it must: Chrome fetches a content script's
 * messages from the browser process on the first call, which costs milliseconds.
 */
export function t(key: string, substitutions?: string | string[]): string {
  return api.i18n.getMessage(key, substitutions) || key;
}
