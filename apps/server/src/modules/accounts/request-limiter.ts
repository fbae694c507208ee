/**
 * Password-reset and sign-up requests send e-mail to an address somebody typed: without a bound,
 * a script could use the platform to flood any mailbox. A fixed window per client address is
 * enough here (the sign-in limiter, ADR 0012, guards guessing, which needs more care).
 */
export function createRequestLimiter(input: { now: () => number; max: number; windowMs: number }): {
  allow(address: string): boolean;
} {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    allow(address) {
      const now = input.now();
      if (windows.size > 50_000)
        for (const [key, w] of windows) if (now - w.start >= input.windowMs) windows.delete(key);
      const window = windows.get(address);
      if (!window || now - window.start >= input.windowMs) {
        windows.set(address, { start: now, count: 1 });
        return true;
      }
      window.count += 1;
      return window.count <= input.max;
    },
  };
}
