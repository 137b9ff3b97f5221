package io.interdict.streams.screen;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.interdict.core.match.EntityMatch;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.tx.Party;
import java.util.List;

/**
 * Remembers the matches of the parties seen most often. A payment stream names the same counterparties
 * again and again, and matching a name is most of the cost of screening it; the matcher is pure, so
 * the same party always gets the same matches under one snapshot. One cache per snapshot: a new
 * snapshot gets a new matcher and so an empty cache. The rest of screening (dates, measures, reach)
 * still runs for every transaction.
 */
public final class CachingMatcher implements PartyMatcher {
    private final PartyMatcher matcher;
    private final Cache<Party, List<EntityMatch>> cache;

    public CachingMatcher(PartyMatcher matcher, long entries) {
        this.matcher = matcher;
        this.cache = Caffeine.newBuilder().maximumSize(entries).recordStats().build();
    }

    /** {@code matcher} itself when {@code entries} is 0 (no cache). */
    public static PartyMatcher of(PartyMatcher matcher, long entries) {
        return entries <= 0 ? matcher : new CachingMatcher(matcher, entries);
    }

    @Override
    public List<EntityMatch> match(Party party) {
        return cache.get(party, matcher::match);
    }

    @Override
    public String algorithm() {
        return matcher.algorithm();
    }

    public CacheStats stats() {
        return cache.stats();
    }
}
