/**
 * Reading the dashboard's JSON files: parse, then check the structure and types with a
 * zod schema. A bad value is an InputError whose column is its JSON path
 * ("series[12].value"): JSON has no rows a reader would count.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { InputError, shown } from '../../errors.js';
import type { LocalFile } from '../types.js';
import { jsonFault } from '../../lib/json-fault.js';

export type JsonPath = (string | number | symbol)[];

/** "series[12].value", 'adp_by_fy["2019"]'. */
export function jsonPath(path: JsonPath): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_]\w*$/.test(String(k)) ? `${i === 0 ? '' : '.'}${String(k)}` : `[${JSON.stringify(String(k))}]`))
    .join('');
}

function valueAt(data: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined), data);
}

export async function readJson<S extends z.ZodType>(file: LocalFile, schema: S): Promise<z.output<S>> {
  const text = file.bytes === 0 ? '' : await readFile(file.path, 'utf8');
  if (text.trim() === '') throw new InputError({ file: file.name }, 'a JSON document', 'an empty file', 'empty file');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError({ file: file.name }, 'valid JSON', jsonFault(e), 'unreadable file');
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const path = [...issue.path, issue.keys[0]];
    throw new InputError({ file: file.name, column: jsonPath(path) }, 'no such key', shown(valueAt(data, path)), 'unexpected key');
  }
  const found = valueAt(data, issue.path);
  throw new InputError({ file: file.name, column: jsonPath(issue.path) }, issue.message, found === undefined ? 'nothing' : shown(found), 'unexpected value');
}
