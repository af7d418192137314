import type { Stage } from '../core/stage.js';
import { decodeBytes } from '../text/encoding.js';

/** Bytes to a string, with the encoding detected (BOM, `<meta charset>`, UTF-8 validity), never guessed silently. */
export const decode = (): Stage => ({
  name: 'decode',
  run(doc) {
    const { bytes, format } = doc.input;
    if (format === 'record' || !bytes) return;
    const decoded = decodeBytes(bytes, format === 'html' ? 'html' : 'text');
    doc.data.raw = decoded.text;
    doc.data.encoding = decoded.encoding;
    doc.data.contentType = format === 'html' ? 'html' : 'text';
    if (decoded.warning) doc.warn('decode', decoded.warning);
    if (doc.data.raw.trim() === '') throw new Error('empty after decoding');
  },
});
