package io.interdict.core.match.fuzzy;

import io.interdict.core.names.CountryNames;
import io.interdict.core.names.Hypocorisms;
import io.interdict.core.names.NameVariants;
import io.interdict.core.names.TokenKind;

/**
 * An upper bound of a Latin candidate's {@code interdict-v2} score, worked out before the alignment: in a search most
 * candidates (95 % of the screening queries') share one word with the query and score far below
 * {@link FuzzyMatcher#MIN_CANDIDATE_SCORE}; proving that from the words' lengths and letter sets skips their alignment.
 *
 * <p>Exact, never a guess: {@link #below} is true only when {@link InterdictV2}'s value in a search (with a list
 * context) is certainly below the floor. It bounds a search's score only, the one place it is used: compared pairwise
 * (no list), the scorer makes pairs a search never makes ({@link TwoEditWord}'s slip two edits apart, a word written
 * twice that weighs nothing), which the bound leaves out.
 * The proof, for two names neither of which is read from another script, or a Latin name and one read from Han, Hangul or
 * kana, or partly Latin ({@link InterdictV2#readAsSpelt}: its words pair as spelt, and as {@link NameVariants}' spellings
 * of one name; a Latin name and one read from an alphabet or an abugida by its consonants, {@link #belowByConsonants},
 * adds the second opinion's pairs; an abjad's reading is not bounded):
 * <ul>
 * <li>no glueing: the side with more words has no run that {@link TokenAlignment.Side#mergeAgainst} could glue (its own
 *     length and letter tests, and no acronym its first letters spell; between names of as many words in one script,
 *     neither side has such a run, acronyms aside), or, where those leave a run open, the merge
 *     itself run ahead ({@link TokenAlignment#glues}) glues none; otherwise there is no bound;</li>
 * <li>a word pair is certainly unpaired (similarity 0) when neither is a particle, their letter sets or lengths put
 *     the edit distance beyond what {@link InterdictV1#textSimilarity} accepts, their phonetic codes differ, their
 *     skeletons are as far apart, and they are neither two words the romanisation folds join ({@link
 *     WordOpinions#foldable} and the same {@link RomanisationFold} fold, told apart by the folds' hashes) nor a two- and
 *     a three-letter word the longer holding the shorter's letters or folding alike ({@link WordOpinions#SHORT}), nor
 *     two words of {@link Hypocorisms}' table (across scripts, nor of
 *     {@link NameVariants}' table, as their groups' bits tell); initials and numbers exactly as {@link
 *     TokenAlignment.Side#similarity} pairs them; a particle against another word only when they fold alike or, for a
 *     word of at most four letters, one edit apart or a slip of the particle's other spellings ({@link
 *     #mayPairParticle}); every other pair may pair at 1;</li>
 * <li>so each side's coverage is at most the weight of its words that may pair over that weight plus the weight of
 *     the words that cannot (a query word of two or three letters may be a misspelt small word that weighs nothing,
 *     {@link SmallWordSlip}: left out; not across scripts, where the scorer finds no slip), and the conflict at most
 *     minus the weight each side certainly leaves unpaired;</li>
 * <li>a pair below {@link InterdictV2#TYPO_COVERS} is lifted to it only when it may be a typo (one edit apart, or one
 *     romanisation fold; across scripts, typos lift nothing);</li>
 * <li>every other feature of the table only subtracts, and the value is clamped to [0, 1]: so coverage plus conflict
 *     below the floor puts the value below it. Two of them are subtracted too where the pairs the words allow make them
 *     certain ({@link #certainPenalties}): {@code single_token_extra} (a lone word against a name with a word certainly
 *     unpaired: "Eduardo" ~ "Luis Eduardo Cuellar Castro") and, in a search, {@code common_words_only}.</li>
 * </ul>
 * The bound reads each name from a {@link #summary}: one array of primitives per name (lengths, kinds, first letters,
 * letter sets, hashes of the text, the phonetic code and the fold, the bits of a given name's relatives and the hashes of
 * its keys in other transliteration habits), so a candidate skipped costs one read of memory, not one
 * per
 * array and string of its prepared name. Hashes decide only "certainly different" (equal strings hash alike).
 * A property test compares the bound with the full score on random names ({@code CoverageBoundPropertiesTest}).
 */
final class CoverageBound {
    /** Rounding room: the score sums its weights in another order than the bound. */
    private static final double ROUNDING = 1e-9;
    private static final TokenKind[] KINDS = TokenKind.values();
    private static final int WORD = TokenKind.WORD.ordinal();
    private static final int GENERIC = TokenKind.GENERIC.ordinal();
    private static final int PARTICLE = TokenKind.PARTICLE.ordinal();
    private static final int INITIAL = TokenKind.INITIAL.ordinal();
    private static final int NUMBER = TokenKind.NUMBER.ordinal();
    /** {@link InterdictV1#weight} by kind ordinal: an organisation's words, then a person's. */
    private static final double[] WEIGHTS = new double[2 * KINDS.length];

    static {
        for (TokenKind k : KINDS) {
            WEIGHTS[k.ordinal()] = InterdictV1.weight(k, false);
            WEIGHTS[KINDS.length + k.ordinal()] = InterdictV1.weight(k, true);
        }
    }
    /** Summary header bits above the word count: read from another script; a person's name; not bounded at all; read
     *  from another script and meeting a Latin name as spelt ({@link InterdictV2#readAsSpelt}). */
    private static final long TRANSLITERATED = 1L << 8;
    private static final long PERSON = 1L << 9;
    private static final long UNBOUNDED = 1L << 10;
    private static final long READ_AS_SPELT = 1L << 11;
    /** A Latin name of Korean syllables ({@link WordOpinions#koreanSyllables}): against another, its words pair across
     *  the two romanisations' consonants ({@link WordOpinions#KOREAN_LATIN}), which the bound does not model. */
    private static final long KOREAN = 1L << 12;
    /** What the bits of a {@link #summary} mean, which a compiled index stores ({@link FuzzyIndexCodec}): changed with
     *  them, so that an index compiled before is read as stale, not bounded with bits it lacks (2026-12-04: the country
     *  and place bits; 2026-12-04b to d, session 43: six longs a word, the relatives and the habit keys' hashes;
     *  2026-12-04e, session 44: the header's shortest run and longest word; 2026-12-07b, session 70: the initial and compound bits; 2026-12-07c, session 71: the comma family bit). */
    static final String SUMMARY_LAYOUT = "2026-12-07e";
    /** An organisation's name holding a run of words that names a country ({@code COUNTRY_RUN}), or a word that may name
     *  one otherwise ({@code COUNTRY_WORD}: a code, a short name): the alignment may glue the one into the other
     *  ({@link TokenAlignment.Side#mergeCountries}), which the bound does not model. */
    private static final long COUNTRY_RUN = 1L << 14;
    private static final long COUNTRY_WORD = 1L << 15;
    /** A name that is no person's holding a country's name or adjective ({@link CountryNames#placeWord}), or a place its
     *  body's own address names ({@link ScoringName#ownPlaces}): left unpaired
     *  beside a query's lone brand it may let {@code single_token_extra} off ({@link InterdictV2#qualifiedBrand}), so the
     *  bound does not count that penalty certain. */
    private static final long PLACE_WORD = 1L << 24;
    /** A name holding an initial, and one holding an Arabic compound an initial may stand for whole ({@link
     *  InitialCompounds}: "A." for "ABD-AL-LATIF"): the bound, which pairs an initial with one word, leaves the pair of
     *  names unbounded. */
    private static final long INITIALS = 1L << 25;
    private static final long COMPOUND = 1L << 26;
    /** A person's name some member of its group writes "FAMILY NAME, Given Names" ({@link #commaFamily}): its last word
     *  may be a second surname, which left unpaired lets {@code common_words_only} off ({@link InterdictV2#secondSurname}),
     *  so the bound does not count it certainly unpaired for the penalty. */
    private static final long COMMA_FAMILY = 1L << 27;
    /** A person's name with an East Slavic patronymic between its first and last words ({@link InterdictV2#patronymic}):
     *  left unpaired, it lets {@code common_words_only} off, so the bound does not count that word as certainly
     *  unpaired for it. Its index plus one, in the header's bits from {@link #PATRONYMIC_SHIFT} (0: none, or more
     *  than one, when no word counts). */
    private static final int PATRONYMIC_SHIFT = 16;
    private static final long PATRONYMIC_MASK = 0xFFL << PATRONYMIC_SHIFT;
    /** More than one patronymic: the bound counts none of the name's words certainly unpaired for the penalty. */
    private static final long PATRONYMICS = 1L << 13;
    /** The bits of a word's hash long that keep its phonetic code's hash; the 8 above them keep its {@link NameVariants}
     *  groups, folded ({@link #variantBits}). */
    private static final int PHONETIC_MASK = 0xFFFFFF;
    private static final int VARIANT_SHIFT = 24;
    /** Longs per word in a summary: letters, skeleton letters, lengths/kind/first letter, hashes, relatives, habit keys. */
    private static final int STRIDE = 6;
    private static final long NO_PHONETIC = 1L << 19;
    /** A word's fifth long, its relatives ({@link ShortForms#ownAndRelatives}): two words may pair as a given name and its
     *  hypocorism only when the one's own bit is among the other's relatives' bits (a word outside the table has none),
     *  so a common given name no longer keeps every candidate with another common given name from being bounded. Its
     *  sixth long keeps the hashes of its keys in {@link TransliterationHabits}: as written ({@link #HABIT_PLAIN}) and,
     *  for a word in German or French transliteration ({@link #HABIT}), as read back to English ({@link #HABIT_READ}), so
     *  two words pair in two habits only when the one's key read back hashes as the other's as written; its high half,
     *  the word's {@link ShortForms#secondOwnAndRelatives}, a second test of relatives two related words pass too. */
    private static final int SECOND_RELATIVES_SHIFT = 32;
    private static final int HABIT_PLAIN = 0;
    private static final int HABIT_READ = 16;
    /** A word's meta bit: the word carries a group only German or French transliteration writes, and may pair with its
     *  English spelling ({@link TransliterationHabits}) however far the spelling puts them apart. */
    private static final long HABIT = 1L << 36;
    /** Where a word's meta long keeps the low bits of its {@link RomanisationFold} fold's hash (equal folds hash alike). */
    private static final int FOLD_HASH_SHIFT = 37;
    private static final int FOLD_HASH_MASK = (1 << (63 - FOLD_HASH_SHIFT)) - 1;

