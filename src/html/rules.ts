/**
 * Every threshold and pattern the HTML extractor uses, in one place (after mozilla/readability's
 * `REGEXPS` and `FLAG_*` constants), each with the reason it exists. Tune here, not in the code.
 *
 * Nothing here names a site: the rules must hold for pages we have never seen.
 */

// ---------------------------------------------------------------------------------------------
// Cost guards
// ---------------------------------------------------------------------------------------------

/**
 * Raw HTML larger than this (after scripts/styles are stripped) is cut. Real article pages are far
 * below it; above it linkedom + Readability can exceed the 1 s per page budget.
 */
export const MAX_HTML_CHARS = 1_500_000;

/**
 * Readability is skipped (our own scorer alone decides) when the pruned page still has more elements
 * than this: its retries re-serialise and re-parse the page, which grows badly with size.
 */
export const MAX_ELEMENTS_FOR_READABILITY = 3000;

/**
 * Per-page time budget. When parsing and metadata have already used this much, Readability (the
 * costliest step) is skipped and our own scorer decides alone, so no page takes more than ~1 s.
 */
export const TIME_BUDGET_MS = { skipReadabilityAfter: 350, skipRetryAfter: 400 };

/**
 * Readability's `charThreshold`: below this many characters it retries with looser flags, re-parsing
 * the page each time. We run our own scorer beside it, so one cheap pass is enough most of the time.
 */
export const READABILITY_CHAR_THRESHOLD = 400;

/**
 * Elements removed from the raw markup by regex before parsing: they never hold article text and
 * inflate parse time (inline JS/CSS is often most of a page's bytes). JSON-LD is read before this.
 */
export const RAW_STRIP_RE =
  /<(script|style|svg|noscript|template|iframe|object|canvas|math|select|textarea|button)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
export const RAW_COMMENT_RE = /<!--[\s\S]*?-->/g;
/**
 * Attributes kept when start tags are rewritten before parsing. Every attribute is a DOM node in
 * linkedom, and image/data/event attributes are most of them; nothing downstream reads those.
 */
export const KEPT_ATTRIBUTES = new Set([
  'class', 'id', 'itemprop', 'itemtype', 'itemscope', 'role', 'href', 'rel', 'lang', 'xml:lang', 'content', 'name',
  'property', 'datetime', 'hidden', 'style', 'aria-hidden', 'type', 'charset', 'http-equiv', 'value',
  'title', 'pubdate', 'data-datetime', 'data-date', 'colspan', 'dir',
]);

/** Runs of whitespace: collapsing them (outside `<pre>`) makes the DOM and every text read smaller. */
export const RAW_WHITESPACE_RE = /[ \t\r\n\f]{2,}/g;

// ---------------------------------------------------------------------------------------------
// Text layout
// ---------------------------------------------------------------------------------------------

/** Elements that start a new paragraph in the output text. */
export const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'tr', 'div', 'section',
  'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'dl', 'dt', 'dd', 'table',
  'tbody', 'thead', 'tfoot', 'figure', 'figcaption', 'address', 'hr', 'center', 'details',
  'summary', 'caption', 'form', 'fieldset', 'body', 'html', 'td', 'th',
]);

/** Table cells are joined inside their row with this separator rather than split into paragraphs. */
export const CELL_TAGS = new Set(['td', 'th']);

/** Elements whose content is never text (in case the raw strip missed them). */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'math', 'select',
  'option', 'textarea', 'button', 'input', 'head', 'title', 'meta', 'link', 'img', 'picture',
  'video', 'audio', 'source', 'map', 'embed', 'label', 'dialog',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

// ---------------------------------------------------------------------------------------------
// Boilerplate pruning (applied to the DOM before any content choice)
// ---------------------------------------------------------------------------------------------

/** Tags removed outright: navigation, page chrome, forms' controls, embedded media. */
export const PRUNE_TAGS = [
  'nav', 'aside', 'footer', 'menu', 'dialog', 'button', 'input', 'select', 'textarea', 'label',
  'fieldset', 'iframe', 'noscript', 'script', 'style', 'svg', 'video', 'audio', 'figure',
  'picture', 'time', 'link', 'meta', 'template', 'form', 'address', 'figcaption',
];

