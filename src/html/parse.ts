/**
 * linkedom parse plus the repairs its tree builder skips: content placed outside `<body>` (a stray
 * `<div>` before `<body>`, text after `</body>`) is moved inside it, as browsers do.
 */
import { parseHTML } from 'linkedom';
import { type DDocument, type DNode, childrenOf, isElement, tagOf } from './dom.js';
import { installLazyEvents } from './lazy-events.js';

installLazyEvents();

export function parseDocument(html: string): DDocument {
  const doc = parseHTML(html).document as unknown as DDocument;
  repairBody(doc);
  return doc;
}

function repairBody(doc: DDocument): void {
  const root = doc.documentElement;
  const body = doc.body;
  if (!root || !body) return;
  const before: DNode[] = [];
  const after: DNode[] = [];
  let seenBody = false;
  for (const c of childrenOf(root)) {
    if (c === body) {
      seenBody = true;
      continue;
    }
    if (isElement(c) && tagOf(c) === 'head') continue;
    if (!isElement(c) && !(c.textContent ?? '').trim()) continue;
    (seenBody ? after : before).push(c);
  }
  if (!before.length && !after.length) return;
  const first = body.firstChild;
  for (const n of before) {
    if (first) body.insertBefore(n, first);
    else body.appendChild(n);
  }
  for (const n of after) body.appendChild(n);
}
