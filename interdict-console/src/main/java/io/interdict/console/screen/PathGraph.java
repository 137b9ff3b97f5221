package io.interdict.console.screen;

import io.interdict.core.entity.Relation;
import io.interdict.core.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * The control path of a hit laid out for an inline SVG: the entity the party matched first, then each
 * owner or controller up to the measure's target (app → developer → parent), with the relation and its
 * dates on each arrow. Only coordinates and text; the template draws it (and escapes the text).
 */
public record PathGraph(int width, int height, List<Node> nodes, List<Edge> edges, String description) {
    public static final int NODE_W = 190;
    public static final int NODE_H = 54;
    public static final int GAP = 150;
    public static final int PAD = 10;

    public record Node(String id, String name, int x, int y, boolean target) {
        public String shortName() {
            return name.length() > 26 ? name.substring(0, 25) + "…" : name;
        }

        public String shortId() {
            return id.length() > 30 ? id.substring(0, 29) + "…" : id;
        }
    }

    /** An arrow from {@code x1} to {@code x2}, labelled with the relation kind and its validity. */
    public record Edge(int x1, int x2, int y, String label, String dates) {
        public int mid() {
            return (x1 + x2) / 2;
        }
    }

    /** {@code path} runs from the measure's target to the bitten entity, as the screener reports it. */
    public static PathGraph of(List<String> path, Snapshot snapshot) {
        return of(path, snapshot, java.util.Map.of());
    }

    /** {@code names} names entities the snapshot may no longer hold (a stored decision's delisted entity). */
    public static PathGraph of(List<String> path, Snapshot snapshot, java.util.Map<String, String> names) {
        List<String> ids = new ArrayList<>(path);
        java.util.Collections.reverse(ids);
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        int y = PAD + 22;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String name = snapshot.entity(id).map(e -> e.caption()).orElse(names.getOrDefault(id, id));
            int x = PAD + i * (NODE_W + GAP);
            nodes.add(new Node(id, name, x, y, i == ids.size() - 1));
            if (i > 0) {
                Relation r = relation(snapshot, ids.get(i - 1), id);
                String label = r == null ? "linked" : r.kind().wire() + (r.share() == null ? "" : " " + Math.round(r.share() * 100) + "%");
                String dates = r == null ? "" : dates(r);
                edges.add(new Edge(x - GAP, x, y + NODE_H / 2, label, dates));
                desc.append(" → ").append(label).append(dates.isEmpty() ? "" : " (" + dates + ")").append(" → ");
            }
            desc.append(name);
        }
        int width = PAD * 2 + ids.size() * NODE_W + Math.max(0, ids.size() - 1) * GAP;
        return new PathGraph(width, y + NODE_H + PAD, nodes, edges, desc.toString().replace(" →  → ", " → "));
    }

    static String dates(Relation r) {
        if (r.validFrom() == null && r.validTo() == null) {
            return "undated";
        }
        return (r.validFrom() == null ? "…" : r.validFrom().toString()) + " – " + (r.validTo() == null ? "open" : r.validTo().toString())
                + (r.unconfirmed() ? ", unconfirmed" : "");
    }

    /** The relation between two neighbours on the path, in either direction. */
    private static Relation relation(Snapshot s, String a, String b) {
        for (Relation r : s.relations()) {
            if ((r.from().equals(a) && r.to().equals(b)) || (r.from().equals(b) && r.to().equals(a))) {
                return r;
            }
        }
        return null;
    }
}
