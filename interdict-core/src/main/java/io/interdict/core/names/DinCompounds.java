package io.interdict.core.names;

import java.util.regex.Pattern;

/**
 * An Arabic compound name of the form "X al-Din" ("X of the faith": Salah al-Din, Nur al-Din, Badr al-Din, Shams
 * al-Din) written as one word in one of its usual spellings: the article assimilated or elided ("ad-Din", "ud-Din"),
 * glued ("Salahuddin", "Nureddine", "Badraldin", "Jallaloudine"). Each is written here as the stem and "uddin"
 * ("Badr al-Din" and "Badreddine" both "Badruddin"), so two spellings of one compound meet as one word.
 *
 * <p>Sources: en.wikipedia.org, "Arabic name" (laqab: "compound names such as Nur ad-Din", "Salah ad-Din"); the
 * spellings are those the UN and OFAC lists print ("Sirajuddin Jallaloudine Haqqani", "Badruddin Haqqani", "Nasreddine").
 * Derived: the list of glued endings is the spellings seen in the lists and their usual French and English variants.
 */
public final class DinCompounds {
    private static final Pattern APART = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(\\p{L}{3,})[\\s-]+(?:al|ad|ud|ed|el|ul|id|u|e)[\\s-]+(?:din|deen|dine|dyn)(?![\\p{L}\\p{N}])");
    private static final Pattern GLUED_PARTS = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(\\p{L}{3,})[\\s-]+(uddin|uddeen|uddine|eddine|eddin|addin|aldin|uldin|iddin|oddin|ouddine|oudine)(?![\\p{L}\\p{N}])");
    private static final Pattern GLUED = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(\\p{L}{3,}?)(uddin|uddeen|uddine|eddine|eddin|addin|aldin|uldin|iddin|oddin|ouddine|oudine)(?![\\p{L}\\p{N}])");

    private DinCompounds() {
    }

    /** The name with each such compound written "Xuddin", or null when it has none written otherwise. */
    public static String joined(String name) {
        if (name == null || !mayHold(name)) {
            return null;
        }
        String s = APART.matcher(name).replaceAll("$1uddin");
        s = GLUED_PARTS.matcher(s).replaceAll("$1uddin");
        s = GLUED.matcher(s).replaceAll("$1uddin");
        return s.equals(name) ? null : s;
    }

    /** A cheap test, asked of every query: "din", "dyn" or "deen" in any case ("dine" holds "din"). */
    private static boolean mayHold(String s) {
        int n = s.length();
        for (int i = 0; i + 2 < n; i++) {
            char c = s.charAt(i);
            if (c != 'd' && c != 'D') {
                continue;
            }
            char v = (char) (s.charAt(i + 1) | 0x20);
            char after = (char) (s.charAt(i + 2) | 0x20);
            if ((v == 'i' || v == 'y') && after == 'n' || v == 'e' && after == 'e' && i + 3 < n && (s.charAt(i + 3) | 0x20) == 'n') {
                return true;
            }
        }
        return false;
    }
}
