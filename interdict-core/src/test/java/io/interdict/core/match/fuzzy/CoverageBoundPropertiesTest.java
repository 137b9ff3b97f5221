package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link CoverageBound} is exact: whenever it says a candidate scores below a floor, the full {@code interdict-v2}
 * score in a search is below it, for names built from words that pair in every way the scorer knows (equal, misspelt, glued,
 * split, spelt in another romanisation, particles, initials, numbers, numbers glued to a word, generic words, legal
 * forms); and a search that skips what it proves returns exactly what a search without it returns.
 */
class CoverageBoundPropertiesTest {
    private static final String[] WORDS = {
        "mohammad", "muhammad", "mohamed", "ali", "aly", "hassan", "hasan", "husain", "hussein", "ahmad", "ahmed",
        "maria", "mariah", "marie", "jose", "garcia", "garsia", "lopez", "lopes", "fernandez", "hernandez", "smith",
        "smyth", "john", "jon", "johnson", "brown", "braun", "kim", "km", "lee", "li", "nur", "noor", "dawud", "dawood",
        "abdul", "abdullah", "rahman", "abdulrahman", "tik", "tok", "tiktok", "mahan", "mahaan", "air", "airlines",
        "trading", "bank", "shipping", "international", "group", "petro", "petrochemical", "ivanov", "ivanova", "sergey",
        "sergei", "morozov", "morozova", "antonio", "antonia", "teh", "nd", "ven", "pla", "people", "liberation", "army",
        "zhang", "wei", "chen", "nguyen", "tran", "van", "thi", "ngoc", "lan", "o'brien", "mc", "donald", "mcdonald",
        "tok2", "2air", "bank1990", "dzhokhar", "jokhar", "dschochar", "dzhamal", "jamal", "djamal"};
    private static final String[] SMALL = {"al", "el", "bin", "ibn", "de", "van", "der", "A.", "B.", "J.", "2", "IV", "1990"};
    private static final String[] LEGAL = {"ltd", "LLC", "GmbH", "Inc.", "S.A.", "co"};
    private static final String[] OTHER_SCRIPTS = {"محمد علي", "Сергей Морозов", "김정은", "山本一平", "Μαρία Παπαδοπούλου"};
    /** Names read by their consonants against a Latin name (an abjad, an abugida, an alphabet). */
    private static final String[] READ_BY_CONSONANTS = {"محمد علي", "Сергей Морозов", "Джохар Дудаев", "Μαρία Παπαδοπούλου", "דוד כהן",
        "राम कुमार", "عبد الله", "عبدالرحمن", "أحمد", "حامد كرزاي", "محمد بن عبد الله", "שרה", "सीता राम", "Давид Коэн"};
    /** Names read as spelt (Hangul, Han, kana: exact romanisations), and Latin names of their words, readings' variants
     *  ("moon" ~ "mun", "park" ~ "bak"), misspellings and other words. */
    private static final String[] READ_AS_SPELT = {"김정은", "박지성", "문재인", "이영희", "최민수", "박근혜", "山本一平",
        "王建设", "张伟", "李娜", "ヤマダ タロウ", "やまだ はなこ", "김 정은", "문 재인 Moon"};
    private static final String[] THEIR_WORDS = {"kim", "gim", "jong", "un", "eun", "jongun", "park", "bak", "pak", "ji",
        "sung", "seong", "moon", "mun", "jae", "in", "jaein", "lee", "yi", "rhee", "young", "yeong", "hee", "choi", "choe",
        "min", "su", "soo", "geun", "hye", "yamamoto", "ippei", "wang", "jianshe", "jian", "she", "zhang", "wei", "li",
        "na", "yamada", "taro", "hanako", "smith", "ali", "trading", "bank", "2"};
    private static final Schema[] SCHEMAS = {Schema.PERSON, Schema.ORGANIZATION, Schema.UNKNOWN, Schema.VESSEL};

    @Property(tries = 5000)
    void whatTheBoundSkipsScoresBelowTheFloor(@ForAll("names") String x, @ForAll("names") String y,
                                               @ForAll("schemas") Schema sx, @ForAll("schemas") Schema sy,
                                               @ForAll("floors") double floor, @ForAll long seed) {
        ScoringName q = ScoringName.of(x, sx);
        ScoringName c = ScoringName.of(y, sy);
        boolean skipped = CoverageBound.below(q, c, floor);
        Statistics.collect(skipped);
        if (skipped) {
            Random r = new Random(seed);
            InterdictV2.ListContext list = new InterdictV2.ListContext(flags(r, q.size()), flags(r, c.size()), flags(r, q.size()),
                    flags(r, q.size()));
            assertThat(InterdictV2.value(q, c, list)).as("%s ~ %s", x, y).isLessThan(floor);
            assertThat(InterdictV2.value(q, c, nothingCommon(q, c))).as("%s ~ %s", x, y).isLessThan(floor);
        }
        // Not a bound that never bounds: it skips a good share of these random pairs.
        Statistics.coverage(checker -> checker.check(true).percentage(p -> p > 20));
    }

