package io.interdict.core.names;

import java.util.List;
import java.util.Map;

/**
 * Step 2: splits legal forms written in non-Latin scripts off the name ("沧澜远洋航运有限公司" ->
 * "沧澜远洋航运 ltd"), before transliteration would glue them to the name as pinyin.
 */
public final class ScriptLegalForms implements TextStep {
    // Folded like the text reaching this step (step 1 ran before).
    private static final List<Map.Entry<String, String>> FORMS = WordLists.SCRIPT_LEGAL_FORMS.stream()
            .map(e -> Map.entry(new NfkcCaseFold().apply(e.getKey(), Schema.UNKNOWN), e.getValue()))
            .toList();

    @Override
    public String apply(String text, Schema schema) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return text;
        }
        String s = text;
        for (Map.Entry<String, String> e : FORMS) {
            int at = s.indexOf(e.getKey());
            if (at >= 0 && s.length() > e.getKey().length()) {
                s = s.substring(0, at) + " " + e.getValue() + " " + s.substring(at + e.getKey().length());
            }
        }
        return s;
    }
}
