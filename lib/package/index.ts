/**
 * Course exports (IMS Common Cartridge): read them (`readPackage`) and audit every assignment in
 * them (`auditPackage`). Pure: bytes in, plain data out; runs in Node and in extension pages.
 */
export { readPackage, openPackage, decodeText, type OpenedPackage, type Candidate } from './read.ts';
export { auditPackage, packageItemKey, type AuditPackageOptions, type AuditPackageResult, type PackageAuditEntry, type PackageSummary } from './audit.ts';
export { readsAsTask, taskSignals, type TaskSignals } from './task-like.ts';
export { htmlToText, type HtmlText } from './html-text.ts';
export { DEFAULT_LIMITS } from './zip.ts';
export { MAX_PACKAGE_BYTES, MAX_PACKAGE_IN_MEMORY_BYTES } from './types.ts';
export { memorySource, type ByteSource, type PackageInput } from './source.ts';
export type { ItemError, PackageFormat, PackageItem, PackageItemKind, PackageLimits, ReadPackageOptions, ReadPackageResult } from './types.ts';
