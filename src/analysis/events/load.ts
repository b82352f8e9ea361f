/**
 * Reads the timeline (data/events.json), validates every entry and the links between
 * them, and says which entry and field is wrong when one is.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../../errors.js';
import { eventSchema, eventsFileSchema, type PolicyEvent } from './schema.js';
import { jsonFault } from '../../lib/json-fault.js';

export const EVENTS_FILE = fileURLToPath(new URL('../../../data/events.json', import.meta.url));

/** Validates parsed JSON; `file` names it in errors. */
export function parseEvents(json: unknown, file = 'data/events.json'): PolicyEvent[] {
  const top = eventsFileSchema.safeParse(json);
  if (!top.success) throw new InputError({ file }, 'an object with "about" and "events"', top.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), 'bad timeline');
  const events: PolicyEvent[] = [];
  top.data.events.forEach((raw, i) => {
    const r = eventSchema.safeParse(raw);
    const id = (raw as { id?: unknown })?.id;
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new InputError({ file, row: i + 1, column: issue.path.join('.') || undefined }, issue.message, typeof id === 'string' ? `entry "${id}"` : `entry ${i + 1}`, 'bad timeline entry');
    }
    events.push(r.data);
  });
  const ids = new Set<string>();
  for (const [i, e] of events.entries()) {
    if (ids.has(e.id)) throw new InputError({ file, row: i + 1, column: 'id' }, 'a unique id', `"${e.id}" a second time`, 'bad timeline entry');
    ids.add(e.id);
  }
  for (const [i, e] of events.entries()) {
    for (const r of e.related) if (!ids.has(r)) throw new InputError({ file, row: i + 1, column: 'related' }, 'ids of entries in the timeline', `"${r}" in "${e.id}"`, 'bad timeline entry');
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export function loadEvents(path = EVENTS_FILE): PolicyEvent[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError({ file: 'data/events.json' }, 'readable JSON', jsonFault(e), 'bad timeline');
  }
  return parseEvents(json);
}
