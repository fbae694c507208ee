import { afterEach, describe, expect, it, vi } from 'vitest';

import { scheduleSessionPurge } from './session-purge';

describe(scheduleSessionPurge.name, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('purges at start and then every interval, until stopped', async () => {
    vi.useFakeTimers();
    const purge = vi.fn(() => Promise.resolve(0));
    const schedule = scheduleSessionPurge(purge, { everyMs: 1000 });
    await schedule.first;
    expect(purge).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(purge).toHaveBeenCalledTimes(4);
    schedule.stop();
    await vi.advanceTimersByTimeAsync(3000);
    expect(purge).toHaveBeenCalledTimes(4);
  });

  it('logs a failed run and keeps going, and never overlaps runs', async () => {
    vi.useFakeTimers();
    const log = vi.fn();
    let release = () => {};
    const purge = vi
      .fn<() => Promise<number>>()
      .mockRejectedValueOnce(new Error('sin conexión'))
      .mockImplementationOnce(() => new Promise<number>((resolve) => (release = () => resolve(1))))
      .mockResolvedValue(0);
    const schedule = scheduleSessionPurge(purge, { everyMs: 1000, log });
    await schedule.first;
    expect(log).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000); // second run starts and hangs
    await vi.advanceTimersByTimeAsync(2000); // ticks while it hangs are skipped
    expect(purge).toHaveBeenCalledTimes(2);
    release();
    await vi.advanceTimersByTimeAsync(1000);
    expect(purge).toHaveBeenCalledTimes(3);
    schedule.stop();
  });

  it('does not keep the process alive', () => {
    const spy = vi.spyOn(globalThis, 'setInterval');
    const schedule = scheduleSessionPurge(() => Promise.resolve(0));
    const timer = spy.mock.results[0]!.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    schedule.stop();
    spy.mockRestore();
  });
});
