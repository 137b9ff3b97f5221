package io.interdict.lists.diff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.snapshot.SourcePart;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two publications of a list: entities added, removed and changed (which names,
 * identifiers, countries, kind or other facts). The delta drives rescreening: added and changed
 * entries are screened against the stored parties, removed ones close their alerts.
 */
public final class ListDiff {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One changed entity. Names are compared as {@code value (strength)}, identifiers as {@code scheme:value}. */
    public record Change(String id, String caption, List<String> namesAdded, List<String> namesRemoved,
                         List<String> idsAdded, List<String> idsRemoved, List<String> countriesAdded,
                         List<String> countriesRemoved, String kindBefore, String kindAfter, List<String> attributesChanged) {
        /** True when something screening matches on changed (names, identifiers, countries, kind). */
        public boolean affectsMatching() {
            return !namesAdded.isEmpty() || !namesRemoved.isEmpty() || !idsAdded.isEmpty() || !idsRemoved.isEmpty()
                    || !countriesAdded.isEmpty() || !countriesRemoved.isEmpty() || !Objects.equals(kindBefore, kindAfter);
        }
    }

    public record Delta(String source, String oldDate, String newDate, String oldChecksum, String newChecksum,
                        List<Entity> added, List<Entity> removed, List<Change> changed, int unchanged) {
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    private ListDiff() {
    }

    public static Delta diff(SourcePart old, SourcePart neu) {
        Map<String, Entity> before = index(old.entities());
        Map<String, Entity> after = index(neu.entities());
        List<Entity> added = new ArrayList<>();
        List<Entity> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        int unchanged = 0;
        for (Entity e : after.values()) {
            Entity b = before.get(e.id());
            if (b == null) {
                added.add(e);
            } else {
                Change c = compare(b, e);
                if (c == null) {
                    unchanged++;
                } else {
                    changed.add(c);
                }
            }
        }
        for (Entity e : before.values()) {
            if (!after.containsKey(e.id())) {
                removed.add(e);
            }
        }
        return new Delta(neu.info().id(), old.info().listDate(), neu.info().listDate(), old.info().checksum(),
                neu.info().checksum(), added, removed, changed, unchanged);
    }

    private static Map<String, Entity> index(Collection<Entity> es) {
        Map<String, Entity> m = new LinkedHashMap<>();
        es.forEach(e -> m.put(e.id(), e));
        return m;
    }

    /** Null when nothing but the raw record's formatting differs. */
    static Change compare(Entity a, Entity b) {
        Set<String> na = names(a.names());
        Set<String> nb = names(b.names());
        Set<String> ia = ids(a.identifiers());
        Set<String> ib = ids(b.identifiers());
        Set<String> ca = new TreeSet<>(a.countries());
        Set<String> cb = new TreeSet<>(b.countries());
        Set<String> keys = new TreeSet<>(a.attributes().keySet());
        keys.addAll(b.attributes().keySet());
        List<String> attrs = new ArrayList<>();
        for (String k : keys) {
            if (!Objects.equals(new TreeSet<>(a.attributes().getOrDefault(k, List.of())), new TreeSet<>(b.attributes().getOrDefault(k, List.of())))) {
                attrs.add(k);
            }
        }
        if (na.equals(nb) && ia.equals(ib) && ca.equals(cb) && a.kind() == b.kind() && attrs.isEmpty()) {
            return null;
        }
        return new Change(b.id(), b.caption(), minus(nb, na), minus(na, nb), minus(ib, ia), minus(ia, ib), minus(cb, ca), minus(ca, cb),
                a.kind().wire(), b.kind().wire(), attrs);
    }

    private static Set<String> names(List<Name> names) {
        Set<String> s = new LinkedHashSet<>();
        names.forEach(n -> s.add(n.value() + " (" + n.strength().wire() + ")"));
        return s;
    }

    private static Set<String> ids(List<Identifier> ids) {
        Set<String> s = new LinkedHashSet<>();
        ids.forEach(i -> s.add(i.toString()));
        return s;
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>();
        for (String x : a) {
            if (!b.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }

    /** A readable table: one line per added, removed and changed entity, then a summary line. */
    public static String table(Delta d, int limit) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%s  %s -> %s%n", d.source(), d.oldDate(), d.newDate()));
        sb.append(String.format("%-8s %-36s %-40s %s%n", "CHANGE", "ENTITY", "NAME", "DETAIL"));
        int n = 0;
        for (Entity e : d.added()) {
            if (n++ < limit) {
                sb.append(String.format("%-8s %-36s %-40s %s%n", "added", e.id(), cut(e.caption(), 40),
                        e.names().size() + " names, " + e.identifiers().size() + " ids"));
            }
        }
        for (Entity e : d.removed()) {
            if (n++ < limit) {
                sb.append(String.format("%-8s %-36s %-40s%n", "removed", e.id(), cut(e.caption(), 40)));
            }
        }
        for (Change c : d.changed()) {
            if (n++ < limit) {
                List<String> parts = new ArrayList<>();
                c.namesAdded().forEach(x -> parts.add("+name " + x));
                c.namesRemoved().forEach(x -> parts.add("-name " + x));
                c.idsAdded().forEach(x -> parts.add("+id " + x));
                c.idsRemoved().forEach(x -> parts.add("-id " + x));
                c.countriesAdded().forEach(x -> parts.add("+country " + x));
                c.countriesRemoved().forEach(x -> parts.add("-country " + x));
                if (!Objects.equals(c.kindBefore(), c.kindAfter())) {
                    parts.add("kind " + c.kindBefore() + "->" + c.kindAfter());
                }
                if (!c.attributesChanged().isEmpty()) {
                    parts.add("facts " + String.join(",", c.attributesChanged()));
                }
                sb.append(String.format("%-8s %-36s %-40s %s%n", "changed", c.id(), cut(c.caption(), 40), String.join("; ", parts)));
            }
        }
        if (n > limit) {
            sb.append("... ").append(n - limit).append(" more\n");
        }
        sb.append(String.format("%d added, %d removed, %d changed, %d unchanged%n", d.added().size(), d.removed().size(),
                d.changed().size(), d.unchanged()));
        return sb.toString();
    }

    /** JSON Lines: one object per added, removed or changed entity ({@code "op":"add|remove|change"}). */
    public static List<String> jsonl(Delta d) {
        List<String> out = new ArrayList<>();
        for (Entity e : d.added()) {
            ObjectNode o = base(d, "add", e.id(), e.caption());
            o.set("names", strings(names(e.names())));
            o.set("ids", strings(ids(e.identifiers())));
            out.add(o.toString());
        }
        for (Entity e : d.removed()) {
            out.add(base(d, "remove", e.id(), e.caption()).toString());
        }
        for (Change c : d.changed()) {
            ObjectNode o = base(d, "change", c.id(), c.caption());
            o.set("names_added", strings(c.namesAdded()));
            o.set("names_removed", strings(c.namesRemoved()));
            o.set("ids_added", strings(c.idsAdded()));
            o.set("ids_removed", strings(c.idsRemoved()));
            o.set("countries_added", strings(c.countriesAdded()));
            o.set("countries_removed", strings(c.countriesRemoved()));
            if (!Objects.equals(c.kindBefore(), c.kindAfter())) {
                o.put("kind_before", c.kindBefore());
                o.put("kind_after", c.kindAfter());
            }
            o.set("facts_changed", strings(c.attributesChanged()));
            o.put("affects_matching", c.affectsMatching());
            out.add(o.toString());
        }
        return out;
    }

    private static ObjectNode base(Delta d, String op, String id, String caption) {
        ObjectNode o = JSON.createObjectNode();
        o.put("op", op);
        o.put("source", d.source());
        o.put("entity", id);
        o.put("name", caption);
        return o;
    }

    private static ArrayNode strings(Collection<String> xs) {
        ArrayNode a = JSON.createArrayNode();
        xs.forEach(a::add);
        return a;
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
