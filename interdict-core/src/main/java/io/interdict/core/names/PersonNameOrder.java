package io.interdict.core.names;

/**
 * Step 3: for persons, "LAST, First Middle" becomes "First Middle LAST" (the form of OFAC and
 * many registries). Organisations keep their commas ("Apple, Inc.").
 */
public final class PersonNameOrder implements TextStep {
    @Override
    public String apply(String text, Schema schema) {
        if (!schema.isPerson()) {
            return text;
        }
        int comma = text.indexOf(',');
        if (comma <= 0 || comma != text.lastIndexOf(',') || comma == text.length() - 1) {
            return text;
        }
        String last = text.substring(0, comma).trim();
        String first = text.substring(comma + 1).trim();
        if (last.isEmpty() || first.isEmpty()) {
            return text;
        }
        return first + " " + last;
    }
}