    /** Header bits of the name's shortest run of two adjacent words, its two words' letters summed (10 bits; {@link
     *  #NO_RUN} for a name of one word), and of its longest word that is no number (8 bits; 0: none): {@link #mayGlue}
     *  reads them before any word's. */
    private static final int SHORTEST_RUN_SHIFT = 32;
    private static final int NO_RUN = 0x3FF;
    private static final int LONGEST_SHIFT = 42;

    private CoverageBound() {
    }

    /** Whether {@code InterdictV2.value(q, c, …, floor)} is certainly below {@code floor}; false when not provable. */
    static boolean below(ScoringName q, ScoringName c, double floor) {
        return below(summary(q), summary(c), q, c, null, floor);
    }

    /**
     * {@link #below(long[], long[], double)}, and where the words' summaries leave it open, the same bound with each
     * pair's own similarity: {@code q} and {@code c} are the names summarised ({@code qs}, {@code cs}), {@code memo}
     * (null: none) the query's memo, which the alignment then reads the same similarities from.
     */
    static boolean below(long[] qs, long[] cs, ScoringName q, ScoringName c, PairMemo memo, double floor) {
        return below(qs, cs, q, g -> c, 0, memo, floor, scratch());
    }

    /**
     * {@link #below(long[], long[], ScoringName, ScoringName, PairMemo, double)} for candidate {@code g}, whose name
     * {@code candidates} gives only when the summaries leave the bound open: a compiled matcher decodes a name on its
     * first reading, and the summaries alone settle most candidates.
     */
    static boolean below(long[] qs, long[] cs, ScoringName q, java.util.function.IntFunction<ScoringName> candidates, int g,
                         PairMemo memo, double floor, Scratch scratch) {
        return below(qs, cs, q, candidates, g, memo, floor, scratch, Certain.of(q, null, null, null, true));
    }

    /**
     * {@link #below(long[], long[], ScoringName, java.util.function.IntFunction, int, PairMemo, double, Scratch)}, also
     * with what {@code certain} knows of the query: which of its words may be slips, and whether the features it finds
     * certain may be subtracted ({@link #certainPenalties}; if not, coverage and conflict alone).
     */
    static boolean below(long[] qs, long[] cs, ScoringName q, java.util.function.IntFunction<ScoringName> candidates, int g,
                         PairMemo memo, double floor, Scratch scratch, Certain certain) {
        long[] rows = scratch.rows;
        int r = bound(qs, cs, floor, rows, false, certain);
        if (r == BELOW) {
            return true;
        }
        if (r == UNBOUNDABLE) {
            return readByConsonants(qs[0], cs[0])
                    && belowByConsonants(qs, cs, q, candidates.apply(g), memo, floor, scratch);
        }
        if (r != OPEN && r != MAY_GLUE) {
            return false;
        }
        ScoringName c = candidates.apply(g);
        if (r == MAY_GLUE && !TokenAlignment.glues(q, c, ((qs[0] | cs[0]) & PERSON) != 0)) {
            // The alignment's own glueing, run ahead, glues nothing: its words pair as prepared.
            r = bound(qs, cs, floor, rows, true, certain);
        }
        return r == BELOW || r == OPEN && belowByPairs(qs, cs, q, c, memo, floor, scratch, certain,
                certain.candidateCommon() != null ? certain.candidateCommon().apply(g) : null);
    }

    /**
     * What the bound knows of the query beyond the summaries:
     * <ul>
     * <li>{@code maySlip}: which of its words may be a {@link SmallWordSlip} (bit i: token i), a word of two or three
     *     letters the lists do not hold that is one edit from a small word; -1: any word of two or three letters;</li>
     * <li>{@code penalties}: whether the bound may subtract the features it finds certain ({@link #certainPenalties}), and
     *     for them whether the query is an organisation's name (then {@code single_token_extra} is taken to need no word at
     *     all, as between two organisations), and, in a search, the list's common words among the query's ({@code
     *     common}) and among a candidate's ({@code candidateCommon}, by group), as its {@link InterdictV2.ListContext}
     *     holds them, for {@code common_words_only} (null: not known).</li>
     * </ul>
     */
    record Certain(boolean queryOrganization, boolean[] common, java.util.function.IntFunction<boolean[]> candidateCommon,
                   long maySlip, boolean penalties) {
        /** Of a query known by its summary alone: taken to be an organisation's, no list, any short word a slip. */
        static final Certain NOTHING = new Certain(true, null, null, -1L, true);

        /**
         * For query {@code q}: its words common in the list ({@code common}, by token; null: not a search), those the
         * lists hold ({@code known}, by token; null: not known), each candidate group's common words ({@code
         * candidateCommon}; null: not known), and whether the bound may subtract features.
         */
        static Certain of(ScoringName q, boolean[] common, boolean[] known,
                          java.util.function.IntFunction<boolean[]> candidateCommon, boolean penalties) {
            boolean[] c = common != null && common.length == q.size() ? common : null;
            long maySlip = -1L;
            if (known != null && known.length == q.size()) {
                maySlip = 0;
                for (int i = 0; i < Math.min(q.size(), 64); i++) {
                    maySlip |= !known[i] && SmallWordSlip.slip(q.text[i]) ? 1L << i : 0;
                }
            }
            return new Certain(q.schema().isOrganization(), c, c != null ? candidateCommon : null, maySlip, penalties);
        }

        boolean maySlip(int i) {
            return (maySlip & 1L << i) != 0;
        }
    }

    /** The {@link #summary} of a query, or null when no candidate can be bounded against it (read from an abjad, no
     *  words, too many): a search then reads no candidate's summary. */
    static long[] forQuery(ScoringName q) {
        long[] s = summary(q);
        boolean abjad = (s[0] & (TRANSLITERATED | READ_AS_SPELT)) == TRANSLITERATED && CrossScript.abjad(q.prepared.original());
        return boundable(s) && !abjad ? s : null;
    }

    /** Whether a name of this {@link #summary} can be bounded at all (it has words, not too many): {@link #below}
     *  proves nothing of one that cannot. */
    static boolean boundable(long[] summary) {
        long h = summary[0];
        return (h & 0xFF) != 0 && (h & UNBOUNDED) == 0;
    }

