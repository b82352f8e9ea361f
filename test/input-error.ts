/**
 * Test helpers for bad input: the InputError a parse fails with, whose message must name
 * the place it points at (file, sheet, row, column) as a user would look for it.
 */
import { expect } from 'vitest';
import { InputError, type Location } from '../src/errors.js';

/** The InputError `promise` rejects with, its message checked; the test fails on anything else. */
export async function inputErrorOf(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const e = error as InputError;
  expect(e.message).toContain(e.at.file);
  if (e.at.sheet !== undefined) expect(e.message).toContain(`sheet "${e.at.sheet}"`);
  if (e.at.row !== undefined) expect(e.message).toContain(`row ${e.at.row}`);
  if (e.at.column !== undefined) expect(e.message).toContain(`column "${e.at.column}"`);
  return e;
}

/** Asserts an InputError at exactly `at`, whose message names the file, row and column. */
export async function expectInputError(promise: Promise<unknown>, at: Location): Promise<InputError> {
  const e = await inputErrorOf(promise);
  expect(e.at).toEqual(at);
  return e;
}