    @Property(tries = 5000)
    void whatTheBoundSkipsKnowingTheListsCommonWordsScoresBelowTheFloorInThatSearch(
            @ForAll("names") String x, @ForAll("names") String y, @ForAll("schemas") Schema sx, @ForAll("schemas") Schema sy,
            @ForAll("floors") double floor, @ForAll long seed) {
        ScoringName q = ScoringName.of(x, sx);
        ScoringName c = ScoringName.of(y, sy);
        Random r = new Random(seed);
        // Mostly common words, as a search for a frequent given name meets them.
        boolean[] common = new boolean[q.size()];
        for (int i = 0; i < common.length; i++) {
            common[i] = r.nextInt(4) != 0;
        }
        boolean[] candidateCommon = new boolean[c.size()];
        for (int j = 0; j < candidateCommon.length; j++) {
            candidateCommon[j] = r.nextInt(4) != 0;
        }
        boolean[] known = flags(r, q.size());
        InterdictV2.ListContext list = new InterdictV2.ListContext(common, candidateCommon, known);
        boolean skipped = CoverageBound.below(CoverageBound.summary(q), CoverageBound.summary(c), q, g -> c, 0, null, floor,
                CoverageBound.scratch(), CoverageBound.Certain.of(q, common, known, g -> candidateCommon, true));
        Statistics.collect(skipped);
        if (skipped) {
            assertThat(InterdictV2.value(q, c, list)).as("%s ~ %s", x, y).isLessThan(floor);
        }
        // Knowing the common words only adds to what the bound proves.
        if (CoverageBound.below(q, c, floor)) {
            assertThat(skipped).as("%s ~ %s", x, y).isTrue();
        }
        Statistics.coverage(checker -> checker.check(true).percentage(p -> p > 20));
    }

    /** A search's list context in which no word is common or known. */
    private static InterdictV2.ListContext nothingCommon(ScoringName q, ScoringName c) {
        return new InterdictV2.ListContext(new boolean[q.size()], new boolean[c.size()], new boolean[q.size()]);
    }

    @Example
    void theBoundIsASearchsNotAPairwiseComparisons() {
        // Compared pairwise, "jose" and "jupe" (two edits apart, beside "aly" paired) pair as a slip (TwoEditWord); a
        // search never pairs them so, and the bound, used by searches alone, leaves them unpaired.
        ScoringName q = ScoringName.of("IBN ALY-JOSE", Schema.PERSON);
        ScoringName c = ScoringName.of("aly jupe", Schema.PERSON);
        assertThat(CoverageBound.below(q, c, 0.5)).isTrue();
        assertThat(InterdictV2.value(q, c, nothingCommon(q, c))).isLessThan(0.5);
        assertThat(InterdictV2.value(q, c, null)).isGreaterThanOrEqualTo(0.5);
    }

    @Example
    void aLoneCommonGivenNameAgainstAFullerNameIsBoundedBelow() {
        // "eduardo" against "Luis Eduardo Cuellar": the query's one word pairs; the candidate's other words are certainly
        // unpaired, so single_token_extra applies, and so does common_words_only when "eduardo" is common in the list.
        ScoringName q = ScoringName.of("Eduardo", Schema.UNKNOWN);
        ScoringName c = ScoringName.of("Luis Eduardo Cuellar Castro", Schema.PERSON);
        long[] qs = CoverageBound.summary(q);
        long[] cs = CoverageBound.summary(c);
        boolean[] common = {true};
        assertThat(CoverageBound.below(qs, cs, q, g -> c, 0, null, 0.5, CoverageBound.scratch(), CoverageBound.Certain.of(q, common, null, null, false))).isFalse();
        assertThat(CoverageBound.below(qs, cs, q, g -> c, 0, null, 0.5, CoverageBound.scratch(), CoverageBound.Certain.of(q, common, null, null, true))).isTrue();
        assertThat(InterdictV2.value(q, c, new InterdictV2.ListContext(common, new boolean[c.size()], common))).isLessThan(0.5);
        // A rare word pairing only with a candidate's common words proves as much: the scorer asks either.
        boolean[] rare = {false};
        boolean[] candidateCommon = new boolean[c.size()];
        java.util.Arrays.fill(candidateCommon, true);
        assertThat(CoverageBound.below(qs, cs, q, g -> c, 0, null, 0.5, CoverageBound.scratch(),
                CoverageBound.Certain.of(q, rare, rare, g -> candidateCommon, true))).isTrue();
        assertThat(InterdictV2.value(q, c, new InterdictV2.ListContext(rare, candidateCommon, rare))).isLessThan(0.5);
        // A rare word, or a floor of 0, proves nothing more.
        assertThat(CoverageBound.below(qs, cs, q, g -> c, 0, null, 0.5, CoverageBound.scratch(), CoverageBound.Certain.of(q, new boolean[] {false}, null, null, true))).isFalse();
        assertThat(CoverageBound.below(qs, cs, q, g -> c, 0, null, 0.0, CoverageBound.scratch(), CoverageBound.Certain.of(q, common, null, null, true))).isFalse();
    }

