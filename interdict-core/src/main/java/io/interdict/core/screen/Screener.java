package io.interdict.core.screen;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.match.Cancellation;
import io.interdict.core.match.EntityMatch;
import io.interdict.core.match.NameLimits;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.measure.Conditions;
import io.interdict.core.measure.Event;
import io.interdict.core.measure.Measure;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one screening service every adapter calls: a transaction in, a decision out. Pure: the
 * evaluation date is the transaction's; nothing here reads a clock, the environment or a file.
 */
public final class Screener {
    private final Snapshot snapshot;
    private final PartyMatcher matcher;
    private final ReachIndex reach;
    private final Policy policy;
    private final LocalDate listsAsOf;

    public Screener(Snapshot snapshot, PartyMatcher matcher, Policy policy) {
        this.snapshot = snapshot;
        this.matcher = matcher;
        this.policy = policy;
        this.reach = new ReachIndex(snapshot);
        this.listsAsOf = snapshot.oldestListDate();
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public PartyMatcher matcher() {
        return matcher;
    }

    public Policy policy() {
        return policy;
    }

    public Decision screen(Transaction tx) {
        return screen(tx, Cancellation.NONE);
    }

    /**
     * Screens {@code tx}, stopping with {@link Cancellation.Cancelled} when {@code cancel} says so. A
     * party name over {@link NameLimits} makes the decision an ERROR naming the field: it is never
     * matched, whichever matcher is configured.
     */
    public Decision screen(Transaction tx, Cancellation cancel) {
        for (int i = 0; i < tx.parties().size(); i++) {
            String problem = NameLimits.problem(tx.parties().get(i).name());
            if (problem != null) {
                return Decision.error(tx.id(), snapshot.hash(), "parties[" + i + "].name: " + problem);
            }
        }
        LocalDate d = tx.date();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tx.parties().size(); i++) {
            Party party = tx.parties().get(i);
            Map<String, Hit> best = new LinkedHashMap<>();
            for (EntityMatch m : matcher.match(party, cancel)) {
                for (ReachIndex.Path path : reach.paths(m.entityId())) {
                    hitFor(tx, i, m, path).ifPresent(h -> best.merge(h.measure(), h, Screener::stronger));
                }
            }
            hits.addAll(best.values());
        }
        hits.sort(Comparator.comparingInt(Hit::party).thenComparing((Hit h) -> h.effect(), Comparator.reverseOrder())
                .thenComparing(Hit::measure));
        Effect outcome = Effect.ALLOW;
        for (Hit h : hits) {
            outcome = outcome.max(h.effect());
        }
        return new Decision(tx.id(), Outcome.of(outcome), d, tx.knownAt(), snapshot.hash(), hits, null, listsAsOf);
    }

    /** The hit a measure shows of two for one party: the stronger effect, the higher score, the shorter control chain,
     *  then the one matched on a name written as the party's, else on the entity's primary name rather than an alias
     *  ("Hizballah" shows OFAC's party HIZBALLAH, not the person whose alias is "Hizb Allah", both at 1.0). */
    static Hit stronger(Hit a, Hit b) {
        int c = a.effect().compareTo(b.effect());
        if (c != 0) {
            return c > 0 ? a : b;
        }
        if (a.match().score() != b.match().score()) {
            return a.match().score() > b.match().score() ? a : b;
        }
        if (a.path().size() != b.path().size()) {
            return a.path().size() < b.path().size() ? a : b;
        }
        return nameRank(b.match()) > nameRank(a.match()) ? b : a;
    }

    /** 2: the candidate name is the query as written (case, accents and punctuation aside); 1: it is the entity's
     *  primary name; 0: an alias. */
    private static int nameRank(EntityMatch m) {
        if (m.query() != null && m.candidate() != null && folded(m.query()).equals(folded(m.candidate()))) {
            return 2;
        }
        return m.strength() == NameStrength.PRIMARY ? 1 : 0;
    }

    /** Lower case, accents dropped, each run of other signs and spaces one space: "Hizb Allah" stays two words. */
    private static String folded(String s) {
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        boolean gap = false;
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        return out.toString();
    }

