/**
 * Function words and reporting verbs that say nothing about which happening an article reports.
 * Capitalised at a sentence start they are not names either.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although am among an and another any are around as at
  be became because become been before being below between both but by can cannot could did do does doing
  down during each either else even ever every few for from further had has have having he her here hers
  herself him himself his how however i if in into is it its itself just last least less like made make
  many may me might more most much must my myself near neither never no nor not now of off often on once
  one only or other others our ours ourselves out over own per perhaps rather same says said say saying
  she should since so some still such than that the their theirs them themselves then there these they
  this those though through thus to too toward towards under until up upon us very via was we were what
  whatever when where whether which while who whom whose why will with within without would yet you your
  yours yourself according told reported report reports reporting news today yesterday tomorrow week
  mr mrs ms dr st am pm monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`
    .split(/\s+/)
    .filter(Boolean),
);
