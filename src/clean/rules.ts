/**
 * Every pattern and threshold the plain-text cleaner uses, in one place, each with why.
 * Patterns describe kinds of lines (line shape and lexical cues), never lines of particular sites.
 */

/** A body paragraph has at least this many words and ends like a sentence: it marks the end of the header zone. */
export const BODY_MIN_WORDS = 12;

/** Lines at most this long can be navigation, promo, prompt or footer lines; longer ones are prose. */
export const SHORT_LINE_WORDS = 12;

/** A title has at least this many words when several header lines compete (section tags are shorter). */
export const TITLE_PREFERRED_MIN_WORDS = 4;
/** ...and at most this many: longer lines are lead paragraphs. */
export const TITLE_MAX_WORDS = 30;

/** All-capitals lines of at least this many words inside a body are promo headlines ("HOW X FITS IN Y"). */
export const CAPS_PROMO_MIN_WORDS = 3;

/** An exact repeat of an earlier line this long (characters) is a paste artefact; shorter repeats may be legitimate. */
export const DUPLICATE_MIN_CHARS = 20;

/** A line that is a prefix of an earlier line of at least this many characters is a truncated repeat. */
export const DUPLICATE_PREFIX_MIN_CHARS = 60;

/** Comment score at which a tail paragraph is taken for a reader comment (see comments.ts). */
export const COMMENT_SCORE_MIN = 3;

/** Share of the document (by unit index) after which a paragraph is in the tail, where comments live. */
export const TAIL_START_SHARE = 0.5;

/** Distinct disclaimer cues needed anywhere, or one cue in a tail block without reporting. */
export const DISCLAIMER_CUES_MIN = 2;

/** Hard-wrapped text: share of lines whose length sits near the widest line. */
export const WRAP_SHARE_MIN = 0.6;
/** ...within this fraction of the widest line. */
export const WRAP_WIDTH_SLACK = 0.25;

