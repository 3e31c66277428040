import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** IPv4 ranges that are not the public internet: loopback, RFC 1918, link-local (cloud metadata), CGNAT, … */
const BLOCKED_V4 = new Set(['unspecified', 'broadcast', 'multicast', 'linkLocal', 'loopback', 'carrierGradeNat', 'private', 'reserved']);

/** IPv6 ranges that are not the public internet. */
const BLOCKED_V6 = new Set([
  'unspecified',
  'linkLocal',
  'multicast',
  'loopback',
  'uniqueLocal',
  'deprecatedSiteLocal',
  'discard',
  'reserved',
  'benchmarking',
  'teredo', // tunnels to an IPv4 address we cannot check reliably
  'segmentRouting',
]);

/** An address the SSRF guard refused; carries what is needed for a message a person can act on. */
export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
  readonly code = 'EBLOCKEDADDRESS';
  constructor(
    readonly address: string,
    readonly range: string,
    readonly hostname?: string,
  ) {
    super(`refused private address ${address} (${range})${hostname && hostname !== address ? ` resolved from ${hostname}` : ''}`);
  }
}

/** The IPv4 address an IPv6 address embeds (mapped, translated, NAT64, 6to4, IPv4-compatible), if any. */
function embeddedIPv4(v6: ipaddr.IPv6, range: string): ipaddr.IPv4 | null {
  const b = v6.toByteArray();
  if (range === 'ipv4Mapped' || range === 'rfc6145' || range === 'rfc6052') return new ipaddr.IPv4(b.slice(12, 16));
  if (range === '6to4') return new ipaddr.IPv4(b.slice(2, 6));
  // ::a.b.c.d (deprecated IPv4-compatible): the first 96 bits are zero
  if (b.slice(0, 12).every((x) => x === 0)) return new ipaddr.IPv4(b.slice(12, 16));
  return null;
}

/** The name of the non-public range `address` falls in, or null when it is a public unicast address. */
export function blockedRange(address: string): string | null {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(bare.replace(/%.*$/, '')); // drop an IPv6 zone id
  } catch {
    return 'unparsable';
  }
  if (parsed.kind() === 'ipv4') {
    const range = (parsed as ipaddr.IPv4).range();
    return BLOCKED_V4.has(range) ? range : null;
  }
  const v6 = parsed as ipaddr.IPv6;
  const range = v6.range();
  if (BLOCKED_V6.has(range)) return range;
  const v4 = embeddedIPv4(v6, range);
  if (v4) {
    const inner = v4.range();
    return BLOCKED_V4.has(inner) ? `${range === 'unicast' ? 'ipv4Compatible' : range} ${inner}` : null;
  }
  return null;
}

/** Says why an address is refused (the range name), or null when it may be connected to. */
export type AddressGuard = (address: string) => string | null;

function canonical(address: string): string {
  try {
    return ipaddr.process(address.replace(/^\[|\]$/g, '')).toString(); // ::ffff:a.b.c.d → a.b.c.d
  } catch {
    return address;
  }
}

/**
 * The SSRF policy: every non-public address is refused except the `trusted` ones (an intranet feed
 * server named by ops; the local test server).
 */
export function createAddressGuard(trusted: readonly string[] = []): AddressGuard {
  const exempt = new Set(trusted.map(canonical));
  return (address) => (exempt.has(canonical(address)) ? null : blockedRange(address));
}

/** Refuses a URL host that is an IP literal in a blocked range (WHATWG URL has already normalised 0x7f.1, 2130706433, …). */
export function checkHostLiteral(hostname: string, guard: AddressGuard): BlockedAddressError | null {
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  if (!isIP(bare)) return null;
  const range = guard(bare);
  return range ? new BlockedAddressError(bare, range) : null;
}

/** Resolves a name to all its addresses (dns.lookup with `all: true`); injectable so tests can play DNS. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

type LookupAllCallback = (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void;

/**
 * A `net.connect` lookup that resolves the name and refuses blocked addresses before any connection
 * is made. It runs for every new connection and the socket connects to the address it returns, so
 * the address checked is the address used: a DNS answer that changes between two lookups (DNS
 * rebinding) is checked again, never trusted from an earlier check.
 */
export function createGuardedLookup(guard: AddressGuard, resolve?: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    const done: LookupAllCallback = (err, answers) => {
      if (err) return callback(err, '', 0);
      const addresses = options.family === 4 || options.family === 6 ? answers.filter((a) => a.family === options.family) : answers;
      const allowed = addresses.filter((a) => guard(a.address) === null);
      if (allowed.length === 0) {
        const first = addresses[0];
        const error = first
          ? new BlockedAddressError(first.address, guard(first.address) ?? 'unknown', hostname)
          : Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' });
        return callback(error, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
      callback(null, allowed[0].address, allowed[0].family);
    };
    if (!resolve) return dnsLookup(hostname, { ...options, all: true }, done);
    resolve(hostname).then(
      (answers) => done(null, answers),
      (err: NodeJS.ErrnoException) => done(err, []),
    );
  };
}
