package io.interdict.core.match.fuzzy;

import io.interdict.core.match.Feature;
import io.interdict.core.names.AbbreviatedWords;
import io.interdict.core.names.Acronyms;
import io.interdict.core.names.CountryTail;
import io.interdict.core.names.NameNotes;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * interdict-v2's comparison of two names as written ({@link InterdictV2#compare}): each name's '/' alternatives, its
 * readings in other scripts and systems, and the other ways a field may write it (notes and other names, joint
 * holders, ordinals, umlauts, "al-Din" compounds, a cut last word, a country after the name, a vessel's notes, number
 * words, English readings, shortened words, acronyms), each pair of readings scored by {@link InterdictV2#score} and
 * the best kept, with a feature saying how it was read. A search reads its query's forms itself ({@link FuzzyMatcher}).
 */
final class PairwiseComparison {
    private PairwiseComparison() {
    }

    /** Scores two raw names (all their '/' alternatives and script readings); pairwise, no list statistics. A word one
     *  name writes shortened ("Engg.") is also read as the other's word it shortens ({@link AbbreviatedWords}), at
     *  {@link InterdictV2#ABBREVIATION} less each (a search does the same for the query's words: {@code FuzzyMatcher}). */
    static NameScore compare(String name1, String name2, Schema schema) {
        // An account line or a postal address written with a name (FieldReading) is no part of it: each name is read
        // without its own.
        FieldReading a = FieldReading.of(name1);
        FieldReading b = FieldReading.of(name2);
        // Two names in Han characters whose readings agree may be written with other characters (WrittenInHan).
        return b.explain(a.explain(WrittenInHan.applied(a.name(), b.name(), compareNames(a.name(), b.name(), schema))));
    }

    /** {@link #compare} of two names as read, each possibly with words written shortened ({@link AbbreviatedWords}), and
     *  each also read without the notes it holds ({@link NameNotes}: another name of the party, a branch). */
    private static NameScore compareNames(String name1, String name2, Schema schema) {
        NameNotes.Read a = NameNotes.read(name1);
        NameNotes.Read b = NameNotes.read(name2);
        // A field naming two parties with "c/o" is no name as a whole: only its parties are read.
        boolean wholeA = a == null || !a.careOf();
        boolean wholeB = b == null || !b.careOf();
        NameScore best = wholeA && wholeB ? compareReadings(name1, name2, schema) : null;
        if (a == null && b == null && !io.interdict.core.names.JointHolders.mayJoin(name1)
                && !io.interdict.core.names.JointHolders.mayJoin(name2)) {
            return best;
        }
        // Each name as written, without its notes, and as each other name they give: the best pair of readings, with a
        // feature of no weight per name read otherwise, saying which.
        for (Noted x : noted(name1, a)) {
            for (Noted y : noted(name2, b)) {
                if (x.feature() == null && (y.feature() == null || !wholeA) || y.feature() == null && !wholeB) {
                    continue;   // both as written: scored above; or a c/o field whole
                }
                NameScore s = compareReadings(x.text(), y.text(), schema);
                if (best == null || s.score() > best.score()) {
                    List<Feature> features = new ArrayList<>(s.features());
                    for (Noted r : List.of(x, y)) {
                        if (r.feature() != null) {
                            features.add(r.feature());
                        }
                    }
                    best = new NameScore(s.score(), features, s.pairs(), s.algorithm());
                }
            }
        }
        return best;
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])[IVXLC]{2,}|(?<![\\p{L}\\p{N}])[VX](?![\\p{L}\\p{N}])");

    /** Whether a name writes a number: a digit, or a Roman numeral in capitals (of two letters or more, or V or X). */
    static boolean numberWritten(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isDigit(name.charAt(i))) {
                return true;
            }
        }
        java.util.regex.Matcher m = ROMAN.matcher(name);
        while (m.find()) {
            int end = m.end();
            if (end == name.length() || !Character.isLetterOrDigit(name.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    /** A reading of a name with notes: its text, and the feature that says how it was read (null: as written). */
    private record Noted(String text, Feature feature) {
    }

    /** A name's readings with its notes ({@code read} null: none): as written, without them, and as each other name;
     *  and a joint account's field as each of its holders ({@link io.interdict.core.names.JointHolders}). */
    private static List<Noted> noted(String written, NameNotes.Read read) {
        List<Noted> out = new ArrayList<>();
        out.add(new Noted(written, null));
        if (read != null) {
            out.add(new Noted(read.name(), FieldReading.noteSetAside(written, read)));
            for (String other : read.otherNames()) {
                out.add(new Noted(other, FieldReading.otherNameRead(written, other)));
            }
        }
        for (String holder : io.interdict.core.names.JointHolders.holders(written)) {
            out.add(new Noted(holder, FieldReading.holderRead(written, holder)));
        }
        return out;
    }

    /** {@link #compareNames} without reading notes. */
    private static NameScore compareReadings(String name1, String name2, Schema schema) {
        NameScore best = compareAsWritten(name1, name2, schema);
        // An ordinal read as its number where the other name writes one ("Benedict 16th" ~ "Benedict XVI"): not otherwise,
        // where a number would weigh less than the word ("Human Rights First" read "Human Rights 1").
        if (numberWritten(name1) || numberWritten(name2)) {
            best = readWithout(name1, name2, schema, best, io.interdict.core.names.Ordinals::asNumbers,
                    (read, written) -> new Feature("ordinal_as_number", 0.0, "\"" + written + "\" read as \"" + read + "\""));
            // A last word "I" read as the 1 the other name ends in ("GRACE I" ~ "GRACE 1").
            if (name1.endsWith("1") != name2.endsWith("1")) {
                best = readWithout(name1, name2, schema, best,
                        n -> n.endsWith("I") ? io.interdict.core.names.Ordinals.lastOneOtherWay(n) : null,
                        (read, written) -> new Feature("ordinal_as_number", 0.0, "\"" + written + "\" read as \"" + read + "\""));
            }
        }
        // Umlauts spelled out as passports spell them ("Jürgen Müller" ~ "Juergen Mueller"), not only folded ("muller").
        best = readWithout(name1, name2, schema, best, io.interdict.core.names.UmlautSpelling::spelledOut,
                (read, written) -> new Feature("umlaut_spelled_out", 0.0, "\"" + written + "\" read as \"" + read + "\""));
        // Digits typed for letters inside a word ("V1ad1m1r" ~ "Vladimir": TypedLetters.digits).
        // A 1 is read l or i as makes the word one of the other name's (whose words are split only when it has one).
        best = readAs(name1, name2, digitsRead(name1, name2), digitsRead(name2, name1), schema, best, FieldReading::digitsRead);
        // An Arabic "X al-Din" compound in its other spellings ("Badr al-Din" ~ "Badruddin", "Nasreddine").
        best = readWithout(name1, name2, schema, best, io.interdict.core.names.DinCompounds::joined,
                (read, written) -> new Feature("words_joined", 0.0, "\"" + written + "\" read as \"" + read + "\""));
        best = completedCut(name1, name2, schema, false, best);
        best = completedCut(name2, name1, schema, true, best);
        best = withoutCountries(name1, name2, schema, best);
        best = withoutVesselNotes(name1, name2, schema, best);
        best = numberWordsJoined(name1, name2, schema, false, best);
        best = numberWordsJoined(name2, name1, schema, true, best);
        best = inEnglishAgainst(name1, name2, schema, false, best);
        best = inEnglishAgainst(name2, name1, schema, true, best);
        best = abbreviated(name1, name2, schema, false, best);
        best = abbreviated(name2, name1, schema, true, best);
        if (schema != Schema.PERSON) {
            best = acronym(name1, name2, schema, false, best);
            best = acronym(name2, name1, schema, true, best);
        }
        return best;
    }

    /** {@code best}, or the score with {@code acronymed}'s acronym read as {@code other}'s words ({@link Acronyms}) when
     *  that is higher, with the {@code acronym} feature. Not for persons: a person's initials are no acronym. */
    private static NameScore acronym(String acronymed, String other, Schema schema, boolean swapped, NameScore best) {
        Acronyms.Reading r = Acronyms.against(acronymed, other);
        return r == null ? best : readOtherwise(r.text(), other, schema, swapped, InterdictV2.ACRONYM,
                new Feature("acronym", -InterdictV2.ACRONYM, r.acronym() + " read as " + r.readAs()), best);
    }

    /** {@code best}, or the score of a name read otherwise ({@code read}, compared with {@code other}; {@code swapped}:
     *  the read name is the second) less {@code penalty}, with {@code feature}, when that is higher. */
    private static NameScore readOtherwise(String read, String other, Schema schema, boolean swapped, double penalty,
                                           Feature feature, NameScore best) {
        NameScore s = swapped ? compareAsWritten(other, read, schema) : compareAsWritten(read, other, schema);
        double score = InterdictV2.rounded(Math.max(0.0, Math.min(1.0, s.score() - penalty)));
        if (score <= best.score()) {
            return best;
        }
        List<Feature> features = new ArrayList<>(s.features());
        features.add(feature);
        return new NameScore(score, features, s.pairs(), s.algorithm());
    }

    /** {@code best}, or the score with {@code cut}'s last word read as a word of {@code other} it begins, and
     *  {@code other} cut after that word as {@code cut} was, when {@code cut} may have been cut at a payment message's
     *  line width ({@link io.interdict.core.names.FieldCut}: "PUBLIC JOINT STOCK COMPANY UZHURALZ" ~ "... UZHURALZOLOTO
     *  GROUP OF COMPANIES"), with the {@code word_cut} feature, when that is higher. */
    private static NameScore completedCut(String cut, String other, Schema schema, boolean swapped, NameScore best) {
        for (io.interdict.core.names.FieldCut.Completion c : io.interdict.core.names.FieldCut.completions(cut, other)) {
            best = readOtherwise(c.read(), c.otherCut(), schema, swapped, 0.0, InterdictV2.wordCut(cut, c.read()), best);
        }
        return best;
    }

    /** {@code best}, or the score of the names read without a country named after them in a part of its own
     *  ({@link CountryTail}: "MAHAN AIR, Iran") when that is higher, with the {@code country_set_aside} feature. */
    private static NameScore withoutCountries(String name1, String name2, Schema schema, NameScore best) {
        return readWithout(name1, name2, schema, best, CountryTail::nameBefore,
                (read, written) -> FieldReading.countrySetAside(written));
    }

    /**
     * {@code best}, or the score of the two names each read as {@code shorter} reads it (null: as written), when that is
     * higher, with {@code feature} of each name read so ({@code feature(read, written)}); {@code best} when neither is.
     */
    private static NameScore readWithout(String name1, String name2, Schema schema, NameScore best,
                                         java.util.function.UnaryOperator<String> shorter,
                                         java.util.function.BiFunction<String, String, Feature> feature) {
        return readAs(name1, name2, shorter.apply(name1), shorter.apply(name2), schema, best, feature);
    }

    /** {@code name} with its digits typed for letters read as them, a 1 as makes a word one of {@code other}'s; null when
     *  it has none. */
    private static String digitsRead(String name, String other) {
        return io.interdict.core.names.TypedLetters.digits(name) == null ? null
                : io.interdict.core.names.TypedLetters.digits(name, wordsOf(other));
    }

    /** The words of a name, lower case, split at what is not a letter. */
    private static java.util.function.Predicate<String> wordsOf(String name) {
        java.util.Set<String> words = new java.util.HashSet<>(List.of(name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")));
        return words::contains;
    }

    /** {@link #readWithout} of the two names read as {@code a} and {@code b} (null: as written). */
    private static NameScore readAs(String name1, String name2, String a, String b, Schema schema, NameScore best,
                                    java.util.function.BiFunction<String, String, Feature> feature) {
        if (a == null && b == null) {
            return best;
        }
        NameScore s = compareAsWritten(a != null ? a : name1, b != null ? b : name2, schema);
        if (s.score() <= best.score()) {
            return best;
        }
        List<Feature> features = new ArrayList<>(s.features());
        for (String[] n : new String[][] {{a, name1}, {b, name2}}) {
            if (n[0] != null) {
                features.add(feature.apply(n[0], n[1]));
            }
        }
        return new NameScore(s.score(), features, s.pairs(), s.algorithm());
    }

    /** {@code best}, or the score of an organisation's name in another script read in English with each word's English
     *  word the other name writes ({@link io.interdict.core.names.OrganisationGlossary#inEnglishAgainst}: "ကုန်သွယ်ရေး"
     *  read "trading", not "trade", against "U Kyaw Zaw Htun Trading"), when that is higher, with {@code read_in_english}.
     *  As {@link ScriptReadings#translations}: for an organisation's schema when the glossary read a word, for no schema
     *  when it read two and at least half; never for a person's or a vessel's. */
    private static NameScore inEnglishAgainst(String name, String other, Schema schema, boolean swapped, NameScore best) {
        if (!schema.isOrganization() && schema != Schema.UNKNOWN) {
            return best;
        }
        io.interdict.core.names.OrganisationGlossary.Reading r =
                io.interdict.core.names.OrganisationGlossary.inEnglishAgainst(name, other);
        int least = schema.isOrganization() ? 1 : 2;
        if (r == null || r.translated() < least || least > 1 && 2 * r.translated() < r.words()) {
            return best;
        }
        return readOtherwise(r.text(), other, schema, swapped, 0.0, InterdictV2.readInEnglish(name, r.text()), best);
    }

    /** {@code best}, or the score with a number word and the word beside it read as one word, as the other name writes
     *  them ({@link io.interdict.core.names.NumberWordsJoined}: "Five Star" ~ "Fivestar", "Three M" ~ "3M"), when that is
     *  higher, with the {@code words_joined} feature. */
    private static NameScore numberWordsJoined(String name, String other, Schema schema, boolean swapped, NameScore best) {
        String read = io.interdict.core.names.NumberWordsJoined.against(name, other);
        return read == null ? best : readOtherwise(read, other, schema, swapped, 0.0,
                new Feature("words_joined", 0.0, "\"" + name + "\" read as \"" + read + "\""), best);
    }

    /** {@code best}, or, between two vessels' names, the score of the names read without the notes they end with when
     *  that is higher, with the {@code note_set_aside} feature: a ship's name holds no brackets, commas or spaced dashes,
     *  and what a record writes after them is its port, flag, build year or former name ("M/V MZIURI (Batumi)", "MV
     *  AURORA, Valletta", "HALVERSTONE SPIRIT (Marshall Islands flag)"). An organisation keeps them: "(Schweiz)" may name
     *  another company. */
    private static NameScore withoutVesselNotes(String name1, String name2, Schema schema, NameScore best) {
        return schema != Schema.VESSEL ? best : readWithout(name1, name2, schema, best, PairwiseComparison::vesselNameAlone,
                (read, written) -> new Feature("note_set_aside", 0.0, "read without the note \""
                        + written.strip().substring(read.length()).strip() + "\" after the vessel's name"));
    }

    /** A vessel's name without the bracketed parts it ends with ("MZIURI (Batumi)" -> "MZIURI") and without what follows a
     *  comma or a dash set apart by spaces ("MV AURORA, Valletta", "MV Aurora - Valletta" -> "MV AURORA"), or null when
     *  it has none or nothing with a letter would be left. */
    static String vesselNameAlone(String name) {
        String n = name.strip();
        boolean cut = false;
        while (n.endsWith(")") || n.endsWith("]")) {
            int open = n.lastIndexOf(n.endsWith(")") ? '(' : '[');
            if (open <= 0) {
                break;
            }
            n = n.substring(0, open).strip();
            cut = true;
        }
        int at = -1;
        for (String separator : new String[] {",", " - ", " \u2013 "}) {
            int i = n.indexOf(separator);
            if (i > 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        if (at > 0 && n.substring(0, at).codePoints().anyMatch(Character::isLetter)) {
            n = n.substring(0, at).strip();
            cut = true;
        }
        return cut && n.codePoints().anyMatch(Character::isLetter) ? n : null;
    }

    /** {@code best}, or the score with {@code shortened}'s shortened words read as {@code other}'s when that is higher. */
    private static NameScore abbreviated(String shortened, String other, Schema schema, boolean swapped, NameScore best) {
        AbbreviatedWords.Reading r = AbbreviatedWords.against(shortened, other);
        if (r == null) {
            return best;
        }
        double penalty = InterdictV2.ABBREVIATION * r.expansions().size();
        return readOtherwise(r.text(), other, schema, swapped, penalty, InterdictV2.abbreviationFeature(r, penalty), best);
    }

    /** {@link #compare} without reading shortened words. */
    static NameScore compareAsWritten(String name1, String name2, Schema schema) {
        NameScore best = null;
        // The other name's forms and readings, worked out once rather than once per reading of the first.
        List<Forms> others = new ArrayList<>();
        for (String b : InterdictV1.alternatives(name2, true)) {
            others.add(Forms.of(b, schema));
        }
        Feature english = null;   // read_in_english or read_as_russian of the best score's reading, if it is one
        for (String a : InterdictV1.alternatives(name1, true)) {
            Forms mine = Forms.of(a, schema);
            for (ScoringName qa : mine.readings()) {
                for (Forms other : others) {
                    for (ScoringName cb : other.readings()) {
                        // Two names both in pinyin meet as written: read in Wade-Giles, another syllable may come a
                        // letter or two nearer ("Zhang Wei" chang ~ "Chen Wei"), as no two pinyin spellings are.
                        if (mine.pinyin() && other.pinyin() && (mine.wadeGiles().contains(qa.prepared.original())
                                || other.wadeGiles().contains(cb.prepared.original()))) {
                            continue;
                        }
                        NameScore s = InterdictV2.score(qa, cb, null);
                        if (best == null || s.score() > best.score()) {
                            best = s;
                            english = mine.english(qa) != null ? InterdictV2.readInEnglish(a, mine.english(qa))
                                    : other.english(cb) != null ? InterdictV2.readInEnglish(other.name(), other.english(cb))
                                    : qa.prepared.original().equals(ScriptReadings.belarusianAsRussian(a, schema))
                                    ? InterdictV2.readAsRussian(a, qa.prepared.original())
                                    : cb.prepared.original().equals(ScriptReadings.belarusianAsRussian(other.name(), schema))
                                    ? InterdictV2.readAsRussian(other.name(), cb.prepared.original()) : null;
                        }
                    }
                }
            }
        }
        if (english != null) {
            List<Feature> features = new ArrayList<>(best.features());
            features.add(english);
            best = new NameScore(best.score(), features, best.pairs(), best.algorithm());
        }
        // A Hangul or Han name read the way the other name spells it, when its characters allow it (FittedReading).
        for (String a : InterdictV1.alternatives(name1, true)) {
            for (String b : InterdictV1.alternatives(name2, true)) {
                best = fitted(a, b, schema, false, best);
                best = fitted(b, a, schema, true, best);
            }
        }
        return best;
    }

    /** One form of a name compared pairwise: its readings ({@link ScriptReadings#scoringNames}), and for a person's
     *  name in pinyin, or in Han or Russian's Cyrillic read in pinyin, its Wade-Giles readings (none where they read the
     *  same). */
    private record Forms(String name, List<ScoringName> readings, boolean pinyin, List<String> wadeGiles,
                         List<String> translations, Map<ScoringName, String> readIn) {
        /** The translation a reading was read from, whether it is that translation's text or keeps the name's
         *  ({@link ScriptReadings#leftInScript}); null for any other reading. */
        String english(ScoringName reading) {
            String original = reading.prepared.original();
            return translations.contains(original) ? original : readIn.get(reading);
        }

        static Forms of(String name, Schema schema) {
            boolean person = schema.isPerson();
            List<String> translations = ScriptReadings.translations(name, schema);
            Map<ScoringName, String> readIn = new java.util.IdentityHashMap<>();
            String han = person ? EastAsianReadings.hanMandarin(name) : null;
            if (han != null) {   // read in pinyin: as a name written so
                return new Forms(name, ScriptReadings.scoringNames(name, schema, translations, readIn), true,
                        wadeGiles(han), translations, readIn);
            }
            List<String> cyrillic = person ? ScriptReadings.cyrillicChinese(name) : List.of();
            if (!cyrillic.isEmpty()) {   // "Си Цзиньпин": its pinyin readings and their Wade-Giles ones
                List<String> wadeGiles = new ArrayList<>(2);
                for (String r : cyrillic) {
                    if (io.interdict.core.names.WadeGilesReading.pinyin(r)) {
                        wadeGiles.addAll(wadeGiles(r));
                    }
                }
                return new Forms(name, ScriptReadings.scoringNames(name, schema, translations, readIn), true, wadeGiles,
                        translations, readIn);
            }
            return new Forms(name, ScriptReadings.scoringNames(name, schema, translations, readIn),
                    person && io.interdict.core.names.WadeGilesReading.pinyin(name),
                    person ? wadeGiles(name) : List.of(), translations, readIn);
        }

        private static List<String> wadeGiles(String pinyin) {
            String r = io.interdict.core.names.WadeGilesReading.reading(pinyin);
            return r == null ? List.of() : List.of(r);
        }
    }

    /** {@code best}, or the score of {@code foreign} read as {@code latin} spells it when that is higher. */
    private static NameScore fitted(String foreign, String latin, Schema schema, boolean swapped, NameScore best) {
        ScoringName l = ScoringName.of(NamePipeline.standard().prepare(latin, schema));
        if (l.prepared.transliterated() || l.size() == 0) {
            return best;
        }
        boolean han = CrossScript.han(foreign);
        for (String r : FittedReading.of(foreign, java.util.Arrays.asList(l.text))) {
            ScoringName f = (han ? ScoringName.hanReading(ScriptReadings.prepare(r, schema))
                    : ScoringName.of(ScriptReadings.prepare(r, schema))).readFrom(foreign);
            NameScore s = swapped ? InterdictV2.score(l, f, null) : InterdictV2.score(f, l, null);
            if (best == null || s.score() > best.score()) {
                best = s;
            }
        }
        return best;
    }
}