/** Whole lines that only announce other content: related lists, most-read boxes. */
export const PROMO_WHOLE = [
  /^(related( content| articles?| stories| news| posts| coverage| topics| links| videos?)?|more (from|on|stories|news)\b.*|most (read|popular|viewed|shared)|trending( now| stories)?|top stories|recommended( for you| reading| stories)?|you may (also )?like|you might (also )?like|others are reading now|editor'?s picks?|what to read next|popular now|latest( news| stories)?|in other news|more|up next|watch next|next up)\s*:?$/i,
];
/** Line openings that introduce a link to another article: "Also read: ...", "See also ...", "READ MORE: ...". */
export const PROMO_PREFIX = [
  /^(also read|see also|read also|read more|more reading|further reading|related|read next|must read|don'?t miss|recommended|watch|video|gallery|photos|in pictures|listen)\s*[:|\-–—]/i,
  /^(also read|see also|read also|read more|don'?t miss)\b/i,
];

/** Calls to act that are not reporting: listen, share, subscribe, follow, download. */
export const PROMPT = [
  /(you can now listen to|listen to (this|the) (article|story))/i,
  /\b(click (here|to)|tap (here|to)|sign up (for|to)|subscribe (to|now|for)|share (this|on)|follow us|download (the|our) app|enable notifications|join (us|our) on|get (the|our) newsletter|newsletter sign.?up|turn on notifications|audio is (not )?available|min(ute)?s? read\b|print this (article|page)|email this|copy link|reading mode)/i,
  /^(share|tweet|email|print|comment|save|bookmark|facebook|twitter|whatsapp|linkedin|telegram|copy|x)(\s*[|·•/]\s*(share|tweet|email|print|comment|save|bookmark|facebook|twitter|whatsapp|linkedin|telegram|copy|x))*$/i,
];

/** Advertising markers. */
export const AD = [/^(ads? by\b.*|advertisement|advertising|sponsored( content| by\b.*)?|promoted( content| by\b.*)?|paid (post|content|partner)|partner content|ad)$/i, /^-*\s*advertisement\s*-*$/i];

/** End-of-page furniture. */
export const FOOTER = [
  /^(back to top( button)?|skip to (main )?content|top of page|go to top|scroll to top|leave a (reply|comment)|post a comment|cancel reply|load more( comments)?|show comments|view comments|tags?:.*|filed under:?.*|topics?:.*|categories:.*|copyright\b.*|©.*|all rights reserved\.?|terms (of use|and conditions)|privacy policy|cookie (policy|settings)|contact us|about us|sitemap|more$|next( article)?|previous( article)?)$/i,
];

/** Breadcrumb and menu lines: "Home > World > Europe", "Homepage War Title...". */
export const NAVIGATION = [
  /^(home(page)?|start|main page)\b.*(\.\.\.|…|[>»›|/]).*$/i,
  /^(home(page)?|start)\s*[>»›|/]/i,
  /^([\p{L}][\p{L} &'-]{0,24}\s*[>»›|•·]\s*){2,}[\p{L}][\p{L} &'-]{0,24}$/u,
];

/** Photo credits: "Name / Shutterstock.com", "(Contributor/Getty Images)", "Photo: AP". */
export const CREDIT_AGENCIES =
  /(getty ?images|shutterstock|istock(photo)?|\bap photo\b|associated press|reuters|\bafp\b|\bepa\b|alamy|anadolu|bloomberg|sipa|pool photo|\bimago\b|dpa|xinhua|tass|ria novosti|sputnik|wikimedia|wikipedia|unsplash|pexels|flickr|depositphotos|dreamstime|123rf|handout|file photo|\.com\b)/i;
export const CREDIT_LINE = /^(photo|image|picture|credit|photograph|foto|illustration)s?\s*(by|credit)?\s*[:©]/i;
/** A caption often ends with its credit in brackets: "... (Danylo Antoniuk/AP Photo)". */
export const TRAILING_CREDIT = /\(([^()]{2,80})\)\s*$/;

/** Words that open a reader-comment section. */
export const COMMENT_ZONE = /^(\d+\s+)?(comments?|responses?|replies|reader comments|leave a (reply|comment)|join the (conversation|discussion)|add a comment|what do you think\??|discussion|have your say|comments are closed\.?)\s*(\(\d+\))?:?$/i;
/** Lines of comment furniture: "John says:", "Reply", "3 hours ago", "Report abuse". */
export const COMMENT_META = /^(reply|report( abuse)?|like|dislike|flag|\d+\s+(likes?|replies)|[\p{L}.\- ]{1,40} (says|wrote|commented):?|\d+ (seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|.*\bat \d{1,2}:\d{2}\s*(am|pm)?)$/iu;

/** Evidence that a paragraph reports (quotes, attribution): such paragraphs are not comments. */
export const REPORTING = /["“”«»„]|\b(said|says|told|stated|according to|announced|reported|added|declared|wrote in|asserted|remarked|noted|warned|claimed)\b/i;

/** Markers of a reader's voice rather than a reporter's. */
export const OPINION = [
  /\b(i|i'm|i've|i'd|me|my|mine)\b/i,
  /\b(you|your|you're)\b/i,
  /\b\w+n['’]t\b/i,
  /\b(really|totally|obviously|honestly|stupid|idiots?|ridiculous|reasonable|pathetic|disgusting|shameful|hypocrit\w*|liars?|evil|lol|imo|imho|smh|wtf)\b/i,
  /[!?]{2,}|!\s*$/,
];

/** Site disclaimers and legal text. */
export const DISCLAIMER_CUES = [
  /\bthis (web)?site\b/i,
  /\bliabilit(y|ies)\b|\bdisclaim/i,
  /\bterms (of|and) (use|service|conditions)\b/i,
  /\ball rights reserved\b/i,
  /\b(sole|own) responsibility\b/i,
  /\b(local|applicable) laws?\b/i,
  /\bgambling\b|\bbetting\b/i,
  /\bprivacy policy\b|\bcookies\b/i,
  /\bmay not be (re)?(published|produced|distributed)|\bwithout (prior )?(written )?permission\b/i,
  /\b(views|opinions) expressed\b/i,
  /\baffiliate (links?|commission)\b/i,
  /\bnot (be )?(construed|intended) as\b.*\badvice\b/i,
];

/** A byline: "By Ann Lee and Bo Chen", "Ann Lee, Bo Chen", "Ann Lee | Reuters". */
export const BYLINE_PREFIX = /^(by|written by|words by|reporting by|von|par|por|di)\s+/i;
/** One personal name: two to four capitalised words, allowing initials, particles and hyphens. */
export const PERSON_NAME = /^(\p{Lu}[\p{L}'’-]*\.?)(\s+(van|von|de|da|del|der|di|le|la|bin|al|\p{Lu}[\p{L}'’-]*\.?)){1,3}$/u;

/** Dates written as a line of their own near the top: "Published January 8, 2026", "08.01.2026 14:30". */
export const DATE_LINE = /^(published|posted|updated|last updated|first published|date)?\s*:?\s*(on\s+)?((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?((\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2},?\s+)?\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})([ ,|at-]+\d{1,2}[:.]\d{2}\s*(am|pm)?\s*([A-Z]{2,4}|GMT[+-]?\d*|UTC)?)?\.?$/i;

/** Lines with no letters or digits at all ("." "***" "—"). */
export const NO_CONTENT = /^[^\p{L}\p{N}]*$/u;
