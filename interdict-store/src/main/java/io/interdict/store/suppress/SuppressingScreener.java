package io.interdict.store.suppress;

import io.interdict.core.match.EntityMatch;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Effect;
import io.interdict.core.screen.Hit;
import io.interdict.core.screen.Outcome;
import io.interdict.core.screen.Screener;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Screening that honours active suppressions, as a decorator around the core {@link Screener}.
 *
 * <p>A suppressed (party, entity) pair is removed from the party's matches before the rules run, by
 * a second screener over a filtering matcher; this matters because the core keeps only the strongest
 * hit per (party, measure), so merely relabelling hits afterwards could let a suppressed entity mask
 * a BLOCK on a different entity of the same measure. The suppressed hits are then added back with
 * effect ALLOW and the suppression named in the reason, so the decision still shows them.
 */
public final class SuppressingScreener {
    private final Screener base;
    private final Screener filtered;
    private final Map<String, Map<String, Suppression>> byParty = new HashMap<>();

    /** {@code today} decides which suppressions are active (an operational date, not the transaction's). */
    public SuppressingScreener(Screener base, List<Suppression> suppressions, LocalDate today) {
        this.base = base;
        for (Suppression s : suppressions) {
            if (s.activeOn(today)) {
                byParty.computeIfAbsent(s.partyKey(), k -> new HashMap<>()).put(s.entity(), s);
            }
        }
        this.filtered = byParty.isEmpty() ? base
                : new Screener(base.snapshot(), new Filtering(base.matcher(), byParty), base.policy());
    }

    public Screener base() {
        return base;
    }

    public int activeSuppressions() {
        return byParty.values().stream().mapToInt(Map::size).sum();
    }

    public Decision screen(Transaction tx) {
        Decision plain = base.screen(tx);
        if (plain.hits().isEmpty() || byParty.isEmpty()) {
            return plain;
        }
        List<String> keys = tx.parties().stream().map(PartyKey::of).toList();
        boolean any = plain.hits().stream().anyMatch(h -> suppression(keys, h) != null);
        if (!any) {
            return plain;
        }
        Decision d = filtered.screen(tx);
        List<Hit> hits = new ArrayList<>(d.hits());
        for (Hit h : plain.hits()) {
            Suppression s = suppression(keys, h);
            if (s != null) {
                hits.add(new Hit(h.measure(), h.clause(), h.status(), Effect.ALLOW, h.party(), h.entity(), h.entityName(),
                        h.match(), h.path(), h.deadline(), h.reason() + "; suppressed by suppression " + s.id() + " ("
                        + s.reason() + "; owner " + s.owner() + "; until " + s.expires() + "), was " + h.effect(),
                        h.listedSince(), h.unconfirmed()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::party).thenComparing((Hit h) -> h.effect(), Comparator.reverseOrder())
                .thenComparing(Hit::measure));
        Effect outcome = Effect.ALLOW;
        for (Hit h : hits) {
            outcome = outcome.max(h.effect());
        }
        return new Decision(d.id(), Outcome.of(outcome), d.asOf(), d.knownAt(), d.snapshot(), hits, null, d.listsAsOf());
    }

    private Suppression suppression(List<String> keys, Hit h) {
        Map<String, Suppression> m = byParty.get(keys.get(h.party()));
        return m == null ? null : m.get(h.entity());
    }

    /** Drops the matches of a party's suppressed entities. */
    private record Filtering(PartyMatcher inner, Map<String, Map<String, Suppression>> byParty) implements PartyMatcher {
        @Override
        public List<EntityMatch> match(Party party) {
            List<EntityMatch> all = inner.match(party);
            Map<String, Suppression> m = byParty.get(PartyKey.of(party));
            return m == null ? all : all.stream().filter(e -> !m.containsKey(e.entityId())).toList();
        }

        @Override
        public String algorithm() {
            return inner.algorithm();
        }
    }
}
