/**
 * Runs corridor commands in this process, as main.ts registers them, on the store at `db`,
 * and returns what they wrote to standard output or error (for tests that read a command's
 * text or JSON without starting a process).
 */
import { Command } from 'commander';
import { vi } from 'vitest';

export type Register = (program: Command) => void;

export const runCommand = (db: string, register: Register[], ...args: string[]) => captured('stdout', db, register, args);

/** The same, returning what the commands wrote to standard error (progress and notices). */
export const runCommandStderr = (db: string, register: Register[], ...args: string[]) => captured('stderr', db, register, args);

async function captured(stream: 'stdout' | 'stderr', db: string, register: Register[], args: string[]): Promise<string> {
  const out: string[] = [];
  const spy = vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    const program = new Command('corridor').option('--db <path>').exitOverride();
    for (const r of register) r(program);
    await program.parseAsync(['node', 'corridor', '--db', db, ...args]);
  } finally {
    spy.mockRestore();
  }
  return out.join('');
}