    /** Whether of two names exactly one is read from another script, and not as spelt: their words pair by a second
     *  opinion's consonants ({@link CrossScript}), which {@link #belowByConsonants} bounds for an alphabet or an abugida. */
    private static boolean readByConsonants(long hq, long hc) {
        long foreign = (hq & TRANSLITERATED) != 0 ? hq : hc;
        return ((hq ^ hc) & TRANSLITERATED) != 0 && (foreign & READ_AS_SPELT) == 0;
    }

    /** What bounds the search across scripts without the penalties {@link #certainPenalties} finds certain: the bound by
     *  consonants takes none. */
    private static final Certain NO_PENALTIES = new Certain(true, null, null, -1L, false);

    /**
     * {@link #below} for a Latin name and one read from an alphabet (Cyrillic, Greek, Armenian, Georgian) or an abugida
     * (Devanagari, Thai...) by its consonants ({@link #readByConsonants}): the pair's opinion is {@link CrossScript}'s on
     * the spelling's, which may pair two words the spelling rejects. The proof is {@link #bound}'s, with two more steps:
     * <ul>
     * <li>the spelling glues nothing: {@link #mayGlue}'s tests, or where they leave a run open, the merge run ahead
     *     ({@link TokenAlignment#glues}); across scripts names of as many words glue nothing, and only an abjad's opinion
     *     glues runs of its own;</li>
     * <li>a pair the spelling rejects ({@link #mayPair}) may pair only when the opinion may raise it ({@link
     *     CrossScript#mayRaise}, from the words' {@link CrossScript.Facts}).</li>
     * </ul>
     * Then the coverage and conflict alone, without the penalties {@link #certainPenalties} takes, and where they leave
     * it open, each pair's own similarity ({@link #belowByPairs}). Not for an abjad (Arabic, Hebrew): its reading glues
     * runs by the opinion, and a bound that ruled those out as well proved half of an Arabic query's candidates below,
     * at as much time as their alignments took.
     */
    private static boolean belowByConsonants(long[] qs, long[] cs, ScoringName q, ScoringName c, PairMemo memo,
                                             double floor, Scratch scratch) {
        long hq = qs[0];
        long hc = cs[0];
        int n = (int) (hq & 0xFF);
        int m = (int) (hc & 0xFF);
        if (n == 0 || m == 0 || ((hq | hc) & UNBOUNDED) != 0 || n != q.size() || m != c.size()) {
            return false;
        }
        // InterdictV2's opinions across scripts: CrossScript's on the spelling's (SHORT, which mayPair reads)
        TokenAlignment.PairOpinion opinion = memo != null ? memo.opinion(q, c) : InterdictV2.opinion(q, c);
        boolean foreignCandidate = opinion == WordOpinions.VOWELLESS_CANDIDATE;
        boolean vowelless = opinion != WordOpinions.VOWELLED;
        if (vowelless && opinion != WordOpinions.VOWELLESS_QUERY && !foreignCandidate) {
            return false;
        }
        boolean person = ((hq | hc) & PERSON) != 0;
        if (n != m && (!person && ((hq & COUNTRY_RUN) != 0 && (hc & COUNTRY_WORD) != 0
                || (hc & COUNTRY_RUN) != 0 && (hq & COUNTRY_WORD) != 0)
                || (n > m ? mayGlue(qs, n, cs, m, !person) : mayGlue(cs, m, qs, n, !person)))
                && TokenAlignment.glues(q, c, person)) {
            return false;
        }
        long[] rows = scratch.rows;
        for (int i = 0; i < n; i++) {
            long row = 0;
            for (int j = 0; j < m; j++) {
                if (mayPair(qs, i, cs, j, true) || (foreignCandidate
                        ? CrossScript.mayRaise(c.crossFacts(j), c.kind[j], q.crossFacts(i), q.kind[i], true)
                        : CrossScript.mayRaise(q.crossFacts(i), q.kind[i], c.crossFacts(j), c.kind[j], vowelless))) {
                    row |= 1L << j;
                }
            }
            rows[i] = row;
        }
        return byRows(qs, n, cs, m, rows, floor, NO_PENALTIES, person, true) == BELOW
                || belowByPairs(qs, cs, q, c, memo, floor, scratch, NO_PENALTIES, null);
    }

    /** Whether the name of this {@link #summary} was read from another script. */
    static boolean transliterated(long[] summary) {
        return (summary[0] & TRANSLITERATED) != 0;
    }

    /** The header's patronymic bits of a person's name ({@link #PATRONYMIC_SHIFT}, {@link #PATRONYMICS}). */
    private static long patronymicBits(String[] text, int n) {
        int found = -1;
        for (int j = 1; j < n - 1 && n <= 64; j++) {
            if (InterdictV2.patronymic(text, j, n)) {
                if (found >= 0) {
                    return PATRONYMICS;
                }
                found = j;
            }
        }
        return found < 0 ? 0 : (long) (found + 1) << PATRONYMIC_SHIFT;
    }

    private static boolean holdsInitial(TokenKind[] kinds) {
        for (TokenKind k : kinds) {
            if (k == TokenKind.INITIAL) {
                return true;
            }
        }
        return false;
    }

    /** What the bound reads of a prepared name, in one array. */
    static long[] summary(ScoringName s) {
        return summary(s, commaFamily(s));
    }

    /** Whether a person's name is written "FAMILY NAME, Given Names" (one comma): what {@link FamilyName} reads a family
     *  name of two words from, or more. */
    static boolean commaFamily(ScoringName s) {
        if (!s.schema().isPerson()) {
            return false;
        }
        String original = s.prepared.original();
        int comma = original.indexOf(',');
        return comma > 0 && comma == original.lastIndexOf(',');
    }

    /** {@link #summary(ScoringName)} of a group's name, {@code commaFamily} when any of its members is written so. */
    static long[] summary(ScoringName s, boolean commaFamily) {
        int n = s.size();
        long header = n > 64 ? UNBOUNDED : n;
        header |= commaFamily && s.schema().isPerson() ? COMMA_FAMILY : 0;
        header |= s.prepared.transliterated() ? TRANSLITERATED : 0;
        header |= s.prepared.transliterated() && InterdictV2.readAsSpelt(s.prepared.original()) ? READ_AS_SPELT : 0;
        header |= s.schema().isPerson() ? PERSON : 0;
        header |= holdsInitial(s.kind) ? INITIALS : 0;
        header |= InitialCompounds.holdsCompound(s.text, s.kind) ? COMPOUND : 0;
        header |= !s.prepared.transliterated() && WordOpinions.koreanSyllables(s) ? KOREAN : 0;
        header |= s.schema().isPerson() ? patronymicBits(s.text, n) : countryBits(s);
        if (n > 64) {
            return new long[] {header};
        }
        long[] out = new long[1 + STRIDE * n];
        for (int t = 0; t < n; t++) {
            String text = s.text[t];
            String skeleton = s.skeleton[t];
            String phonetic = s.phonetic[t];
            if (text.isEmpty() || text.length() > 255 || skeleton.length() > 255) {
                header |= UNBOUNDED;
                continue;
            }
            // a query's words are read from their facts (the lists' words, and recent queries' others), worked out once;
            // a listed name's summary is made once, each row as asked
            SummaryWord w = s.facts != null ? s.facts[t].wordFacts().summary() : null;
            boolean word = s.kind[t] == TokenKind.WORD;
            int at = 1 + STRIDE * t;
            out[at] = s.letters[t];
            out[at + 1] = s.skeletonLetters[t];
            out[at + 2] = text.length() | (long) s.kind[t].ordinal() << 8 | (long) skeleton.length() << 11
                    | (phonetic == null ? NO_PHONETIC : 0) | (long) text.charAt(0) << 20
                    | (w != null ? w.fold : SummaryWord.fold(text))
                    | (word && (w != null ? w.marked : TransliterationHabits.marked(text)) ? HABIT : 0);
            out[at + 3] = (long) text.hashCode() << 32 | (phonetic == null ? 0 : phonetic.hashCode() & PHONETIC_MASK)
                    | (long) (w != null ? w.variantBits : variantBits(text)) << VARIANT_SHIFT;
            out[at + 4] = w != null ? w.ownAndRelatives : ShortForms.ownAndRelatives(text);
            out[at + 5] = (word ? (w != null ? w.habitHashes : habitHashes(text)) : 0)
                    | (w != null ? w.secondRelatives : SummaryWord.secondRelatives(text));
        }
        out[0] = header | lengthBits(out, n);
        return out;
    }

