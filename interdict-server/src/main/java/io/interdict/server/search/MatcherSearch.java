package io.interdict.server.search;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.EntityMatch;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.tx.Party;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Search on top of the screener's {@link PartyMatcher}: one match call per query name, best evidence
 * per entity kept. It finds only what the matcher reports (at or above the review threshold); with
 * {@code exact-v1} that means token-set-equal names and exact identifiers, all scoring 1.0. The server
 * uses {@link FuzzySearch}; this stays for a deployment that wants search to see exactly what screening sees.
 */
public final class MatcherSearch implements NameSearch {
    private final PartyMatcher matcher;
    private final Snapshot snapshot;
    private final double threshold;

    public MatcherSearch(PartyMatcher matcher, Snapshot snapshot, double threshold) {
        this.matcher = matcher;
        this.snapshot = snapshot;
        this.threshold = threshold;
    }

    @Override
    public List<Candidate> search(SearchQuery q) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        List<String> names = q.names().isEmpty() ? java.util.Collections.singletonList(null) : q.names();
        boolean first = true;
        for (String name : names) {
            // Identifiers go with the first name only: they would score the same for every name.
            Party p = new Party("query", name, q.country(), first ? q.ids() : List.of());
            first = false;
            if ((name == null || name.isBlank()) && p.ids().isEmpty()) {
                continue;
            }
            for (EntityMatch m : matcher.match(p)) {
                Optional<Entity> e = snapshot.entity(m.entityId());
                if (e.isEmpty() || !q.filter().test(e.get()) || (q.kind() != null && e.get().kind() != q.kind())) {
                    continue;
                }
                Candidate c = new Candidate(m.entityId(), m.score(), m.matchedOn(), m.query(), m.candidate(), m.features());
                best.merge(m.entityId(), c, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        List<Candidate> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::entityId));
        return out.size() > q.limit() ? List.copyOf(out.subList(0, q.limit())) : out;
    }

    @Override
    public String algorithm() {
        return matcher.algorithm();
    }

    @Override
    public double matchThreshold() {
        return threshold;
    }
}