/**
 * Class/id words marking page furniture (after trafilatura's discard XPaths): comments, sharing,
 * related links, newsletter boxes, cookie banners, ads, breadcrumbs, tag clouds, post meta lines,
 * author boxes, captions. A class token matches when one of these is a run of its `-`/`_` segments
 * (`comment-list`, `social-share-bar`). body/html are never pruned, so `comments-open` on a body is
 * harmless.
 */
export const BOILERPLATE_WORDS = [
  'comments?', 'comment-?list', 'commentlist', 'disqus', 'respond', 'replies',
  'share', 'sharing', 'shares', 'social', 'socials', 'sharebar', 'sharethis', 'addthis', 'sociable', 'shariff',
  'related', 'relateds', 'recommended', 'recommendations?', 'more-?stories', 'read-?more', 'also-?read', 'outbrain', 'taboola',
  'newsletter', 'subscribe', 'subscription', 'signup', 'sign-?up', 'optin', 'paywall', 'regwall',
  'cookies?', 'consent', 'gdpr', 'banner', 'popup', 'modal', 'overlay', 'lightbox',
  'ads?', 'advert', 'adverts', 'advertisement', 'advertising', 'anzeige', 'werbung', 'sponsored', 'promo', 'promotion', 'dfp', 'adslot',
  'breadcrumbs?', 'pagination', 'pager', 'paging', 'prev-?next', 'post-?navigation', 'nav', 'navbar', 'navigation', 'menu', 'menus', 'submenu', 'sidebar', 'widget', 'widgets', 'toolbar', 'skip-?link',
  'tags', 'tag-?list', 'tagcloud', 'tag-?cloud', 'keywords', 'categories',
  'byline', 'post-?meta', 'entry-?meta', 'article-?meta', 'meta-?info', 'postmeta', 'dateline', 'date', 'timestamp', 'published', 'posted-?on', 'updated',
  'author-?box', 'author-?bio', 'author-?info', 'about-?the-?author', 'bio-?box',
  'caption', 'credit', 'credits', 'copyright', 'print', 'rating', 'ratings', 'votes', 'hidden', 'sr-only', 'visually-?hidden', 'screen-?reader-?text',
  'footer', 'masthead', 'top-?bar', 'login', 'signin',
  'affiliate', 'disclosure', 'authors?', 'author-?(?:description|profile|details|card)', 'mini-?bio', 'saboxplugin-?wrap',
  'postmetadata', 'entry-?utility', 'entry-?footer', 'entryfooter', 'post-?footer', 'article-?footer', 'tagged-?with', 'topics',
  'upsell', 'cross-?sell', 'similar', 'more-?from', 'more-?articles', 'next-?post', 'nextstory', 'prev-?post', 'likes', 'license', 'alert',
  'figcaption', 'img-?caption', 'image-?caption', 'photo-?credit', 'appstores',
];
export const BOILERPLATE_WORD_RE = new RegExp(`^(?:${BOILERPLATE_WORDS.join('|')})$`, 'i');

/**
 * Weak words: furniture only when they are the whole token, or after a `post-`/`entry-`/`article-`
 * prefix (`hidden-xs` is responsive CSS, `text-date` may be inline, `print-only` is the article).
 */
export const WHOLE_TOKEN_WORDS = /^(?:hidden|print|date|published|updated|credit|banner|overlay|modal|menu|tags|ads?|promo|authors?|topics|similar|alert|likes|license)$/i;
export const WEAK_WORD_PREFIX_RE = /^(?:post|entry|article|site|page|wp|single|story|blog|news|main|global|header|top|bottom|footer)$/i;

/**
 * Whole class tokens that protect an element from pruning even when another token matches: the main
 * article container often carries e.g. `post-content has-comments`.
 */
export const CONTENT_TOKEN_RE =
  /^(?:article|articlebody|article-?body|article-?content|article-?text|post-?body|post-?content|post-?text|entry-?content|entry-?body|story-?body|story-?content|main-?content|content-?body|body-?text|hentry|h-entry|e-content|page-?content|content|main)$/i;

/**
 * Elements that explicitly hold the article body. Their ancestors are never pruned, whatever their
 * class says, provided the anchor holds at least PRUNE_ANCHOR_MIN_CHARS of text.
 */
export const CONTENT_ANCHOR_CLASSES = new Set([
  'post-body', 'entry-content', 'article-body', 'article-content', 'articleBody', 'post-content', 'story-body',
  'article__body', 'entry-body', 'single-content', 'blog-post', 'hentry', 'h-entry', 'article-text', 'articletext',
  'post-entry', 'entry', 'content-body',
]);
export const PRUNE_ANCHOR_MIN_CHARS = 200;