    /** The header's {@link #SHORTEST_RUN_SHIFT} and {@link #LONGEST_SHIFT} bits of a summary's {@code n} words. */
    private static long lengthBits(long[] out, int n) {
        int shortestRun = NO_RUN;
        int longest = 0;
        for (int t = 0; t < n; t++) {
            long meta = out[3 + STRIDE * t];
            int length = (int) (meta & 0xFF);
            if (kind(meta) != NUMBER) {
                longest = Math.max(longest, length);
            }
            if (t + 1 < n) {
                shortestRun = Math.min(shortestRun, length + (int) (out[3 + STRIDE * (t + 1)] & 0xFF));
            }
        }
        return (long) shortestRun << SHORTEST_RUN_SHIFT | (long) longest << LONGEST_SHIFT;
    }

    /** What a word's {@link #summary} rows take from its text alone, whatever its kind (see {@link WordFacts}). */
    record SummaryWord(long fold, boolean marked, int variantBits, long ownAndRelatives, long habitHashes,
                       long secondRelatives) {
        static SummaryWord of(String text) {
            return new SummaryWord(fold(text), TransliterationHabits.marked(text), CoverageBound.variantBits(text),
                    ShortForms.ownAndRelatives(text), CoverageBound.habitHashes(text), secondRelatives(text));
        }

        /** The fold hash's bits, in place in the meta long. */
        static long fold(String text) {
            return (long) (RomanisationFold.foldStringHash(text) & FOLD_HASH_MASK) << FOLD_HASH_SHIFT;
        }

        /** The second relatives' bits, in place in the sixth long. */
        static long secondRelatives(String text) {
            return (long) ShortForms.secondOwnAndRelatives(text) << SECOND_RELATIVES_SHIFT;
        }
    }

    /**
     * What a query's summary reads of a word's text alone, whatever its kind: its {@link #summary} rows' ({@link
     * SummaryWord}: the {@link RomanisationFold} fold hash in place, {@link #FOLD_HASH_SHIFT}; whether it is marked by
     * {@link TransliterationHabits}; its {@link #variantBits}; its {@link ShortForms} bits, the second ones in place; its
     * habit key hashes), which syllables it may be written in ({@link WordOpinions#wordSyllables}), and what {@link
     * #countryBits} asks of it ({@link #country}). A query's word keeps them in its token facts ({@link
     * ScoringName.TokenFacts#wordFacts}): a word recurs from query to query, and these are a good part of its summary. A
     * listed name's summary, made once, works out each row as it asks it (no syllables, no country's bits).
     */
    record WordFacts(SummaryWord summary, int syllables, int country) {
        /** {@link #country}'s bits: {@link CountryNames#mayBeOtherName}, {@link CountryNames#beginsLongerName}, {@link
         *  CountryNames#placeWord}. */
        static final int OTHER_NAME = 1;
        static final int BEGINS_NAME = 2;
        static final int PLACE = 4;

        static WordFacts of(String text) {
            return new WordFacts(SummaryWord.of(text), WordOpinions.wordSyllables(text), country(text));
        }

        /** The word's country bits, worked out. */
        static int country(String w) {
            return (CountryNames.mayBeOtherName(w) ? OTHER_NAME : 0) | (CountryNames.beginsLongerName(w) ? BEGINS_NAME : 0)
                    | (CountryNames.placeWord(w) ? PLACE : 0);
        }
    }

    /** A word's {@link TransliterationHabits} key hashes, as its sixth long keeps them (0 when the word is
     *  too short for the habits). */
    private static long habitHashes(String text) {
        if (text.length() < TransliterationHabits.MIN_LENGTH - 1) {
            return 0;
        }
        long plain = TransliterationHabits.keyHash(text, false) & 0xFFFFL;
        long read = TransliterationHabits.keyHash(text, true) & 0xFFFFL;
        return plain << HABIT_PLAIN | read << HABIT_READ;
    }

    /** Whether two words, one of them in German or French transliteration, may be one name in two habits ({@link
     *  TransliterationHabits#variants}): a marked word's key read back hashes as the other's key as written. */
    private static boolean habitsMayMeet(long mx, long rx, long my, long ry) {
        return (mx & HABIT) != 0 && (rx >>> HABIT_READ & 0xFFFF) == (ry >>> HABIT_PLAIN & 0xFFFF)
                || (my & HABIT) != 0 && (ry >>> HABIT_READ & 0xFFFF) == (rx >>> HABIT_PLAIN & 0xFFFF);
    }

    /** {@link #COUNTRY_RUN} and {@link #COUNTRY_WORD} of a name that is no person's. */
    private static long countryBits(ScoringName s) {
        long bits = 0;
        for (int t = 0; t < s.size(); t++) {
            String w = s.text[t];
            // a query's words from their facts (WordFacts#country), worked out once; a listed name's as asked
            int country = s.facts != null ? s.facts[t].wordFacts().country() : -1;
            if (s.kind[t] == TokenKind.WORD && (w.length() != 2 || t > 0)
                    && (country >= 0 ? (country & WordFacts.OTHER_NAME) != 0 : CountryNames.mayBeOtherName(w))) {
                bits |= COUNTRY_WORD;
            }
            if ((s.kind[t] == TokenKind.WORD || s.kind[t] == TokenKind.GENERIC) && t + 1 < s.size()
                    && (country >= 0 ? (country & WordFacts.BEGINS_NAME) != 0 : CountryNames.beginsLongerName(w))) {
                StringBuilder run = new StringBuilder(w);
                for (int k = t + 1; k < s.size() && k < t + CountryNames.maxWords()
                        && (s.kind[k] == TokenKind.WORD || s.kind[k] == TokenKind.GENERIC); k++) {
                    if (CountryNames.isName(run.append(' ').append(s.text[k]).toString())) {
                        bits |= COUNTRY_RUN;
                    }
                }
            }
            if (s.kind[t] == TokenKind.WORD && (OwnPlaces.holds(s, t)
                    || (country >= 0 ? (country & WordFacts.PLACE) != 0 : CountryNames.placeWord(w)))) {
                bits |= PLACE_WORD;
            }
        }
        return bits;
    }

    /** A word's {@link NameVariants#groups}, folded into 8 bits (group k sets bit k mod 8): two spellings of one name
     *  share a bit. */
    static int variantBits(String word) {
        long g = NameVariants.groups(word);
        g |= g >>> 32;
        g |= g >>> 16;
        g |= g >>> 8;
        return (int) g & 0xFF;
    }

    /** What {@link #bound} proves: the value is below the floor; not, though the words pair as the scorer pairs them
     *  unglued (their similarities may prove it); nothing (another script, no words); nothing unless the alignment
     *  glues no run (the words' lengths and letters allow one). */
    private static final int BELOW = 0;
    private static final int OPEN = 1;
    private static final int UNBOUNDABLE = 2;
    private static final int MAY_GLUE = 3;

    /** Whether the value is certainly below {@code floor} by the words' {@link #summary summaries} alone. */
    static boolean below(long[] q, long[] c, double floor) {
        return bound(q, c, floor, new long[64], false, Certain.NOTHING) == BELOW;
    }

    /** What one thread's bounds work in: the pairs {@link #mayPair} allows, one row of bits per query word, from
     *  {@link #bound} for {@link #belowByPairs}, and the best similarity of each candidate word there (64 each:
     *  a name of more words is not bounded). A search asks for it once per form of the query ({@link #scratch}) and
     *  hands it to every candidate's bound. */
    static final class Scratch {
        final long[] rows = new long[64];
        final double[] columns = new double[64];
        /** The two sides {@link #belowByPairs} pairs words of, made again for each candidate ({@code Side#reset}); null
         *  until first asked. */
        private TokenAlignment.Side query;
        private TokenAlignment.Side candidate;
        /** What {@link FuzzyMatcher}'s prefetch read, kept so that its reads are made. */
        private long read;

        void keep(long read) {
            this.read += read;
        }

        TokenAlignment.Side query(ScoringName q) {
            return query == null ? (query = TokenAlignment.Side.of(q)) : query.reset(q);
        }

        TokenAlignment.Side candidate(ScoringName c) {
            return candidate == null ? (candidate = TokenAlignment.Side.of(c)) : candidate.reset(c);
        }
    }

