import { describe, expect, it } from 'vitest';
import type { LookupAddress } from 'node:dns';
import { BlockedAddressError, type Resolver, blockedRange, checkHostLiteral, createAddressGuard, createGuardedLookup } from '../../src/fetch/ssrf.js';

describe('blockedRange', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'ipv4Mapped loopback'],
    ['::ffff:7f00:1', 'ipv4Mapped loopback'],
    ['::ffff:169.254.169.254', 'ipv4Mapped linkLocal'],
    ['64:ff9b::a00:1', 'rfc6052 private'],
    ['2002:7f00:1::', '6to4 loopback'],
    ['::127.0.0.1', 'ipv4Mapped loopback'], // ipaddr.js reads the dotted form as mapped
    ['::7f00:1', 'ipv4Compatible loopback'],
  ])('refuses %s (%s)', (address, range) => {
    expect(blockedRange(address)).toBe(range);
  });

  it.each(['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '2002:808:808::'])(
    'lets the public address %s through',
    (address) => {
      expect(blockedRange(address)).toBeNull();
    },
  );
});

describe('checkHostLiteral', () => {
  const guard = createAddressGuard();

  it.each([
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://2130706433/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[::1]:8080/', '::1'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://0/', '0.0.0.0'],
  ])('refuses the literal host of %s (normalised to %s)', (href, address) => {
    const refused = checkHostLiteral(new URL(href).hostname, guard);
    expect(refused?.address).toBe(address);
    expect(refused?.message).toMatch(/^refused private address /);
  });

  it('leaves names to the connect-time lookup', () => {
    expect(checkHostLiteral('localhost', guard)).toBeNull();
    expect(checkHostLiteral('example.org', guard)).toBeNull();
  });
});

describe('createAddressGuard', () => {
  it('exempts trusted addresses, in any notation', () => {
    const guard = createAddressGuard(['127.0.0.1']);
    expect(guard('127.0.0.1')).toBeNull();
    expect(guard('::ffff:127.0.0.1')).toBeNull();
    expect(guard('127.0.0.2')).toBe('loopback');
    expect(guard('169.254.169.254')).toBe('linkLocal');
  });
});

describe('createGuardedLookup', () => {
  /** Calls the lookup the way net.connect does (all addresses, any family). */
  const lookupOnce = (lookup: ReturnType<typeof createGuardedLookup>, hostname: string) =>
    new Promise<LookupAddress[]>((resolve, reject) =>
      lookup(hostname, { all: true }, ((err: Error | null, addresses: LookupAddress[]) => (err ? reject(err) : resolve(addresses))) as never),
    );

  it('checks every answer, so a name that rebinds to a private address is refused the second time', async () => {
    const answers = ['93.184.216.34', '127.0.0.1'];
    let calls = 0;
    const resolve: Resolver = async () => [{ address: answers[calls++], family: 4 }];
    const lookup = createGuardedLookup(createAddressGuard(), resolve);
    expect(await lookupOnce(lookup, 'rebind.example')).toEqual([{ address: '93.184.216.34', family: 4 }]);
    const error = await lookupOnce(lookup, 'rebind.example').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BlockedAddressError);
    expect((error as Error).message).toBe('refused private address 127.0.0.1 (loopback) resolved from rebind.example');
  });

  it('drops the private addresses of a mixed answer and connects to a public one only', async () => {
    const resolve: Resolver = async () => [
      { address: '10.0.0.5', family: 4 },
      { address: '2606:4700::1111', family: 6 },
      { address: '169.254.169.254', family: 4 },
    ];
    expect(await lookupOnce(createGuardedLookup(createAddressGuard(), resolve), 'mixed.example')).toEqual([{ address: '2606:4700::1111', family: 6 }]);
  });
});
