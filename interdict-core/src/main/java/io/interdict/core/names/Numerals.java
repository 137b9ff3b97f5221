package io.interdict.core.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Step 6: numbers. Number words become digits ("Brigade Forty-Four" -> "brigade 44"), Roman
 * numerals of two or more letters after a name's first word become digits ("Partners VII" -> "partners 7";
 * single letters stay initials; a name does not begin with its numeral: "Vi Thanh" keeps its word), "no"/"nr"
 * before a number is dropped ("Kaiyo Maru No. 8" -> "kaiyo maru 8").
 */
public final class Numerals implements TokenStep {
    private static final Map<String, Integer> ROMAN = roman();
    /**
     * Roman numerals that are as often a name's syllable, and are read as words: "xi", one of the commonest syllables
     * of Mandarin names in pinyin (习, 席, 西, 希, 喜: "Xi Jinping", "Li Xi"), which as 11 no longer matched "Hsi" or "Shi".
     */
    private static final java.util.Set<String> NAME_SYLLABLES = java.util.Set.of("xi");
    /** The words a unit before them multiplies (the standard pipeline only; interdict-v1's is frozen). */
    private static final Map<String, Integer> MULTIPLIERS = Map.of("hundred", 100, "thousand", 1000);
    private final boolean anywhere;

    /** Roman numerals after a name's first word, "xi" a word (the standard pipeline). */
    public Numerals() {
        this(false);
    }

    private Numerals(boolean anywhere) {
        this.anywhere = anywhere;
    }

    /** Roman numerals wherever they stand ({@code interdict-v1}, frozen so). */
    static Numerals anywhere() {
        return new Numerals(true);
    }

    @Override
    public List<Token> apply(List<Token> tokens, Schema schema) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            Integer v = WordLists.NUMERALS.get(t);
            if (v != null) {
                if (v >= 20 && v % 10 == 0 && i + 1 < tokens.size()) {
                    Integer unit = WordLists.NUMERALS.get(tokens.get(i + 1).text());
                    if (unit != null && unit > 0 && unit < 10) {
                        v += unit;
                        i++;
                    }
                }
                // The standard pipeline: a unit times "hundred" or "thousand" ("One Hundred Rivers" ~ "100 Rivers").
                Integer times = !anywhere && v > 0 && v < 10 && i + 1 < tokens.size()
                        ? MULTIPLIERS.get(tokens.get(i + 1).text()) : null;
                if (times != null) {
                    v *= times;
                    i++;
                }
                out.add(new Token(Integer.toString(v), TokenKind.NUMBER));
            } else if (ROMAN.containsKey(t) && (anywhere || i > 0 && !NAME_SYLLABLES.contains(t))) {
                out.add(new Token(Integer.toString(ROMAN.get(t)), TokenKind.NUMBER));
            } else if (isDigits(t)) {
                out.add(new Token(t, TokenKind.NUMBER));
            } else {
                out.add(tokens.get(i));
            }
        }
        return withoutNumberSigns(out, !anywhere);
    }

    /**
     * "no"/"nr" (and in the standard pipeline "number") dropped before a number as written or as read ("No. 8", "No. VIII", "no shi yi" -> 11): decided on the
     * numbers this step made, so that preparing the prepared text again keeps the same tokens.
     */
    private static List<Token> withoutNumberSigns(List<Token> tokens, boolean standard) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            // The standard pipeline: the word written out too ("Trust Number 7" ~ "Trust No. 7").
            if ((t.equals("no") || t.equals("nr") || standard && t.equals("number")) && tokens.get(i).kind() != TokenKind.NUMBER
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).kind() == TokenKind.NUMBER) {
                continue;
            }
            out.add(tokens.get(i));
        }
        return out;
    }

    static boolean isDigits(String t) {
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> roman() {
        String[] r = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii",
            "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 1; i < r.length; i++) {
            if (r[i].length() >= 2) {
                m.put(r[i], i);
            }
        }
        return Map.copyOf(m);
    }
}