    @Property(tries = 3000)
    void whatTheBoundSkipsOfANameReadAsSpeltScoresBelowTheFloor(@ForAll("readAsSpelt") String x,
                                                                @ForAll("theirWords") String y, @ForAll boolean swap,
                                                                @ForAll("schemas") Schema sx, @ForAll("schemas") Schema sy,
                                                                @ForAll("floors") double floor, @ForAll long seed) {
        ScoringName q = ScoringName.of(swap ? y : x, sx);
        ScoringName c = ScoringName.of(swap ? x : y, sy);
        skippedScoresBelow(q, c, floor, seed);
        // Each pair the summaries rule out has no similarity under the opinion the alignment asks.
        pairsRuledOutHaveNoSimilarity(q, c, may -> { });
        Statistics.coverage(checker -> checker.check(true).percentage(p -> p > 20));
    }

    /** Whether the bound skips {@code c} for {@code q} (collected for the statistics); if it does, the full score in a
     *  search (some words common, or none) is below the floor. */
    private static void skippedScoresBelow(ScoringName q, ScoringName c, double floor, long seed) {
        boolean skipped = CoverageBound.below(q, c, floor);
        Statistics.collect(skipped);
        if (skipped) {
            Random r = new Random(seed);
            InterdictV2.ListContext list = new InterdictV2.ListContext(flags(r, q.size()), flags(r, c.size()), flags(r, q.size()),
                    flags(r, q.size()));
            assertThat(InterdictV2.value(q, c, list)).as("%s ~ %s", q.prepared.original(), c.prepared.original()).isLessThan(floor);
            assertThat(InterdictV2.value(q, c, nothingCommon(q, c))).as("%s ~ %s", q.prepared.original(), c.prepared.original()).isLessThan(floor);
        }
    }

    @Example
    void twoSpellingsOfOneNameInNameVariantsMayPairAcrossScripts() {
        // "rhee" and "yi" are one Korean family name (NameVariants); neither letters nor sounds bridge them. Against a
        // name read from Hangul (partly in Latin) they may pair; two Latin names pair them never.
        ScoringName read = ScoringName.of("정은 Rhee", Schema.PERSON);
        ScoringName latin = ScoringName.of("Jeongeun Rhee", Schema.PERSON);
        ScoringName yi = ScoringName.of("YI", Schema.PERSON);
        assertThat(CoverageBound.forQuery(read)).isNotNull();
        int rhee = java.util.Arrays.asList(read.text).indexOf("rhee");
        assertThat(CoverageBound.mayPair(CoverageBound.summary(read), rhee, CoverageBound.summary(yi), 0)).isTrue();
        assertThat(CoverageBound.mayPair(CoverageBound.summary(latin), latin.size() - 1, CoverageBound.summary(yi), 0)).isFalse();
        TokenAlignment.Side a = TokenAlignment.Side.of(read);
        a.opinion = InterdictV2.opinion(read, yi);
        assertThat(a.similarity(rhee, TokenAlignment.Side.of(yi), 0)).isPositive();
        // 문 재인 "mun jaein": "MOON Jaein" may match; "MOON Ho" shares one word of two and is skipped.
        ScoringName mun = ScoringName.of("문 재인", Schema.PERSON);
        assertThat(CoverageBound.below(mun, ScoringName.of("MOON Jaein", Schema.PERSON), 0.5)).isFalse();
        assertThat(InterdictV2.value(mun, ScoringName.of("MOON Jaein", Schema.PERSON), null)).isGreaterThanOrEqualTo(0.5);
        assertThat(CoverageBound.below(mun, ScoringName.of("MOON Ho", Schema.PERSON), 0.5)).isTrue();
    }

    @Property(tries = 3000)
    void whatTheBoundSkipsOfANameReadByConsonantsScoresBelowTheFloor(@ForAll("byConsonants") String x,
                                                                    @ForAll("consonantWords") String y, @ForAll boolean swap,
                                                                    @ForAll("schemas") Schema sx, @ForAll("schemas") Schema sy,
                                                                    @ForAll("floors") double floor, @ForAll long seed) {
        skippedScoresBelow(ScoringName.of(swap ? y : x, sx), ScoringName.of(swap ? x : y, sy), floor, seed);
        Statistics.coverage(checker -> checker.check(true).percentage(p -> p > 20));
    }

    @Example
    void aNameReadFromAnAlphabetIsBoundedByItsWordsConsonants() {
        ScoringName cyrillic = ScoringName.of("Сергей Морозов", Schema.PERSON);
        assertThat(CoverageBound.forQuery(cyrillic)).isNotNull();
        // "sergei morozov" may be SERGEY MOROZOV; against "Sergey Kuznetsov" the family names' consonants differ: skipped.
        assertThat(CoverageBound.below(cyrillic, ScoringName.of("Sergey MOROZOV", Schema.PERSON), 0.5)).isFalse();
        assertThat(CoverageBound.below(cyrillic, ScoringName.of("Sergey KUZNETSOV", Schema.PERSON), 0.5)).isTrue();
        assertThat(InterdictV2.value(cyrillic, ScoringName.of("Sergey KUZNETSOV", Schema.PERSON), null)).isLessThan(0.5);
        // An abugida's reading too: "राम कुमार" against a name of other consonants.
        ScoringName devanagari = ScoringName.of("राम कुमार", Schema.PERSON);
        assertThat(CoverageBound.below(devanagari, ScoringName.of("Ram KUMAR", Schema.PERSON), 0.5)).isFalse();
        assertThat(CoverageBound.below(devanagari, ScoringName.of("Ravi SHANKAR", Schema.PERSON), 0.5)).isTrue();
        // Two names read from other scripts meet each other as spelt, which the bound does not model.
        assertThat(CoverageBound.below(cyrillic, ScoringName.of("Μαρία Παπαδοπούλου", Schema.PERSON), 0.5)).isFalse();
    }

