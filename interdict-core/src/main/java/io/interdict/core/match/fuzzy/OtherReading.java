package io.interdict.core.match.fuzzy;

/**
 * Whether a word read from another script and the Latin word it is paired with, two or more edits apart, are two
 * names rather than two spellings of one: the cross-script counterpart of the Latin text's "another word beside a
 * shared one" ("Νίκος Καζαντζάκης", read "nikos kazantzakis", is not "Nikos Kazantzidis"; "नरेंद्र मोदी" is not
 * "Narendra Modak").
 *
 * <p>Romanisations of one name differ in what the writing conventions leave open, not in their consonants' places:
 * <ul>
 *   <li>vowels and their length, and the letters that mark them (Thai's popular "oo", "ee", "er" for the Royal Thai
 *   General System's u, i, oe: "Boonlert" ~ "bunloet"; Greek ι, η, υ, ει, οι all read i; Hindi's inherent a kept or
 *   dropped; an r after a vowel and not before one, which English-based spellings write for a vowel's quality);</li>
 *   <li>aspiration and glides (RTGS writes ph, th, kh where popular spellings write p, t, k; h is added or left out, and
 *   so are w and y after a vowel: "Buakaw" ~ "buakhao");</li>
 *   <li>voicing, and the letters of a sibilant or affricate, which each language's Latin spells its own way (Greek ντ d
 *   or nt, μπ b or mp; Serbian ђ d, dj or đ, ц c or ts, ш s or sh; Thai ช ch or sh: "Shinawatra" ~ "chinwat"; Greek χ
 *   ch or h; j for y in German and Slavic spellings);</li>
 * </ul>
 * so the words compare by the places of their consonants: lips (b p f v ph), teeth (t d th dh), velum (k g kh gh),
 * sibilants and affricates (s z sh zh ts tz j dj), m, n, l, r, and w and y before a vowel; c, ch, q and x may be a
 * velar or a sibilant, j and dj y or d as well, w v; tsch, tch, sch, dzh and dsch are one sibilant or affricate, and ks
 * is x. A doubled letter counts once. An r one side writes and the other does not counts for nothing: it is silent in
 * Thai clusters (ศรี "si", popularly "Sri") and marks a vowel in English-based spellings ("Prasert" for RTGS
 * "prasoet"); so does a v or w one side writes for the other's u (the non-syllabic u of Belarusian ў and Ukrainian в:
 * "Уладзімір" read "uladzimir" ~ "Vladimir"). A y counts only as an onset (at the start or between vowels: "prayut" is
 * not "prawit"); after a consonant it is the i of a diphthong ("Sargsyan" ~ "Sarkissian"). A final s after a vowel is
 * the nominative ending of Greek (and Baltic) names, which other languages' forms of the name drop ("Αλέξανδρος" ~
 * "Alexander"). One edit stays a possible slip of the Latin side. Allocates nothing. The conventions are those the
 * readings cite ({@code GreekReading}: Wikipedia, "Romanization of Greek"; {@code ThaiReading}: the Royal Institute's
 * RTGS tables; {@code HindiReading}); the places are the phonetic classes of {@link ConsonantReading#key}, finer.
 */
final class OtherReading {
    private static final int LIPS = 1;
    private static final int TEETH = 1 << 1;
    private static final int VELUM = 1 << 2;
    private static final int SIBILANT = 1 << 3;
    private static final int M = 1 << 4;
    private static final int N = 1 << 5;
    private static final int L = 1 << 6;
    private static final int R = 1 << 7;
    private static final int W = 1 << 8;
    private static final int Y = 1 << 9;
    private static final int OTHER = 1 << 10;

    private OtherReading() {
    }

