package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.InterdictV2;
import io.interdict.core.names.Schema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Romanised names of Russian, Ukrainian and Belarusian bodies against their English names, from the lists themselves:
 * OFAC and the UK list give many such a body under both ("AO KONTSERN OKEANPRIBOR", "JSC CONCERN OCEANPRIBOR"). A
 * name is taken for romanised when it writes a legal form of those countries in its own words, transliterated
 * (OBSHCHESTVO, AKTSIONERNOE, OOO, AO, ZAO, FGUP, TOV, PAT...), and for English when it writes an English one (JSC,
 * LLC, JOINT STOCK COMPANY...) and none of those: neither test asks the matcher. Each romanised name of an
 * organisation is compared with each English name of the same organisation (same body: should match), and with every
 * English name of the other organisations (other bodies: the best of them should not). Split by CRC-32 of the entity
 * id into a tuning and a held-out half; {@code --verbose} lists the tuning half's misses only. Bodies of OFAC's SDN
 * list only: one body listed by several lists is several entities.
 */
final class RomanisedEvaluation {
    /** Transliterated legal forms of Russia, Ukraine and Belarus, as the lists write them (one word each). */
    static final Set<String> EAST_SLAVIC_FORMS = Set.of("obshchestvo", "aktsionernoe", "aktsionernoye", "otkrytoe",
            "otkrytoye", "zakrytoe", "zakrytoye", "publichnoe", "publichnoye", "ooo", "oao", "zao", "pao", "ao", "fgup",
            "gup", "fgbu", "tov", "pat", "prat", "tovarystvo", "aktsionerne", "pidpryemstvo", "derzhavne");
    /** English legal forms and the English words of legal forms. */
    static final Set<String> ENGLISH_FORMS = Set.of("jsc", "ojsc", "cjsc", "pjsc", "llc", "company", "limited",
            "liability", "joint", "stock", "corporation");

    /** The list whose bodies are read: OFAC's SDN list, which names most such bodies both ways. */
    static final String SOURCE = "ofac-sdn";

    private RomanisedEvaluation() {
    }

    record Body(String id, List<String> romanised, List<String> english) {
    }

    static List<Body> bodies(List<Entity> entities) {
        List<Body> out = new ArrayList<>();
        for (Entity e : entities) {
            // One list: a body listed by several lists is several entities, which would meet each other as other bodies.
            if (e.kind() == EntityKind.PERSON || !e.id().startsWith(SOURCE + ":")) {
                continue;
            }
            List<String> romanised = new ArrayList<>();
            List<String> english = new ArrayList<>();
            for (Name n : e.names()) {
                Set<String> words = Set.copyOf(List.of(n.value().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
                boolean east = words.stream().anyMatch(EAST_SLAVIC_FORMS::contains);
                if (east && !romanised.contains(n.value())) {
                    romanised.add(n.value());
                } else if (!east && words.stream().anyMatch(ENGLISH_FORMS::contains) && !english.contains(n.value())) {
                    english.add(n.value());
                }
            }
            if (!romanised.isEmpty() && !english.isEmpty()) {
                out.add(new Body(e.id(), romanised, english));
            }
        }
        return out;
    }

    static boolean tuning(String entityId) {
        CRC32 crc = new CRC32();
        crc.update(entityId.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    static void main(String[] args) {
        boolean verbose = List.of(args).contains("--verbose");
        List<Entity> entities = EvalEntities.of(args);
        List<Body> bodies = bodies(entities);
        double threshold = MatchSettings.DEFAULTS.reviewThreshold();
        for (boolean tuningHalf : new boolean[]{true, false}) {
            List<Body> part = bodies.stream().filter(b -> tuning(b.id()) == tuningHalf).toList();
            int pairs = 0;
            int matched = 0;
            int names = 0;
            int falseMatches = 0;
            for (Body b : part) {
                for (String r : b.romanised()) {
                    for (String en : b.english()) {
                        pairs++;
                        double s = InterdictV2.compare(r, en, Schema.COMPANY).score();
                        if (s >= threshold) {
                            matched++;
                        } else if (verbose && tuningHalf) {
                            System.out.printf(Locale.ROOT, "  MISS %.3f %s | %s%n", s, r, en);
                        }
                    }
                    // the best English name of another body of this half
                    names++;
                    double best = 0;
                    String bestName = null;
                    for (Body other : part) {
                        if (other == b) {
                            continue;
                        }
                        for (String en : other.english()) {
                            double s = InterdictV2.compare(r, en, Schema.COMPANY).score();
                            if (s > best) {
                                best = s;
                                bestName = en;
                            }
                        }
                    }
                    if (best >= threshold) {
                        falseMatches++;
                        if (verbose && tuningHalf) {
                            System.out.printf(Locale.ROOT, "  OTHER %.3f %s | %s%n", best, r, bestName);
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "== romanised East Slavic bodies' names against their English names, %s: %d bodies; "
                            + "same body %d/%d pairs match; %d/%d romanised names match another body's English name%n",
                    tuningHalf ? "tuning" : "HELD-OUT", part.size(), matched, pairs, falseMatches, names);
        }
    }
}