    @Property(tries = 500)
    void aNameReadFromAnAbjadIsNotBounded(@ForAll("consonantWords") String latin, @ForAll boolean swap) {
        for (String abjad : new String[] {"محمد علي", "דוד כהן", "حامد كرزاي"}) {
            ScoringName a = ScoringName.of(abjad, Schema.UNKNOWN);
            ScoringName l = ScoringName.of(latin, Schema.UNKNOWN);
            assertThat(CoverageBound.forQuery(a)).isNull();   // a search reads no candidate's summary
            assertThat(CoverageBound.below(swap ? l : a, swap ? a : l, 0.5)).isFalse();
        }
    }

    @Property(tries = 2000)
    void thePairsProveMoreThanTheSummariesAndAMemoChangesNothing(@ForAll("names") String x, @ForAll("names") String y,
                                                                 @ForAll("schemas") Schema sx, @ForAll("schemas") Schema sy) {
        ScoringName q = ScoringName.of(x, sx);
        ScoringName c = ScoringName.of(y, sy);
        long[] qs = CoverageBound.summary(q);
        long[] cs = CoverageBound.summary(c);
        boolean both = CoverageBound.below(qs, cs, q, c, null, FuzzyMatcher.MIN_CANDIDATE_SCORE);
        if (CoverageBound.below(qs, cs, FuzzyMatcher.MIN_CANDIDATE_SCORE)) {
            assertThat(both).as("%s ~ %s", x, y).isTrue();
        }
        // A memo (with pairs of another query in it) gives the pairs' similarities as worked out anew.
        PairMemo memo = new PairMemo(4).start(c);
        CoverageBound.below(cs, qs, c, q, memo, FuzzyMatcher.MIN_CANDIDATE_SCORE);
        assertThat(CoverageBound.below(qs, cs, q, c, memo.start(q), FuzzyMatcher.MIN_CANDIDATE_SCORE)).as("%s ~ %s", x, y).isEqualTo(both);
    }

    /** Short words a particle may be a slip of, or a spelling of ("en" ~ "bin" by "ben", "abou" ~ "abu"), and words of
     *  five or more letters that fold as a particle's spelling might. */
    private static final String[] NEAR_PARTICLES = {"en", "be", "bn", "ibm", "ab", "abou", "abo", "ad", "dee", "vn", "eel",
        "aal", "binn", "vaan", "dell", "della", "ould", "oold", "ulde"};

    @Property(tries = 3000)
    void aWordPairTheSummariesRuleOutHasNoSimilarity(@ForAll long seed, @ForAll("schemas") Schema sx,
                                                     @ForAll("schemas") Schema sy) {
        Random r = new Random(seed);
        ScoringName q = ScoringName.of(wordsNearParticles(r), sx);
        ScoringName c = ScoringName.of(wordsNearParticles(r), sy);
        pairsRuledOutHaveNoSimilarity(q, c, Statistics::collect);
        Statistics.coverage(checker -> checker.check(false).percentage(p -> p > 20));
    }

    /** Syllables of two and three letters: Mandarin, Korean in both romanisations, Japanese, and other short words. */
    private static final String[] SHORT_WORDS = {"li", "lin", "hui", "wu", "ng", "ho", "he", "hee", "yu", "you", "xu",
        "hsu", "un", "eun", "seo", "so", "sok", "ko", "kou", "oh", "ono", "an", "han", "al", "ali", "aly", "abu", "bu",
        "ye", "yeo", "jo", "joe", "jin", "ji", "mo", "moe", "lu", "lui", "lee", "yi", "rhee", "na", "nam", "el", "ul"};

    /** A two- and a three-letter word pair ({@code WordOpinions.SHORT}) one insertion apart or ending alike; the rest only
     *  by a fold, a hypocorism or a known spelling, which the summaries tell, so a pair of other letters is ruled out. */
    @Property(tries = 3000)
    void aTwoAndAThreeLetterWordTheSummariesRuleOutHaveNoSimilarity(@ForAll long seed, @ForAll boolean swap,
                                                                    @ForAll("readAsSpelt") String read) {
        Random r = new Random(seed);
        String two = r.nextBoolean() ? SHORT_WORDS[r.nextInt(SHORT_WORDS.length)] : letters(r, 2);
        String three = r.nextBoolean() ? SHORT_WORDS[r.nextInt(SHORT_WORDS.length)] : letters(r, 3);
        ScoringName x = ScoringName.of(two + " " + three, Schema.PERSON);
        ScoringName y = ScoringName.of(three + " " + letters(r, 2) + " " + two, Schema.PERSON);
        // Two names of Korean syllables pair theirs across the two romanisations' consonants (KOREAN_LATIN): not bounded.
        if (InterdictV2.opinion(x, y) != WordOpinions.KOREAN_LATIN) {
            pairsRuledOutHaveNoSimilarity(swap ? y : x, swap ? x : y, Statistics::collect);
        }
        // and against a name read from Han, Hangul or kana, whose syllables are short words too
        ScoringName h = ScoringName.of(read, Schema.PERSON);
        pairsRuledOutHaveNoSimilarity(swap ? x : h, swap ? h : x, may -> { });
        Statistics.coverage(checker -> checker.check(false).percentage(p -> p > 20));
    }