    private Optional<Hit> hitFor(Transaction tx, int party, EntityMatch m, ReachIndex.Path path) {
        ReachIndex.Clause c = path.clause();
        Measure measure = c.measure();
        LocalDate d = tx.date();
        if (!measure.bindsIn(tx.jurisdiction()) || !path.validOn(d)) {
            return Optional.empty();
        }
        Conditions cond = c.prohibition() != null ? c.prohibition().conditions() : c.obligation().conditions();
        boolean kindOk = c.prohibition() != null ? c.prohibition().covers(tx.kind()) : c.obligation().covers(tx.kind());
        Conditions.Fit fit = cond.fit(tx.network(), tx.domain(), tx.deviceOwner());
        List<String> unstated = cond.unstated(tx.network(), tx.domain(), tx.deviceOwner());
        if (fit == Conditions.Fit.MET && !cond.deviceOwners().isEmpty() && "government".equals(tx.deviceOwner())
                && measure.bindsThroughCountry(tx.jurisdiction())) {
            // A national measure on government devices, screened in a subdivision: the device may be the
            // nation's or the subdivision's government's, and the transaction does not say which.
            fit = Conditions.Fit.UNKNOWN;
            unstated = List.of("whether the government owning the device is " + measure.jurisdictions().stream().sorted()
                    .collect(java.util.stream.Collectors.joining("/")) + "'s or " + tx.jurisdiction() + "'s");
        }
        if (!kindOk || fit == Conditions.Fit.NOT_MET) {
            return Optional.empty();
        }
        Optional<ClauseStatus> st = c.prohibition() != null
                ? Timeline.prohibition(measure, c.prohibition(), d, tx.knownAt())
                : Timeline.obligation(measure, c.obligation(), d, tx.knownAt());
        if (st.isEmpty() && isListEntry(measure, path) && beforeInferredStart(measure, d, tx.knownAt())) {
            // A list folded into a built-in measure dated only by its own clauses' effective events (the
            // regime's Huawei entry of us-bis-entity-list, 2019-05-16): the list clause is older than that
            // inferred start, and each entry is dated by its own listing date below.
            st = Optional.of(new ClauseStatus(Status.IN_FORCE, LocalDate.MIN, LocalDate.MIN, null));
        }
        if (st.isEmpty()) {
            return Optional.empty();
        }
        ClauseStatus s = st.get();
        EntryTiming.Timed timed = null;
        if (isListEntry(measure, path)) {
            Optional<EntryTiming.Timed> t = entryTiming(path.ids().get(0), c.id(), s, d, tx.knownAt());
            if (t.isEmpty()) {
                return Optional.empty();
            }
            timed = t.get();
            s = timed.status();
        }
        String reviewOnly = c.prohibition() != null ? c.prohibition().reviewOnly() : null;
        if (timed != null && timed.reviewOnly() != null) {
            reviewOnly = reviewOnly == null ? timed.reviewOnly() : reviewOnly + "; " + timed.reviewOnly();
        }
        if (reviewOnly == null && c.prohibition() != null && c.prohibition().unconfirmed()) {
            reviewOnly = "the clause or its date is unconfirmed in the sources";
        }
        if (reviewOnly == null && fit == Conditions.Fit.UNKNOWN) {
            reviewOnly = "the clause depends on " + String.join(" and ", unstated) + ", which the transaction does not state";
        }
        boolean confident = m.score() >= policy.match().blockThreshold()
                && m.strength() != NameStrength.WEAK_ALIAS
                && !path.uncertain()
                && reviewOnly == null;
        Effect effect = policy.effect(s.status());
        if (effect == Effect.BLOCK && !confident) {
            effect = Effect.REVIEW;
        }
        boolean ownerOnlyUnstated = fit == Conditions.Fit.UNKNOWN && tx.deviceOwner() == null
                && unstated.size() == 1 && !cond.deviceOwners().isEmpty();
        if (ownerOnlyUnstated && effect != Effect.ALLOW && !cond.deviceOwners().contains("private")) {
            // A government-device ban binds the government as the device's owner: a transaction that does
            // not say its device is the government's is read as private, and the hit is a notice (public
            // scenario p15: TikTok use in the US is ALLOW). Stating device_owner "government" decides it.
            effect = Effect.ALLOW;
            reviewOnly = "applies only to devices owned by a government; the transaction does not state device_owner";
        }
        String entityName = snapshot.entity(m.entityId()).map(Entity::caption).orElse(m.entityId());
        LocalDate deadline = c.obligation() != null ? s.effective() : null;
        String reason = Reasons.of(measure, c, s, d, path, m, confident, reviewOnly, policy, timed);
        boolean clauseUnconfirmed = c.prohibition() != null ? c.prohibition().unconfirmed() : c.obligation().unconfirmed();
        List<String> unconfirmed = Uncertainty.of(measure, c.id(), clauseUnconfirmed, s, d, tx.knownAt());
        if (!unconfirmed.isEmpty()) {
            reason += "; relies on " + (unconfirmed.size() == 1 ? "a fact" : unconfirmed.size() + " facts") + " unconfirmed in the sources";
        }
        return Optional.of(new Hit(measure.id(), c.id(), s.status(), effect, party, m.entityId(), entityName, m,
                path.ids(), deadline, reason, timed != null ? timed.listedSince() : null, unconfirmed));
    }

