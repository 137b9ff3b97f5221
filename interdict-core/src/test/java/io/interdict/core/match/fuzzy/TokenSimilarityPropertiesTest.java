package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The fast distance paths agree with the full optimal-string-alignment matrix. */
class TokenSimilarityPropertiesTest {

    @Property(tries = 3000)
    void bitVectorEqualsMatrix(@ForAll("tokens") String a, @ForAll("tokens") String b) {
        int full = TokenSimilarity.osa(a, b);
        if (!a.isEmpty() && a.length() <= 64) {
            assertThat(TokenSimilarity.osaBits(a, b)).isEqualTo(full);
        }
        assertThat(TokenSimilarity.osaBand(a, b, full)).isEqualTo(full);
    }

    @Property(tries = 3000)
    void boundedDistanceIsTheDistanceCappedAtKPlusOne(@ForAll("tokens") String a, @ForAll("tokens") String b,
                                                      @ForAll @IntRange(min = 0, max = 6) int k) {
        int full = TokenSimilarity.osa(a, b);
        assertThat(TokenSimilarity.osaWithin(a, b, k)).isEqualTo(Math.min(full, k + 1));
        assertThat(TokenSimilarity.osaBand(a, b, k)).isEqualTo(Math.min(full, k + 1));
        assertThat(TokenSimilarity.osaWithin(a, TokenSimilarity.letters(a), b, TokenSimilarity.letters(b), k))
                .isEqualTo(Math.min(full, k + 1));
    }

    @Property(tries = 1000)
    void lettersApartNeverExceedsTheDistance(@ForAll("tokens") String a, @ForAll("tokens") String b) {
        assertThat(TokenSimilarity.lettersApart(TokenSimilarity.letters(a), TokenSimilarity.letters(b)))
                .isLessThanOrEqualTo(TokenSimilarity.osa(a, b));
    }

    @Property(tries = 200)
    void longAndNonAsciiTokensFallBack(@ForAll("longTokens") String a, @ForAll("longTokens") String b) {
        int full = TokenSimilarity.osa(a, b);
        assertThat(TokenSimilarity.osaWithin(a, b, 70)).isEqualTo(Math.min(full, 71));
    }

    @Provide
    Arbitrary<String> tokens() {
        // A small alphabet makes repeats and transpositions frequent.
        return Arbitraries.strings().withChars("abcde1").ofMinLength(0).ofMaxLength(14);
    }

    @Provide
    Arbitrary<String> longTokens() {
        return Arbitraries.strings().withChars("abcé").ofMinLength(60).ofMaxLength(80);
    }
}
