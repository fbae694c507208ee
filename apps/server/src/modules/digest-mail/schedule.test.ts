import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { DigestRunSummary } from './render';
import { nextCheckAt, RETRY_MS, sendTimeOn, startDigestSchedule } from './schedule';

const at = (iso: string) => new Date(iso);
const done = (date: string, failures: DigestRunSummary['failures'] = []): DigestRunSummary => ({
  date,
  status: 'completed',
  sent: 1,
  alreadySent: 0,
  nothingToSend: 0,
  failures,
});

describe('nextCheckAt', () => {
  it('waits for 06:00 in Bogotá (11:00 UTC)', () => {
    expect(sendTimeOn('2026-03-02').toISOString()).toBe('2026-03-02T11:00:00.000Z');
    expect(nextCheckAt(at('2026-03-02T10:59:00Z'), undefined)).toEqual(at('2026-03-02T11:00:00Z'));
  });

  it('goes to tomorrow once today is done, and retries within the hour otherwise', () => {
    const now = at('2026-03-02T15:00:00Z');
    expect(nextCheckAt(now, '2026-03-02')).toEqual(at('2026-03-03T11:00:00Z'));
    expect(nextCheckAt(now, '2026-03-01').getTime()).toBe(now.getTime() + RETRY_MS);
  });

  it('uses the Colombian date near midnight UTC', () => {
    // 23:30 in Bogotá on 2 March is 04:30 UTC on 3 March; today is still the 2nd there.
    expect(nextCheckAt(at('2026-03-03T04:30:00Z'), '2026-03-02')).toEqual(
      at('2026-03-03T11:00:00Z'),
    );
  });
});

describe('startDigestSchedule', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const clock = { now: () => new Date() };

  it('runs at 06:00, then once a day, with the Colombian date', async () => {
    vi.setSystemTime(at('2026-03-02T10:00:00Z'));
    const run = vi.fn((date: string) => Promise.resolve(done(date)));
    const schedule = startDigestSchedule({ clock, run, report: () => {} });
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(run.mock.calls.map((c) => c[0])).toEqual(['2026-03-02']);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(run.mock.calls.map((c) => c[0])).toEqual(['2026-03-02', '2026-03-03']);
    await schedule.stop();
    await vi.advanceTimersByTimeAsync(48 * 60 * 60_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('sends at start when 06:00 has passed, and retries in an hour after a failure', async () => {
    vi.setSystemTime(at('2026-03-02T15:00:00Z'));
    const reports: DigestRunSummary[] = [];
    const run = vi
      .fn<(date: string) => Promise<DigestRunSummary>>()
      .mockResolvedValueOnce(done('2026-03-02', [{ email: 'a@b.co', reason: 'caído' }]))
      .mockRejectedValueOnce(new Error('base de datos cerrada'))
      .mockResolvedValue(done('2026-03-02'));
    const schedule = startDigestSchedule({ clock, run, report: (s) => reports.push(s) });
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(run).toHaveBeenCalledTimes(2);
    expect(reports[1]!.failures[0]!.reason).toMatch(/base de datos cerrada/);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(run).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(RETRY_MS * 5);
    expect(run).toHaveBeenCalledTimes(3);
    await schedule.stop();
  });

  it('stops cleanly: aborts the run in progress, waits for it, and leaves no timer', async () => {
    vi.setSystemTime(at('2026-03-02T15:00:00Z'));
    let signal: AbortSignal | undefined;
    let finish = () => {};
    const run = vi.fn((date: string, s: AbortSignal) => {
      signal = s;
      return new Promise<DigestRunSummary>((resolve) => (finish = () => resolve(done(date))));
    });
    const schedule = startDigestSchedule({ clock, run, report: () => {} });
    let stopped = false;
    const stopping = schedule.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(signal?.aborted).toBe(true);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(vi.getTimerCount()).toBe(0);
  });
});
