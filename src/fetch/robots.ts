/**
 * robots.txt after RFC 9309: the group for our product token (else `*`), longest matching rule
 * wins, `Allow` wins a tie; `*` and `$` in patterns; plus the common `Crawl-delay` extension.
 */

interface Rule {
  allow: boolean;
  pattern: string;
  regex: RegExp;
}

interface Group {
  agents: string[];
  rules: Rule[];
  crawlDelaySeconds?: number;
}

export interface RobotsVerdict {
  allowed: boolean;
  /** The deciding rule as written, e.g. `Disallow: /private`. */
  rule?: string;
}

/** Rules that apply to one user agent on one host. */
export class RobotsRules {
  constructor(
    private readonly rules: readonly Rule[],
    /** Seconds the site asks between requests, if it says. */
    readonly crawlDelaySeconds?: number,
    /** When set, the host is off limits altogether (its robots.txt could not be read), with why. */
    readonly unreachable?: string,
  ) {}

  static allowAll(): RobotsRules {
    return new RobotsRules([]);
  }

  /** RFC 9309 2.3.1.4: a robots.txt that is unreachable (5xx, network error) means "disallow everything". */
  static disallowAll(reason: string): RobotsRules {
    return new RobotsRules([], undefined, reason);
  }

  check(url: URL): RobotsVerdict {
    if (this.unreachable) return { allowed: false, rule: this.unreachable };
    const path = url.pathname + url.search;
    if (url.pathname === '/robots.txt') return { allowed: true };
    let best: Rule | undefined;
    for (const rule of this.rules) {
      if (!rule.regex.test(path)) continue;
      const longer = !best || rule.pattern.length > best.pattern.length;
      const tieAllow = best && rule.pattern.length === best.pattern.length && rule.allow && !best.allow;
      if (longer || tieAllow) best = rule;
    }
    if (!best) return { allowed: true };
    return { allowed: best.allow, rule: `${best.allow ? 'Allow' : 'Disallow'}: ${best.pattern}` };
  }
}

/** Percent-encodes what a URL's path would have encoded, so patterns and paths compare alike. */
function normalisePattern(pattern: string): string {
  try {
    return encodeURI(decodeURI(pattern));
  } catch {
    return pattern;
  }
}

function compile(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** The product token of a `User-agent:` value (`CorroborateBot/0.1` -> `corroboratebot`). */
const token = (value: string): string => value.trim().split(/[\s/]/, 1)[0]!.toLowerCase();

function parseGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  let collectingAgents = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!collectingAgents || !current) {
        current = { agents: [], rules: [] };
        groups.push(current);
        collectingAgents = true;
      }
      current.agents.push(token(value));
      continue;
    }
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      collectingAgents = false;
      if (value === '') continue;
      const pattern = normalisePattern(value);
      current.rules.push({ allow: key === 'allow', pattern, regex: compile(pattern) });
    } else if (key === 'crawl-delay') {
      collectingAgents = false;
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelaySeconds = seconds;
    }
  }
  return groups;
}

/**
 * The rules in `text` that apply to `productToken` (case-insensitive): every group naming it,
 * merged; if none does, every `*` group, merged.
 *
 * @example
 *   parseRobots('User-agent: *\nDisallow: /private', 'CorroborateBot').check(new URL('https://x.test/private/a'))
 *   // { allowed: false, rule: 'Disallow: /private' }
 */
export function parseRobots(text: string, productToken: string): RobotsRules {
  const groups = parseGroups(text);
  const ours = groups.filter((g) => g.agents.includes(productToken.toLowerCase()));
  const chosen = ours.length ? ours : groups.filter((g) => g.agents.includes('*'));
  const delays = chosen.map((g) => g.crawlDelaySeconds).filter((d): d is number => d !== undefined);
  return new RobotsRules(chosen.flatMap((g) => g.rules), delays.length ? Math.max(...delays) : undefined);
}
