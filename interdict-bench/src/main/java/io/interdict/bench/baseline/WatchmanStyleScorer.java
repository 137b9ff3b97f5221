package io.interdict.bench.baseline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A baseline name scorer in the style of moov-io/watchman, our own code written from a reading of its
 * approach (internal/stringscore, internal/prepare): each name is normalised once (lower case, full
 * stops and commas dropped, hyphens as spaces, accents removed), and a query is compared with every
 * list name by brute force. A pair of names scores as the best token pairs: every query token is
 * compared with every list token whose first letter sounds alike, by Jaro-Winkler (boost threshold
 * 0.7, prefix 4) lowered for tokens of very different lengths and for a different first letter; pairs
 * are taken best first, each token at most once; their average weighted by token length is lowered
 * by the share of the list name left unmatched. Used to compare query rates (scripts/bench-match),
 * not as a matcher. Not thread-safe: one instance per thread.
 */
public final class WatchmanStyleScorer {
    static final double BOOST_THRESHOLD = 0.7;
    static final int PREFIX = 4;
    static final double LENGTH_CUTOFF = 0.9;
    static final double LENGTH_PENALTY = 0.3;
    static final double FIRST_LETTER_PENALTY = 0.9;
    static final double UNMATCHED_PENALTY = 0.15;

    /** An entity's names, prepared once. */
    public record Indexed(int entity, String name, char[][] tokens, char[] classes, int length) {
    }

    /** A scored entity: its best name. */
    public record Hit(String entityId, String name, double score) {
    }

    private final List<Indexed> names;
    private final String[] entityOrder;
    // Scratch space, reused by every comparison.
    private boolean[] flags1 = new boolean[64];
    private boolean[] flags2 = new boolean[64];
    private double[] pairScore = new double[256];
    private int[] pairOrder = new int[256];

    /** @param names the list names, one per entity name: {@code {entityId, name}} */
    public WatchmanStyleScorer(List<String[]> names) {
        this.names = new ArrayList<>(names.size());
        List<String> order = new ArrayList<>();
        String last = null;
        for (String[] n : names) {
            char[][] tokens = tokens(normalise(reorder(n[1])));
            if (tokens.length == 0) {
                continue;
            }
            int length = 0;
            for (char[] t : tokens) {
                length += t.length;
            }
            if (!n[0].equals(last)) {
                order.add(n[0]);
                last = n[0];
            }
            this.names.add(new Indexed(order.size() - 1, n[1], tokens, classes(tokens), length));
        }
        this.entityOrder = order.toArray(new String[0]);
    }

    public int size() {
        return names.size();
    }

    /** The best {@code limit} entities for the query, best first (each entity by its best name). */
    public List<Hit> search(String query, int limit) {
        char[][] q = tokens(normalise(query));
        if (q.length == 0) {
            return List.of();
        }
        int qLength = 0;
        for (char[] t : q) {
            qLength += t.length;
        }
        char[] qClasses = classes(q);
        Hit[] best = new Hit[limit];
        int n = 0;
        int currentEntity = -1;
        double currentScore = -1;
        Indexed currentName = null;
        for (int i = 0; i <= names.size(); i++) {
            Indexed x = i < names.size() ? names.get(i) : null;
            if (x == null || x.entity() != currentEntity) {
                if (currentName != null && (n < limit || currentScore > best[n - 1].score())) {
                    n = offer(best, n, new Hit(entityOrder[currentEntity], currentName.name(), currentScore));
                }
                if (x == null) {
                    break;
                }
                currentEntity = x.entity();
                currentScore = -1;
                currentName = null;
            }
            double s = bestPairs(q, qClasses, qLength, x.tokens(), x.classes(), x.length());
            if (s > currentScore) {
                currentScore = s;
                currentName = x;
            }
        }
        return Arrays.asList(Arrays.copyOf(best, n));
    }

    private static int offer(Hit[] best, int n, Hit h) {
        if (n == best.length && h.score() <= best[n - 1].score()) {
            return n;
        }
        int pos = n < best.length ? n++ : best.length - 1;
        while (pos > 0 && best[pos - 1].score() < h.score()) {
            best[pos] = best[pos - 1];
            pos--;
        }
        best[pos] = h;
        return n;
    }