    private static final PerThread<Scratch> SCRATCH = PerThread.withInitial(Scratch::new);

    /** This thread's {@link Scratch}. */
    static Scratch scratch() {
        return SCRATCH.get();
    }

    /** {@code rows}: filled with the pairs {@link #mayPair} allows (row i, bit j) when the answer is {@link #OPEN};
     *  {@code unglued}: the alignment is known to glue no run (else {@link #MAY_GLUE} when the summaries allow one). */
    private static int bound(long[] q, long[] c, double floor, long[] rows, boolean unglued, Certain certain) {
        long hq = q[0];
        long hc = c[0];
        int n = (int) (hq & 0xFF);
        int m = (int) (hc & 0xFF);
        if (n == 0 || m == 0 || ((hq | hc) & UNBOUNDED) != 0 || !pairedAsSpelt(hq, hc) || (hq & hc & KOREAN) != 0
                || (hq & INITIALS) != 0 && (hc & COMPOUND) != 0 || (hc & INITIALS) != 0 && (hq & COMPOUND) != 0) {
            return UNBOUNDABLE;
        }
        boolean person = ((hq | hc) & PERSON) != 0;
        boolean across = ((hq | hc) & TRANSLITERATED) != 0;
        if (!unglued && !person && n != m && ((hq & COUNTRY_RUN) != 0 && (hc & COUNTRY_WORD) != 0
                || (hc & COUNTRY_RUN) != 0 && (hq & COUNTRY_WORD) != 0)) {
            return MAY_GLUE;   // a country's name against its code (the side of more words glues)
        }
        if (!unglued && (n > m ? mayGlue(q, n, c, m, !person)
                : m > n ? mayGlue(c, m, q, n, !person)
                : !across && (mayGlue(q, n, c, m, false) || mayGlue(c, m, q, n, false)))) {
            return MAY_GLUE;
        }
        for (int i = 0; i < n; i++) {
            long row = 0;
            for (int j = 0; j < m; j++) {
                if (mayPair(q, i, c, j, across)) {
                    row |= 1L << j;
                }
            }
            rows[i] = row;
        }
        return byRows(q, n, c, m, rows, floor, certain, person, across);
    }

    /** {@link #bound}'s test once {@code rows} hold the pairs that may be (row i, bit j): {@link #BELOW} or {@link #OPEN}. */
    private static int byRows(long[] q, int n, long[] c, int m, long[] rows, double floor, Certain certain, boolean person,
                              boolean across) {
        long pairableA = 0;
        long pairableB = 0;
        for (int i = 0; i < n; i++) {
            pairableA |= rows[i] != 0 ? 1L << i : 0;
            pairableB |= rows[i];
        }
        double possibleA = 0;
        double certainMissA = 0;   // also the weight left in the denominator
        // What token_conflict certainly counts: not a title kept as a particle, which counts for nothing there
        // (InterdictV2.unpairedTitle), known by its text's hash (titleParticle).
        double conflictMissA = 0;
        double unpairedNumbersA = 0;
        for (int i = 0; i < n; i++) {
            long meta = q[3 + STRIDE * i];
            int kind = kind(meta);
            double w = weight(kind, person);
            int length = (int) (meta & 0xFF);
            if ((pairableA & 1L << i) != 0) {
                possibleA += w;
            } else if (across || !(kind == WORD && length >= 2 && length <= 3 && certain.maySlip(i))) {   // else maybe a SmallWordSlip
                if (kind == NUMBER) {
                    unpairedNumbersA += w;
                } else {
                    certainMissA += w;
                    conflictMissA += titleParticle(q, i, kind) ? 0 : w;
                }
            }
        }
        double possibleB = 0;
        double certainMissB = 0;
        double conflictMissB = 0;
        double unpairedNumbersB = 0;
        for (int j = 0; j < m; j++) {
            int kind = kind(c[3 + STRIDE * j]);
            double w = weight(kind, person);
            if ((pairableB & 1L << j) != 0) {
                possibleB += w;
            } else if (kind == NUMBER) {
                unpairedNumbersB += w;
            } else {
                certainMissB += w;
                conflictMissB += titleParticle(c, j, kind) ? 0 : w;
            }
        }
        double covA = coverage(possibleA, certainMissA + unpairedNumbersA);
        double covB = coverage(possibleB, certainMissB + unpairedNumbersB);
        double coverage = InterdictV1.COVERAGE_BEST * Math.max(covA, covB) + InterdictV1.COVERAGE_OTHER * Math.min(covA, covB);
        double conflict = -InterdictV1.CONFLICT * Math.min(conflictMissA, conflictMissB);
        double most = coverage + conflict + ROUNDING;
        if (most < floor) {
            return BELOW;
        }
        if (most - MOST_PENALTIES >= floor || !certain.penalties()) {
            return OPEN;   // no feature it could subtract takes it below
        }
        return most - certainPenalties(q, n, pairableA, c, m, pairableB, certain, null, rows, false, floor) < floor ? BELOW : OPEN;
    }

    /** Whether two names' words pair as spelt (v2's opinion within one script, or {@link WordOpinions#READINGS}): neither
     *  is read from another script, or only one is, as spelt ({@link InterdictV2#readAsSpelt}). */
    private static boolean pairedAsSpelt(long hq, long hc) {
        long t = (hq | hc) & TRANSLITERATED;
        return t == 0 || (hq & hc & TRANSLITERATED) == 0 && ((hq | hc) & READ_AS_SPELT) != 0;
    }

    /**
     * The bound of {@link #bound} with each pair's similarity instead of 1, for names {@link #bound} found {@link #OPEN}
     * (no run glues, neither read from another script): the alignment then pairs the tokens as prepared, with
     * {@link InterdictV2#opinion}'s opinion, so a word's pair has at most the best similarity of its row (its column
     * for the candidate's words), and a typo covers at most {@link InterdictV2#TYPO_COVERS} of it (across scripts nothing
     * is a typo, and no word a slip); a word whose row
     * is all 0 is certainly unpaired. Only the pairs {@link #mayPair} allows are worked out (the rest are 0), through
     * {@code memo} when given, as the alignment asks them. A query word that may be a {@link SmallWordSlip} counts as
     * covered when it may pair (that is more than leaving it out), else is left out, as in {@link #bound}.
     */
    private static boolean belowByPairs(long[] qs, long[] cs, ScoringName q, ScoringName c, PairMemo memo, double floor,
                                        Scratch scratch, Certain certain, boolean[] candidateCommon) {
        int n = (int) (qs[0] & 0xFF);
        int m = (int) (cs[0] & 0xFF);
        boolean person = ((qs[0] | cs[0]) & PERSON) != 0;
        boolean across = ((qs[0] | cs[0]) & TRANSLITERATED) != 0;
        long[] rows = scratch.rows;
        double[] columnBest = scratch.columns;
        TokenAlignment.Side a = scratch.query(q);   // the sides only pair words here: nothing glues, nothing is kept
        TokenAlignment.Side b = scratch.candidate(c);
        a.opinion = memo != null ? memo.opinion(q, c) : InterdictV2.opinion(q, c);
        boolean memoised = memo != null && memo.covers(a);
        for (int j = 0; j < m; j++) {   // a loop the compiler keeps in line: Arrays.fill was a call per candidate (3 % of a query)
            columnBest[j] = 0.0;
        }
        double coveredA = 0;
        double weightA = 0;
        double certainMissA = 0;
        long pairableA = 0;
        // Whether every pair the words allow is two words (not business words) paired loosely, below CLOSE and in no
        // one romanisation fold: then any pair the alignment makes is loose (partial_fuzzy, or weak_anchor).
        boolean loosePairsOnly = true;
        for (int i = 0; i < n; i++) {
            double rowBest = 0;
            for (int j = 0; j < m; j++) {
                if ((rows[i] & 1L << j) != 0) {
                    double s = memoised ? memo.similarity(a, i, b, j, (int) (cs[4 + STRIDE * j] >>> 32)) : a.similarity(i, b, j);
                    if (s > 0) {
                        loosePairsOnly &= s < InterdictV2.CLOSE && looseWords(qs, i, cs, j);
                        double most = across || s >= InterdictV2.TYPO_COVERS || !mayBeTypo(qs, i, cs, j, a, b, s) ? s
                                : InterdictV2.TYPO_COVERS;
                        rowBest = Math.max(rowBest, most);
                        columnBest[j] = Math.max(columnBest[j], most);
                    }
                }
            }
            long meta = qs[3 + STRIDE * i];
            int kind = kind(meta);
            double w = weight(kind, person);
            int length = (int) (meta & 0xFF);
            boolean maySlip = !across && kind == WORD && length >= 2 && length <= 3 && certain.maySlip(i);
            if (rowBest > 0) {
                pairableA |= 1L << i;
                coveredA += w * (maySlip ? 1.0 : rowBest);
                weightA += w;
            } else if (!maySlip) {
                weightA += w;
                certainMissA += kind == NUMBER || titleParticle(qs, i, kind) ? 0 : w;   // as byRows
            }
        }
        double coveredB = 0;
        double weightB = 0;
        double certainMissB = 0;
        long pairableB = 0;
        for (int j = 0; j < m; j++) {
            int kind = kind(cs[3 + STRIDE * j]);
            double w = weight(kind, person);
            weightB += w;
            if (columnBest[j] > 0) {
                pairableB |= 1L << j;
                coveredB += w * columnBest[j];
            } else if (kind != NUMBER && !titleParticle(cs, j, kind)) {
                certainMissB += w;
            }
        }
        double covA = coveredA == 0 ? 0.0 : coveredA / weightA;
        double covB = coveredB == 0 ? 0.0 : coveredB / weightB;
        double coverage = InterdictV1.COVERAGE_BEST * Math.max(covA, covB) + InterdictV1.COVERAGE_OTHER * Math.min(covA, covB);
        double conflict = -InterdictV1.CONFLICT * Math.min(certainMissA, certainMissB);
        double most = coverage + conflict + ROUNDING;
        if (most < floor) {
            return true;
        }
        if (most - MOST_PENALTIES >= floor || !certain.penalties()) {
            return false;   // no feature it could subtract takes it below
        }
        return most - certainPenalties(qs, n, pairableA, cs, m, pairableB, certain,
                candidateCommon != null && candidateCommon.length == m ? candidateCommon : null, rows, loosePairsOnly, floor)
                < floor;
    }

