import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

import type { Context } from 'hono';

/** Key used when the request has no socket (in-process requests in tests). */
export const UNKNOWN_ADDRESS = 'desconocida';

/**
 * The client address that sign-in limits are counted against.
 *
 * X-Forwarded-For is written by whoever sends the request, so it is read only when the operator
 * says how many reverse proxies stand in front of the server (`RUTA_POT_PROXY_CONFIABLE`); the
 * entry is then the one the outermost trusted proxy appended, counted from the right, because
 * entries further left are whatever the client chose to send.
 */
export function clientAddress(c: Context, trustedProxies: number): string {
  const socket = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket;
  let address = socket?.remoteAddress;
  const forwarded = c.req.header('x-forwarded-for');
  if (trustedProxies > 0 && forwarded) {
    const hops = forwarded
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    address = hops[Math.max(0, hops.length - trustedProxies)] ?? address;
  }
  return address ? addressKey(address) : UNKNOWN_ADDRESS;
}

/**
 * One key per client: IPv4-mapped IPv6 becomes plain IPv4, and IPv6 counts per /64, because a
 * single home or office line usually holds a whole /64 and could otherwise rotate addresses.
 */
export function addressKey(raw: string): string {
  const address = stripPort(raw.trim()).replace(/%.*$/, '').toLowerCase();
  if (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4) return address.slice(7);
  if (isIP(address) === 6) return `${ipv6Prefix64(address)}::/64`;
  // Not an address (a misconfigured proxy): still a stable, bounded key.
  return address.slice(0, 64) || UNKNOWN_ADDRESS;
}

function stripPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1]!;
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return ipv4WithPort ? ipv4WithPort[1]! : address;
}

function ipv6Prefix64(address: string): string {
  // An embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) fills the last two groups.
  const groups = (part: string) =>
    part ? part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : [];
  const [left = '', right] = address.split('::');
  const head = groups(left);
  const tail = right === undefined ? [] : groups(right);
  const zeros = Array.from({ length: 8 - head.length - tail.length }, () => '0');
  const full = right === undefined ? head : [...head, ...zeros, ...tail];
  return full
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':');
}
