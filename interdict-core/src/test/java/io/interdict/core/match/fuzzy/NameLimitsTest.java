package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.core.match.Cancellation;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.NameLimits;
import io.interdict.core.measure.TxKind;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Outcome;
import io.interdict.core.screen.Policy;
import io.interdict.core.screen.Screener;
import io.interdict.core.testkit.Kit;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Item 9 of issue 14: a name is bounded before any matcher sees it, and long work can be cancelled.
 * The class: name lengths (properties over lengths and word counts on both sides of the limits).
 */
class NameLimitsTest {
    static final Screener SCREENER = new Screener(Kit.snapshot(FuzzyMatcherTest.ENTITIES, List.of(), List.of()),
            new FuzzyMatcher(FuzzyMatcherTest.ENTITIES, MatchSettings.DEFAULTS), Policy.DEFAULT);

    @Test
    void aQuarterMegabyteNameIsAnErrorNamingTheFieldNotMinutesOfMatching() {
        String huge = "MAHAN AIR ".repeat(26_000);
        Transaction tx = new Transaction("t", Kit.d("2024-01-01"), null, TxKind.PAYMENT, "US",
                List.of(new Party("payer", "Alice", null, List.of()), new Party("payee", huge, null, List.of())), null, null, null, null);
        Decision d = SCREENER.screen(tx);
        assertThat(d.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(d.error()).startsWith("parties[1].name: name of 260,000 characters; the most accepted is 2,000");
        assertThatThrownBy(() -> new FuzzyMatcher(FuzzyMatcherTest.ENTITIES, MatchSettings.DEFAULTS).search(huge, null, 5))
                .isInstanceOf(NameLimits.Exceeded.class).hasMessageStartingWith("name: ");
    }

    @Property(tries = 60)
    void namesWithinTheLimitsAreScreenedAndLongerOnesRefused(@ForAll @IntRange(min = 1, max = 260) int words,
                                                             @ForAll @IntRange(min = 1, max = 14) int wordLength) {
        String name = String.join(" ", java.util.Collections.nCopies(words, "m".repeat(wordLength)));
        boolean within = name.length() <= NameLimits.MAX_CHARS && words <= NameLimits.MAX_TOKENS;
        Decision d = SCREENER.screen(Kit.tx("2024-01-01", TxKind.PAYMENT, "US", name));
        assertThat(d.outcome() == Outcome.ERROR).as("%d words of %d letters", words, wordLength).isEqualTo(!within);
        assertThat(NameLimits.problem(name) == null).isEqualTo(within);
        if (!within) {
            assertThat(d.error()).startsWith("parties[0].name: name of ");
        }
    }

    @Test
    void theLimitsAreExactBoundaries() {
        assertThat(NameLimits.problem("a".repeat(NameLimits.MAX_CHARS))).isNull();
        assertThat(NameLimits.problem("a".repeat(NameLimits.MAX_CHARS + 1))).contains("2,001 characters");
        assertThat(NameLimits.problem("a ".repeat(NameLimits.MAX_TOKENS))).isNull();
        assertThat(NameLimits.problem("a ".repeat(NameLimits.MAX_TOKENS + 1))).contains("201 words");
        assertThat(NameLimits.problem(null)).isNull();
    }

    @Test
    void cancelledWorkStopsInsideTheMatcher() {
        int[] asked = {0};
        Cancellation afterFirstLook = () -> ++asked[0] > 1;
        assertThatThrownBy(() -> SCREENER.screen(Kit.tx("2024-01-01", TxKind.PAYMENT, "US", "Mahan Air"), afterFirstLook))
                .isInstanceOf(Cancellation.Cancelled.class);
        // Asked more than once: the check is inside the matcher's loop, not only before it starts.
        assertThat(asked[0]).isGreaterThan(1);
        assertThat(SCREENER.screen(Kit.tx("2024-01-01", TxKind.PAYMENT, "US", "Mahan Air"), Cancellation.NONE).outcome())
                .isNotEqualTo(Outcome.ERROR);
    }
}
