import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { VeilleStatus } from './status.js';

/**
 * The running worker's status, written to `<data>/status.json` every few seconds: the embedded
 * database belongs to the worker's process, so `veille status` reads this file while it runs.
 */
export interface StatusSnapshot {
  pid: number;
  status: VeilleStatus;
}

export const statusFile = (dataDir: string) => path.join(path.resolve(dataDir), 'status.json');

export async function writeStatusSnapshot(dataDir: string, status: VeilleStatus): Promise<void> {
  const file = statusFile(dataDir);
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify({ pid: process.pid, status } satisfies StatusSnapshot));
  await rename(tmp, file);
}

export async function readStatusSnapshot(dataDir: string): Promise<StatusSnapshot | null> {
  try {
    return JSON.parse(await readFile(statusFile(dataDir), 'utf8')) as StatusSnapshot;
  } catch {
    return null;
  }
}

/** The pid of a live process holding the embedded database of `dataDir` (the running worker), or null. */
export async function embeddedOwner(dataDir: string): Promise<number | null> {
  let pid: number;
  try {
    pid = Number.parseInt(await readFile(path.join(path.resolve(dataDir), 'pglite.lock'), 'utf8'), 10);
  } catch {
    return null;
  }
  if (!pid || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
