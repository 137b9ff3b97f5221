package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One party as two publishers write it: the bundled OFAC SDN, UN Security Council and UK HM Treasury lists name many
 * of the same people and bodies, each in its own spellings, word order and aliases. Which entries are one party is
 * told by what the lists say besides the names, never by the names: a passport, national identity or IMO number that
 * exactly one entry of each of two lists gives, or the UN reference the UK list writes in its remarks ("UN Ref
 * QDi.096"). Each Latin name of one list's entry is searched in the other list alone (as {@code interdict match}
 * searches, five candidates, that list's source); it is found when the linked entry is a hit at or above the review
 * threshold. Names the other list also writes, words alike (case, accents, punctuation and order aside), are counted
 * apart from the names it writes otherwise, and of those the names sharing a word of four letters or more with one of
 * the other's names apart from the names sharing none (mostly aliases the other publisher does not know): the names
 * written otherwise that share a word are the measure.
 * <p>
 * The links are split by CRC-32 of the party (the smallest entry id of the entries linked together, so one party's
 * three listings fall in one half): even tunes, odd is held out and prints totals only; {@code --tuning-only} leaves it
 * out. Some aliases one publisher gives are names the other does not know at all (a nickname, a false name): they are
 * misses no spelling rule can find, and they bound the recall below 1.
 */
final class PublishersEvaluation {
    /** The lists whose entries are linked. */
    static final List<String> SOURCES = List.of("ofac-sdn", "un-sc", "uk-hmt");
    /** An identifier's letters and digits, upper case; at least this long and holding a digit, it names one document. */
    static final int MIN_IDENTIFIER = 6;
    private static final Pattern UN_REF = Pattern.compile("UN Ref\\s*:?\\s*([A-Z]{2}[ie])\\.\\s*(\\d+)");
    private static final Pattern RUN = Pattern.compile("[A-Z0-9]*\\d[A-Z0-9]*");

    /** Two entries of two lists found to be one party, and what told it. */
    record Link(String a, String b, String by) {
    }

    private PublishersEvaluation() {
    }

    /** The identifiers' runs of letters and digits that name a document ({@link #MIN_IDENTIFIER}): "Passport No: 592667
     *  (Qatari…)" and "592667" alike. */
    static Set<String> documents(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        for (Identifier i : e.identifiers()) {
            if (!i.scheme().equals("passport") && !i.scheme().equals("national_id") && !i.scheme().equals("imo")) {
                continue;
            }
            Matcher m = RUN.matcher(i.value().toUpperCase(Locale.ROOT).replaceAll("[\\s./-]+", ""));
            while (m.find()) {
                if (m.group().length() >= MIN_IDENTIFIER) {
                    out.add(i.scheme().equals("imo") ? "IMO" + m.group() : m.group());
                }
            }
        }
        return out;
    }

    /** The UN list's ids the entry's remarks refer to ("UN Ref QDi.096" is un-sc:QDi.096). */
    static Set<String> unReferences(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        for (String remark : e.attributes().getOrDefault("remarks", List.of())) {
            Matcher m = UN_REF.matcher(remark);
            while (m.find()) {
                out.add("un-sc:" + m.group(1) + "." + String.format(Locale.ROOT, "%03d", Integer.parseInt(m.group(2))));
            }
        }
        return out;
    }

    /**
     * The links among {@code entities} (a list's copies of one id read as one entry): a document exactly one entry of
     * each of two lists gives, or a UN reference in a remark naming an entry the UN list has. Each pair once, ordered.
     */
    static List<Link> links(List<Entity> entities) {
        Map<String, Entity> byId = merged(entities);
        Map<String, Map<String, Set<String>>> holders = new HashMap<>();   // document -> source -> ids
        for (Entity e : byId.values()) {
            for (String d : documents(e)) {
                holders.computeIfAbsent(d, k -> new TreeMap<>()).computeIfAbsent(e.source(), k -> new LinkedHashSet<>())
                        .add(e.id());
            }
        }
        Map<String, Link> out = new TreeMap<>();
        holders.forEach((document, bySource) -> {
            List<String> unique = new ArrayList<>();
            bySource.forEach((source, ids) -> {
                if (ids.size() == 1) {
                    unique.add(ids.iterator().next());
                }
            });
            for (int i = 0; i < unique.size(); i++) {
                for (int j = i + 1; j < unique.size(); j++) {
                    add(out, unique.get(i), unique.get(j), "document " + document);
                }
            }
        });
        for (Entity e : byId.values()) {
            if (!e.source().equals("un-sc")) {
                for (String ref : unReferences(e)) {
                    if (byId.containsKey(ref)) {
                        add(out, e.id(), ref, "UN reference");
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, Link> links, String x, String y, String by) {
        String a = x.compareTo(y) < 0 ? x : y;
        String b = a.equals(x) ? y : x;
        links.putIfAbsent(a + " " + b, new Link(a, b, by));
    }

    /** The entries of {@link #SOURCES} by id, a list's several copies of one id (a list republished in another) as one. */
    private static Map<String, Entity> merged(List<Entity> entities) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (!SOURCES.contains(e.source())) {
                continue;
            }
            byId.merge(e.id(), e, (x, y) -> {
                List<Name> names = new ArrayList<>(x.names());
                y.names().stream().filter(n -> !names.contains(n)).forEach(names::add);
                List<Identifier> ids = new ArrayList<>(x.identifiers());
                y.identifiers().stream().filter(i -> !ids.contains(i)).forEach(ids::add);
                Map<String, List<String>> attributes = new HashMap<>(y.attributes());
                attributes.putAll(x.attributes());
                return new Entity(x.id(), x.kind(), names, ids, x.countries(), attributes, x.unconfirmed(), null);
            });
        }
        return byId;
    }

    /** The parties: linked entries joined (union-find), each named by its smallest id. */
    static Map<String, String> parties(List<Link> links) {
        Map<String, String> parent = new HashMap<>();
        for (Link l : links) {
            String ra = root(parent, l.a());
            String rb = root(parent, l.b());
            if (!ra.equals(rb)) {
                parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String id : parent.keySet()) {
            out.put(id, root(parent, id));
        }
        for (Link l : links) {
            out.putIfAbsent(l.a(), root(parent, l.a()));
            out.putIfAbsent(l.b(), root(parent, l.b()));
        }
        return out;
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (parent.containsKey(r) && !parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** Whether a party is in the tuning half: even CRC-32 of its name (its smallest entry id). */
    static boolean tuning(String party) {
        CRC32 crc = new CRC32();
        crc.update(party.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    private static double ratio(int found, int tried) {
        return tried == 0 ? 0.0 : (double) found / tried;
    }

    /** A name's words of four letters or more, as {@link PressNamesEvaluation#key} writes them: what two names must
     *  share for one to be another's spelling rather than an alias the other publisher does not know. */
    static Set<String> words(String name) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : PressNamesEvaluation.key(name).split(" ")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether a name is written in Latin letters (most of its letters). */
    static boolean latin(String name) {
        int latin = 0;
        int letters = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                latin += Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN ? 1 : 0;
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && latin * 2 > letters;
    }

    /**
     * Searches every linked entry's Latin names in the other entry's list ({@code product}: the entities the matcher
     * indexes, whose ids the targets must be) and prints, per half and per pair of lists, how many were found; names
     * written alike and otherwise apart. {@code raw}: the lists' records, which carry the identifiers and remarks.
     */
    static void run(FuzzyMatcher matcher, List<Entity> raw, List<Entity> product, boolean tuningOnly, boolean verbose) {
        Map<String, Entity> byId = merged(raw);
        Set<String> indexed = new java.util.HashSet<>();
        product.forEach(e -> indexed.add(e.id()));
        List<Link> links = links(raw);
        Map<String, String> party = parties(links);
        for (boolean half : tuningOnly ? new boolean[]{true} : new boolean[]{true, false}) {
            Map<String, int[]> byLists = new TreeMap<>();   // found and tried, alike and otherwise
            List<String> misses = new ArrayList<>();
            int linked = 0;
            for (Link l : links) {
                if (tuning(party.get(l.a())) != half) {
                    continue;
                }
                linked++;
                for (String[] d : new String[][]{{l.a(), l.b()}, {l.b(), l.a()}}) {
                    Entity from = byId.get(d[0]);
                    Entity to = byId.get(d[1]);
                    if (!indexed.contains(to.id())) {
                        continue;
                    }
                    Set<String> theirs = new java.util.HashSet<>();
                    Set<String> theirWords = new java.util.HashSet<>();
                    to.names().forEach(n -> {
                        theirs.add(PressNamesEvaluation.key(n.value()));
                        theirWords.addAll(words(n.value()));
                    });
                    Set<String> asked = new java.util.HashSet<>();
                    for (Name n : from.names()) {
                        String key = PressNamesEvaluation.key(n.value());
                        if (!latin(n.value()) || key.isEmpty() || !asked.add(key)) {
                            continue;
                        }
                        boolean alike = theirs.contains(key);
                        boolean sharing = !alike && words(n.value()).stream().anyMatch(theirWords::contains);
                        List<SearchHit> hits = matcher.search(n.value(), to.source(), 5);
                        boolean found = hits.stream().anyMatch(h -> h.match() && h.entityId().equals(to.id()));
                        int[] c = byLists.computeIfAbsent(from.source() + " -> " + to.source(), k -> new int[6]);
                        int kind = alike ? 0 : sharing ? 2 : 4;
                        c[kind] += found ? 1 : 0;
                        c[kind + 1]++;
                        if (!found && verbose && half) {
                            String best = hits.stream().filter(h -> h.entityId().equals(to.id())).findFirst()
                                    .map(h -> String.format(Locale.ROOT, "%.3f %s", h.score(), h.name()))
                                    .orElse(hits.isEmpty() ? "nothing" : "not among " + hits.size() + " (best "
                                            + String.format(Locale.ROOT, "%.3f %s", hits.get(0).score(), hits.get(0).name()) + ")");
                            misses.add(String.format(Locale.ROOT, "  MISS%s %s [%s] -> %s [%s, by %s]: %s",
                                    alike ? " (alike)" : sharing ? "" : " (no word shared)",
                                    n.value(), from.id(), to.caption(), to.id(), l.by(), best));
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "== one party as two publishers write it (%s half): %d linked entries%n",
                    half ? "tuning" : "HELD-OUT", linked);
            int[] all = new int[6];
            byLists.forEach((k, c) -> {
                System.out.printf(Locale.ROOT, "  %-22s written otherwise, a word shared %4d/%-4d %.3f | no word shared %4d/%-4d"
                        + " | written alike %4d/%-4d%n", k, c[2], c[3], ratio(c[2], c[3]), c[4], c[5], c[0], c[1]);
                for (int i = 0; i < all.length; i++) {
                    all[i] += c[i];
                }
            });
            System.out.printf(Locale.ROOT, "  all: written otherwise, a word shared %d/%d = %.3f; no word shared %d/%d = %.3f;"
                    + " written alike %d/%d = %.3f%n", all[2], all[3], ratio(all[2], all[3]), all[4], all[5], ratio(all[4], all[5]),
                    all[0], all[1], ratio(all[0], all[1]));
            misses.forEach(System.out::println);
        }
    }
}
