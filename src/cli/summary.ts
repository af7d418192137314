import type { IngestReport } from '../engine/ingest.js';
import type { EventSet, StoredArticle } from '../store/store.js';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** One block per article: what the pipeline found in it. */
export function describeArticle(a: StoredArticle): string {
  const reasons = new Map<string, number>();
  for (const r of a.removed) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
  const removed = [...reasons].map(([r, n]) => `${r} ${n}`).join(', ') || 'nothing';
  const paragraphs = a.text ? a.text.split('\n\n').length : 0;
  const words = a.text.split(/\s+/).filter(Boolean).length;
  return [
    `${a.id}  ${a.title ? `"${clip(a.title, 90)}"` : '(no title)'}`,
    `    by ${a.authors.join(', ') || '-'} | ${a.language ?? '?'} | published ${a.published ?? '-'} | ${paragraphs} paragraphs, ${words} words`,
    `    removed: ${removed}`,
    `    found: ${a.analysis.mentions?.length ?? 0} names, ${a.analysis.quotes?.length ?? 0} quotes, ${a.analysis.times?.length ?? 0} time expressions` +
      `${a.analysis.eventDate ? `, event date ${a.analysis.eventDate}` : ''}`,
    ...(a.notArticle ? [`    not an article: ${a.notArticle}`] : []),
    ...a.warnings.map((w) => `    warning: ${w}`),
  ].join('\n');
}

/** Events and their storylines, one line each: what the corpus stages found. */
export function describeEvents(set: EventSet): string {
  return set.storylines
    .flatMap((s) => [
      `storyline ${s.id}  "${clip(s.title ?? '', 80)}"`,
      ...set.events
        .filter((e) => e.storyline === s.id)
        .map((e) => `  event ${e.id}  ${e.date ?? 'undated'}  "${clip(e.title ?? '', 70)}"  articles: ${e.articles.join(', ')}`),
    ])
    .join('\n');
}

export function describeReport(r: IngestReport): string {
  const lines = [
    `${r.files} files read${r.unchanged ? ` (${r.unchanged} unchanged since the last run, skipped)` : ''}: ` +
      `${r.articles} articles (${r.inserted} new, ${r.updated} updated)` +
      `${r.notArticles ? `, ${r.notArticles} flagged not-an-article` : ''}, ${r.failed.length} failed`,
  ];
  for (const [stage, did] of Object.entries(r.corpus)) lines.push(`  ${stage}: ${did}`);
  for (const f of r.failed) lines.push(`  failed: ${f.source}: ${f.reason}`);
  if (r.skipped.length) lines.push(`  ${r.skipped.length} files of unsupported types skipped (e.g. ${r.skipped[0]!.source})`);
  return lines.join('\n');
}
