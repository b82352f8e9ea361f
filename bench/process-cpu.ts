/**
 * CPU time (user + system) a process has used so far, from /proc (Linux), for benches
 * that report the server's CPU time per request beside wall-clock figures: on a shared
 * machine the wall clock says how busy the machine was, the CPU time what a request costs.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticks: number | undefined;

/** Milliseconds of CPU the process has used, or undefined where /proc cannot tell. */
export function processCpuMs(pid: number): number | undefined {
  try {
    ticks ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    // Fields after the command name (which may hold spaces, so split after its ')').
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / ticks) * 1000;
  } catch {
    return undefined;
  }
}
