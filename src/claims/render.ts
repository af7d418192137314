import type { EventComparison } from './compare.js';

/** Claims listed in full before the matrix; the rest are counted. */
const LISTED_CLAIMS = 20;
const CARRIED = '●';
const OMITTED = '·';

const shortId = (claimId: string) => claimId.slice(claimId.lastIndexOf('#') + 1);

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(1, width - 1))}…`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The comparison as terminal text: claims by independent sources, the source-by-claim matrix
 * (● carried, · omitted) and the conflicts side by side, fitted to `width` columns.
 */
export function renderComparison(view: EventComparison, width = 100): string {
  const out: string[] = [];
  const { event, claims, top, rows, conflicts } = view;
  const corroborated = claims.filter((c) => c.independentSources > 1).length;
  out.push(`${event.id}  ${event.title ?? '(untitled)'}${event.date ? `  (${event.date})` : ''}`);
  out.push(`${rows.length} articles, ${claims.length} claims, ${corroborated} carried by 2+ independent sources, ${conflicts.length} conflicts`);
  if (view.computed) out.push('(no claims stored for this event: worked out now; re-run ingest to store them)');
  out.push('', 'Claims by independent sources');
  for (const c of claims.slice(0, LISTED_CLAIMS)) {
    const head = `${shortId(c.id).padStart(4)} ${String(c.independentSources).padStart(2)} src  ${c.kind.padEnd(9)} `;
    out.push(head + clip(c.text, Math.max(20, width - head.length)));
    const who = c.outlets.length ? `${c.outlets.join(', ')}; ` : '';
    out.push(`${' '.repeat(head.length)}${clip(`${who}${c.articles.join(', ')}${c.conflictsWith.length ? `  ! conflicts with ${c.conflictsWith.map(shortId).join(', ')}` : ''}`, Math.max(20, width - head.length))}`);
  }
  if (claims.length > LISTED_CLAIMS) out.push(`  … and ${claims.length - LISTED_CLAIMS} more claims, each from fewer sources`);

  out.push('', `Source-by-claim matrix (${CARRIED} carried, ${OMITTED} omitted)`);
  const label = (r: (typeof rows)[number]) => `${r.outlet ?? '(no outlet)'} ${r.article}${r.copyOf ? ` (copy of ${r.copyOf})` : ''}`;
  const labelWidth = Math.min(Math.max(...rows.map((r) => label(r).length), 6), Math.max(20, width - top.length * 5));
  const cols = top.map((c) => shortId(c.id).padStart(4));
  out.push(`${' '.repeat(labelWidth)} ${cols.join('')}`);
  for (const r of rows) {
    out.push(`${clip(label(r), labelWidth).padEnd(labelWidth)} ${r.carries.map((x) => (x ? CARRIED : OMITTED).padStart(4)).join('')}`);
  }
  out.push(`${'sources'.padEnd(labelWidth)} ${top.map((c) => String(c.independentSources).padStart(4)).join('')}`);

  out.push('', conflicts.length ? 'Conflicts' : 'Conflicts: none found');
  const half = Math.max(20, Math.floor((width - 3) / 2));
  for (const { claim, other, conflict } of conflicts) {
    out.push(`  ${shortId(claim.id)} vs ${shortId(other.id)}: ${conflict.about}, "${conflict.value}" vs "${conflict.otherValue}"`);
    const left = wrap(`${conflict.evidence} [${conflict.article}]`, half);
    const right = wrap(`${conflict.otherEvidence} [${conflict.otherArticle}]`, half);
    for (let i = 0; i < Math.max(left.length, right.length); i++) out.push(`${(left[i] ?? '').padEnd(half)} | ${right[i] ?? ''}`);
  }
  return `${out.join('\n')}\n`;
}
