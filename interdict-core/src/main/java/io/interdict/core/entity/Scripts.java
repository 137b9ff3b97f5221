package io.interdict.core.entity;

import java.util.EnumMap;
import java.util.Map;

/** Detects the dominant writing system of a string, as an ISO 15924 code. */
public final class Scripts {
    private Scripts() {
    }

    public static String dominant(String s) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        s.codePoints().filter(Character::isLetter).forEach(cp -> counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> iso15924(e.getKey()))
                .orElse("Zyyy");
    }

    static String iso15924(Character.UnicodeScript script) {
        return switch (script) {
            case LATIN -> "Latn";
            case HAN -> "Hani";
            case CYRILLIC -> "Cyrl";
            case ARABIC -> "Arab";
            case GREEK -> "Grek";
            case HANGUL -> "Hang";
            case HIRAGANA -> "Hira";
            case KATAKANA -> "Kana";
            case HEBREW -> "Hebr";
            case THAI -> "Thai";
            case DEVANAGARI -> "Deva";
            case GEORGIAN -> "Geor";
            case ARMENIAN -> "Armn";
            default -> "Zyyy";
        };
    }
}