    /**
     * What {@code single_token_extra}, {@code common_words_only} and {@code partial_fuzzy} certainly subtract, given the words that may pair
     * ({@code pairableA}: query words, {@code pairableB}: candidate words; a word outside them is certainly unpaired), the
     * words as prepared (no glueing). Both subtract in every alignment those pairs allow:
     * <ul>
     * <li>{@code single_token_extra} ({@link InterdictV1#loneAgainst}): one side has at most one word (none, when the query
     *     is an organisation's: between two organisations it must have none) and the other a word certainly unpaired, and
     *     no place word nor word common in the lists that may qualify a brand ({@link InterdictV2#qualifiedBrand});</li>
     * <li>{@code common_words_only} (in a search): every query word that may pair is a word, or a business word, common in
     *     the list or pairing only with candidate words common in it ({@code candidateCommon}, null: not known; {@code
     *     rows}: the pairs that may be, as {@link #bound} fills them), fewer than {@link
     *     InterdictV2#COMMON_RUN_ORGANIZATION} of them, and a candidate's word is certainly unpaired. Should no word pair
     *     at all, nothing pairs, and the value is 0.</li>
     * <li>{@code partial_fuzzy} at least ({@code loosePairsOnly}: every pair the words allow is loose, {@link
     *     #looseWords}): a side keeps a word certainly unpaired, so once a pair is made the value loses {@link
     *     InterdictV2#PARTIAL_FUZZY} for it, or {@code weak_anchor} (more) for two word pairs none close; with no pair
     *     made, nothing pairs and the value is 0.</li>
     * </ul>
     * Only for a floor above 0: the value is never below 0.
     */
    private static double certainPenalties(long[] q, int n, long pairableA, long[] c, int m, long pairableB, Certain certain,
                                           boolean[] candidateCommon, long[] rows, boolean loosePairsOnly,
                                           double floor) {
        if (!certain.penalties() || floor <= 0) {
            return 0.0;
        }
        int wordsA = 0;
        boolean unpairedWordA = false;
        int pairedContent = 0;
        boolean commonOnly = certain.common() != null;
        for (int i = 0; i < n; i++) {
            int kind = kind(q[3 + STRIDE * i]);
            boolean may = (pairableA & 1L << i) != 0;
            if (kind == WORD) {
                wordsA++;
                unpairedWordA |= !may;
            }
            if (may && commonOnly) {
                if (kind != WORD && kind != GENERIC || !certain.common()[i] && !allCommon(rows[i], candidateCommon)) {
                    commonOnly = false;
                } else {
                    pairedContent++;
                }
            }
        }
        int wordsB = 0;
        boolean unpairedWordB = false;
        boolean commonWordB = candidateCommon == null;   // not known: it may hold one
        boolean unpairedOtherB = false;   // a word certainly unpaired that is no patronymic (common_words_only)
        int patronymic = (int) ((c[0] & PATRONYMIC_MASK) >>> PATRONYMIC_SHIFT) - 1;
        boolean patronymics = (c[0] & PATRONYMICS) != 0;
        for (int j = 0; j < m; j++) {
            if (kind(c[3 + STRIDE * j]) == WORD) {
                wordsB++;
                commonWordB |= candidateCommon != null && candidateCommon[j];
                boolean unpaired = (pairableB & 1L << j) == 0;
                unpairedWordB |= unpaired;
                unpairedOtherB |= unpaired && j != patronymic && !patronymics && !(j == m - 1 && (c[0] & COMMA_FAMILY) != 0);
            }
        }
        int most = certain.queryOrganization() ? 0 : 1;
        // A lone query word against a listed name that adds its place, or words the lists write often, may be a brand
        // (InterdictV2#qualifiedBrand).
        boolean lone = wordsA <= most && unpairedWordB
                && ((c[0] & PLACE_WORD) == 0 && !commonWordB || ((q[0] | c[0]) & PERSON) != 0)
                || wordsB <= most && unpairedWordA;
        // Nor common_words_only, for a lone query word such a listed name may qualify as a brand.
        boolean mayBeBrand = wordsA <= 1 && ((c[0] & PLACE_WORD) != 0 || commonWordB) && ((q[0] | c[0]) & PERSON) == 0;
        commonOnly &= pairedContent < InterdictV2.COMMON_RUN_ORGANIZATION && unpairedOtherB && !mayBeBrand;
        boolean partial = loosePairsOnly && pairableA != 0 && (unpairedWordA || unpairedWordB);
        return (lone ? InterdictV1.SINGLE_TOKEN_EXTRA : 0.0) + (commonOnly ? InterdictV1.COMMON_WORDS_ONLY : 0.0)
                + (partial ? InterdictV2.PARTIAL_FUZZY : 0.0);
    }

    /**
     * Whether {@link Typos#of} may call the pair of query word i and candidate word j a typo, lifting its cover to
     * {@link InterdictV2#TYPO_COVERS}; false only when it certainly cannot. Two words (or business words) are a typo only
     * one edit apart, of two letters or more, one of three or more, or as two romanisations of one word (the same {@link
     * RomanisationFold} fold, told apart here by the folds' hashes); a pair with a particle, an initial or a number may be
     * a slip ("ahd" ~ "abd"). {@code s}: the pair's similarity. Two words of three letters or more one edit apart have at
     * least their edit ratio, 1 - 1/(longer length) ({@link TokenAlignment#textSimilarity}; the skeleton and the opinions
     * only raise it), so a pair below it is further apart, and its strings are not read.
     */
    private static boolean mayBeTypo(long[] qs, int i, long[] cs, int j, TokenAlignment.Side a, TokenAlignment.Side b,
                                     double s) {
        long mx = qs[3 + STRIDE * i];
        long my = cs[3 + STRIDE * j];
        int kx = kind(mx);
        int ky = kind(my);
        if (kx != WORD && kx != GENERIC || ky != WORD && ky != GENERIC || sameFold(mx, my)) {
            return true;
        }
        int lx = (int) (mx & 0xFF);
        int ly = (int) (my & 0xFF);
        int min = Math.min(lx, ly);
        int max = Math.max(lx, ly);
        if (min < 2 || max < 3 || max - min > 1) {
            return false;
        }
        return min >= 3 ? s >= 1.0 - 1.0 / max - ROUNDING : TokenSimilarity.osaWithin(a.text[i], b.text[j], 1) <= 1;
    }

