package io.interdict.core.match.fuzzy;

/**
 * A transliteration skeleton of a normalised token: spellings that romanisation systems disagree on
 * are folded together, so "zelenskyy" / "zelenskij", "kholmogrant" / "holmogrant",
 * "zavyalov" / "zavjalov", "nooristani" / "nuristani" compare as (nearly) equal. Rules, in order:
 * doubled letters collapse, then kh->h, ph->f, w->v, q->k, ck->k, x->ks, ou->u, j->i, y->i. Used by the scorer only as a second opinion on the edit ratio, at a small discount.
 */
public final class Skeleton {
    private Skeleton() {
    }

    public static String of(String raw) {
        // Collapse doubled letters first ("hussein" ~ "husein"), so that folding cannot create new
        // doubles to collapse ("lijia" must not become "lia").
        StringBuilder dedup = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            if (i == 0 || raw.charAt(i) != raw.charAt(i - 1)) {
                dedup.append(raw.charAt(i));
            }
        }
        String t = dedup.toString();
        StringBuilder sb = new StringBuilder(t.length());
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            char next = i + 1 < n ? t.charAt(i + 1) : 0;
            switch (c) {
                case 'k' -> {
                    if (next == 'h') {
                        i++;
                        sb.append('h');
                    } else {
                        sb.append('k');
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        i++;
                        sb.append('f');
                    } else {
                        sb.append('p');
                    }
                }
                case 'c' -> {
                    if (next == 'k') {
                        i++;
                    }
                    sb.append(next == 'k' ? 'k' : 'c');
                }
                case 'w' -> sb.append('v');
                case 'q' -> sb.append('k');
                case 'x' -> sb.append("ks");
                case 'o' -> {
                    if (next == 'o' || next == 'u') {
                        i++;
                        sb.append('u');
                    } else {
                        sb.append('o');
                    }
                }
                case 'e' -> {
                    if (next == 'e') {
                        i++;
                        sb.append('i');
                    } else {
                        sb.append('e');
                    }
                }
                case 'j', 'y' -> sb.append('i');
                default -> sb.append(c);
            }
        }
        // A word its own skeleton (most are) returns itself: scoring asks "skeleton equals text?" of every
        // token pair, and the same string answers without comparing letters.
        String skeleton = sb.toString();
        return skeleton.equals(raw) ? raw : skeleton;
    }
}
