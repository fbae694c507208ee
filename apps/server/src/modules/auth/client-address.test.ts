import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';

import { addressKey, clientAddress, UNKNOWN_ADDRESS } from './client-address';

/** Runs clientAddress inside a real Hono request with the given socket address and headers. */
async function addressOf(input: {
  socket?: string;
  forwarded?: string;
  trustedProxies: number;
}): Promise<string> {
  const app = new Hono().get('/', (c) => c.text(clientAddress(c, input.trustedProxies)));
  const headers = input.forwarded ? { 'x-forwarded-for': input.forwarded } : undefined;
  const env = input.socket ? { incoming: { socket: { remoteAddress: input.socket } } } : undefined;
  const response = await app.request('/', { headers }, env);
  return response.text();
}

describe(clientAddress.name, () => {
  it('takes the socket address and ignores X-Forwarded-For unless a proxy is trusted', async () => {
    expect(await addressOf({ socket: '200.1.2.3', forwarded: '9.9.9.9', trustedProxies: 0 })).toBe(
      '200.1.2.3',
    );
    expect(await addressOf({ trustedProxies: 0 })).toBe(UNKNOWN_ADDRESS);
  });

  it('behind one trusted proxy, takes the entry it appended, not what the client sent', async () => {
    const spoofed = { socket: '10.0.0.5', forwarded: '1.1.1.1, 200.1.2.3' };
    expect(await addressOf({ ...spoofed, trustedProxies: 1 })).toBe('200.1.2.3');
    expect(await addressOf({ ...spoofed, trustedProxies: 2 })).toBe('1.1.1.1');
    expect(await addressOf({ socket: '10.0.0.5', trustedProxies: 1 })).toBe('10.0.0.5');
  });
});

describe(addressKey.name, () => {
  it('normalises mapped IPv4, ports and brackets', () => {
    expect(addressKey('::ffff:181.49.3.7')).toBe('181.49.3.7');
    expect(addressKey('181.49.3.7:51234')).toBe('181.49.3.7');
    expect(addressKey('[2800:e2:1::5]:443')).toBe('2800:e2:1:0::/64');
  });

  it('counts IPv6 clients per /64', () => {
    expect(addressKey('2800:00e2:0001:0002:aaaa::1')).toBe('2800:e2:1:2::/64');
    expect(addressKey('2800:e2:1:2:bbbb:cccc:dddd:eeee')).toBe('2800:e2:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
