/** Shared by the package tests: fixture bytes and the fixture folder. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/packages/', import.meta.url));

/** A committed fixture package as bytes. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + name));
}

export { withBigMedia, writeSparse } from '../../../scripts/make-packages.ts';
