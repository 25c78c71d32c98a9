// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchUrl } from '../../src/content/navigation';

afterEach(() => {
  vi.useRealTimers();
});

describe('watchUrl (no Navigation API: Firefox ESR 140)', () => {
  it('reports a pushState to another article, once, and ignores fragment changes', async () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const stop = watchUrl(window, onChange);
    history.pushState({}, '', '#comments');
    await vi.advanceTimersByTimeAsync(1500);
    expect(onChange).not.toHaveBeenCalled();
    history.pushState({}, '', '/2024/05/next-story');
    await vi.advanceTimersByTimeAsync(1500);
    expect(onChange).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    history.pushState({}, '', '/2024/05/third-story');
    await vi.advanceTimersByTimeAsync(1500);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('uses the Navigation API where the browser has one, without polling', () => {
    const listeners: (() => void)[] = [];
    let href = 'https://news.example/a';
    const fake = {
      location: { get href() { return href; } },
      navigation: { addEventListener: (_type: string, listener: () => void) => listeners.push(listener) },
      addEventListener: vi.fn(),
      document: { addEventListener: vi.fn(), visibilityState: 'visible' },
    } as unknown as Window;
    const onChange = vi.fn();
    watchUrl(fake, onChange);
    expect(listeners).toHaveLength(1);
    expect(fake.document.addEventListener).not.toHaveBeenCalled();
    href = 'https://news.example/b';
    listeners[0]!();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
