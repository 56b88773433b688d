/**
 * File persistence for the Node host. Writes are atomic: the state goes to a temporary
 * file, is fsynced, renamed over the old file, and the directory is fsynced, so a crash at
 * any point leaves either the old or the new state, never a torn file.
 */
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isBackendState, type BackendState } from '../state/state.js';
import type { StateStore } from '../state/store.js';

/** Name of the state file inside the data directory. */
export const STATE_FILE = 'state.json';

/** Stores the state as one JSON file; keeps the last saved state in memory for reads. */
export class FileStateStore implements StateStore {
  private cached: BackendState | null | undefined;
  private readonly file: string;

  constructor(private readonly dir: string) {
    this.file = join(dir, STATE_FILE);
  }

  /** The saved state, read from disk once and then from memory (this process is the only writer). */
  async load(): Promise<BackendState | null> {
    if (this.cached !== undefined) return this.cached;
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return (this.cached = null);
      throw error;
    }
    const parsed: unknown = JSON.parse(text);
    if (!isBackendState(parsed)) throw new Error(`${this.file} does not hold a Kontor state.`);
    return (this.cached = parsed);
  }

  /** Writes atomically and durably, then serves reads from the new state. */
  async save(state: BackendState): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(JSON.stringify(state));
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, this.file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    const dir = await open(this.dir, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
    this.cached = state;
  }
}
