/**
 * Random access to a package's bytes. A course export with its videos can be gigabytes, but the
 * reader needs only its directory (at the end) and the few text files it audits: a source reads
 * just those pieces, from memory or from a file (a handle in Node, `FileReaderSync` in a worker),
 * so memory stays flat whatever the size of the export.
 */

/** The bytes of one package, read piece by piece. */
export interface ByteSource {
  /** Size of the whole package in bytes. */
  readonly length: number;
  /** `length` bytes from `offset`; fewer only where the package ends first. */
  read(offset: number, length: number): Uint8Array;
}

/** A package already in memory. Reads are views of it, not copies. */
export function memorySource(bytes: Uint8Array): ByteSource {
  return {
    length: bytes.length,
    read: (offset, length) => bytes.subarray(Math.max(0, offset), Math.max(0, Math.min(bytes.length, offset + length))),
  };
}

/** Bytes or a source, as the package functions accept them. */
export type PackageInput = Uint8Array | ByteSource;

/** A source for either. */
export function toSource(input: PackageInput): ByteSource {
  return input instanceof Uint8Array ? memorySource(input) : input;
}
