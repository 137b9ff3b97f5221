package io.interdict.server.search;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.EntityMatch;
import io.interdict.core.match.Feature;
import io.interdict.core.match.IdentifierIndex;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.MatchedOn;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import io.interdict.core.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Name search with the fuzzy {@code interdict-v2} ranking ({@link FuzzyMatcher#search}), identifiers
 * exactly. Used for {@code /v1/match}, yente and reconciliation whatever matcher screening is
 * configured with: a search must rank near misses, which the exact screening matcher never reports.
 */
public final class FuzzySearch implements NameSearch {
    /**
     * The fuzzy index filters by one source only; dataset, schema and id filters are applied after it,
     * so it is asked for more than the limit to leave enough survivors ("Alipay" restricted to a measure
     * must not lose its target to 20 better-scoring entries of other lists).
     */
    static final int OVERFETCH = 4;
    static final int MIN_FETCH = 40;

    private final FuzzyMatcher fuzzy;
    private final IdentifierIndex identifiers;
    private final Snapshot snapshot;
    private final double threshold;

    public FuzzySearch(FuzzyMatcher fuzzy, Snapshot snapshot) {
        this.fuzzy = fuzzy;
        this.snapshot = snapshot;
        this.identifiers = fuzzy.identifiers();   // built over the same entities; a compiled one decodes none
        this.threshold = fuzzy.settings().reviewThreshold();
    }

    /**
     * Reuses the screener's fuzzy matcher (alone, or in the default union with exact-v1); builds the
     * fuzzy index only when screening uses another algorithm.
     */
    public static FuzzySearch over(PartyMatcher screening, Snapshot snapshot, MatchSettings settings) {
        PartyMatcher m = screening instanceof io.interdict.core.match.UnionMatcher u ? u.fuzzy() : screening;
        FuzzyMatcher f = m instanceof FuzzyMatcher fm ? fm
                : new FuzzyMatcher(snapshot.entities(), settings, io.interdict.core.match.fuzzy.InterdictV2.NAME);
        return new FuzzySearch(f, snapshot);
    }

    @Override
    public List<Candidate> search(SearchQuery q) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        if (!q.ids().isEmpty()) {
            for (EntityMatch m : identifiers.match(q.ids())) {
                if (accepted(q, m.entityId())) {
                    best.merge(m.entityId(), new Candidate(m.entityId(), m.score(), MatchedOn.IDENTIFIER, m.query(),
                            m.candidate(), m.features()), FuzzySearch::better);
                }
            }
        }
        int fetch = Math.max(MIN_FETCH, q.limit() * OVERFETCH);
        for (String name : q.names()) {
            for (SearchHit h : fuzzy.search(name, q.traits(), null, fetch)) {
                if (!accepted(q, h.entityId())) {
                    continue;
                }
                List<Feature> features = new ArrayList<>(h.explanation().features());
                if (!h.explanation().pairs().isEmpty()) {
                    features.add(new Feature("token_pairs", 0.0, String.join("; ", h.explanation().pairs())));
                }
                best.merge(h.entityId(), new Candidate(h.entityId(), h.score(), MatchedOn.NAME, name, h.name(), features),
                        FuzzySearch::better);
            }
        }
        List<Candidate> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::entityId));
        return out.size() > q.limit() ? List.copyOf(out.subList(0, q.limit())) : out;
    }

    private boolean accepted(SearchQuery q, String entityId) {
        Optional<Entity> e = snapshot.entity(entityId);
        return e.isPresent() && q.filter().test(e.get()) && (q.kind() == null || e.get().kind() == q.kind());
    }

    private static Candidate better(Candidate a, Candidate b) {
        return b.score() > a.score() ? b : a;
    }

    @Override
    public String algorithm() {
        return fuzzy.algorithm();
    }

    @Override
    public double matchThreshold() {
        return threshold;
    }
}