/** Roles that mark page furniture. */
export const BOILERPLATE_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'dialog', 'alert', 'alertdialog', 'toolbar', 'tooltip',
]);

/**
 * An element matching the boilerplate pattern is kept anyway when it carries this share of the page's
 * text or more: a wrong class name must not delete the article.
 */
export const PRUNE_MAX_TEXT_SHARE = 0.5;

/** Inline `style` values that hide an element. */
export const HIDDEN_STYLE_RE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

// ---------------------------------------------------------------------------------------------
// Main-content choice
// ---------------------------------------------------------------------------------------------

/** Selectors naming the article body explicitly, most trusted first. */
export const ARTICLE_BODY_SELECTORS = ['[itemprop="articleBody"]', '[itemprop="articlebody"]'];

/** Class/id tokens of article body containers (after trafilatura's BODY_XPATH). */
export const BODY_TOKEN_RE =
  /^(?:.*[-_])?(?:article-?body|articlebody|article-?content|article-?text|articletext|post-?body|post-?content|post-?text|post-?entry|postcontent|entry-?content|entry-?body|entry-?text|story-?body|story-?content|storycontent|body-?text|bodytext|text-?body|article-?inner|single-?content|blog-?content|blogpost|page-?content|main-?content|content-?main|maincontent|rich-?text|richtext|article|content|post|entry|story|text)$/i;

/** A paragraph needs at least this many characters to score in the density scorer (Readability: 25). */
export const SCORE_MIN_PARAGRAPH_CHARS = 25;

/** Readability's sibling pass: siblings of the best container scoring this much join it. */
export const SIBLINGS = {
  minScore: 10,
  scoreShare: 0.2,
  /** A bare p/ul/table sibling joins when it has this much text and few links. */
  minProseChars: 80,
  maxLinkDensity: 0.25,
};

/**
 * Max-sum container weights: prose counts its length; link-dense paragraphs and short labels count
 * against the container holding them, so the best container stops where furniture starts.
 */
export const SUM_WEIGHTS = {
  linkPenalty: 1.0,
  shortPenalty: 0.5,
  commaBonus: 20,
};

/** A trailing section (from a heading) without prose after the last prose paragraph is dropped (content.ts trimTail). */
export const TAIL_RULES = {
  /** A prose paragraph: this long, few links, with sentence punctuation. */
  proseChars: 100,
  proseMaxLinkDensity: 0.3,
  /** A tail longer than this is not furniture: keep it (a second part of the article). */
  maxTailChars: 1500,
};

/** Paragraph-level filters applied to the chosen container's text. */
export const PARAGRAPH_RULES = {
  /** Above this share of link text a paragraph is navigation (unless it is long prose). */
  maxLinkDensity: 0.5,
  /** ...but a paragraph this long with sentence punctuation is kept whatever its links. */
  longProseChars: 200,
  /** List items that are entirely links are navigation when the list is mostly such items. */
  linkListShare: 0.6,
};

/**
 * Headings that open an end-of-article section (related links, more on the topic, tags, comments,
 * author box): the heading and the rest of its section are dropped.
 */
export const SECTION_END_HEADING_RE = new RegExp(
  '^(?:' +
    [
      'mehr zum thema.*', 'das könnte (?:sie|dich) auch interessieren.*', '(?:sie|du) könnte(?:n)? auch .*', 'weitere (?:artikel|beiträge|informationen|themen|nachrichten|meldungen).*',
      'weiterführende (?:informationen|links|artikel).*', 'ähnliche (?:artikel|beiträge|themen).*', 'verwandte (?:artikel|beiträge|themen).*', 'neueste (?:artikel|beiträge).*',
      'aktuelle (?:artikel|beiträge|berichte).*', 'schlagw[öo]rter', 'stichw[öo]rter', 'themen', 'tags?', 'topics', 'kategorien?', 'categories', 'markiert mit',
      'kommentare?', 'comments?', '\\d+ (?:kommentare?|comments?|responses?|replies)', 'leave a (?:comment|reply)', 'schreibe einen kommentar', 'kommentar schreiben', 'diskussion',
      'related(?: (?:articles?|posts?|stories|content|coverage|reading|topics))?', 'you (?:may|might) also like.*', 'read (?:more|next|also).*', 'more (?:from|on|stories|articles|news)\\b.*', 'recommended.*',
      'see also', 'explore further', 'further reading', 'popular (?:posts|articles|stories)', 'latest (?:news|posts|articles)', 'trending.*',
      'vous aimerez aussi.*', 'à (?:découvrir|lire aussi).*', 'lire aussi.*', 'sur le même (?:sujet|thème).*', 'temas relacionados', 'noticias relacionadas', 'te puede interesar.*', 'leggi anche.*', 'potrebbe interessarti.*',
      'über (?:den|die) autor(?:in)?', 'about the author', 'zur person', 'autor(?:in|en)?:?', 'authors?:?', 'share this.*', 'teilen:?', 'diesen artikel teilen.*',
    ].join('|') +
    ')\\s*:?$',
  'i',
);

