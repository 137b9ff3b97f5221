package io.interdict.core.match;

import io.interdict.core.tx.Party;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every entity either matcher finds, with the better evidence of the two. The fuzzy matcher fully
 * scores a bounded number of candidate names per query (that is what makes it fast); a name shared
 * by more entities than that bound ("ANSAR AL SHARIA" is listed by the UN, OFAC and the UK, each with
 * aliases) would otherwise lose some of them — and with them the measure of another jurisdiction.
 * The exact matcher's token-set index has no such bound, so the union never drops an exact match.
 */
public final class UnionMatcher implements PartyMatcher {
    private final PartyMatcher exact;
    private final PartyMatcher fuzzy;

    public UnionMatcher(PartyMatcher exact, PartyMatcher fuzzy) {
        this.exact = exact;
        this.fuzzy = fuzzy;
    }

    @Override
    public List<EntityMatch> match(Party party) {
        return match(party, Cancellation.NONE);
    }

    @Override
    public List<EntityMatch> match(Party party, Cancellation cancel) {
        Map<String, EntityMatch> best = new LinkedHashMap<>();
        for (EntityMatch m : fuzzy.match(party, cancel)) {
            best.merge(m.entityId(), m, (a, b) -> b.score() > a.score() ? b : a);
        }
        for (EntityMatch m : exact.match(party, cancel)) {
            // The fuzzy matcher scores what else the party says (interdict-v2): so must an exact name.
            EntityMatch scored = fuzzy instanceof io.interdict.core.match.fuzzy.FuzzyMatcher f ? f.withAttributes(m, party) : m;
            if (scored != null) {
                best.merge(scored.entityId(), scored, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        List<EntityMatch> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(EntityMatch::score).reversed());
        return out;
    }

    /**
     * Saves both halves' prepared indexes, one after the other, under a section named by both
     * ({@code interdict-v1/index-1+exact-v1/index-1}): a new layout of either is a new section.
     */
    public static IndexCodec codec(IndexCodec exact, IndexCodec fuzzy) {
        return new IndexCodec() {
            @Override
            public String section() {
                return fuzzy.section() + "+" + exact.section();
            }

            @Override
            public void write(PartyMatcher matcher, io.interdict.core.snapshot.Snapshot snapshot, io.interdict.core.codec.Encoder out) {
                UnionMatcher u = (UnionMatcher) matcher;
                exact.write(u.exact, snapshot, out);
                fuzzy.write(u.fuzzy, snapshot, out);
            }

            @Override
            public PartyMatcher read(io.interdict.core.codec.Decoder in, io.interdict.core.snapshot.Snapshot snapshot, MatchSettings settings) {
                PartyMatcher e = exact.read(in, snapshot, settings);
                return new UnionMatcher(e, fuzzy.read(in, snapshot, settings));
            }
        };
    }

    /** The fuzzy matcher of the pair (a name search can use its index rather than build another). */
    public PartyMatcher fuzzy() {
        return fuzzy;
    }

    /** The fuzzy algorithm's name: the union changes no score, it only adds exact matches the bound cut. */
    @Override
    public String algorithm() {
        return fuzzy.algorithm();
    }
}
