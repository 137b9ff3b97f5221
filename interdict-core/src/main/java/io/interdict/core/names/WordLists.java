package io.interdict.core.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reference word lists of the normaliser, read once from CSV resources (see PROVENANCE.md there). */
public final class WordLists {
    /** Latin legal-form phrases (space-separated tokens) to canonical family token. */
    public static final Map<String, String> LEGAL_FORMS;
    /** Non-Latin legal forms (CJK, Cyrillic...) to canonical token, longest first. */
    public static final List<Map.Entry<String, String>> SCRIPT_LEGAL_FORMS;
    public static final Map<String, TokenKind> WORD_KINDS;
    /** {@link #WORD_KINDS} as interdict-v1 was frozen: without words.csv's "generic-v2" rows. */
    static final Map<String, TokenKind> WORD_KINDS_V1;
    public static final java.util.Set<String> STOPWORDS;
    /** Particles that link to the name after them and so never end a name ("van", "bin", "dos"; words.csv's "linking"
     *  kind); each is also a {@link TokenKind#PARTICLE} of {@link #WORD_KINDS}. */
    public static final java.util.Set<String> LINKING_PARTICLES;
    /** Abbreviations and variant spellings to their canonical token (abbreviations.csv and abbreviations-v2.csv). */
    public static final Map<String, String> ABBREVIATIONS;
    /** abbreviations.csv alone: the table interdict-v1's pipeline was frozen with. */
    public static final Map<String, String> ABBREVIATIONS_V1;
    public static final Map<String, Integer> NUMERALS;

    /**
     * Whether an abbreviations-table variant is a spelling someone types in Latin letters, not an abjad word as ICU
     * writes it (ابن "abn", ولد "wld": three or more letters with no vowel but a leading a). Only typed spellings have
     * typos: "TLD" is one edit from "wld", and a slip of "LTD".
     */
    public static boolean typedVariant(String variant) {
        return variant.length() < 3 || !variant.matches("a?[^aeiou]+");
    }
    /** {@link #LEGAL_FORMS} and the forms interdict-v2's pipeline also reads ({@code legal-forms-v2.tsv}: Vietnam's,
     *  Persian ones; a form of {@link #LEGAL_FORMS} written there again, "sas", takes that file's family); {@link
     *  StandardLegalForms} adds the ISO 20275 code list's. */
    public static final Map<String, String> LEGAL_FORMS_V2;
    /** Longest legal-form phrase, in tokens. */
    public static final int MAX_LEGAL_TOKENS;
    /** The phrases of leading words of the multi-word legal forms ("societe", "societe a"): a phrase
     *  that is neither a form nor one of these cannot grow into a form. */
    public static final java.util.Set<String> LEGAL_FORM_STARTS;

    static {
        Map<String, String> legal = new LinkedHashMap<>();
        List<Map.Entry<String, String>> script = new ArrayList<>();
        for (String[] row : read("legal_forms.csv")) {
            if (row[0].chars().allMatch(c -> c < 128)) {
                legal.put(row[0], row[1]);
            } else {
                script.add(Map.entry(row[0], row[1]));
            }
        }
        script.sort((a, b) -> b.getKey().length() - a.getKey().length());
        LEGAL_FORMS = Collections.unmodifiableMap(legal);
        SCRIPT_LEGAL_FORMS = List.copyOf(script);
        MAX_LEGAL_TOKENS = longestForm(legal.keySet());
        LEGAL_FORM_STARTS = formStarts(legal.keySet());
        Map<String, String> v2 = new LinkedHashMap<>(legal);
        for (SourcedTable.Row row : SourcedTable.read(WordLists.class, "legal-forms-v2.tsv", 3, "form TAB family TAB source")) {
            if (!legal.containsValue(row.fields()[1])) {
                throw new IllegalStateException("legal-forms-v2.tsv line " + row.line() + ": no family " + row.fields()[1]);
            }
            v2.put(row.fields()[0], row.fields()[1]);
        }
        LEGAL_FORMS_V2 = Collections.unmodifiableMap(v2);

        Map<String, TokenKind> kinds = new LinkedHashMap<>();
        java.util.Set<String> stops = new java.util.HashSet<>();
        java.util.Set<String> linking = new java.util.HashSet<>();
        java.util.Set<String> v2Only = new java.util.HashSet<>();
        for (String[] row : read("words.csv")) {
            switch (row[1]) {
                case "stop" -> stops.add(row[0]);
                case "particle" -> kinds.put(row[0], TokenKind.PARTICLE);
                case "linking" -> {
                    kinds.put(row[0], TokenKind.PARTICLE);
                    linking.add(row[0]);
                }
                case "generic" -> kinds.put(row[0], TokenKind.GENERIC);
                case "linking-v2" -> {
                    kinds.put(row[0], TokenKind.PARTICLE);
                    linking.add(row[0]);
                    v2Only.add(row[0]);
                }
                case "generic-v2" -> {
                    kinds.put(row[0], TokenKind.GENERIC);
                    v2Only.add(row[0]);
                }
                default -> throw new IllegalStateException("words.csv: unknown kind '" + row[1] + "'");
            }
        }
        WORD_KINDS = Collections.unmodifiableMap(kinds);
        Map<String, TokenKind> v1 = new LinkedHashMap<>(kinds);
        v1.keySet().removeAll(v2Only);
        WORD_KINDS_V1 = Collections.unmodifiableMap(v1);
        STOPWORDS = Collections.unmodifiableSet(stops);
        LINKING_PARTICLES = java.util.Set.copyOf(linking);

        Map<String, String> abbr = new LinkedHashMap<>();
        for (String[] row : read("abbreviations.csv")) {
            abbr.put(row[0], row[1]);
        }
        ABBREVIATIONS_V1 = Collections.unmodifiableMap(new LinkedHashMap<>(abbr));
        for (String[] row : read("abbreviations-v2.csv")) {
            abbr.put(row[0], row[1]);
        }
        ABBREVIATIONS = Collections.unmodifiableMap(abbr);

        Map<String, Integer> nums = new LinkedHashMap<>();
        for (String[] row : read("numerals.csv")) {
            nums.put(row[0], Integer.parseInt(row[1]));
        }
        NUMERALS = Collections.unmodifiableMap(nums);
    }

    private WordLists() {
    }

    /** Two-column CSV without quoting; '#' lines and the header row are skipped. */
    static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                int comma = line.lastIndexOf(',');
                if (comma <= 0) {
                    throw new IllegalStateException(resource + ": bad line '" + line + "'");
                }
                rows.add(new String[]{line.substring(0, comma).trim(), line.substring(comma + 1).trim()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The most words a form of {@code forms} has. */
    static int longestForm(java.util.Set<String> forms) {
        return forms.stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** The leading words of the forms of several words ("societe", "societe a"). */
    static java.util.Set<String> formStarts(java.util.Set<String> forms) {
        java.util.Set<String> starts = new java.util.HashSet<>();
        for (String form : forms) {
            for (int sp = form.indexOf(' '); sp > 0; sp = form.indexOf(' ', sp + 1)) {
                starts.add(form.substring(0, sp));
            }
        }
        return java.util.Set.copyOf(starts);
    }
}
