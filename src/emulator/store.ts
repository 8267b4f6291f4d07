import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
  openSync,
  fsyncSync,
  closeSync,
} from 'node:fs';
import path from 'node:path';
import type { MutableState } from './state';

/** The state file could not be read; it is left untouched for a person to look at. */
export class CorruptStateError extends Error {
  override readonly name = 'CorruptStateError';
}

/** Where the demo's state lives between runs, and how it is written. */
export class StateFile {
  readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'emulator-state.json');
  }

  /** The saved state, or undefined when there is none yet. Throws `CorruptStateError`. */
  load(): MutableState | undefined {
    if (!existsSync(this.file)) return undefined;
    const text = readFileSync(this.file, 'utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new CorruptStateError(
        `The emulator's state file ${this.file} is not valid JSON (${(e as Error).message}). ` +
          'It has been left as it is: move it away to start from the seed, or repair it.',
      );
    }
    const state = value as Partial<MutableState>;
    if (
      state?.version !== 1 ||
      typeof state.mailboxes !== 'object' ||
      typeof state.counter !== 'number' ||
      typeof state.anchor !== 'string'
    ) {
      throw new CorruptStateError(
        `The emulator's state file ${this.file} is not a state this emulator wrote (version ${String(state?.version)}). ` +
          'It has been left as it is: move it away to start from the seed.',
      );
    }
    return state as MutableState;
  }

  /** Writes atomically: a temporary file beside it, flushed, then renamed over it. */
  save(state: MutableState): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    // Seeded calendars are rebuilt from the anchor on start; only what changed is written.
    const mailboxes = Object.fromEntries(
      Object.entries(state.mailboxes).map(([id, box]) => [
        id,
        { ...box, events: box.events.filter((e) => !e.seeded) },
      ]),
    );
    writeFileSync(tmp, JSON.stringify({ ...state, mailboxes }));
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.file);
  }
}