    /**
     * Whether {@code reading} (a word read from another script) and {@code latin} differ in more than the spelling of
     * one name: two or more edits apart, and their consonants differ in number or in place.
     */
    static boolean differs(String reading, String latin) {
        if (TokenSimilarity.osaWithin(reading, latin, 1) <= 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        while (true) {
            long x = next(reading, i);
            long y = next(latin, j);
            int mx = (int) (x >>> 32);
            int my = (int) (y >>> 32);
            if ((mx & my) != 0) {
                i = (int) x;
                j = (int) y;
            } else if (mx == R || mx == (W | LIPS)) {
                i = (int) x;   // an r, or a v or w, one spelling writes and the other does not
            } else if (my == R || my == (W | LIPS)) {
                j = (int) y;
            } else {
                return mx != my;   // another consonant, or one word's consonants end before the other's (both: alike)
            }
        }
    }

    /** The next consonant of {@code w} from {@code i}: its places in the high half, the index after it in the low half;
     *  places 0 at the end of the word. */
    private static long next(String w, int i) {
        int n = w.length();
        while (i < n) {
            char c = w.charAt(i);
            char after = i + 1 < n ? w.charAt(i + 1) : 0;
            if (i > 0 && c == w.charAt(i - 1) || vowel(c) || c == 'h'
                    || (c == 'w' || c == 'r') && i > 0 && vowel(w.charAt(i - 1)) && !vowel(after)
                    || c == 'y' && !((i == 0 || vowel(w.charAt(i - 1))) && vowel(after))) {
                i++;   // doubled, a vowel, h, a w or r after a vowel that only marks that vowel, a y that is no onset
                continue;
            }
            if (c == 's' && after == 0 && i > 0 && vowel(w.charAt(i - 1))) {
                i++;   // the nominative's final s after a vowel, which other languages' forms drop ("alexandros")
                continue;
            }
            // Three and four letters for one affricate or sibilant, as German, French and English spell them (tsch, tch,
            // sch, dzh, dsch), and ks for x ("aleksandr" ~ "alexander").
            int long4 = i + 3 < n && (c == 't' || c == 'd') && after == 's' && w.charAt(i + 2) == 'c' && w.charAt(i + 3) == 'h'
                    ? 4 : 0;
            int long3 = long4 == 0 && i + 2 < n && w.charAt(i + 2) == 'h'
                    && (c == 't' && after == 'c' || c == 's' && after == 'c' || c == 'd' && after == 'z') ? 3 : 0;
            if (long4 + long3 > 0) {
                return (long) (c == 't' && long3 > 0 ? SIBILANT | VELUM : SIBILANT) << 32 | (i + long4 + long3);
            }
            if (c == 'k' && after == 's') {
                return (long) (VELUM | SIBILANT) << 32 | (i + 2);
            }
            int two = after == 'h' ? switch (c) {
                case 'p' -> LIPS;
                case 't', 'd' -> TEETH;
                case 'k', 'g' -> VELUM;
                case 's', 'z' -> SIBILANT;
                case 'c' -> SIBILANT | VELUM;
                default -> 0;
            } : (c == 't' && (after == 's' || after == 'z')) ? SIBILANT
                    : (c == 'd' && (after == 'j' || after == 'z')) ? SIBILANT | TEETH | Y
                    : (c == 'c' && after == 'k') ? VELUM : 0;
            if (two != 0) {
                return (long) two << 32 | (i + 2);
            }
            int one = switch (c) {
                case 'b', 'p', 'f' -> LIPS;
                case 'v' -> LIPS | W;
                case 'w' -> W | LIPS;
                case 't', 'd' -> TEETH;
                case 'k', 'g' -> VELUM;
                case 'c', 'q', 'x' -> VELUM | SIBILANT;
                case 's', 'z' -> SIBILANT;
                case 'j' -> SIBILANT | Y;
                case 'y' -> Y;
                case 'm' -> M;
                case 'n' -> N;
                case 'l' -> L;
                case 'r' -> R;
                default -> OTHER;
            };
            return (long) one << 32 | (i + 1);
        }
        return n;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