    /** Whether query word i and candidate word j are both words ({@link TokenKind#WORD}) of different romanisation folds:
     *  paired below {@link InterdictV2#CLOSE}, they count as a loose pair ({@code partial_fuzzy}). */
    private static boolean looseWords(long[] qs, int i, long[] cs, int j) {
        long mx = qs[3 + STRIDE * i];
        long my = cs[3 + STRIDE * j];
        return kind(mx) == WORD && kind(my) == WORD && !sameFold(mx, my);
    }

    /** The most the features the bound may find certain subtract together ({@link #certainPenalties} and partial_fuzzy). */
    private static final double MOST_PENALTIES = InterdictV1.SINGLE_TOKEN_EXTRA + InterdictV1.COMMON_WORDS_ONLY
            + InterdictV2.PARTIAL_FUZZY;

    /** Whether every candidate word of {@code row} (bit j: word j) is common in the list; false when not known. */
    private static boolean allCommon(long row, boolean[] candidateCommon) {
        if (candidateCommon == null) {
            return false;
        }
        for (long r = row; r != 0; r &= r - 1) {
            if (!candidateCommon[Long.numberOfTrailingZeros(r)]) {
                return false;
            }
        }
        return true;
    }

    /** Whether two words' meta longs may hold one {@link RomanisationFold} fold (their folds' hashes are equal). */
    private static boolean sameFold(long mx, long my) {
        return ((mx ^ my) >>> FOLD_HASH_SHIFT & FOLD_HASH_MASK) == 0;
    }

    /** A word's kind, as its {@link TokenKind} ordinal (compared as ints: the bound reads kinds of every pair). */
    /** The text hashes of the titles of one word ({@link io.interdict.core.names.Honorifics#title}). */
    private static final java.util.Set<Integer> TITLE_HASHES = titleHashes();

    private static java.util.Set<Integer> titleHashes() {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (String t : io.interdict.core.names.Honorifics.oneWordTitles()) {
            out.add(t.hashCode());
        }
        return java.util.Set.copyOf(out);
    }

    /** Whether word {@code i} of a summary is a particle whose text hashes as a title's: it may weigh nothing in
     *  {@code token_conflict} (a hash shared by another particle only loosens the bound). */
    private static boolean titleParticle(long[] summary, int i, int kind) {
        return kind == PARTICLE && TITLE_HASHES.contains((int) (summary[4 + STRIDE * i] >>> 32));
    }

    private static int kind(long meta) {
        return (int) (meta >>> 8 & 7);
    }

    /** {@link InterdictV1#weight} of a kind's ordinal. */
    private static double weight(int kind, boolean person) {
        return WEIGHTS[(person ? KINDS.length : 0) + kind];
    }

    /** A side's coverage at most: the weight that may pair over itself and the weight that cannot. */
    private static double coverage(double possible, double unpaired) {
        return possible == 0 ? 0.0 : possible / (possible + unpaired);
    }

    /**
     * Whether {@code Side.similarity(i, j)} (version 2, within one script, or as spelt across scripts) may be above 0;
     * false only when it is certainly 0.
     */
    static boolean mayPair(long[] a, int i, long[] b, int j) {
        return mayPair(a, i, b, j, ((a[0] | b[0]) & TRANSLITERATED) != 0);
    }

    /** {@link #mayPair(long[], int, long[], int)}; {@code readings}: one name is read from another script, and two
     *  spellings of one name in {@link NameVariants} pair ({@link CrossScript#variants}). */
    private static boolean mayPair(long[] a, int i, long[] b, int j, boolean readings) {
        int x = 1 + STRIDE * i;
        int y = 1 + STRIDE * j;
        long mx = a[x + 2];
        long my = b[y + 2];
        int kx = kind(mx);
        int ky = kind(my);
        boolean sameHash = (a[x + 3] ^ b[y + 3]) >>> 32 == 0;   // equal texts hash alike
        char fx = (char) (mx >>> 20);
        char fy = (char) (my >>> 20);
        if (kx == PARTICLE || ky == PARTICLE) {
            return mayPairParticle(kx, ky, kx == PARTICLE ? mx : my, kx == PARTICLE ? my : mx,
                    (int) ((kx == PARTICLE ? a[x + 3] : b[y + 3]) >>> 32), sameHash, fx == fy, sameFold(mx, my),
                    TokenSimilarity.lettersApart(a[x], b[y]));
        }
        if (kx == NUMBER || ky == NUMBER) {
            return sameHash;
        }
        if (kx == INITIAL || ky == INITIAL) {
            return kx != ky ? fx == fy : sameHash;
        }
        // Words (or generic words) on both sides: TokenAlignment.textSimilarity, then the skeletons, then SHORT's opinion.
        int lx = (int) (mx & 0xFF);
        int ly = (int) (my & 0xFF);
        int max = Math.max(lx, ly);
        int min = Math.min(lx, ly);
        boolean hopeless = max - min >= HOPELESS_APART[max] && max - min > TokenAlignment.TYPO_EDITS;
        if (!hopeless) {
            int k = Math.max(min >= 3 ? 1 : 0, EDITS_WITHIN[max]);
            if (Math.max(max - min, TokenSimilarity.lettersApart(a[x], b[y])) <= k) {
                return true;
            }
        }
        if ((mx & NO_PHONETIC) == 0 && (my & NO_PHONETIC) == 0 && (((int) a[x + 3] ^ (int) b[y + 3]) & PHONETIC_MASK) == 0) {
            return true;   // the phonetic codes may agree
        }
        if (kx == WORD && ky == WORD
                && (fx == fy && min >= 3 && max - min <= 2 && sameFold(mx, my)
                || min == 2 && max == 3 && (sameFold(mx, my) || (lx < ly ? a[x] & ~b[y] : b[y] & ~a[x]) == 0)
                || min >= 3 && max - min <= 3 && (fx == 'd' && fy == 'j' || fx == 'j' && fy == 'd') && sameFold(mx, my))) {
            // WordOpinions.foldable and folding alike ("jokhar" ~ "dzhokhar" too), or a two- and a three-letter word
            // (WordOpinions.SHORT) folding alike or the shorter's letters all the longer's: SHORT pairs them one insertion
            // apart or the shorter ending the longer, and a Korean or Japanese vowel written two ways drops letters
            // ("eun" ~ "un"); the rest, of other letters ("li" ~ "hui", two syllables a name read from Han meets
            // everywhere), meet only by the clauses below
            return true;
        }
        if (kx == WORD && ky == WORD && ((mx | my) & HABIT) != 0 && TransliterationHabits.lengthsMayPair(lx, ly)
                && habitsMayMeet(mx, a[x + 5], my, b[y + 5])) {
            return true;   // one word in German or French transliteration, the other in English (WordOpinions.SHORT)
        }
        if (kx == WORD && ky == WORD && ShortForms.mayRelate(a[x + 4], b[y + 4])
                && ShortForms.mayRelateSecond((int) (a[x + 5] >>> SECOND_RELATIVES_SHIFT), (int) (b[y + 5] >>> SECOND_RELATIVES_SHIFT))) {
            return true;   // a given name and its hypocorism may pair (WordOpinions.SHORT), or a spelling of one of them
        }
        if (readings && kx == WORD && ky == WORD && ((int) a[x + 3] & (int) b[y + 3]) >>> VARIANT_SHIFT != 0) {
            return true;   // two spellings of one name (WordOpinions.READINGS): both words are in NameVariants' table
        }
        // The skeletons' ratio, less the discount, must reach the floor for a pair the spelling rejects.
        int sx = (int) (mx >>> 11 & 0xFF);
        int sy = (int) (my >>> 11 & 0xFF);
        int sMax = Math.max(sx, sy);
        if (sMax == 0) {
            return true;
        }
        int apart = Math.max(Math.abs(sx - sy), TokenSimilarity.lettersApart(a[x + 1], b[y + 1]));
        return apart <= SKELETON_APART[sMax] || fx == 'a' && fy == 'a'
                && OrganisationWords.mayBeAirline((int) (a[x + 3] >>> 32)) && OrganisationWords.mayBeAirline((int) (b[y + 3] >>> 32));
        // (last: an airline's words pair whatever their spelling, TokenAlignment.Side#similarity)
    }

