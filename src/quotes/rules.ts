/**
 * Every pattern, word list and threshold the quote finder uses, with why. Options in
 * `QuoteOptions` override the numbers; the word lists are data (see also `names-data.ts`).
 */

/** Opening-only double marks: curly, guillemet, low-9 (German/Russian „…“). */
export const DOUBLE_OPEN = new Set(['“', '«', '„']);
/** Closing-only double marks. `“` also closes a quote opened with `„`. */
export const DOUBLE_CLOSE = new Set(['”', '»']);
/** Marks that open or close depending on the characters around them. */
export const DOUBLE_EITHER = new Set(['"']);
/** Single marks; `’` and `'` are also apostrophes, so they close only a quote opened with a single mark. */
export const SINGLE_OPEN = new Set(['‘', '‚']);
export const SINGLE_EITHER = new Set(["'", '’']);
/** Any mark that can open a quote continued from the previous paragraph. */
export const CONTINUATION_OPEN = /^[\s]*["“«„]/;

export interface QuoteOptions {
  /** Quotes of at most this many words are scare quotes or titles unless something attributes them. */
  scareMaxWords: number;
  /** Speaker phrases longer than this many words are clauses, not speakers. */
  maxSpeakerWords: number;
  /** An attribution after a quote must begin within this many words of the closing mark. */
  maxTrailerGapWords: number;
  /** A single-mark quote longer than this many characters is a run of apostrophes, not a quote. */
  maxSingleQuoteChars: number;
}

export const DEFAULT_OPTIONS: QuoteOptions = {
  // "legitimate", "several thousand", "Coalition of the Willing": short marked phrases are usually
  // scare quotes, names or titles; up to 3 words they are kept only when a cue attributes them.
  scareMaxWords: 3,
  // "78-year-old international relations guru Yuri Ushakov" is 6; beyond 9 it is a clause.
  maxSpeakerWords: 9,
  // `," Peskov, who has led talks with Russia, told reporters` starts at once; allow a short apposition.
  maxTrailerGapWords: 12,
  // Titles in single marks ('Hamilton') are short; longer runs pair unrelated apostrophes.
  maxSingleQuoteChars: 300,
};

/**
 * Speech and attribution verbs, as written (every inflection listed: no stemming). Broad on purpose:
 * news attributes with dozens of verbs, and the verb must sit next to a speaker to count.
 */
const CUE_STEMS: readonly string[] = [
  'say says said saying',
  'tell tells told telling',
  'add adds added adding',
  'state states stated stating',
  'warn warns warned warning',
  'disclose discloses disclosed disclosing',
  'remark remarks remarked remarking',
  'assert asserts asserted asserting',
  'note notes noted noting',
  'explain explains explained explaining',
  'insist insists insisted insisting',
  'argue argues argued arguing',
  'claim claims claimed claiming',
  'write writes wrote writing written',
  'tweet tweets tweeted tweeting',
  'post posts posted',
  'ask asks asked asking',
  'reply replies replied replying',
  'respond responds responded',
  'declare declares declared declaring',
  'announce announces announced announcing',
  'acknowledge acknowledges acknowledged acknowledging',
  'admit admits admitted admitting',
  'concede concedes conceded conceding',
  'confirm confirms confirmed confirming',
  'deny denies denied denying',
  'suggest suggests suggested suggesting',
  'stress stresses stressed stressing',
  'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising',
  'continue continues continued continuing',
  'conclude concludes concluded concluding',
  'recall recalls recalled recalling',
  'urge urges urged urging',
  'vow vows vowed vowing',
  'pledge pledges pledged pledging',
  'promise promises promised promising',
  'predict predicts predicted predicting',
  'complain complains complained complaining',
  'call calls called calling',
  'describe describes described describing',
  'counter counters countered countering',
  'quip quips quipped quipping',
  'joke jokes joked joking',
  'observe observes observed observing',
  'caution cautions cautioned cautioning',
  'contend contends contended contending',
  'maintain maintains maintained maintaining',
  'allege alleges alleged alleging',
  'charge charges charged charging',
  'accuse accuses accused accusing',
  'lament laments lamented lamenting',
  'boast boasts boasted boasting',
  'shout shouts shouted shouting',
  'yell yells yelled yelling',
  'chant chants chanted chanting',
  'reiterate reiterates reiterated reiterating',
  'mention mentions mentioned mentioning',
  'comment comments commented commenting',
  'testify testifies testified testifying',
  'report reports reported',
  'reveal reveals revealed revealing',
  'indicate indicates indicated indicating',
  'answer answers answered answering',
  'affirm affirms affirmed affirming',
  'proclaim proclaims proclaimed proclaiming',
  'characterize characterizes characterized characterizing characterise characterised',
  'label labels labeled labelled labeling',
  'dub dubs dubbed dubbing',
  'threaten threatens threatened threatening',
  'believe believes believed',
  'think thinks',
  'echo echoes echoed echoing',
  'point points pointed',
  'tout touts touted touting',
  'blast blasts blasted',
  'slam slams slammed slamming',
  'praise praises praised praising',
  'criticize criticizes criticized criticizing criticise criticised',
  'question questions questioned questioning',
  'wonder wonders wondered wondering',
  'muse muses mused',
  'recount recounts recounted recounting',
  'read reads',
  'decry decries decried',
  'demand demands demanded demanding',
  'hail hails hailed hailing',
  'brand brands branded branding',
  'refer refers referred',
  'scoff scoffs scoffed',
  'sneer sneers sneered',
  'snap snaps snapped',
  'thunder thunders thundered',
  'assure assures assured assuring',
  'clarify clarifies clarified clarifying',
  'estimate estimates estimated',
  'bemoan bemoans bemoaned bemoaning',
  'grouse grouses groused',
  'mock mocks mocked mocking',
  'rip rips ripped ripping',
  'lash lashes lashed',
  'dismiss dismisses dismissed dismissing',
  'defend defends defended defending',
  'hint hints hinted hinting',
  'chide chides chided',
  'scold scolds scolded',
  'rebuke rebukes rebuked',
  'taunt taunts taunted',
  'ridicule ridicules ridiculed',
  'lambaste lambastes lambasted lambast',
  'assail assails assailed',
  'retort retorts retorted',
  'plead pleads pleaded pled',
  'implore implores implored',
  'tease teases teased',
  'vent vents vented',
  'gush gushes gushed',
  'fume fumes fumed',
  'protest protests protested',
  'reject rejects rejected rejecting',
  'dispute disputes disputed',
  'challenge challenges challenged',
  'boom booms boomed',
  'sing sings sang',
  'cry cries cried',
  'scream screams screamed',
  'whisper whispers whispered',
  'murmur murmurs murmured',
  'blame blames blamed blaming',
  'speak speaks spoke speaking',
  'offer offers offered',
  'express expresses expressed',
];

/** Every cue word form. */
export const CUE_WORDS: ReadonlySet<string> = new Set(CUE_STEMS.flatMap((s) => s.split(' ')));

/** Multi-word cues, matched before single words. */
export const CUE_PHRASES = ['according to', 'went on to say', 'pointed out'];

/**
 * Cues whose following noun phrase is the addressee or object, never the speaker ("told reporters",
 * "called the meeting"), so "CUE SPEAKER" inversion is not tried for them.
 */
export const NO_INVERSION = new Set([
  ...'tell tells told telling call calls called calling describe describes described describing accuse accuses accused accusing urge urges urged urging warn warns warned warning ask asks asked asking label labels labeled labelled labeling dub dubs dubbed brand brands branded praise praises praised criticize criticizes criticized slam slams slammed blast blasts blasted question questions questioned assure assures assured hail hails hailed refer refers referred threaten threatens threatened believe believes believed think thinks deny denies denied confirm confirms confirmed echo echoes echoed tout touts touted'.split(
    ' ',
  ),
]);

/** Verbs that report speech clearly enough to make an indirect quote ("X said that ..."). */
export const INDIRECT_CUES = new Set(
  'said says say told tells added adds stated states warned warns noted notes explained explains insisted insists argued argues claimed claims wrote writes announced announces acknowledged admitted conceded confirmed denied suggested suggests stressed emphasized emphasised predicted complained contended maintained alleged reported revealed indicated affirmed reiterated testified asserted asserts declared declares disclosed remarked recalled vowed pledged promised warned cautioned believes believed believe thinks think argue agreed estimated denies confirms admits acknowledges suggests stresses predicts warns reveals recalls'.split(
    ' ',
  ),
);

/** Words allowed between a speaker and the cue ("Peskov also said", "she later told"). */
export const BETWEEN_WORDS = new Set(
  'also later then previously has had have would will was is once recently repeatedly further again earlier reportedly subsequently allegedly publicly privately first initially already since just still both simply only quickly often frequently never even too himself herself themselves itself'.split(
    ' ',
  ),
);

export const PRONOUNS: Readonly<Record<string, 'm' | 'f' | 'n' | 'p' | 'self'>> = {
  he: 'm',
  him: 'm',
  she: 'f',
  her: 'f',
  they: 'p',
  them: 'p',
  it: 'n',
  i: 'self',
  we: 'self',
};

/** Words that end a backward walk over a speaker phrase: a speaker is never built across them. */
export const SPEAKER_STOP = new Set(
  'that which and but or nor while when as because if after before where so than to in on at with by from about into over under since until whether not no is was are were be been being do does did it this these those there here what whom whose how why who also said says told just only even new more most very'.split(
    ' ',
  ),
);

/** Determiners and possessives that may open a descriptive speaker ("the ministry", "his spokesman"). */
export const DETERMINERS = new Set('the a an his her their its our my this that one two three several many some other another'.split(' '));

/** Capitalised words that open a sentence without being part of a name. */
export const SENTENCE_ADVERBS = new Set(
  'But And Yet So Also However Meanwhile Still Then Now Later Earlier Instead Indeed Nevertheless Moreover Furthermore Yesterday Today Tonight Separately Previously Speaking In On At During After Before Since When While Although Though Last This Monday Tuesday Wednesday Thursday Friday Saturday Sunday Asked Here There Finally First Second Ultimately Recently Notably Overall Elsewhere Thus Hence Similarly Likewise Nor Or Even'.split(
    ' ',
  ),
);

/** Title words standing before a name ("Foreign Minister Sergei Lavrov"); the name is what follows. */
export const TITLE_WORDS = new Set(
  'president vice prime minister secretary senator sen sen. rep rep. representative gov gov. governor mayor chancellor spokesman spokeswoman spokesperson chairman chairwoman chair ceo director general gen gen. gen colonel col. lt. sgt. captain judge justice attorney ambassador envoy adviser advisor aide commissioner leader king queen prince princess pope patriarch mr mr. mrs mrs. ms ms. dr dr. prof prof. professor rev. reverend sheikh congressman congresswoman speaker candidate nominee deputy foreign defense defence interior state minister premier official officials analyst expert correspondent reporter editor founder head chief executive economist lawyer'.split(
    ' ',
  ),
);

/** Plural person nouns that end a named group speaker ("Opposition members", "Trump aides", "Democratic lawmakers"). */
export const GROUP_NOUNS = new Set(
  'members officials leaders lawmakers legislators aides advisers advisors supporters voters critics analysts experts protesters activists advocates delegates senators representatives donors staffers strategists operatives economists residents officers diplomats ministers'.split(
    ' ',
  ),
);

/** Titles that tell a speaker's gender. */
export const MALE_TITLES = new Set('mr mr. spokesman chairman congressman king prince sir father husband son brother uncle businessman'.split(' '));
export const FEMALE_TITLES = new Set(
  'mrs mrs. ms ms. miss spokeswoman chairwoman congresswoman queen princess madam lady mother wife daughter sister aunt businesswoman'.split(' '),
);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt st jr sr inc corp co ltd vs etc u.s u.k u.n e.g i.e no jan feb mar apr jun jul aug sep sept oct nov dec rev'.split(' '),
);

/** Things in quotation marks that are never someone's words: ids, handles, numbers, URLs, dates. */
export const NOT_SPEECH = /^(?:[@#]\S+|[\d\s.,:/%$-]+|https?:\/\/\S+|\S+\.(?:com|org|net)\S*|\S*=\S*)$/;
