package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * A cross-script evaluation built from the lists themselves: every name a list gives in a
 * non-Latin script (the UN's original-script names, the EU's, UK's and OFAC's non-Latin aliases,
 * OpenSanctions' multi-script names) is searched in all lists with every non-Latin name taken
 * out; found when its own entity is a hit at or above the review threshold (a hit on another
 * entity is not counted wrong: the same person is often listed by several lists). Split by CRC-32 of the entity id into a tuning and a
 * held-out half; reported whole and per script.
 */
final class ListScriptEvaluation {
    /** One query: a non-Latin name, its entity, the script it is written in. */
    record Query(String name, String entityId, String caption, String script, String source) {
    }

    /** Found / tried of one part and script. */
    static final class Tally {
        int tried;
        int found;

        String fmt() {
            return String.format(Locale.ROOT, "%d/%d = %.3f", found, tried, tried == 0 ? 0.0 : (double) found / tried);
        }
    }

    private ListScriptEvaluation() {
    }

    /** The script a name is written in: the first letter's that is not Latin (Han split by what else is there). */
    static String script(String name) {
        boolean kana = false;
        String first = null;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA) {
                kana = true;
            }
            if (sc != Character.UnicodeScript.LATIN && sc != Character.UnicodeScript.COMMON
                    && sc != Character.UnicodeScript.INHERITED && first == null) {
                first = sc.name();
            }
        }
        if (first == null) {
            return null;
        }
        return "HAN".equals(first) && kana ? "HAN+KANA" : first;
    }

    /** Whether a name has a letter of a script other than Latin ("LORD’S" is Latin: its apostrophe is no letter). */
    static boolean nonLatin(String name) {
        return script(name) != null;
    }

    static List<Query> queries(List<Entity> entities) {
        List<Query> out = new ArrayList<>();
        for (Entity e : entities) {
            boolean hasLatin = e.names().stream().anyMatch(n -> !nonLatin(n.value()));
            if (!hasLatin) {
                continue;
            }
            for (Name n : e.names()) {
                String s = script(n.value());
                if (s != null) {
                    Mixed mixed = mixed(n.value());
                    String query = mixed != null ? mixed.original() : n.value();
                    out.add(new Query(query, e.id(), e.caption(), s, e.source()));
                }
            }
        }
        return out;
    }

    /** The entities with their non-Latin names taken out (a name written in two scripts keeps its Latin names). */
    static List<Entity> latinOnly(List<Entity> entities) {
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            Entity latin = latinOnly(e);
            if (!latin.names().isEmpty()) {
                out.add(latin);
            }
        }
        return out;
    }

    /** The entity with its non-Latin names taken out: a name written in two scripts ({@link #mixed}) leaves its Latin
     *  names, each a name of the strength it had. */
    static Entity latinOnly(Entity e) {
        List<Name> latin = new ArrayList<>();
        boolean changed = false;
        for (Name n : e.names()) {
            if (!nonLatin(n.value())) {
                latin.add(n);
                continue;
            }
            changed = true;
            Mixed mixed = mixed(n.value());
            if (mixed != null) {
                mixed.latin().forEach(v -> latin.add(new Name(v, "Latn", n.strength(), n.lang())));
            }
        }
        if (!changed) {
            return e;
        }
        return new Entity(e.id(), e.kind(), latin, e.identifiers(), e.countries(), e.attributes(), e.unconfirmed(), null);
    }

    /**
     * A name the list writes in two scripts at once: its words in another script, as one name, and its Latin names.
     * The UN writes some aliases so: "Abdelali Abou Dher (عبد العالي ابو ذر)", "Amir Khazmat (original script: Амир
     * Хазмат)", "أبو بكر البغدادي الحسيني القريشي (Abu Bakr al-Baghdadi al-Husayni al-Quraishi; Abu Bakr al-Baghdadi)".
     * Searched whole, such a name is not the original-script name the evaluation asks for, and its entity without it
     * has lost the Latin name too: the query could only be found by chance. Null for a name with no Latin word.
     */
    record Mixed(String original, List<String> latin) {
    }

    static Mixed mixed(String name) {
        StringBuilder original = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        boolean latinWord = false;
        for (String word : name.split("\\s+")) {
            if (nonLatin(word)) {
                original.append(original.length() == 0 ? "" : " ").append(word.replaceAll("[()\\[\\];:,]", ""));
                rest.append(" ; ");   // the words around a run in another script are separate names
            } else {
                latinWord |= word.codePoints().anyMatch(Character::isLetter);
                rest.append(' ').append(word);
            }
        }
        if (!latinWord || original.toString().isBlank()) {
            return null;
        }
        List<String> latin = new ArrayList<>();
        for (String part : rest.toString().replaceAll("(?i)original script:?", ";").split("[();]")) {
            String v = part.strip().replaceAll("^[,:]+|[,:]+$", "").strip();
            if (v.codePoints().anyMatch(Character::isLetter)) {
                latin.add(v);
            }
        }
        return new Mixed(original.toString().strip(), latin);
    }

    static boolean tuning(String entityId) {
        CRC32 crc = new CRC32();
        crc.update(entityId.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    /** OFAC's enhanced XML (non-Latin aliases the bundled CSV lists lack), when the shared data is beside the clone. */
    static final java.nio.file.Path OFAC_ENHANCED = java.nio.file.Path.of(
            "../shared/data/lists/ofac_consolidated_nonsdn/2025-01-14_enhanced_xml/CONS_ENHANCED.XML");

    /** The bundled lists, with the entities of OFAC's enhanced XML in place of their CSV versions when it is there. */
    static List<Entity> withEnhancedOfac(List<Entity> entities) {
        if (!java.nio.file.Files.isRegularFile(OFAC_ENHANCED)) {
            return entities;
        }
        try {
            var part = io.interdict.lists.ofac.OfacXmlImporter.consolidated()
                    .importFiles(List.of(io.interdict.lists.common.ListFile.read(OFAC_ENHANCED)), null).part();
            java.util.Map<String, Entity> byId = new java.util.LinkedHashMap<>();
            entities.forEach(e -> byId.put(e.id(), e));
            part.entities().forEach(e -> byId.put(e.id(), e));
            return List.copyOf(byId.values());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + OFAC_ENHANCED + ": " + e.getMessage(), e);
        }
    }

    static void run(List<Entity> bundled, String algorithm, boolean tuningOnly, boolean verbose) {
        List<Entity> entities = withEnhancedOfac(bundled);
        List<Query> queries = queries(entities);
        FuzzyMatcher m = new FuzzyMatcher(latinOnly(entities), MatchSettings.DEFAULTS, algorithm);
        Map<String, Tally[]> perScript = new TreeMap<>();
        Tally[] all = {new Tally(), new Tally()};
        for (Query q : queries) {
            boolean tuning = tuning(q.entityId());
            if (tuningOnly && !tuning) {
                continue;
            }
            int part = tuning ? 0 : 1;
            Tally[] t = perScript.computeIfAbsent(q.script(), k -> new Tally[]{new Tally(), new Tally()});
            List<SearchHit> hits = m.search(q.name(), null, 5);
            boolean found = hits.stream().anyMatch(h -> h.match() && h.entityId().equals(q.entityId()));
            for (Tally x : new Tally[]{t[part], all[part]}) {
                x.tried++;
                x.found += found ? 1 : 0;
            }
            if (verbose && tuning && !found) {
                System.out.printf(Locale.ROOT, "  MISS %s %s (%s) -> %s%n", q.script(), q.name(), q.caption(),
                        hits.isEmpty() ? "-" : hits.get(0).name() + " " + String.format(Locale.ROOT, "%.3f", hits.get(0).score()));
            }
        }
        System.out.printf(Locale.ROOT, "== list names in non-Latin scripts, found in all lists without them, %s: tuning %s | HELD-OUT %s%n",
                algorithm, all[0].fmt(), tuningOnly ? "-" : all[1].fmt());
        perScript.forEach((script, t) -> System.out.printf(Locale.ROOT, "   %-12s tuning %-28s HELD-OUT %s%n",
                script, t[0].fmt(), tuningOnly ? "-" : t[1].fmt()));
    }
}
