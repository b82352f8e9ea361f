/**
 * Reading a JSON file with errors a user can act on: a value's place is its JSON path
 * ("features[3].geometry.coordinates[0][12]"), JSON having no rows a reader would count.
 */
import { readFile } from 'node:fs/promises';
import { InputError, shown } from '../../errors.js';
import type { LocalFile } from '../types.js';
import { jsonFault } from '../../lib/json-fault.js';

export async function readJsonFile(file: LocalFile): Promise<unknown> {
  const text = file.bytes === 0 ? '' : await readFile(file.path, 'utf8');
  if (text.trim() === '') throw new InputError({ file: file.name }, 'a JSON document', 'an empty file', 'empty file');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError({ file: file.name }, 'valid JSON', jsonFault(e), 'unreadable file');
  }
}

/** A value found at a JSON path, shown briefly: "nothing" when the key is missing. */
export function found(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'an object';
  return shown(value);
}

export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
