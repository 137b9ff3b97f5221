package io.interdict.bench.streams;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.snapshot.Snapshot;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The benchmark's transactions: the lines of a generated file ({@code interdict generate}) for dates,
 * kinds, amounts and jurisdictions, with the record's key as id and a counterparty name drawn from a
 * <em>repetition profile</em>, because how often names repeat decides what a match cache can save:
 * <ul>
 *   <li>{@code zipf}: a population of {@value #POPULATION} distinct counterparties, drawn with Zipf
 *   frequencies (exponent 1: the k-th most frequent counterparty is paid k times less often than the
 *   first). Heavy-tailed repetition is what payment streams show (the same suppliers, payroll and card
 *   merchants again and again, a long tail of one-off payees); the exponent is our assumption, not a
 *   measured figure. About 1 in 8 records of a 1,000,000 run names a counterparty not seen before.</li>
 *   <li>{@code distinct}: every record names a counterparty never named before in the run (the worst
 *   case: no cache can help), apart from the listed names (below), which are finitely many.</li>
 * </ul>
 * In both, {@value #LISTED_PERCENT} % of names are names of listed entities (so that hits, alerts and
 * the expensive near-match path are exercised); the others are made up of invented words (so that they
 * are distinct without end) and common company words and given names. Deterministic for a seed.
 */
final class PaymentStream {
    static final int POPULATION = 200_000;
    static final int LISTED_PERCENT = 1;
    private static final String[] SYLLABLES = {"ka", "ro", "len", "mar", "tis", "vo", "der", "an", "sel", "bri", "go", "nu",
            "fen", "lo", "qui", "ra", "ten", "zo", "mi", "dal", "por", "es", "ul", "har", "vin", "ce", "tor", "ba", "lia", "mon",
            "sa", "te", "dra", "ko", "vel", "ni", "gar", "o", "fi", "ste"};
    private static final String[] SECTOR = {"Trading", "Logistics", "Textiles", "Foods", "Energy", "Shipping", "Software",
            "Consulting", "Holdings", "Metals", "Pharma", "Media", "Capital", "Motors", "Telecom", "Farms", "Retail", "Labs",
            "Construction", "Imports", "Electronics", "Partners", "Services", "Group"};
    private static final String[] FORM = {"Ltd", "LLC", "GmbH", "S.A.", "Inc.", "Co., Ltd.", "PLC", "B.V.", "", "", ""};
    private static final String[] GIVEN = {"Maria", "John", "Wei", "Fatima", "Olga", "Ahmed", "Carlos", "Anna", "Kenji", "Amara",
            "Luca", "Sofia", "Ivan", "Priya", "Jean", "Emma", "Omar", "Yuki", "Pedro", "Ines", "Tomas", "Leila", "David", "Mei"};

    private final List<byte[]> base;
    private final List<String> listed;
    private final boolean distinct;
    private final long seed;
    private final String[] population;
    /** Cumulative Zipf probabilities over the population, for inverse-transform sampling. */
    private final double[] cumulative;

    /** {@code listed}: names of listed entities, drawn for {@value #LISTED_PERCENT} % of the names. */
    PaymentStream(List<byte[]> base, List<String> listed, String profile, long seed) {
        if (!profile.equals("zipf") && !profile.equals("distinct")) {
            throw new IllegalArgumentException("profile: zipf or distinct, not " + profile);
        }
        this.base = base;
        this.listed = List.copyOf(listed);
        this.distinct = profile.equals("distinct");
        this.seed = seed;
        if (distinct) {
            population = null;
            cumulative = null;
        } else {
            population = new String[POPULATION];
            Set<String> seen = new HashSet<>();
            SplittableRandom r = new SplittableRandom(seed);
            for (int i = 0; i < POPULATION; i++) {
                String n;
                do {
                    n = r.nextInt(100) < LISTED_PERCENT ? listed.get(r.nextInt(listed.size())) : invented(r);
                } while (!seen.add(n));
                population[i] = n;
            }
            cumulative = new double[POPULATION];
            double sum = 0;
            for (int k = 0; k < POPULATION; k++) {
                sum += 1.0 / (k + 1);
                cumulative[k] = sum;
            }
            for (int k = 0; k < POPULATION; k++) {
                cumulative[k] /= sum;
            }
        }
    }

    /** The counterparty name of record {@code i}. */
    String name(long i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        if (distinct) {
            // Invented words of record i: distinct from every other record's (the index is part of them).
            return r.nextInt(100) < LISTED_PERCENT ? listed.get(r.nextInt(listed.size())) : invented(r, i);
        }
        int k = java.util.Arrays.binarySearch(cumulative, r.nextDouble());
        return population[Math.min(POPULATION - 1, k < 0 ? -k - 1 : k)];
    }

    /** Record {@code i} as JSON: a base line with id {@code key} and the profile's counterparty name. */
    byte[] record(long i, String key) {
        String s = new String(base.get((int) (i % base.size())), StandardCharsets.UTF_8);
        s = replace(s, "\"id\":\"", key);
        s = replace(s, "\"name\":\"", escape(name(i)));
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The names of a snapshot's entities. */
    static List<String> listedNames(Snapshot snapshot) {
        List<String> names = new ArrayList<>();
        for (Entity e : snapshot.entities()) {
            for (Name n : e.names()) {
                names.add(n.value());
            }
        }
        return names;
    }

    private static String replace(String s, String field, String value) {
        int at = s.indexOf(field);
        if (at < 0) {
            return s;
        }
        int from = at + field.length();
        int end = from;
        while (s.charAt(end) != '"') {
            end += s.charAt(end) == '\\' ? 2 : 1;
        }
        return s.substring(0, from) + value + s.substring(end);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String invented(SplittableRandom r) {
        return invented(r, -1);
    }

    /** A company (invented word + sector + form) or a person (given name + invented family name). */
    private static String invented(SplittableRandom r, long unique) {
        String word = word(r, unique);
        if (r.nextBoolean()) {
            String form = FORM[r.nextInt(FORM.length)];
            return (word + " " + SECTOR[r.nextInt(SECTOR.length)] + " " + form).trim();
        }
        return GIVEN[r.nextInt(GIVEN.length)] + " " + word;
    }

    /**
     * An invented word of 2-3 syllables; with {@code unique} ≥ 0, a word spelling that number in
     * syllables (base 40) after a random one, so that no two records share it.
     */
    private static String word(SplittableRandom r, long unique) {
        StringBuilder b = new StringBuilder();
        int n = unique >= 0 ? 1 : 2 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        for (long u = unique; u > 0; u /= SYLLABLES.length) {
            b.append(SYLLABLES[(int) (u % SYLLABLES.length)]);
        }
        return b.substring(0, 1).toUpperCase(Locale.ROOT) + b.substring(1);
    }
}
