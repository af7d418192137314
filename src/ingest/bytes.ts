import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

export class InputError extends Error {
  override readonly name = 'InputError';
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new InputError(`gzip content larger than the ${formatBytes(maxBytes)} limit`);
    throw new InputError(`truncated or corrupt gzip (${(error as Error).message})`);
  }
}

/** Share of bytes that are control characters other than tab, newline, CR, form feed. */
const BINARY_CONTROL_SHARE = 0.1;
/** How much of a file to look at when deciding it is binary. */
const SNIFF_BYTES = 8192;

/** Why these bytes are not text, or null. UTF-16 with a BOM counts as text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const bom16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (bom16) return null;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary content (NUL bytes), not text';
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  return n > 0 && controls / n > BINARY_CONTROL_SHARE ? 'binary content (control bytes), not text' : null;
}

export function formatBytes(n: number): string {
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`;
  if (n >= 1 << 10) return `${(n / (1 << 10)).toFixed(1)} KB`;
  return `${n} B`;
}
