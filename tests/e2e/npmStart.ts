/**
 * `npm start` as a developer runs it, on free ports and a throw-away emulator state. It runs in a
 * process group of its own, so a signal to the group reaches the emulator and the dev server as
 * Ctrl-C in a terminal does, and nothing outlives the test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** A port nothing listens on now, as the OS hands out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Whether something accepts connections on the port of 127.0.0.1. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A running `npm start`. */
export interface NpmStart {
  readonly appPort: number;
  readonly emulatorPort: number;
  /** The demo hosts' port (DEMO_PORT). */
  readonly demoPort: number;
  /** What it has printed so far, stdout and stderr in the order they came. */
  output(): string;
  /** The first line matching `pattern`; rejects when npm exits first or the time runs out. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
  /** Sends `signal` to the whole process group; resolves with npm's exit code or signal. */
  stop(signal: NodeJS.Signals, timeoutMs: number): Promise<number | NodeJS.Signals | null>;
  /** Kills whatever is left of the group and removes the emulator's state. */
  dispose(): void;
}

/** Starts `npm start` in the repository with PORT, EMULATOR_PORT, DEMO_PORT and EMULATOR_DATA set. */
export async function startNpmStart(): Promise<NpmStart> {
  const appPort = await freePort();
  const emulatorPort = await freePort();
  const demoPort = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nm-npm-start-'));
  // A developer's own NM_ settings must not reach the test, as in globalSetup's builds.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NM_')));
  // Through a shell, so both streams arrive in one pipe in the order they were written.
  const child = spawn('sh', ['-c', 'exec npm start 2>&1'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'ignore'],
    env: {
      ...env,
      PORT: String(appPort),
      EMULATOR_PORT: String(emulatorPort),
      DEMO_PORT: String(demoPort),
      EMULATOR_DATA: dataDir,
    },
  });
  let text = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (text += chunk));
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  const group = child.pid;
  const signalGroup = (signal: NodeJS.Signals) => {
    if (group === undefined) return;
    try {
      process.kill(-group, signal);
    } catch {
      // The group is gone already.
    }
  };

  const waitForLine = (pattern: RegExp, timeoutMs: number) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const find = () => {
        for (const line of text.split('\n')) {
          const match = pattern.exec(line);
          if (match) return match;
        }
        return undefined;
      };
      const done = (error?: Error, match?: RegExpExecArray) => {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.off('exit', onExit);
        if (match) resolve(match);
        else reject(error);
      };
      const onData = () => {
        const match = find();
        if (match) done(undefined, match);
      };
      const onExit = (code: number | null) =>
        done(new Error(`npm start exited (${code}) before printing ${pattern}:\n${text}`));
      const timer = setTimeout(
        () => done(new Error(`npm start printed no ${pattern} in ${timeoutMs} ms:\n${text}`)),
        timeoutMs,
      );
      child.stdout.on('data', onData);
      child.once('exit', onExit);
      onData();
      if (child.exitCode !== null) onExit(child.exitCode);
    });

  return {
    appPort,
    emulatorPort,
    demoPort,
    output: () => text,
    waitForLine,
    async stop(signal, timeoutMs) {
      signalGroup(signal);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`npm start did not stop on ${signal} in ${timeoutMs} ms`)),
          timeoutMs,
        );
      });
      try {
        return await Promise.race([exited, late]);
      } finally {
        clearTimeout(timer);
      }
    },
    dispose() {
      signalGroup('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
