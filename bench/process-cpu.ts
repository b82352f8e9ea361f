/**
 * CPU time (user + system) a process has used so far, from /proc (Linux), for benches
 * that report the server's CPU time per request beside wall-clock figures: on a shared
 * machine the wall clock says how busy the machine was, the CPU time what a request costs.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

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

/**
 * CPU time per request of the server (its process, from /proc) and of this client, and
 * what they mean on this machine: a shared machine stretches wall-clock latency, not CPU.
 */
export function reportCpu(requests: number, pid: number | undefined, serverBefore: number | undefined, client: NodeJS.CpuUsage, loadBefore: number): void {
  const used = process.cpuUsage(client);
  const clientMs = (used.user + used.system) / 1000 / requests;
  const serverAfter = pid === undefined ? undefined : processCpuMs(pid);
  const serverMs = serverBefore === undefined || serverAfter === undefined ? undefined : (serverAfter - serverBefore) / requests;
  const load = `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after, on ${cpus().length} cores`;
  if (serverMs === undefined) {
    console.log(`CPU per request: client ${clientMs.toFixed(2)} ms (server not measured: started elsewhere); ${load}`);
    return;
  }
  console.log(`CPU per request: server ${serverMs.toFixed(2)} ms, client ${clientMs.toFixed(2)} ms; ${load}`);
  console.log(
    `capacity from CPU time: the server's one thread ${Math.round(1000 / serverMs)} req/s; the ${cpus().length} cores for server and client together ${Math.round((cpus().length * 1000) / (serverMs + clientMs))} req/s`,
  );
}
