package io.interdict.console.screen;

import com.fasterxml.jackson.databind.JsonNode;
import io.interdict.core.match.Feature;
import io.interdict.core.measure.Citation;
import io.interdict.core.measure.Measure;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Hit;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A decision explained for the page: the outcome, and per hit the measure, clause, status, dated
 * reason, the control path, the name match with its features, and the citations. Built from a fresh
 * {@link Decision} (with match features) or from a stored decision's JSON (which keeps no features).
 */
public record DecisionView(String outcome, String asOf, String knownAt, String snapshot, String error, List<HitView> hits) {

    public record FeatureView(String name, String value, String detail) {
    }

    public record Cite(String text, String url) {
    }

    public record HitView(String measure, String measureTitle, String clause, String status, String effect, String party,
                          String entity, String entityName, String matchedOn, String query, String candidate, String strength,
                          String score, List<FeatureView> features, PathGraph path, String deadline, String reason,
                          List<Cite> citations) {
        /** What identifies a hit when two decisions are compared (replay). */
        public String key() {
            return party + " " + measure + "/" + clause + " " + entity + " " + status + " " + effect;
        }
    }

    public String outcomeClass() {
        return outcome.toLowerCase(Locale.ROOT);
    }

    public static DecisionView of(Decision d, Transaction tx, Snapshot s) {
        List<HitView> hits = new ArrayList<>();
        for (Hit h : d.hits()) {
            List<FeatureView> fs = new ArrayList<>();
            for (Feature f : h.match().features()) {
                fs.add(new FeatureView(f.name(), String.format(Locale.ROOT, "%.3f", f.value()), f.detail() == null ? "" : f.detail()));
            }
            Measure m = s.measure(h.measure()).orElse(null);
            hits.add(new HitView(h.measure(), m == null ? h.measure() : m.shortTitle(), h.clause(), h.status().wire(),
                    h.effect().name(), party(tx, h.party()), h.entity(), h.entityName(), h.match().matchedOn().wire(),
                    h.match().query(), h.match().candidate(), h.match().strength() == null ? "" : h.match().strength().name().toLowerCase(Locale.ROOT),
                    String.format(Locale.ROOT, "%.3f", h.match().score()), fs, PathGraph.of(h.path(), s),
                    h.deadline() == null ? null : h.deadline().toString(), h.reason(), cites(m)));
        }
        return new DecisionView(d.outcome().name(), str(d.asOf()), str(d.knownAt()), d.snapshot(), d.error(), hits);
    }

    /** A stored decision (JSON as the audit trail keeps it); {@code s} resolves names and the path, when it still can. */
    public static DecisionView of(JsonNode d, Transaction tx, Snapshot s) {
        List<HitView> hits = new ArrayList<>();
        for (JsonNode h : d.path("hits")) {
            String measure = h.path("measure").asText();
            Measure m = s.measure(measure).orElse(null);
            List<String> path = new ArrayList<>();
            h.path("path").forEach(p -> path.add(p.asText()));
            hits.add(new HitView(measure, m == null ? measure : m.shortTitle(), h.path("clause").asText(), h.path("status").asText(),
                    h.path("effect").asText(), party(tx, h.path("party").asInt()), h.path("entity").asText(), h.path("entity_name").asText(),
                    h.path("matched_on").asText(), h.path("query").asText(), h.path("candidate").asText(), "",
                    String.format(Locale.ROOT, "%.3f", h.path("score").asDouble()), List.of(),
                    PathGraph.of(path, s, java.util.Map.of(h.path("entity").asText(), h.path("entity_name").asText())),
                    h.hasNonNull("deadline") ? h.path("deadline").asText() : null, h.path("reason").asText(), cites(m)));
        }
        return new DecisionView(d.path("outcome").asText(), d.path("as_of").asText(null), d.path("known_at").asText(null),
                d.path("snapshot").asText(), d.path("error").asText(null), hits);
    }

    private static List<Cite> cites(Measure m) {
        // A measure may cite one source for several facts: each is listed once.
        java.util.LinkedHashSet<Cite> out = new java.util.LinkedHashSet<>();
        if (m != null) {
            for (Citation c : m.citations()) {
                out.add(new Cite(c.text() == null ? c.url() : c.text(), safeUrl(c.url())));
            }
        }
        return List.copyOf(out);
    }

    /** Only http(s) links are rendered as links; anything else (javascript:, data:) as text. */
    public static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.trim().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://") ? url.trim() : null;
    }

    private static String party(Transaction tx, int i) {
        if (tx == null || i < 0 || i >= tx.parties().size()) {
            return "party " + i;
        }
        Party p = tx.parties().get(i);
        String label = p.name() != null ? p.name() : p.ids().isEmpty() ? "party " + i : p.ids().get(0).toString();
        return label + (p.role() == null ? "" : " (" + p.role() + ")");
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
