/**
 * Every default, threshold and pattern the fetcher uses, with why (STYLE 8).
 * Each default can be changed through `FetchOptions`.
 */

/** Our robots.txt product token: the name site owners write in `User-agent:` lines. */
export const ROBOTS_TOKEN = 'CorroborateBot';

/** Sent on every request so site owners can tell who we are and where to read about us. */
export const USER_AGENT = `${ROBOTS_TOKEN}/0.1 (+https://github.com/corroborate)`;

/** Minimum gap between two requests to one host: one page a second is the usual courtesy for crawlers. */
export const DEFAULT_MIN_INTERVAL_MS = 1000;

/** A robots.txt `Crawl-delay` above this is capped, so one file cannot stall a run for hours. */
export const MAX_CRAWL_DELAY_MS = 60_000;

/** Requests in flight at once across all hosts (one host never gets more than one at a time). */
export const DEFAULT_CONCURRENCY = 4;

/** Time to open the connection, and time for the whole exchange (headers and body). */
export const DEFAULT_CONNECT_TIMEOUT_MS = 15_000;
export const DEFAULT_TIMEOUT_MS = 15_000;

/** 10 MB: far above any article page or feed, small enough that a hostile endpoint cannot exhaust memory. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Redirect hops followed before giving up (browsers allow 20; news sites rarely need more than 2). */
export const DEFAULT_MAX_REDIRECTS = 5;

/** Article URLs taken from one sitemap input (all its child sitemaps included). */
export const DEFAULT_MAX_URLS = 1000;

/** Sitemap indexes pointing at indexes: levels followed below the one given. */
export const MAX_SITEMAP_DEPTH = 2;

/** RFC 9309 lets crawlers stop reading robots.txt after 500 KiB. */
export const MAX_ROBOTS_BYTES = 500 * 1024;

/** RFC 9309: a cached robots.txt should not be used for more than 24 hours. */
export const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;

/** A feed item with fewer words than this is a teaser; with `followItems` its linked page is fetched instead. */
export const SHORT_ITEM_WORDS = 80;

/** Item keys remembered per watched feed; feeds carry tens of items, so this covers months of polling. */
export const MAX_SEEN_PER_FEED = 10_000;

/** Sent as `Accept`: pages and feeds first, anything else last (so a sniffable feed served oddly still arrives). */
export const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';

/** `Accept-Encoding`: all three are decoded by node:zlib. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * Query parameters that only track the click (campaign, ad and mail-list ids): stripped so one
 * article has one URL. `utm_*` and the other prefixes below are matched as prefixes.
 */
export const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'ref_src', 'ref_url', 'igshid', 'igsh', 'mkt_tok', 'vero_id', 'vero_conv',
  '_ga', '_gl', '_hsenc', '_hsmi', 'hsctatracking', 'oly_anon_id', 'oly_enc_id', 'rb_clickid',
  's_cid', 'wt.mc_id', 'cmpid', 'smid', 'ncid', 'sr_share', 'at_medium', 'at_campaign',
]);
export const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_'];
