package io.interdict.core.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The countries whose company law names an organisation's legal form, read from the name as written ("Korvessa
 * Industrial GmbH": DE, AT, CH, LI; "... Sdn. Bhd.": MY, BN). Two names of one company carry forms of a common country;
 * two whose forms share none are two companies of one family of names, one in each country (interdict-v2, compared
 * pairwise).
 *
 * <p>From {@code legal-form-countries.tsv}: each form as companies write it, folded here by the pipeline's text steps
 * ("Sp. z o.o." is "sp z oo"), with its countries and its kind. Forms of one folded spelling pool their countries
 * ("A.Ş." and "AS" are both "as": Turkey and Norway alike). English forms used as translations anywhere (Ltd, LLC,
 * Inc., Co., Ltd.) tell no country; English forms only some countries' law has (Pte. Ltd., Sdn. Bhd.) do.
 *
 * <p>A form is read in the run of forms that ends the name, or as its first words ("OOO Strelka", "PT Astra"), never
 * inside it: "AS" or "SE" amid a name is a word. First, a form of two letters is read only where companies write
 * one ("AO", "PT"): "SA Breweries" is South African. Pure and thread-safe.
 */
public final class LegalFormCountries {
    /** Folded form, its words space-separated, to its countries (empty: an English form that tells none). */
    private static final Map<String, Set<String>> FORMS = load();
    private static final int MAX_WORDS = FORMS.keySet().stream().mapToInt(f -> f.split(" ").length).max().orElse(1);

    private LegalFormCountries() {
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (SourcedTable.Row row : SourcedTable.read(LegalFormCountries.class, "legal-form-countries.tsv", 4,
                "form TAB countries TAB local|english-local|english TAB source")) {
            String[] f = row.fields();
            String folded = fold(f[0]);
            if (folded.isEmpty()) {
                throw new IllegalStateException("legal-form-countries.tsv line " + row.line() + ": form '" + f[0]
                        + "' folds to nothing");
            }
            Set<String> countries = out.computeIfAbsent(folded, k -> new HashSet<>());
            switch (f[2]) {
                case "english" -> {
                    if (!f[1].equals("*")) {
                        throw new IllegalStateException("legal-form-countries.tsv line " + row.line()
                                + ": an english form tells no country, write *");
                    }
                }
                case "local", "english-local" -> {
                    for (String c : f[1].split(",")) {
                        if (!c.matches("[A-Z]{2}")) {
                            throw new IllegalStateException("legal-form-countries.tsv line " + row.line()
                                    + ": '" + c + "' is no ISO 3166 alpha-2 code");
                        }
                        countries.add(c);
                    }
                }
                default -> throw new IllegalStateException("legal-form-countries.tsv line " + row.line()
                        + ": kind must be local, english-local or english, not '" + f[2] + "'");
            }
        }
        // An English form folding as a local one does ("SA" is no English form) keeps the local one's countries; one
        // that only English lines name tells none.
        Map<String, Set<String>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }

    private static String fold(String text) {
        return String.join(" ", words(text));
    }

    private static List<String> words(String name) {
        String text = NamePipeline.standard().foldedText(name, Schema.COMPANY);
        List<String> out = new ArrayList<>();
        for (String w : text.split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The countries of the legal forms the name carries, at its end or as its first words; empty when it carries none
     * that tells a country.
     */
    public static Set<String> of(String name) {
        List<String> w = words(name);
        Set<String> out = new HashSet<>();
        // the run of forms that ends the name, longest form first at each step
        int end = w.size();
        while (end > 1) {
            int found = longestEndingAt(w, end);
            if (found == 0) {
                break;
            }
            out.addAll(FORMS.get(String.join(" ", w.subList(end - found, end))));
            end -= found;
        }
        // the forms that begin it, where words are left after them
        int start = 0;
        while (start < end - 1) {
            int found = longestStartingAt(w, start, end - 1);
            if (found == 0) {
                break;
            }
            out.addAll(FORMS.get(String.join(" ", w.subList(start, start + found))));
            start += found;
        }
        return out.isEmpty() ? Collections.emptySet() : out;
    }

    private static int longestEndingAt(List<String> w, int end) {
        for (int k = Math.min(MAX_WORDS, end - 1); k >= 1; k--) {
            if (FORMS.containsKey(String.join(" ", w.subList(end - k, end)))) {
                return k;
            }
        }
        return 0;
    }

    private static int longestStartingAt(List<String> w, int start, int limit) {
        for (int k = Math.min(MAX_WORDS, limit - start); k >= 1; k--) {
            String form = String.join(" ", w.subList(start, start + k));
            if (FORMS.containsKey(form) && (form.replace(" ", "").length() >= 3 || LEADING_SHORT.contains(form))) {
                return k;
            }
        }
        return 0;
    }

    /** Forms of two letters that begin company names ("AO Kaspersky Lab", "PT Astra International"); any other two
     *  letters first are as likely a word or initials ("SA Breweries", "AB Volvo" aside). */
    private static final Set<String> LEADING_SHORT = Set.of("ao", "pt");

    /** Whether both names carry legal forms that tell countries, and no country is common to both. */
    public static boolean disjoint(String name1, String name2) {
        Set<String> a = of(name1);
        if (a.isEmpty()) {
            return false;
        }
        Set<String> b = of(name2);
        if (b.isEmpty()) {
            return false;
        }
        for (String c : a) {
            if (b.contains(c)) {
                return false;
            }
        }
        return true;
    }
}
