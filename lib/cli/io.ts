import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { decodeText } from '../decode-text.ts';

/** Exit codes shared by every command (README, "Command line"). */
export const EXIT = { ok: 0, failure: 1, unreadable: 2, notApplicable: 3 } as const;

/** An error whose message is meant for the person at the terminal; `code` is the exit status. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number = EXIT.unreadable,
  ) {
    super(message);
  }
}

/** Largest saved page or text file a command reads. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** Bytes as the megabytes people see in file managers (MiB, rounded; at least 1 for a non-empty file). */
export function megabytes(bytes: number): number {
  return Math.max(bytes > 0 ? 1 : 0, Math.round(bytes / (1024 * 1024)));
}

/** Reads a file whole, or throws a CliError that says why it cannot (missing, a folder, too big). */
export function readFileBytes(path: string, what = 'file'): Uint8Array {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new CliError(`${path} is not a ${what} (it is a directory or device).`);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`Cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`);
  }
  if (size > MAX_INPUT_BYTES) throw new CliError(`${path} is ${megabytes(size)} MB; the limit is ${megabytes(MAX_INPUT_BYTES)} MB.`);
  return readFileSync(path);
}

/**
 * Reads a text file or saved page, or throws a CliError that says what is wrong with it. Files
 * are not all UTF-8: Windows Notepad's "Unicode" is UTF-16 with a byte-order mark, and pages
 * saved from older or regional sites keep their own charset (Windows-1251, Shift_JIS, GBK), which
 * a page declares in its first bytes. Reading those as UTF-8 turns every accented letter into
 * "\uFFFD" and the analysis no longer knows the language.
 */
export function readTextFile(path: string, what = 'file'): string {
  return bytesToText(readFileBytes(path, what), path, what);
}

/** Decodes a file's bytes (see readTextFile); refuses binary data. */
export function bytesToText(bytes: Uint8Array, path: string, what: string): string {
  const text = decodeText(bytes);
  // After decoding, so that UTF-16 (a zero byte in every ASCII letter) is text, not binary.
  if (text.includes('\0')) throw new CliError(`${path} cannot be read as a ${what}: it contains binary data, not text.`);
  return text;
}

/** Parses HTML into a DOM Document for lib/ readers (the same code that runs in the browser). */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Parses `--flag value` / `--flag` / positional arguments. Repeated flags collect into arrays. */
export function parseArgs(argv: string[], booleanFlags: readonly string[] = []) {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      let value = inline;
      if (value === undefined && !booleanFlags.includes(name)) {
        value = argv[++i];
        if (value === undefined) throw new CliError(`--${name} needs a value.`, EXIT.unreadable);
      }
      flags.set(name, [...(flags.get(name) ?? []), value ?? 'true']);
    } else positional.push(arg);
  }
  return {
    positional,
    has: (name: string) => flags.has(name),
    get: (name: string) => flags.get(name)?.at(-1),
    all: (name: string) => flags.get(name) ?? [],
  };
}

export type Args = ReturnType<typeof parseArgs>;

/** Writes JSON to stdout, one document, pretty-printed. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