    /** {@code n} letters, vowels as often as consonants. */
    private static String letters(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(r.nextBoolean() ? "aeiouy".charAt(r.nextInt(6)) : "bcdfghjklmnpqrstvwxz".charAt(r.nextInt(20)));
        }
        return sb.toString();
    }

    @Example
    void aTwoAndAThreeLetterWordMayPairOnlyWithTheShortersLettersInTheLongerOrFoldingAlike() {
        long[] li = CoverageBound.summary(ScoringName.of("li", Schema.PERSON));
        assertThat(mayPairWith(li, 0, "lin")).isTrue();
        assertThat(mayPairWith(li, 0, "ali")).isTrue();
        assertThat(mayPairWith(li, 0, "hui")).isFalse();
        assertThat(mayPairWith(CoverageBound.summary(ScoringName.of("un", Schema.PERSON)), 0, "eun")).isTrue();
    }

    /** Whether word i of the name summarised may pair with {@code word}, a person's name of one word. */
    private static boolean mayPairWith(long[] name, int i, String word) {
        return CoverageBound.mayPair(name, i, CoverageBound.summary(ScoringName.of(word, Schema.PERSON)), 0);
    }

    /** Every word pair of q and c that {@link CoverageBound#mayPair} rules out has no similarity under the opinion the
     *  alignment asks; {@code seen} is told each pair's answer. */
    private static void pairsRuledOutHaveNoSimilarity(ScoringName q, ScoringName c, java.util.function.Consumer<Boolean> seen) {
        long[] qs = CoverageBound.summary(q);
        long[] cs = CoverageBound.summary(c);
        TokenAlignment.Side a = TokenAlignment.Side.of(q);
        a.opinion = InterdictV2.opinion(q, c);
        TokenAlignment.Side b = TokenAlignment.Side.of(c);
        for (int i = 0; i < q.size(); i++) {
            for (int j = 0; j < c.size(); j++) {
                boolean may = CoverageBound.mayPair(qs, i, cs, j);
                seen.accept(may);
                if (!may) {
                    assertThat(a.similarity(i, b, j)).as("%s ~ %s", q.text[i], c.text[j]).isZero();
                }
            }
        }
    }

    /** One to four words: particles, initials, numbers, words near a particle, names (some misspelt). */
    private static String wordsNearParticles(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0, n = 1 + r.nextInt(4); w < n; w++) {
            int kind = r.nextInt(3);
            String t = kind == 0 ? SMALL[r.nextInt(SMALL.length)] : kind == 1 ? NEAR_PARTICLES[r.nextInt(NEAR_PARTICLES.length)]
                    : r.nextBoolean() ? WORDS[r.nextInt(WORDS.length)] : misspelt(WORDS[r.nextInt(WORDS.length)], r);
            sb.append(sb.length() == 0 ? "" : " ").append(t);
        }
        return sb.toString();
    }

    @Example
    void aParticleMayPairOnlyWithAShortWordOrOneThatFoldsAlike() {
        long[] ben = CoverageBound.summary(ScoringName.of("Ali ben Omar", Schema.PERSON));
        assertThat(mayPairWith(ben, 1, "en")).isTrue();
        assertThat(mayPairWith(ben, 1, "bennett")).isFalse();
        assertThat(mayPairWith(ben, 1, "B.")).isTrue();
        assertThat(mayPairWith(ben, 1, "C.")).isFalse();
        // "bin" is spelt "ibn", "ben", "bn": a slip of those ("ebn") may pair, however far from "bin"'s own letters
        assertThat(mayPairWith(ben, 1, "ebn")).isTrue();
        // a particle the table spells one way only pairs with a short word one edit from it ("dei"), not any short word
        long[] de = CoverageBound.summary(ScoringName.of("Maria de Souza", Schema.PERSON));
        assertThat(mayPairWith(de, 1, "dei")).isTrue();
        assertThat(mayPairWith(de, 1, "wang")).isFalse();
        assertThat(mayPairWith(de, 1, "ed")).isTrue();
    }

    @Example
    void anAcronymGluesOnlyARunWhoseFirstLettersItHolds() {
        ScoringName army = ScoringName.of("People Liberation Army", Schema.ORGANIZATION);
        ScoringName pla = ScoringName.of("PLA Navy", Schema.ORGANIZATION);
        assertThat(CoverageBound.below(army, pla, 0.5)).isFalse();
        assertThat(InterdictV2.value(army, pla, null)).isGreaterThanOrEqualTo(0.5);
        // "POL" starts as the run does, but holds no "a" for "army": nothing glues, and the words' letters decide.
        ScoringName pol = ScoringName.of("POL Navy", Schema.ORGANIZATION);
        assertThat(CoverageBound.below(army, pol, 0.5)).isTrue();
        assertThat(InterdictV2.value(army, pol, null)).isLessThan(0.5);
    }

    @Example
    void aRunTheLettersMayGlueIsGluedAheadToKnow() {
        // "jose luis" has the letters and length of "luisjose", and no edit ratio that glues it: nothing glues.
        ScoringName q = ScoringName.of("Jose Luis Garcia", Schema.UNKNOWN);
        ScoringName c = ScoringName.of("LUISJOSE", Schema.PERSON);
        assertThat(TokenAlignment.glues(q, c, true)).isFalse();
        assertThat(CoverageBound.below(CoverageBound.summary(q), CoverageBound.summary(c), 0.5)).isFalse();
        assertThat(CoverageBound.below(q, c, 0.5)).isTrue();
        assertThat(InterdictV2.value(q, c, null)).isLessThan(0.5);
        // "kim jong" glues into "kimjong": no bound.
        ScoringName kim = ScoringName.of("Kim Jong Un", Schema.UNKNOWN);
        ScoringName kimjong = ScoringName.of("KIMJONG", Schema.PERSON);
        assertThat(TokenAlignment.glues(kim, kimjong, true)).isTrue();
        assertThat(CoverageBound.below(kim, kimjong, 0.5)).isFalse();
    }

    @Property(tries = 3000)
    void aRunTheLengthsRuleOutIsAsLongAsNoWordOfTheOtherSide(@ForAll("names") String x, @ForAll("names") String y) {
        ScoringName a = ScoringName.of(x, Schema.UNKNOWN);
        ScoringName b = ScoringName.of(y, Schema.UNKNOWN);
        boolean mayMeet = CoverageBound.runsMayMeet(CoverageBound.summary(a), CoverageBound.summary(b));
        Statistics.label("runs may meet").collect(mayMeet);
        if (mayMeet) {
            return;
        }
        // Worked out from the words themselves: each run of two or three against each word that is no number, as the
        // merge's length tests and its number rule ask.
        for (int len = 2; len <= 3; len++) {
            for (int i = 0; i + len <= a.size(); i++) {
                int glued = 0;
                for (int k = i; k < i + len; k++) {
                    glued += a.text[k].length();
                }
                for (int j = 0; j < b.size(); j++) {
                    if (b.kind[j] == io.interdict.core.names.TokenKind.NUMBER) {
                        continue;
                    }
                    int w = b.text[j].length();
                    int max = Math.max(w, glued);
                    assertThat(glued == w || w >= 4 && Math.abs(w - glued) <= (1 - TokenAlignment.MERGE_MIN) * max)
                            .as("%s (run %d+%d) against %s (%s)", x, i, len, y, b.text[j]).isFalse();
                }
            }
        }
    }

    @Example
    void theLengthsRuleOutRunsOfLongWordsAgainstShortOnes() {
        ScoringName john = ScoringName.of("John Smith", Schema.UNKNOWN);
        ScoringName robert = ScoringName.of("Robert Johnson", Schema.PERSON);
        ScoringName rami = ScoringName.of("Rami Makhlouf", Schema.UNKNOWN);
        ScoringName ramimakhlouf = ScoringName.of("RAMIMAKHLOUF", Schema.PERSON);
        // "johnsmith" (9 letters) is too long for "johnson" (7); "ramimakhlouf" is the other's word.
        assertThat(CoverageBound.runsMayMeet(CoverageBound.summary(john), CoverageBound.summary(robert))).isFalse();
        assertThat(CoverageBound.runsMayMeet(CoverageBound.summary(rami), CoverageBound.summary(ramimakhlouf))).isTrue();
        // A lone word has no run.
        assertThat(CoverageBound.runsMayMeet(CoverageBound.summary(ramimakhlouf), CoverageBound.summary(rami))).isFalse();
        assertThat(TokenAlignment.glues(rami, ramimakhlouf, true)).isTrue();
    }

    @Example
    void thePairsProveWhatTheLettersLeaveOpen() {
        // "gina" and "garcia", "garcia" and "alirio" have letters and lengths a typo could bridge; their spelling pairs neither.
        ScoringName q = ScoringName.of("Gina Garcia", Schema.UNKNOWN);
        ScoringName c = ScoringName.of("WILBER ALIRIO GARCIA VARELA", Schema.PERSON);
        assertThat(CoverageBound.below(CoverageBound.summary(q), CoverageBound.summary(c), 0.5)).isFalse();
        assertThat(CoverageBound.below(q, c, 0.5)).isTrue();
        assertThat(InterdictV2.value(q, c, null)).isLessThan(0.5);
    }

    @Example
    void skipsANameThatSharesOneWordAndKeepsOneThatMayMatch() {
        assertThat(below("Maria Lopez Garcia", "FERNANDEZ, Maria")).isTrue();
        assertThat(below("John Smith", "BROWN, John")).isTrue();   // coverage 0.5, a word unpaired on each side
        assertThat(below("Jon Smith", "SMITH, John")).isFalse();
        assertThat(below("Mohamed Hasan", "HASSAN, Muhammad")).isFalse();
        assertThat(below("Tik Tok", "TIKTOK")).isFalse();           // glued
        assertThat(below("Dawood Ali", "ALI, Dawud")).isFalse();     // another romanisation
        assertThat(CoverageBound.forQuery(ScoringName.of("Maria Lopez Garcia", Schema.UNKNOWN))).isNotNull();
    }

    @Property(tries = 10)
    void aSearchWithTheBoundFindsWhatOneWithoutItFinds(@ForAll long seed) {
        Random r = new Random(seed);
        List<Entity> entities = new ArrayList<>();
        for (int e = 0; e < 300; e++) {
            List<Name> names = new ArrayList<>();
            for (int k = 0, n = 1 + r.nextInt(2); k < n; k++) {
                names.add(k == 0 ? Name.primary(name(r)) : Name.alias(name(r)));
            }
            EntityKind kind = r.nextBoolean() ? EntityKind.PERSON : EntityKind.ORGANIZATION;
            entities.add(new Entity("test:" + e, kind, names, List.of(), List.of(), null, false, null));
        }
        FuzzyMatcher bounded = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, InterdictV2.NAME);
        FuzzyMatcher full = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, InterdictV2.NAME);
        full.coverageBound = false;
        for (int i = 0; i < 60; i++) {
            String query = name(r);
            assertThat(hits(bounded.search(query, null, 10))).as(query).isEqualTo(hits(full.search(query, null, 10)));
        }
    }

    @Property(tries = 5)
    void aSearchForANameReadByConsonantsWithTheBoundFindsWhatOneWithoutItFinds(@ForAll long seed) {
        FuzzyMatcher[] matchers = boundedAndFull(new Random(seed), READ_BY_CONSONANTS, consonantWords());
        for (int i = 0; i < 12; i++) {
            String query = i < READ_BY_CONSONANTS.length ? READ_BY_CONSONANTS[i] : byConsonants().sample();
            assertThat(hits(matchers[0].search(query, null, 10))).as(query).isEqualTo(hits(matchers[1].search(query, null, 10)));
            String latin = consonantWords().sample();
            assertThat(hits(matchers[0].search(latin, null, 10))).as(latin).isEqualTo(hits(matchers[1].search(latin, null, 10)));
        }
    }

    @Property(tries = 5)
    void aSearchForANameReadAsSpeltWithTheBoundFindsWhatOneWithoutItFinds(@ForAll long seed) {
        FuzzyMatcher[] matchers = boundedAndFull(new Random(seed), READ_AS_SPELT, theirWords());
        for (String query : READ_AS_SPELT) {
            assertThat(hits(matchers[0].search(query, null, 10))).as(query).isEqualTo(hits(matchers[1].search(query, null, 10)));
        }
    }

    /** Persons listed "FIRST SECOND, Given" from a few words, so that each is common in the list, some written the same
     *  without the comma (one group, mixed: {@link FuzzyMatcher}'s familyMixed): searched by a given name and the first
     *  surname, whose second surname left unpaired lets {@code common_words_only} off ({@link InterdictV2#secondSurname}),
     *  the bound finds what the full search finds. */
    @Property(tries = 5)
    void aSearchForASpanishNameWrittenShortWithTheBoundFindsWhatOneWithoutItFinds(@ForAll long seed) {
        Random r = new Random(seed);
        String[] given = {"Anselmo", "Rosendo", "Eulalio", "Fermina"};
        String[] surnames = {"VELARDO", "QUINTANAR", "LUNARES", "BARRENO", "OSTALES"};
        List<Entity> entities = new ArrayList<>();
        for (int e = 0; e < 150; e++) {
            String g = given[r.nextInt(given.length)] + (r.nextBoolean() ? "" : " " + given[r.nextInt(given.length)]);
            String first = surnames[r.nextInt(surnames.length)];
            String second = surnames[r.nextInt(surnames.length)];
            String name = r.nextInt(4) == 0 ? g + " " + first + " " + second : first + " " + second + ", " + g;
            entities.add(new Entity("test:" + e, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), null,
                    false, null));
        }
        FuzzyMatcher bounded = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, InterdictV2.NAME);
        FuzzyMatcher full = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, InterdictV2.NAME);
        full.coverageBound = false;
        for (int i = 0; i < 20; i++) {
            String surname = surnames[r.nextInt(surnames.length)];
            if (r.nextBoolean()) {   // a letter misspelt: a looser pair, nearer the floor the bound skips below
                int at = 1 + r.nextInt(surname.length() - 1);
                surname = surname.substring(0, at) + (char) ('A' + r.nextInt(26)) + surname.substring(at + 1);
            }
            String query = given[r.nextInt(given.length)] + " " + surname;
            assertThat(hits(bounded.search(query, null, 10))).as(query).isEqualTo(hits(full.search(query, null, 10)));
        }
    }

    /** A matcher with the bound and one without, over 200 entities: a tenth named in another script ({@code foreign}),
     *  the rest in Latin ({@code latin}). */
    private static FuzzyMatcher[] boundedAndFull(Random r, String[] foreign, Arbitrary<String> latin) {
        List<Entity> entities = new ArrayList<>();
        for (int e = 0; e < 200; e++) {
            String name = r.nextInt(10) == 0 ? foreign[r.nextInt(foreign.length)] : latin.sample();
            EntityKind kind = r.nextBoolean() ? EntityKind.PERSON : EntityKind.ORGANIZATION;
            entities.add(new Entity("test:" + e, kind, List.of(Name.primary(name)), List.of(), List.of(), null, false, null));
        }
        FuzzyMatcher bounded = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, InterdictV2.NAME);
        FuzzyMatcher full = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, InterdictV2.NAME);
        full.coverageBound = false;
        return new FuzzyMatcher[] {bounded, full};
    }

    private static List<String> hits(List<SearchHit> hits) {
        return hits.stream().map(h -> h.entityId() + " " + h.name() + " " + h.score() + " " + h.explanation()).toList();
    }

    private static boolean below(String x, String y) {
        return CoverageBound.below(ScoringName.of(x, Schema.UNKNOWN), ScoringName.of(y, Schema.PERSON), 0.5);
    }

    private static boolean[] flags(Random r, int n) {
        boolean[] b = new boolean[n];
        for (int i = 0; i < n; i++) {
            b[i] = r.nextBoolean();
        }
        return b;
    }

    /** A name of one to five words, some misspelt, split, glued or in another spelling. */
    private static String name(Random r) {
        int words = 1 + r.nextInt(5);
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int kind = r.nextInt(20);
            String t = kind < 14 ? WORDS[r.nextInt(WORDS.length)] : kind < 18 ? SMALL[r.nextInt(SMALL.length)]
                    : kind < 19 ? LEGAL[r.nextInt(LEGAL.length)] : OTHER_SCRIPTS[r.nextInt(OTHER_SCRIPTS.length)];
            if (kind < 14 && r.nextInt(4) == 0) {
                t = misspelt(t, r);
            }
            if (sb.length() > 0) {
                sb.append(r.nextInt(6) == 0 ? "" : r.nextInt(8) == 0 ? "-" : " ");   // "" glues two words
            }
            sb.append(r.nextBoolean() ? t.toUpperCase(java.util.Locale.ROOT) : t);
        }
        return r.nextInt(4) == 0 && words > 1 ? sb.toString().replaceFirst(" ", ", ") : sb.toString();
    }

    private static String misspelt(String t, Random r) {
        if (t.length() < 2) {
            return t;
        }
        int at = r.nextInt(t.length());
        return switch (r.nextInt(4)) {
            case 0 -> t.substring(0, at) + t.substring(at + 1);
            case 1 -> t.substring(0, at) + (char) ('a' + r.nextInt(26)) + t.substring(at);
            case 2 -> t.substring(0, at) + (char) ('a' + r.nextInt(26)) + t.substring(at + 1);
            default -> at + 1 < t.length() ? t.substring(0, at) + t.charAt(at + 1) + t.charAt(at) + t.substring(at + 2) : t;
        };
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.longs().map(s -> name(new Random(s)));
    }

    @Provide
    Arbitrary<String> byConsonants() {
        return Arbitraries.oneOf(Arbitraries.of(READ_BY_CONSONANTS),
                Combinators.combine(Arbitraries.of(READ_BY_CONSONANTS), Arbitraries.of(READ_BY_CONSONANTS)).as((a, b) -> a + " " + b));
    }

    /** Latin words the readings of {@link #READ_BY_CONSONANTS} resemble, their runs glued and other words, one to four
     *  of them, some misspelt or glued. */
    private static final String[] CONSONANT_WORDS = {"mohammad", "mohamed", "muhammad", "ali", "aly", "alawi", "sergey",
        "sergei", "morozov", "morozova", "dzhokhar", "jokhar", "dudayev", "dudaev", "maria", "papadopoulou", "david",
        "dawud", "cohen", "kohen", "khan", "ram", "rama", "kumar", "kumari", "mohammadali", "abdullah", "abd", "allah",
        "hamid", "ahmad", "trading", "bank", "2", "al", "bin", "smith"};

    @Provide
    Arbitrary<String> consonantWords() {
        return wordsOf(CONSONANT_WORDS);
    }

    @Provide
    Arbitrary<String> readAsSpelt() {
        return Arbitraries.of(READ_AS_SPELT);
    }

    /** One to four of {@link #THEIR_WORDS}, some misspelt or glued. */
    @Provide
    Arbitrary<String> theirWords() {
        return wordsOf(THEIR_WORDS);
    }

    /** One to four of {@code words}, some misspelt or glued. */
    private static Arbitrary<String> wordsOf(String[] words) {
        return Arbitraries.longs().map(seed -> {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder();
            for (int w = 0, n = 1 + r.nextInt(4); w < n; w++) {
                String t = words[r.nextInt(words.length)];
                t = r.nextInt(5) == 0 ? misspelt(t, r) : t;
                sb.append(sb.length() == 0 ? "" : r.nextInt(6) == 0 ? "" : r.nextInt(8) == 0 ? "-" : " ").append(t);
            }
            return sb.toString();
        });
    }

    @Provide
    Arbitrary<Schema> schemas() {
        return Arbitraries.of(SCHEMAS);
    }

    @Provide
    Arbitrary<Double> floors() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(FuzzyMatcher.MIN_CANDIDATE_SCORE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(0.05, 1.0)));
    }
}