    /** Before the first effective event of a measure that has no signing event (so its start is inferred). */
    private static boolean beforeInferredStart(Measure m, LocalDate d, LocalDate knownAt) {
        if (m.events().stream().anyMatch(e -> e.type() == io.interdict.core.measure.EventType.SIGNED)) {
            return false;
        }
        Optional<LocalDate> start = Timeline.signed(m, knownAt);
        return start.isPresent() && d.isBefore(start.get());
    }

    /** A list clause reached from one of the list's own entries (not a built-in clause folded into it). */
    private static boolean isListEntry(Measure measure, ReachIndex.Path path) {
        return measure.list() && measure.listSource() != null
                && path.ids().get(0).startsWith(measure.listSource() + ":");
    }

    private Optional<EntryTiming.Timed> entryTiming(String entryId, String clause, ClauseStatus s, LocalDate d,
                                                    LocalDate knownAt) {
        Optional<Entity> entry = snapshot.entity(entryId);
        if (entry.isEmpty()) {
            return Optional.of(new EntryTiming.Timed(s, EntryTiming.UNKNOWN, null, "entry not in the snapshot"));
        }
        LocalDate published = snapshot.origin(entryId).map(Screener::publicationDate).orElse(null);
        return EntryTiming.apply(ListEntry.of(entry.get()), clause, s, d, knownAt, published);
    }

    private static LocalDate publicationDate(io.interdict.core.snapshot.SourceInfo info) {
        return ListEntry.earliest(info.listDate() == null ? List.of() : List.of(info.listDate()));
    }

    /** Renders the one-sentence reason of a hit. */
    static final class Reasons {
        private Reasons() {
        }

        static String of(Measure measure, ReachIndex.Clause c, ClauseStatus s, LocalDate d, ReachIndex.Path path,
                          EntityMatch m, boolean confident, String reviewOnly, Policy policy, EntryTiming.Timed timed) {
            String name = measure.shortTitle();
            String clause = c.prohibition() != null && measure.prohibitions().size() > 1 ? " (" + c.id() + ")" : "";
            Event e = s.decisive();
            String core = timed != null && s.status() == Status.PENDING
                    ? name + clause + " binds this entry from " + s.effective()
                    : switch (s.status()) {
                case PENDING -> name + clause + " signed " + s.signed() + ", takes effect " + s.effective();
                case AWAITING_SCOPE -> name + clause + " effective " + s.effective()
                        + "; prohibited transactions or persons not identified by " + d;
                case IN_FORCE -> name + clause + (s.effective().equals(LocalDate.MIN) ? " in force" : " in force since " + s.effective());
                case ENJOINED -> name + clause + " enjoined" + (e.court() != null ? " by " + e.court() : "")
                        + " on " + e.issued() + (e.coversTo() != null ? " through " + e.coversTo() : "");
                case NOT_ENFORCED -> name + clause + " in force since " + s.effective() + " but not enforced"
                        + (e.by() != null ? " under " + e.by() : "") + " (issued " + e.issued() + ") from " + e.coversFrom()
                        + (e.coversTo() != null ? " through " + e.coversTo() : "")
                        + (e.unconfirmed() || e.derived() ? " [end date derived/unconfirmed]" : "");
                case DEADLINE_PENDING -> name + " obligation " + c.id() + ": deadline " + s.effective();
                case DEADLINE_PASSED -> name + " obligation " + c.id() + ": deadline " + s.effective() + " passed";
            };
            StringBuilder sb = new StringBuilder(core);
            if (timed != null) {
                sb.append("; ").append(timed.detail());
            }
            if (path.ids().size() > 1) {
                sb.append("; reached via ").append(String.join(" -> ", path.ids()));
            }
            if (path.uncertain()) {
                sb.append("; control path unconfirmed");
            }
            if (reviewOnly != null) {
                sb.append("; ").append(reviewOnly);
            }
            if (!confident && policy.effect(s.status()) == Effect.BLOCK && reviewOnly == null && !path.uncertain()) {
                sb.append(m.strength() == NameStrength.WEAK_ALIAS ? "; matched a weak alias" : "; match below block threshold");
            }
            return sb.toString();
        }
    }
}
