/**
 * The two commands as a person runs them (registered on a program here, as main.ts does):
 * corridor events and corridor claim, in text and JSON.
 */
import { runCommand } from './run-in-process.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerClaim } from '../../src/cli/commands/claim.js';
import { registerEvents } from '../../src/cli/commands/events.js';
import { claimsToyStore } from '../analysis/claims-toy-store.js';

let db: string;
beforeAll(async () => {
  const store = await claimsToyStore();
  db = store.path;
  store.close();
});

const corridor = (...args: string[]) => runCommand(db, [registerEvents, registerClaim], ...args);
afterAll(() => vi.restoreAllMocks());

describe('corridor events', () => {
  it('lists the timeline filtered, in Spanish', async () => {
    const text = await corridor('events', '--actor', 'MX', '--kind', 'deployment', '--lang', 'es');
    expect(text).toMatch(/2019-06 .*mx-guard-south-2019 .*México despliega la Guardia Nacional en su frontera sur/);
    expect(text).toMatch(/2025-02-04 .*mx-guard-north-2025/);
    expect(text).not.toMatch(/title42/);
  });
  it('prints the verified column from the data (sí/yes), never blank', async () => {
    const text = await corridor('events', '--actor', 'MX', '--kind', 'deployment');
    const row = text.split('\n').find((l) => l.includes('mx-guard-south-2019'))!;
    expect(row).toMatch(/\byes\b/);
    expect(await corridor('events', '--actor', 'MX', '--kind', 'deployment', '--lang', 'es')).toMatch(/mx-guard-south-2019 .* sí\s/);
  });
  it('prints every field as JSON', async () => {
    const events = JSON.parse(await corridor('events', '--from', '2023-05', '--to', '2023-05', '--format', 'json'));
    expect(events.map((e: { id: string }) => e.id)).toEqual(['title42-start', 'cbp-one-start', 'title42-end']); // spans in force, and what happened that month
    expect(events[0].source.url).toMatch(/^https:\/\/www\.federalregister\.gov\//);
  });
  it('quotes each document\'s title as published and says when it is in the other language', async () => {
    const es = await corridor('events', '--from', '2020-03', '--to', '2020-03', '--lang', 'es');
    expect(es).toMatch(/title42-start .*«Order Suspending Introduction of Persons From a Country Where a Communicable Disease Exists» \(título original en inglés\)/);
    const en = await corridor('events', '--from', '2020-03', '--to', '2020-03');
    expect(en).toMatch(/Order Suspending Introduction of Persons/);
    expect(en).not.toMatch(/original title|título original/);
    const json = JSON.parse(await corridor('events', '--from', '2020-03', '--to', '2020-03', '--lang', 'es', '--format', 'json'));
    const t42 = json.find((e: { id: string }) => e.id === 'title42-start');
    expect([t42.source.title_lang, t42.source.title_note]).toEqual(['en', 'título original en inglés']);
  });
  it('writes the evidence note in the reader\'s language in the CSV', async () => {
    const csv = await corridor('events', '--from', '2020-03', '--to', '2020-03', '--lang', 'es', '--format', 'csv');
    const [header, ...rows] = csv.trim().split('\n');
    expect(header.split(',')).toEqual(expect.arrayContaining(['documento', 'nota']));
    const row = rows.find((r) => r.includes('title42-start'))!;
    expect(row).toMatch(/primer día completo de expulsiones/);
    expect(row).not.toMatch(/first full day/);
    const en = await corridor('events', '--from', '2020-03', '--to', '2020-03', '--format', 'csv');
    expect(en.split('\n').find((r) => r.includes('title42-start'))).toMatch(/first full day of expulsions/);
  });
});

describe('corridor claim', () => {
  it('checks a claim in words and says which definition gave which answer', async () => {
    const text = await corridor('claim', 'October 2003 had the most southwest border encounters in six months');
    expect(text).toMatch(/^False: all CBP encounters at the southwest border: /);
    expect(text).toMatch(/• Context, not part of the verdict: Border Patrol encounters/);
    expect(text).toMatch(/• all CBP encounters \(Border Patrol apprehensions and expulsions plus OFO inadmissibles at ports of entry\)/);
    expect(text).toMatch(/Sources: toy-cbp\/monthly/);
  });
  it('answers in JSON with the figures', async () => {
    const r = JSON.parse(await corridor('claim', 'marzo de 2003 tuvo la mayor cantidad de detenciones de la Patrulla Fronteriza desde junio de 2002', '--format', 'json'));
    expect([r.lang, r.verdict, r.checks[0].status]).toEqual(['es', 'partly true', 'tied']);
  });
  it('reads a country named alone as the citizenship, never the total', async () => {
    // December 2003: Honduras 25% of about 720; the total alone would make this false.
    const text = await corridor('claim', 'Honduras encounters were fewer than 300 in December 2003');
    expect(text).toMatch(/^True: all CBP encounters \(nationality: Honduras\) at the southwest border: \d+ \(claimed fewer than 300\)/);
    expect(text).toMatch(/^Understood: what is counted: CBP encounters; citizenship: Honduras; period: 2003-12$/m);
  });
  it('answers in Spanish with no English words: dimensions, versions, stated figures', async () => {
    const text = await corridor('claim', 'Honduras encounters were fewer than 300 in December 2003', '--lang', 'es');
    expect(text).toMatch(/^Verdadero: todos los encuentros de CBP \(nacionalidad: Honduras\)/);
    expect(text).toMatch(/^Entendido: qué se cuenta: Encuentros de CBP; ciudadanía: Honduras; periodo: 2003-12$/m);
    expect(text).toMatch(/^Fuentes: toy-cit\/monthly \(toy-cit, versión \d+\)$/m);
    expect(text).not.toMatch(/\b(vintage|citizenship|geography|claimed|of the total)\b/);
    const share = await corridor('claim', 'Hondurans were 25% of southwest border encounters in December 2003', '--lang', 'es');
    expect(share).toMatch(/Se afirma: 25%\./);
    expect(share).not.toMatch(/\b(vintage|citizenship|geography|of)\b/);
    const en = await corridor('claim', 'Los hondureños fueron el 25 por ciento de los encuentros en la frontera suroeste en diciembre de 2003', '--lang', 'en');
    expect(en).toMatch(/Claimed: 25%\./);
    expect(en).not.toMatch(/\b(por ciento|versión|ciudadanía|Se afirma|Fuentes)\b/);
  });
  it('computes statements for a series', async () => {
    const text = await corridor('claim', '--measure', 'encounters', '--where', 'geography=US-SWB', '--where', 'component=USBP', '--period', '2003-12');
    expect(text).toMatch(/• December 2003: 600 /);
    expect(text).toMatch(/It ranks 1 of 47 complete months/);
  });
});