/**
 * Short lines that are furniture in any language: share prompts, "read more", copyright, image
 * credits, "Advertisement". Matched against a whole paragraph, case-insensitive.
 */
export const JUNK_PARAGRAPH_RE = new RegExp(
  '^(?:' +
    [
      '(?:share|teilen|partager|compartir|condividi)(?: (?:this|on|via|article|story|post|artikel))?.{0,40}',
      '(?:read|lesen sie|weiterlesen|read more|mehr lesen|lire la suite|leer más|continue reading).{0,40}',
      '(?:advertisement|anzeige|werbung|publicité|publicidad|sponsored|\\(?ad\\)?)',
      '(?:©|\\(c\\)|copyright|all rights reserved|alle rechte vorbehalten).{0,120}',
      '(?:photo|foto|bild|image|picture|credit|quelle|source)s?\\s*:.{0,80}',
      '(?:tags?|schlagw[öo]rter|stichw[öo]rter|themen|topics|categories|kategorien?)\\s*:.{0,200}',
      '(?:follow us|folgen sie uns|subscribe|sign up|newsletter|abonnieren).{0,80}',
      '(?:print|drucken|e-?mail|mail|tweet|facebook|twitter|whatsapp|pinterest|linkedin|xing)',
      '(?:posted|published|veröffentlicht|erschienen|geschrieben|updated|aktualisiert|stand)(?: on| am| by| von| in)?\\s*:?.{0,60}\\d.{0,20}',
      '(?:leave a (?:comment|reply)|kommentar(?:e)? (?:schreiben|hinterlassen)|\\d+ (?:comments?|kommentare?))',
      '(?:you (?:must|need to) be logged in|log ?in to|anmelden|registrieren).{0,60}',
      '(?:related|ähnliche|verwandte|weitere) (?:articles?|posts?|stories|artikel|beiträge|themen).{0,40}',
      // Label lines left by comment widgets, print buttons, reading-time badges and source notes.
      '(?:view|show|hide|load) (?:all )?comments?', 'original(?:publikation|artikel|veröffentlichung|quelle)\\s*:?', '(?:rezept |artikel |seite )?(?:drucken|drukuj|imprimer|imprimir|stampa)',
      'print (?:this )?(?:page|article|recipe|story)', '(?:bild|foto|image) (?:anzeigen|vergrößern|öffnen)', '(?:lesezeit|reading time)\\s*:?\\s*\\d+\\s*min.{0,10}',
      '\\d+\\s*(?:min(?:ute)?s?|minuten|minut) (?:read|lesezeit|czytania|de lecture|de lectura)', '(?:aufrufe|views|zugriffe|wyświetle[nń]|odsłon)\\s*:?\\s*[\\d.,]*',
    ].join('|') +
    ')$',
  'i',
);

// ---------------------------------------------------------------------------------------------
// Reconciling Readability with our own scorer
// ---------------------------------------------------------------------------------------------

export const RECONCILE = {
  /**
   * Our text wins when it is at least this many times longer than Readability's (Readability then
   * dropped real paragraphs); otherwise Readability's tighter cleaning wins. Tuned on the tune slice.
   */
  ownLongerRatio: 1.3,
};

/**
 * In `auto` mode Readability (about a third of the run time) is consulted only when our own text is
 * short, i.e. when our scorer is least sure; that keeps the extractor above 100 pages/s.
 */
export const READABILITY_WHEN = {
  ownTextBelow: 1000,
};

/**
 * Second pass without class/id pruning (extract.ts): run when the first pass kept less than
 * `ownTextBelow` characters while class pruning removed at least `minPrunedChars`; its result wins
 * when it is `longerRatio` times longer. Class words such as `widget`, `sidebar` or `print` sit on
 * page-builder wrappers that hold the whole article often enough that one rule cannot tell them apart.
 */
