package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.names.TokenKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Cheap tests asked before a second opinion across scripts are necessary conditions of it: two words whose first sounds
 * do not meet ({@link ConsonantReading#firstSounds}) are never read as each other at a cost of 0 or 1, so {@link
 * ConsonantReading#cost} skips its table for them; and where {@link CrossScript#mayRaise} says no, {@link
 * CrossScript#similarity} (an alphabet's or an abugida's reading) returns the similarity it was given (or {@link
 * CrossScript#variants}'), so {@link CoverageBound} may rule the pair out. Words are drawn from the letters readings write and Latin
 * spellings use, short enough that their consonants often meet, from such a word with vowels put in, and from pairs
 * known to be one name.
 */
class ConsonantOpinionFactsPropertiesTest {
    /** Readings and Latin spellings: some one name (abjads' readings too, ConsonantReadingTest's; alphabets' and
     *  abugidas'), some not. */
    private static final String[][] KNOWN = {
        {"mhmd", "mohammed"}, {"bdallh", "abdullah"}, {"hmzt", "hamza"}, {"bdalrhmn", "abdurrahman"},
        {"nwraldyn", "noureddine"}, {"shmsaldyn", "shamsuddin"}, {"ywsf", "yusuf"}, {"thnaallh", "sanaullah"},
        {"jmal", "djamel"}, {"lwnysy", "lounici"}, {"khn", "cohen"}, {"srh", "sarah"}, {"lwy", "levi"},
        {"yzhq", "yitzhak"}, {"tyryz", "therese"}, {"alrby", "larbi"}, {"astankzy", "stanekzai"}, {"aly", "ali"},
        {"qyly", "coal"}, {"nwf", "naif"}, {"zmh", "azem"}, {"mddy", "omidi"}, {"dwd", "david"}, {"bnymyn", "benjamin"},
        {"aleksandr", "alexander"}, {"alexandros", "alexander"}, {"sergei", "sergey"}, {"morozov", "morozow"},
        {"rm", "ram"}, {"kmar", "kumar"}, {"prdhan", "pradhan"}, {"shrm", "sharma"}, {"smchai", "somchai"},
    };

    @Property(tries = 20000)
    void wordsReadAsEachOtherHaveFirstSoundsThatMeet(@ForAll("pairs") String[] pair) {
        boolean reads = ConsonantReading.read(pair[0], pair[1]) <= 1;
        Statistics.collect(reads);
        if (reads) {
            assertThat(ConsonantReading.mayRead(ConsonantReading.firstSounds(pair[0], true),
                    ConsonantReading.firstSounds(pair[1], false))).as("%s ~ %s", pair[0], pair[1]).isTrue();
        }
        // the memo's answer, which asks the first sounds first, is the table's
        assertThat(ConsonantReading.cost(pair[0], pair[1])).isEqualTo(ConsonantReading.read(pair[0], pair[1]));
        // Not a test that never meets a reading: a share of these pairs read as each other.
        Statistics.coverage(checker -> checker.check(true).percentage(p -> p > 5));
    }

    @Example
    void aReadingMeetsAWordByItsFirstSounds() {
        // "mhmd" begins with an m, "ahmad" (after its vowel) with an h.
        assertThat(ConsonantReading.mayRead(ConsonantReading.firstSounds("mhmd", true),
                ConsonantReading.firstSounds("ahmad", false))).isFalse();
        // The article's l may be the sun letter it assimilates to: "alrhmn" ~ "arrahman".
        assertThat(ConsonantReading.mayRead(ConsonantReading.firstSounds("alrhmn", true),
                ConsonantReading.firstSounds("rahman", false))).isTrue();
        // An abjad word of vowel letters alone may be read as anything.
        assertThat(ConsonantReading.firstSounds("wy", true) & ConsonantReading.UNIT_FREE).isNotZero();
    }

    @Property(tries = 20000)
    void whereTheFactsSayNoTheOpinionRaisesNothing(@ForAll("pairs") String[] pair,
                                                   @ForAll("kinds") TokenKind kx, @ForAll("kinds") TokenKind ky,
                                                   @ForAll("scripts") int script, @ForAll boolean swap,
                                                   @ForAll("given") double s) {
        String a = swap ? pair[1] : pair[0];
        String b = swap ? pair[0] : pair[1];
        boolean vowelless = script > 0;
        boolean may = CrossScript.mayRaise(CrossScript.Facts.of(a), kx, CrossScript.Facts.of(b), ky, vowelless);
        double raised = CrossScript.similarity(a, kx, b, ky, s, vowelless, false);
        double plain = CrossScript.variants(a, kx, b, ky, s);
        Statistics.collect(raised > plain);
        if (!may) {
            assertThat(raised).as("%s ~ %s (%s, %s, script %d)", a, b, kx, ky, script).isEqualTo(plain);
        }
        Statistics.coverage(checker -> checker.check(true).percentage(p -> p > 2));
    }

    @Example
    void theFactsLetKnownReadingsThrough() {
        for (String[] pair : KNOWN) {
            for (boolean vowelless : new boolean[] {false, true}) {
                double raised = CrossScript.similarity(pair[0], TokenKind.WORD, pair[1], TokenKind.WORD, 0.0, vowelless, false);
                if (raised > 0) {
                    assertThat(CrossScript.mayRaise(CrossScript.Facts.of(pair[0]), TokenKind.WORD,
                            CrossScript.Facts.of(pair[1]), TokenKind.WORD, vowelless)).as("%s ~ %s", pair[0], pair[1]).isTrue();
                }
            }
        }
        // An abugida's "rm" is no "ravi": its consonants differ in number; an alphabet's "aleksandr" is no "oleksandr".
        assertThat(CrossScript.mayRaise(CrossScript.Facts.of("rm"), TokenKind.WORD, CrossScript.Facts.of("ravi"),
                TokenKind.WORD, true)).isFalse();
        assertThat(CrossScript.mayRaise(CrossScript.Facts.of("aleksandr"), TokenKind.WORD, CrossScript.Facts.of("oleksandr"),
                TokenKind.WORD, false)).isTrue();
    }

    @Provide
    Arbitrary<String> readingWords() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abdfghjklmnqrstwyzhhssaaiu").ofMinLength(1).ofMaxLength(8),
                Arbitraries.of(KNOWN).map(p -> p[0]));
    }

    @Provide
    Arbitrary<String> latinWords() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzaeiouhs").ofMinLength(1).ofMaxLength(9),
                Arbitraries.of(KNOWN).map(p -> p[1]));
    }

    /** A reading and a Latin word: drawn apart, or the Latin word the reading with vowels put in and a letter doubled
     *  (mostly a spelling it reads as), or a known pair. */
    @Provide
    Arbitrary<String[]> pairs() {
        Arbitrary<String[]> apart = net.jqwik.api.Combinators.combine(readingWords(), latinWords()).as((x, y) -> new String[] {x, y});
        Arbitrary<String[]> vowelled = net.jqwik.api.Combinators.combine(readingWords(), Arbitraries.longs())
                .as((x, seed) -> new String[] {x, vowelled(x, new java.util.Random(seed))});
        return Arbitraries.oneOf(apart, vowelled, Arbitraries.of(KNOWN));
    }

    private static String vowelled(String x, java.util.Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < x.length(); i++) {
            if (r.nextInt(3) == 0) {
                sb.append("aeiou".charAt(r.nextInt(5)));
            }
            sb.append(x.charAt(i));
            if (r.nextInt(8) == 0) {
                sb.append(x.charAt(i));
            }
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<TokenKind> kinds() {
        return Arbitraries.of(TokenKind.WORD, TokenKind.WORD, TokenKind.WORD, TokenKind.GENERIC, TokenKind.PARTICLE);
    }

    /** 0: an alphabet's reading; 1: an abugida's (vowelless). */
    @Provide
    Arbitrary<Integer> scripts() {
        return Arbitraries.integers().between(0, 1);
    }

    @Provide
    Arbitrary<Double> given() {
        return Arbitraries.of(0.0, 0.0, 0.5, 0.8, 0.86);
    }
}
