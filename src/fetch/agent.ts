import { rootCertificates as tlsRootCertificates } from 'node:tls';
import { Agent, buildConnector } from 'undici';
import { type AddressGuard, BlockedAddressError, type Resolver, checkHostLiteral, createGuardedLookup } from './ssrf.js';

/** Connect attempts give up after this long even when the request deadline is longer. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * An undici Agent; with a guard, every connection (every redirect hop) goes through the SSRF check:
 * an IP literal before connecting, a name in the lookup (the resolved addresses), and the peer
 * address of the connected socket once more. `resolve` replaces the system resolver (tests).
 */
export function createAgent(guard: AddressGuard | null, resolve?: Resolver, ca?: string): Agent {
  const tls = ca ? { ca: [...tlsRootCertificates, ca] } : {};
  if (!guard) return new Agent({ connect: buildConnector({ timeout: CONNECT_TIMEOUT_MS, ...tls, ...(resolve ? { lookup: createGuardedLookup(() => null, resolve) } : {}) }) });
  const base = buildConnector({ timeout: CONNECT_TIMEOUT_MS, ...tls, lookup: createGuardedLookup(guard, resolve) });
  const connect: buildConnector.connector = (opts, callback) => {
    const literal = checkHostLiteral(opts.hostname, guard);
    if (literal) return callback(literal, null);
    base(opts, (err, socket) => {
      if (err || !socket) return callback(err ?? new Error('no socket'), null);
      const peer = socket.remoteAddress;
      const range = peer ? guard(peer) : null;
      if (peer && range) {
        socket.destroy();
        return callback(new BlockedAddressError(peer, range, opts.hostname), null);
      }
      callback(null, socket);
    });
  };
  return new Agent({ connect });
}
