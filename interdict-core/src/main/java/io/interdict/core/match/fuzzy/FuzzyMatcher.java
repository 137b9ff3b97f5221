package io.interdict.core.match.fuzzy;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.match.EntityMatch;
import io.interdict.core.match.Feature;
import io.interdict.core.match.IdentifierIndex;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.MatchedOn;
import io.interdict.core.match.MatcherFactory;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.Schema;
import io.interdict.core.tx.Party;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code interdict-v1} matcher: identifiers exactly through {@link IdentifierIndex} (always 1.0),
 * names through the {@link CandidateIndex} and {@link InterdictV1} scoring. Built once per snapshot,
 * immutable and thread-safe.
 */
public final class FuzzyMatcher implements PartyMatcher {
    public static final String ALGORITHM = InterdictV1.NAME;
    /** Names fully scored per query: the candidate index ranks by shared rare tokens first. */
    static final int CANDIDATES_PER_QUERY = 40;
    /** Search results below this are noise, not candidates. */
    static final double MIN_CANDIDATE_SCORE = 0.5;

    private final MatchSettings settings;
    private final IdentifierIndex identifiers;
    private final CandidateIndex index;
    private final ScoringName[] scoring;
    private final Name[] nameOf;
    private final int[] entityOf;
    private final String[] entityIds;
    private final int[] sourceOf;
    private final Map<String, Integer> sourceIds = new HashMap<>();

    public FuzzyMatcher(Collection<Entity> entities, MatchSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.identifiers = new IdentifierIndex(entities);
        List<ScoringName> names = new ArrayList<>();
        List<Name> refs = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        entityIds = new String[entities.size()];
        int[] entitySource = new int[entities.size()];
        int e = 0;
        NamePipeline pipeline = NamePipeline.standard();
        for (Entity entity : entities) {
            entityIds[e] = entity.id();
            entitySource[e] = sourceIds.computeIfAbsent(entity.source(), k -> sourceIds.size());
            Schema schema = Schema.of(entity.kind());
            for (Name n : entity.names()) {
                for (String alt : InterdictV1.alternatives(n.value())) {
                    names.add(ScoringName.of(pipeline.prepare(alt, schema)));
                    refs.add(n);
                    owners.add(e);
                }
            }
            e++;
        }
        scoring = names.toArray(new ScoringName[0]);
        nameOf = refs.toArray(new Name[0]);
        entityOf = owners.stream().mapToInt(Integer::intValue).toArray();
        sourceOf = new int[entityOf.length];
        for (int i = 0; i < entityOf.length; i++) {
            sourceOf[i] = entitySource[entityOf[i]];
        }
        index = CandidateIndex.build(names);
    }

    public static MatcherFactory factory() {
        return new MatcherFactory() {
            @Override
            public String algorithm() {
                return ALGORITHM;
            }

            @Override
            public PartyMatcher build(Collection<Entity> entities, MatchSettings settings) {
                return new FuzzyMatcher(entities, settings);
            }
        };
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    public MatchSettings settings() {
        return settings;
    }

    /** Number of indexed names (aliases and '/'-alternatives count separately). */
    public int indexedNames() {
        return scoring.length;
    }

    /**
     * Ranked candidates for a name: at most {@code limit} entities, best first, each with its best
     * name and the explanation of its score.
     *
     * @param source a source prefix to search only ({@code "ofac-sdn"}, {@code "un-sc"}), or null for all
     */
    public List<SearchHit> search(String name, String source, int limit) {
        if (limit <= 0 || name == null || name.isBlank()) {
            return List.of();
        }
        Integer sourceId = null;
        if (source != null) {
            sourceId = sourceIds.get(source);
            if (sourceId == null) {
                return List.of();
            }
        }
        final int wanted = sourceId == null ? -1 : sourceId;
        Map<Integer, SearchHit> best = new LinkedHashMap<>();
        for (String alt : InterdictV1.alternatives(name)) {
            ScoringName q = ScoringName.of(NamePipeline.standard().prepare(alt, Schema.UNKNOWN));
            int[] ids = index.candidates(q, CANDIDATES_PER_QUERY, id -> wanted < 0 || sourceOf[id] == wanted);
            for (int id : ids) {
                NameScore s = InterdictV1.score(q, scoring[id]);
                if (s.score() < MIN_CANDIDATE_SCORE) {
                    continue;
                }
                int entity = entityOf[id];
                SearchHit prev = best.get(entity);
                if (prev == null || s.score() > prev.score()) {
                    best.put(entity, new SearchHit(entityIds[entity], nameOf[id].value(), nameOf[id].strength(),
                            s.score(), s.score() >= settings.reviewThreshold(), s));
                }
            }
        }
        List<SearchHit> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::entityId));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** Pairwise comparison under a schema (FtM name: Person, Organization, Company, LegalEntity, Vessel; or null). */
    public static NameScore compare(String name1, String name2, String schema) {
        return InterdictV1.compare(name1, name2, Schema.of(schema));
    }

    /** Identifier matches (1.0) first, then name matches at or above the review threshold. */
    @Override
    public List<EntityMatch> match(Party party) {
        Map<String, EntityMatch> out = new LinkedHashMap<>();
        for (EntityMatch m : identifiers.match(party.ids())) {
            out.putIfAbsent(m.entityId(), m);
        }
        if (party.name() != null && !party.name().isBlank()) {
            for (SearchHit h : search(party.name(), null, 50)) {
                if (!h.match()) {
                    continue;
                }
                List<Feature> features = new ArrayList<>(h.explanation().features());
                features.add(new Feature("token_pairs", 0.0, String.join("; ", h.explanation().pairs())));
                out.putIfAbsent(h.entityId(), new EntityMatch(h.entityId(), MatchedOn.NAME, party.name(), h.name(),
                        h.strength(), h.score(), features));
            }
        }
        return new ArrayList<>(out.values());
    }
}