export const RETRY = {
  ownTextBelow: 500,
  minPrunedChars: 500,
  longerRatio: 2,
};

// ---------------------------------------------------------------------------------------------
// Not-an-article detection
// ---------------------------------------------------------------------------------------------

export const NOT_ARTICLE = {
  /** Less main text than this (characters) is not an article. */
  minTextChars: 250,
  /** Pages whose body text is mostly link text are index pages. */
  indexLinkDensity: 0.6,
  /** Login walls: short text mentioning sign-in. */
  loginWallRe: /\b(?:log ?in|sign ?in|anmelden|einloggen|connexion|password|passwort|mot de passe)\b/i,
  loginWallMaxChars: 800,
};

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/** Dates before this year are not web publication dates (the web went mainstream ~1995). */
export const MIN_PLAUSIBLE_YEAR = 1995;

/**
 * Meta tags (name/property/itemprop, lower-cased) that carry the publication date, most trusted first.
 */
export const PUBLISHED_META_NAMES = [
  'article:published_time', 'og:published_time', 'article:published', 'published_time',
  'datepublished', 'article.published', 'article_date_original', 'publication_date',
  'publish-date', 'publish_date', 'published-date', 'pubdate', 'pub_date', 'sailthru.date',
  'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created',
  'dc.date', 'dcterms.date', 'date', 'citation_publication_date', 'citation_date',
  'originalpublicationdate', 'og:pubdate', 'ptime', 'article:post_date', 'cxenseparse:recs:publishtime',
  'datecreated', 'created', 'creation_date', 'release_date', 'eomportal-lastupdate-date',
  'bt:pubdate', 'date.available', 'prism.publicationdate', 'last-modified-date-of-publication',
  'dc.created', 'shareaholic:article_published_time', 'dateline', 'displaydate', 'item-publish-date',
];

/**
 * Publication meta tags that win over a JSON-LD `datePublished` naming another day (metadata.ts
 * structuredDate); tuned on the htmldate tune slice (+3 pages, none lost).
 */
export const META_OVERRIDES_JSON_LD = ['article:published_time', 'og:published_time', 'dc.date', 'date', 'dcterms.date'];

/** Meta tags holding the modification date: used only when nothing names the publication date. */
export const MODIFIED_META_NAMES = [
  'article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'dcterms.modified',
  'last-modified', 'lastmod', 'modified', 'revised', 'utime',
];

/** Month names (lower-case, accents kept) in the languages we meet, mapped to 1-12. */
export const MONTHS: Record<string, number> = buildMonths({
  1: ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'styczeń', 'stycznia', 'январь', 'января', 'ocak', 'tammikuu', 'leden', 'ledna'],
  2: ['february', 'feb', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fev', 'febrero', 'febbraio', 'fevereiro', 'februari', 'luty', 'lutego', 'февраль', 'февраля', 'şubat', 'helmikuu', 'únor', 'února'],
  3: ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'maart', 'marzec', 'marca', 'март', 'марта', 'mart', 'maaliskuu', 'březen', 'března', 'mär', 'mrz'],
  4: ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwiecień', 'kwietnia', 'апрель', 'апреля', 'nisan', 'huhtikuu', 'duben', 'dubna'],
  5: ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maj', 'maja', 'май', 'мая', 'mayıs', 'toukokuu', 'květen', 'května'],
  6: ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwiec', 'czerwca', 'июнь', 'июня', 'haziran', 'kesäkuu', 'červen', 'června'],
  7: ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipiec', 'lipca', 'июль', 'июля', 'temmuz', 'heinäkuu', 'červenec', 'července'],
  8: ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'sierpień', 'sierpnia', 'август', 'августа', 'ağustos', 'elokuu', 'srpen', 'srpna'],
  9: ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro', 'wrzesień', 'września', 'сентябрь', 'сентября', 'eylül', 'syyskuu', 'září'],
  10: ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'październik', 'października', 'октябрь', 'октября', 'ekim', 'lokakuu', 'říjen', 'října'],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopad', 'listopada', 'ноябрь', 'ноября', 'kasım', 'marraskuu', 'listopadu'],
  12: ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudzień', 'grudnia', 'декабрь', 'декабря', 'aralık', 'joulukuu', 'prosinec', 'prosince'],
});

function buildMonths(table: Record<number, string[]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [num, names] of Object.entries(table)) for (const n of names) out[n] = Number(num);
  return out;
}

