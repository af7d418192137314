/** STUB: replaced by the real identifier. Returns an ISO 639-1 code or null when unsure. */
export function detectLanguage(_text: string): string | null {
  return null;
}
