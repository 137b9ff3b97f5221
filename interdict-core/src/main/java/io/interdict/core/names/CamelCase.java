package io.interdict.core.names;

/**
 * A name whose words are run together with a capital for each ("GroupeDiarraImportExport", as domain names, handles and
 * some registries write them), read with its words apart: "Groupe Diarra Import Export". Only a run of three capitalised
 * words or more: two are often one name written so ("McDonald", "DeLuca", "MacArthur", "UnitedHealth"), and the glueing
 * of the alignment already pairs two words with one. Latin text as written.
 */
public final class CamelCase {
    private static final int MIN_PARTS = 3;

    private CamelCase() {
    }

    /** The name with each camel-case run split at its capitals, or null when it has no run of three parts. */
    public static String split(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(name.length() + 8);
        boolean changed = false;
        for (String word : name.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String s = splitWord(word);
            changed |= s != null;
            out.append(s != null ? s : word);
        }
        return changed ? out.toString() : null;
    }

    private static String splitWord(String w) {
        int parts = 1;
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            char p = w.charAt(i - 1);
            if (!Character.isLetter(c)) {
                return null;
            }
            if (Character.isUpperCase(c) && Character.isLowerCase(p)) {
                parts++;
            }
        }
        if (parts < MIN_PARTS || !Character.isUpperCase(w.charAt(0))) {
            return null;
        }
        StringBuilder b = new StringBuilder(w.length() + parts);
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(w.charAt(i - 1))) {
                b.append(' ');
            }
            b.append(c);
        }
        return b.toString();
    }
}