/**
 * Words that, before a date in visible text, say it is the publication date (raise its rank) or the
 * modification date (lower it).
 */
export const DATE_PUBLISHED_CUE_RE =
  /(?:published|posted|veröffentlicht|erschienen|publié|publicado|pubblicato|datum|date|dated|erstellt|written|geschrieben|on|am|le|vom)\s*:?\s*$/i;
export const DATE_MODIFIED_CUE_RE =
  /(?:updated|update|modified|aktualisiert|geändert|zuletzt|mis à jour|actualizado|aggiornato|last edited|stand)\s*:?\s*(?:on|am|le)?\s*$/i;

/** Class/id of elements whose text is likely the publication date line. */
export const DATE_ELEMENT_TOKEN_RE =
  /(?:^|[-_\s])(?:date|datum|time|zeit|published|pubdate|posted|postedon|posted-on|entry-date|post-date|byline|meta|dateline|timestamp|article-date|publish|fecha|data)(?:$|[-_\s])/i;

/** How many characters of visible text (from the top of the body) are searched for date lines. */
export const DATE_TEXT_SCAN_CHARS = 20_000;

// ---------------------------------------------------------------------------------------------
// Authors
// ---------------------------------------------------------------------------------------------

/** Author strings (after cleaning) that are not people. */
export const NOT_AUTHOR_RE =
  /(?:\bminute(?:s)? read\b|\bmin read\b|^staff$|\bstaff(?: writer| reporter)?$|^admin$|^administrator$|^redaktion$|^editor(?:s)?$|^editorial$|^the editors$|^anonymous$|^guest$|^unknown$|^user$|^news ?desk$|^web ?desk$|https?:\/\/|www\.|@|\.com\b|\d{4}|\d{1,2}[./]\d{1,2})/i;

/** Prefixes stripped from bylines. */
export const BYLINE_PREFIX_RE = /^(?:(?:written |posted |reported |text |story |photos? )?by|von|par|por|di|door|av|autor(?:in)?|author|text|von der)\s*:?\s+/i;

/** Separators between several authors. */
export const AUTHOR_SPLIT_RE = /\s*(?:,|;|\/|\||&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bwith\b|\bmit\b)\s*/i;

/** An author name longer than this is a sentence, not a name. */
export const MAX_AUTHOR_CHARS = 60;

// ---------------------------------------------------------------------------------------------
// Conditional cleaning inside the chosen container (clean.ts)
// ---------------------------------------------------------------------------------------------

/**
 * Boxes inside the article container are furniture when they hold few commas (little prose) and
 * many links, a promotion line, or only a short label (Readability's `_cleanConditionally`, without
 * images). Reached trafilatura tune F1 0.930 (P 0.937, R 0.924) from 0.917.
 */
export const CONDITIONAL_CLEAN = {
  /** Elements judged as boxes; p/li/headings are judged by the paragraph filters instead. */
  boxTags: new Set(['div', 'section', 'ul', 'ol', 'table', 'header', 'dl', 'center', 'span']),
  /** A box with this many commas is prose, whatever else it holds (Readability: 10). */
  keepCommas: 10,
  /** Link share above which a low-comma box is navigation (Readability: 0.2; 0.15 was better on the tune slice). */
  maxLinkDensity: 0.15,
  /** A promotion line is at most this long; its box at most this long. */
  promoLineMaxChars: 200,
  promoBoxMaxChars: 600,
  /**
   * A box shorter than this with no sentence in it is a label ("View Comments", "Originalpublikation",
   * a date, a category name); tuned on the tune slice (25 -> 80 raised precision, recall flat).
   */
  labelBoxMaxChars: 80,
  /** Boxes judged as labels: lists and tables of short items (ingredients, scores) are content. */
  labelTags: new Set(['div', 'section', 'header', 'center', 'span']),
};

/** Lines that make their box a promotion: subscription offers, newsletter sign-ups, app downloads. */
export const PROMO_BOX_RE =
  /\b(?:subscribe|subscribers?|subscription|sign up for|newsletter|abonnier|abonnement|jahresabo|probeabo|abo\b|jetzt (?:testen|bestellen|lesen|sichern)|gratis|kostenlos (?:testen|lesen|anmelden)|download (?:the|our) app|app herunterladen|inscrivez-vous|abonnez-vous|suscríbete|zapisz się|prenumerat)/i;
