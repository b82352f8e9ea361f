/**
 * The words `corridor check`, `ingest` and `start` print about the reconciliation checks,
 * in English and Spanish (--lang).
 */
import type { CheckResult, CheckStatus } from '../analysis/checks/types.js';
import type { Lang } from './lang.js';

interface CheckWords {
  status: string;
  check: string;
  title: string;
  figures: string;
  statusName: Record<CheckStatus, string>;
  countLine(results: CheckResult[]): string;
  notRecorded(pid: number, command: string): string;
}

const count = (results: CheckResult[], s: CheckStatus) => results.filter((r) => r.status === s).length;

const EN: CheckWords = {
  status: 'status',
  check: 'check',
  title: 'title',
  figures: 'figures',
  statusName: { pass: 'pass', differs: 'differs', fail: 'fail', skipped: 'skipped' },
  countLine: (r) =>
    `${r.length} reconciliation checks: ${count(r, 'pass')} pass, ${count(r, 'differs')} differ (reported, not hidden), ${count(r, 'fail')} fail, ${count(r, 'skipped')} skipped`,
  notRecorded: (pid, command) =>
    `these checks ran on the published store and were not recorded: process ${pid} ("corridor ${command}") is writing it, and records the checks of the data it loads.`,
};

const ES: CheckWords = {
  status: 'estado',
  check: 'comprobación',
  title: 'título',
  figures: 'cifras',
  statusName: { pass: 'coincide', differs: 'difiere', fail: 'falla', skipped: 'omitida' },
  countLine: (r) =>
    `${r.length} comprobaciones de conciliación: ${count(r, 'pass')} coinciden, ${count(r, 'differs')} difieren (se informa, no se oculta), ${count(r, 'fail')} fallan, ${count(r, 'skipped')} omitidas`,
  notRecorded: (pid, command) =>
    `estas comprobaciones se hicieron sobre el almacén publicado y no se registraron: el proceso ${pid} ("corridor ${command}") lo está escribiendo y registrará las comprobaciones de los datos que carga.`,
};

export const checkWords = (lang: Lang): CheckWords => (lang === 'es' ? ES : EN);
