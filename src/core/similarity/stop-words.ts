/**
 * English words too common to say anything about a text's topic. Kept short on
 * purpose: idf already damps frequent words, this list only spares the index
 * the very commonest ones. Entries are lowercase and without apostrophes,
 * because the tokenizer folds "it's" into "its" before looking words up.
 */

const WORDS = `
about after all also am an and any are as at be because been before being between both but by can
could did do does doing down during each etc few for from had has have having he her here him his
how however if in into is it its just may me might more most must my no nor not now of off on only
or other our out over per shall she should so some such than that the their them themselves then
there these they this those through thus to too under up us very via was we were what when where
which while who why will with within without would you your dont doesnt isnt cant wont im thats
`;

/** The stop words, lowercase, NFC, apostrophes removed. */
export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((word) => word.length > 0));
