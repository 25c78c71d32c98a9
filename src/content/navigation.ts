/**
 * Single-page news sites change article with history.pushState: no load, no
 * new content script. This reports such a change of URL (the fragment aside:
 * "#comments" is the same article). The Navigation API tells us at once where
 * it exists (Chrome, Firefox 147+); Firefox ESR 140 has none, so there we
 * listen for back/forward and look at the URL once a second while the tab is
 * visible.
 */

// Slow enough to cost nothing, quick enough that a reader who has just clicked
// to the next article sees its highlights come.
const URL_POLL_MS = 1000;

interface NavigationLike {
  addEventListener(type: 'navigatesuccess', listener: () => void, options: { signal: AbortSignal }): void;
}

const withoutFragment = (href: string) => href.replace(/#.*$/, '');

/** Calls `onChange` when the page's URL (without fragment) changes without a page load; returns the stop function. */
export function watchUrl(win: Window, onChange: () => void): () => void {
  const abort = new AbortController();
  const { signal } = abort;
  let last = withoutFragment(win.location.href);
  const check = () => {
    const now = withoutFragment(win.location.href);
    if (now === last) return;
    last = now;
    onChange();
  };
  const navigation = (win as unknown as { navigation?: NavigationLike }).navigation;
  if (navigation?.addEventListener) {
    navigation.addEventListener('navigatesuccess', check, { signal });
    return () => abort.abort();
  }
  win.addEventListener('popstate', check, { signal });
  let timer: ReturnType<typeof setInterval> | undefined;
  const poll = () => {
    clearInterval(timer);
    timer = win.document.visibilityState === 'visible' ? setInterval(check, URL_POLL_MS) : undefined;
    check();
  };
  win.document.addEventListener('visibilitychange', poll, { signal });
  poll();
  return () => {
    abort.abort();
    clearInterval(timer);
  };
}
