package io.interdict.core.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The normaliser of the exact matcher: Unicode NFKC, case folding, diacritics removed, punctuation
 * to spaces, legal forms folded to one canonical token each ("Co." / "Company" -> {@code co},
 * "Ltd" / "Limited" / "有限公司" -> {@code ltd}). Han text has no spaces: a legal-form suffix is
 * split off and the rest kept as one token.
 */
public final class SimpleNormalizer {
    // Longest first so 股份有限公司 wins over 有限公司.
    private static final List<Map.Entry<String, String>> HAN_SUFFIXES = List.of(
            Map.entry("股份有限公司", "co ltd"), Map.entry("有限责任公司", "llc"), Map.entry("有限責任公司", "llc"),
            Map.entry("有限公司", "ltd"), Map.entry("集团", "group"), Map.entry("集團", "group"), Map.entry("公司", "co"));
    private static final Map<String, String> LEGAL = Map.ofEntries(
            Map.entry("company", "co"), Map.entry("co", "co"), Map.entry("corp", "corp"), Map.entry("corporation", "corp"),
            Map.entry("limited", "ltd"), Map.entry("ltd", "ltd"), Map.entry("inc", "inc"), Map.entry("incorporated", "inc"),
            Map.entry("llc", "llc"), Map.entry("plc", "plc"), Map.entry("gmbh", "gmbh"), Map.entry("sa", "sa"),
            Map.entry("ag", "ag"), Map.entry("pte", "pte"), Map.entry("bv", "bv"), Map.entry("nv", "nv"),
            Map.entry("ooo", "ooo"), Map.entry("oao", "oao"), Map.entry("zao", "zao"), Map.entry("jsc", "jsc"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DOT_BEFORE_LETTER_DOT = Pattern.compile("(?<=\\p{L})\\.(?=\\p{L}\\.)");
    private static final Pattern DOT_IN_INITIALS = Pattern.compile("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SimpleNormalizer() {
    }

    /** Normalised tokens, in order. */
    public static List<String> tokens(String name) {
        String s;
        if (ascii(name)) {
            // Unicode normalisation is the identity on ASCII, and it has no marks or Han suffixes.
            s = name.toLowerCase(Locale.ROOT);
        } else {
            s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
            for (Map.Entry<String, String> e : HAN_SUFFIXES) {
                if (s.endsWith(e.getKey()) && s.length() > e.getKey().length()) {
                    s = s.substring(0, s.length() - e.getKey().length()) + " " + e.getValue();
                    break;
                }
            }
        }
        if (s.indexOf('.') < 0) {
            return split(s);
        }
        // "S.A." and "Co.,Ltd." fold to sa / co ltd: drop dots inside letter runs first, then split.
        return split(DOT_IN_INITIALS.matcher(DOT_BEFORE_LETTER_DOT.matcher(s).replaceAll("")).replaceAll(""));
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String t : SEPARATORS.split(s)) {
            if (!t.isEmpty()) {
                out.add(LEGAL.getOrDefault(t, t));
            }
        }
        return out;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Token-set key: equal keys mean the names are equal as token sets. */
    public static String key(String name) {
        return String.join(" ", new TreeSet<>(tokens(name)));
    }
}