    /** The best-token-pairs score of a query against one list name. */
    double bestPairs(char[][] q, char[] qClasses, int qLength, char[][] x, char[] xClasses, int xLength) {
        int pairs = 0;
        int capacity = q.length * x.length;
        if (pairScore.length < capacity) {
            pairScore = new double[capacity];
            pairOrder = new int[capacity];
        }
        for (int i = 0; i < q.length; i++) {
            for (int j = 0; j < x.length; j++) {
                if (qClasses[i] == xClasses[j]) {
                    pairScore[pairs] = tokenScore(x[j], q[i]);
                    pairOrder[pairs] = i * x.length + j;
                    pairs++;
                }
            }
        }
        // Best first (insertion sort: a handful of pairs).
        for (int a = 1; a < pairs; a++) {
            double s = pairScore[a];
            int o = pairOrder[a];
            int b = a;
            while (b > 0 && pairScore[b - 1] < s) {
                pairScore[b] = pairScore[b - 1];
                pairOrder[b] = pairOrder[b - 1];
                b--;
            }
            pairScore[b] = s;
            pairOrder[b] = o;
        }
        long usedQ = 0;
        long usedX = 0;
        double weighted = 0;
        int matchedX = 0;
        for (int p = 0; p < pairs; p++) {
            int i = pairOrder[p] / x.length;
            int j = pairOrder[p] % x.length;
            if ((usedQ & 1L << i) != 0 || (usedX & 1L << j) != 0) {
                continue;
            }
            usedQ |= 1L << i;
            usedX |= 1L << j;
            weighted += pairScore[p] * (q[i].length + x[j].length);
            matchedX += x[j].length;
        }
        double average = weighted / (qLength + matchedX);
        return average * scale((double) matchedX / xLength, UNMATCHED_PENALTY);
    }

    /** Jaro-Winkler, lowered for very different lengths and for a different first letter. */
    double tokenScore(char[] a, char[] b) {
        double s = jaroWinkler(a, b);
        double ratio = (double) Math.min(a.length, b.length) / Math.max(a.length, b.length);
        if (ratio < LENGTH_CUTOFF) {
            s *= scale(ratio, LENGTH_PENALTY);
        }
        if (a[0] != b[0]) {
            s *= FIRST_LETTER_PENALTY;
        }
        return s;
    }

    private static double scale(double metric, double weight) {
        return 1.0 - (1.0 - metric) * weight;
    }

    double jaroWinkler(char[] a, char[] b) {
        int la = a.length;
        int lb = b.length;
        if (la == 0 || lb == 0) {
            return la == lb ? 1.0 : 0.0;
        }
        if (flags1.length < la || flags2.length < lb) {
            flags1 = new boolean[Math.max(la, flags1.length * 2)];
            flags2 = new boolean[Math.max(lb, flags2.length * 2)];
        }
        Arrays.fill(flags1, 0, la, false);
        Arrays.fill(flags2, 0, lb, false);
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!flags2[j] && a[i] == b[j]) {
                    flags1[i] = true;
                    flags2[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int half = 0;
        for (int i = 0, j = 0; i < la; i++) {
            if (flags1[i]) {
                while (!flags2[j]) {
                    j++;
                }
                if (a[i] != b[j]) {
                    half++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - half / 2.0) / m) / 3.0;
        if (jaro <= BOOST_THRESHOLD) {
            return jaro;
        }
        int prefix = 0;
        int max = Math.min(PREFIX, Math.min(la, lb));
        while (prefix < max && a[prefix] == b[prefix]) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    private static char[] classes(char[][] tokens) {
        char[] c = new char[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            c[i] = soundClass(tokens[i][0]);
        }
        return c;
    }

    /** A first letter's sound class: letters that sound alike at the start of a word share one. */
    static char soundClass(char c) {
        return switch (c) {
            case 'b', 'f', 'p', 'v' -> 'b';
            case 'c', 'g', 'j', 'k', 'q', 's', 'x', 'z' -> 'c';
            case 'd', 't' -> 'd';
            case 'm', 'n' -> 'm';
            case 'h', 'w' -> 'h';
            default -> c;
        };
    }

    /** "LAST, First" as "First LAST" (the SDN's form for people). */
    static String reorder(String name) {
        int comma = name.indexOf(", ");
        if (comma < 0 || name.indexOf(", ", comma + 1) >= 0) {
            return name;
        }
        return name.substring(comma + 2) + " " + name.substring(0, comma);
    }

    /** Lower case; full stops and commas dropped; hyphens as spaces; accents removed. */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == ',') {
                continue;
            }
            sb.append(c == '-' ? ' ' : c);
        }
        String lower = sb.toString().toLowerCase(Locale.ROOT).strip();
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Whitespace-separated tokens (at most 64: the pairing keeps one bit per token). */
    static char[][] tokens(String s) {
        String[] parts = s.trim().split("\\s+");
        List<char[]> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            if (!p.isEmpty() && out.size() < 64) {
                out.add(p.toCharArray());
            }
        }
        return out.toArray(new char[0][]);
    }
}