    /**
     * {@link #mayPair} for a pair with a particle: two particles may pair (their spellings, {@link WordOpinions#SHORT}'s
     * slips between them); a particle and another token as {@link TokenAlignment.Side#similarity} pairs them: equal texts,
     * an initial by its first letter, a number never, a word or generic word of at most four letters only one edit from
     * the particle (so at most a letter longer or shorter, and a letter apart), or from one of its spellings ({@link
     * ParticleSpellings#slip}: only a particle the table spells otherwise, {@link #SPELT_PARTICLES}), or folding alike
     * ({@link RomanisationFold}). {@code particleMeta} and {@code otherMeta}: the two words' meta longs; {@code
     * particleHash}: the particle's text's hash; {@code lettersApart}: their letter sets' distance.
     */
    private static boolean mayPairParticle(int kx, int ky, long particleMeta, long otherMeta, int particleHash,
                                           boolean sameText, boolean sameFirst, boolean sameFold, int lettersApart) {
        if (kx == ky || sameText) {
            return true;
        }
        int other = kx == PARTICLE ? ky : kx;
        if (other == NUMBER) {
            return false;
        }
        if (other == INITIAL) {
            return sameFirst;
        }
        int length = (int) (otherMeta & 0xFF);
        return sameFold || length <= PARTICLE_SLIP_LENGTH
                && (lettersApart <= 1 && Math.abs(length - (int) (particleMeta & 0xFF)) <= 1
                || java.util.Arrays.binarySearch(SPELT_PARTICLES, particleHash) >= 0);
    }

    /** The hashes of the particles {@link ParticleSpellings} spells otherwise ("bin": "ibn", "ben", "bn"), sorted: a word
     *  one edit from such a spelling may pair with the particle however far from the particle's own letters. */
    private static final int[] SPELT_PARTICLES = ParticleSpellings.particles().stream().mapToInt(String::hashCode)
            .sorted().distinct().toArray();

    /** The longest word a particle pairs with by its spelling: {@code Side.similarity} and {@link ParticleSpellings#slip}. */
    private static final int PARTICLE_SLIP_LENGTH = 4;

    // mayPair's arithmetic per word length (at most 255), worked out once with the very expressions of TokenAlignment.
    /** The least length difference whose ratio {@code 1 - d / max} falls below {@link TokenAlignment#PAIR_FLOOR}. */
    private static final int[] HOPELESS_APART = new int[256];
    /** The edits {@link TokenAlignment#textSimilarity} accepts between words whose longer has {@code max} letters
     *  (before the one edit any two words of three letters may have). */
    private static final int[] EDITS_WITHIN = new int[256];
    /** The most skeleton letters apart whose ratio, less the discount, still reaches the floor; -1 when none. */
    private static final int[] SKELETON_APART = new int[256];

    static {
        for (int max = 1; max < 256; max++) {
            int d = 0;
            while (d <= max && !(1.0 - (double) d / max < TokenAlignment.PAIR_FLOOR)) {
                d++;
            }
            HOPELESS_APART[max] = d;
            EDITS_WITHIN[max] = Math.max(max >= TokenAlignment.TYPO_MIN_LENGTH ? TokenAlignment.TYPO_EDITS : 0,
                    TokenSimilarity.floorToInt((1.0 - TokenAlignment.PAIR_FLOOR) * max + 1e-9));
            int apart = -1;
            while (apart + 1 <= max && 1.0 - (double) (apart + 1) / max - TokenAlignment.SKELETON_DISCOUNT >= TokenAlignment.PAIR_FLOOR) {
                apart++;
            }
            SKELETON_APART[max] = apart;
        }
    }

    /**
     * By the longest word of the other side that is no number ({@code y}): the longest run glued that {@link #mayGlue}'s
     * length tests let meet any word of at most {@code y} letters, either as spelling may ({@code y} of four letters or
     * more, the lengths within {@link TokenAlignment#MERGE_MIN}'s share) or as a run with a number may (letter for
     * letter, as long). Worked out with the very expressions of the merge, and made nondecreasing: a run longer than this
     * meets no word of the other side. Every run holds one of two words, so the shortest of those (the header's) decides.
     */
    private static final int[] LONGEST_GLUED = new int[256];

    static {
        int most = 0;
        for (int y = 0; y < 256; y++) {
            for (int g = 0; g <= NO_RUN; g++) {
                int max = Math.max(y, g);
                boolean lengthPasses = y >= 4 && !(Math.abs(y - g) > (1 - TokenAlignment.MERGE_MIN) * max);
                if (g == y || lengthPasses) {
                    most = Math.max(most, g);
                }
            }
            LONGEST_GLUED[y] = most;
        }
    }

    /** Whether a run of two or three adjacent words of the name of summary {@code longer} may be as long as some word of
     *  {@code other}'s as {@link #mayGlue}'s length tests ask (false: none is, by {@link #LONGEST_GLUED}). */
    static boolean runsMayMeet(long[] longer, long[] other) {
        return (int) (longer[0] >>> SHORTEST_RUN_SHIFT & NO_RUN) <= LONGEST_GLUED[(int) (other[0] >>> LONGEST_SHIFT & 0xFF)];
    }

    /** Whether a letter of a-z is among a word's {@link TokenSimilarity#letters}: what an acronym, written in a-z only
     *  ({@code Side.mergeAgainst}), must hold of each word it spells. */
    private static boolean amongLetters(char c, long letters) {
        return c >= 'a' && c <= 'z' && (letters & 1L << (c - 'a')) != 0;
    }

    /**
     * Whether {@code Side.mergeAgainst} may glue a run of {@code longer}'s words against {@code other}: an acronym
     * whose first letter is a run's first and whose letters hold every word's first letter (when {@code acronyms}; the
     * merge asks each letter in its place), or a run whose length and letters pass the merge's own first tests.
     */
    private static boolean mayGlue(long[] longer, int size, long[] other, int otherSize, boolean acronyms) {
        for (int j = 0; acronyms && otherSize >= 2 && j < otherSize; j++) {
            long mj = other[3 + STRIDE * j];
            int len = (int) (mj & 0xFF);
            if (len < 3 || len > 5 || kind(mj) != WORD) {
                continue;
            }
            char first = (char) (mj >>> 20);
            long letters = other[1 + STRIDE * j];
            for (int i = 0; i + len <= size; i++) {
                boolean spells = (char) (longer[3 + STRIDE * i] >>> 20) == first;
                for (int k = 0; k < len && spells; k++) {
                    long meta = longer[3 + STRIDE * (i + k)];
                    int kk = kind(meta);
                    spells = (kk == WORD || kk == GENERIC || kk == INITIAL)
                            && amongLetters((char) (meta >>> 20), letters);
                }
                if (spells) {
                    return true;
                }
            }
        }
        if (!runsMayMeet(longer, other)) {
            return false;   // every run is too long for each word of the other side
        }
        for (int len = 3; len >= 2; len--) {
            for (int i = 0; i + len <= size; i++) {
                int gluedLength = 0;
                long gluedLetters = 0;
                boolean ok = true;
                boolean word = false;
                for (int k = i; k < i + len; k++) {
                    long meta = longer[3 + STRIDE * k];
                    if (kind(meta) == NUMBER) {
                        ok = false;
                    } else {
                        word = true;
                    }
                    gluedLength += (int) (meta & 0xFF);
                    gluedLetters |= longer[1 + STRIDE * k];
                }
                if (!ok) {
                    // A number among words glues only as the other side's word letter for letter: of its length and letters.
                    for (int j = 0; word && j < otherSize; j++) {
                        long mj = other[3 + STRIDE * j];
                        if (kind(mj) == WORD && (int) (mj & 0xFF) == gluedLength && other[1 + STRIDE * j] == gluedLetters) {
                            return true;
                        }
                    }
                    continue;
                }
                for (int j = 0; j < otherSize; j++) {
                    long mj = other[3 + STRIDE * j];
                    int yLength = (int) (mj & 0xFF);
                    int max = Math.max(yLength, gluedLength);
                    if (yLength < 4 || kind(mj) == NUMBER
                            || Math.abs(yLength - gluedLength) > (1 - TokenAlignment.MERGE_MIN) * max
                            || TokenSimilarity.lettersApart(gluedLetters, other[1 + STRIDE * j])
                                    > TokenSimilarity.floorToInt((1.0 - TokenAlignment.MERGE_MIN) * max + 1e-9)) {
                        continue;
                    }
                    return true;
                }
            }
        }
        return false;
    }
}
