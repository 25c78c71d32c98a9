import { describe, expect, it } from 'vitest';
import { RedrawGuard } from '../../src/popup/redraw-guard';

describe('when the popup may redraw its switches', () => {
  it('draws a read that began with no write on its way and saw no click', () => {
    let owed = 0;
    const guard = new RedrawGuard(() => owed++);
    const token = guard.beginRead();
    expect(guard.mayDraw(token)).toBe(true);
    expect(owed).toBe(0);
  });

  it('does not draw a read that began while a write was on its way, even if the write landed before the read returned', () => {
    // The race behind a lost toggle: the refresh of click 3's change reads while click 4's
    // write is running, gets the settings from before it, and the write lands first.
    let owed = 0;
    const guard = new RedrawGuard(() => owed++);
    const landed = guard.write();
    const token = guard.beginRead();
    landed();
    expect(guard.mayDraw(token)).toBe(false);
    expect(owed, 'a fresh refresh runs at once, since nothing else is on its way').toBe(1);
  });

  it('does not draw a read during which the reader clicked, and owes a refresh until the write lands', () => {
    let owed = 0;
    const guard = new RedrawGuard(() => owed++);
    const token = guard.beginRead();
    const landed = guard.write();
    expect(guard.mayDraw(token)).toBe(false);
    expect(owed).toBe(0);
    landed();
    expect(owed, 'owed once the last write has landed').toBe(1);
    landed();
    expect(owed, 'a write lands once').toBe(1);
    expect(guard.mayDraw(guard.beginRead())).toBe(true);
  });

  it('waits for every write on its way, not just the first', () => {
    let owed = 0;
    const guard = new RedrawGuard(() => owed++);
    const first = guard.write();
    const second = guard.write();
    expect(guard.mayDraw(guard.beginRead())).toBe(false);
    first();
    expect(owed).toBe(0);
    second();
    expect(owed).toBe(1);
  });
});
