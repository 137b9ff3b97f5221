package io.interdict.streams.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.EntityMatch;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.tx.Party;
import io.interdict.streams.testkit.TestLists;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingMatcherTest {
    private final PartyMatcher real = TestLists.screener(TestLists.V2).matcher();

    @Test
    void aRepeatedPartyIsMatchedOnceAndGetsTheSameMatches() {
        AtomicInteger calls = new AtomicInteger();
        PartyMatcher counting = new PartyMatcher() {
            @Override
            public List<EntityMatch> match(Party party) {
                calls.incrementAndGet();
                return real.match(party);
            }

            @Override
            public String algorithm() {
                return real.algorithm();
            }
        };
        CachingMatcher m = new CachingMatcher(counting, 100);
        Party zenith = new Party("counterparty", "Zenith Trading Bureau", null, List.of());
        List<EntityMatch> first = m.match(zenith);
        List<EntityMatch> again = m.match(new Party("counterparty", "Zenith Trading Bureau", null, List.of()));
        assertThat(first).isNotEmpty().isEqualTo(real.match(zenith));
        assertThat(again).isEqualTo(first);
        assertThat(calls).hasValue(1);
        m.match(new Party("counterparty", "Zenith Trading Bureau", "GB", List.of()));
        assertThat(calls).as("another country is another party").hasValue(2);
        assertThat(m.algorithm()).isEqualTo(real.algorithm());
    }

    @Test
    void zeroEntriesMeansNoCache() {
        assertThat(CachingMatcher.of(real, 0)).isSameAs(real);
    }
}
