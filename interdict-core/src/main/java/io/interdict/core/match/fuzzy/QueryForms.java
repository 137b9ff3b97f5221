package io.interdict.core.match.fuzzy;

import io.interdict.core.match.Feature;
import io.interdict.core.names.CountryTail;
import io.interdict.core.names.NameNotes;
import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The forms in which a search reads a query, in the order it scores them ({@link FuzzyMatcher#search}): first its plain
 * forms, Latin text as written ({@code [0, plain)}: its '/' alternatives and their other writings, the name without a
 * country or the notes written after it, each party of a joint account or a "c/o" field, its English reading when the
 * glossary reads it as an organisation's); then its readings in other romanisations, and those of an English reading
 * that left words in an abjad ({@code [plain, readOnly)}); then
 * the spellings of a Han or Hangul name that are only read as each candidate spells it ({@code [readOnly, repaired)}).
 * The search appends the repaired readings after them. Which hits a form's features explain ({@link #feature}) is
 * decided here with the forms.
 */
final class QueryForms {
    /** The name read: without an account line or a postal address written with it ({@link FieldReading}). */
    final String name;
    /** What was read apart from the name (v2), or null. */
    final FieldReading field;
    /** Every form; a search appends its repaired readings. */
    final List<String> forms;
    /** Forms below this are plain text as written. */
    final int plain;
    /** Plain forms from this one on are the name's English readings ({@link ScriptReadings#translations}). */
    final int translatedFrom;
    /** How many spellings of a Korean name written in Cyrillic, in the words the lists hold, are looked up. */
    static final int KOREAN_CYRILLIC_FORMS = 2;
    /** Forms from this one on (up to {@link #repaired}) are spellings only read as each candidate spells it. */
    final int readOnly;
    /** The forms' count before any repaired reading. */
    final int repaired;
    /** The form written without the country named after the name (-1: none), and what its hits say. */
    final int countryForm;
    /** The forms read as a person's name ({@link #schemaOf}). */
    private final java.util.BitSet personForms;
    final Feature countrySetAside;
    /** What the hits of a note's form, a joint holder's or another name a note gives say, by form. */
    final Map<Integer, Feature> noteFeatures;
    /** The reading forms read from an English reading that left words in an abjad ({@link
     *  ScriptReadings#leftInScript}), with that English reading, by form. */
    private final Map<Integer, String> translationReadings;
    /** The name may be cut in its last word, as a payment message's field is ({@link io.interdict.core.names.FieldCut}). */
    final boolean cut;
    /** The reader of the query's Hangul, Han, Cyrillic or Armenian form, which reads it as each candidate spells it; or
     *  null. */
    final FittedReading reader;

    private QueryForms(String name, boolean v2, java.util.function.ToIntFunction<String> held) {
        // An account line or a postal address written with the name (FieldReading, v2) is no part of it: the name is read
        // without them (an address's words would meet listed names as a name's: "Andrés Aponte, Via Rivoli 9, 36231
        // Paris" is no "PARIS, Andres"), and every hit's explanation says so.
        field = v2 ? FieldReading.of(name) : null;
        if (field != null) {
            name = field.name();
        }
        this.name = name;
        List<String> plainForms = v2 ? plainForms(name) : InterdictV1.alternatives(name);
        // A name in Hebrew is read, as written, the way its Latin spellings sound it (HebrewReading): its words' initial
        // alef and ayin as the vowel they carry. Written as ICU writes them (an apostrophe, which the pipeline drops),
        // "עמיר" was "myr", which met "David MAYER" and no vowel; "amyr" meets Amir. The reading is the plain form.
        if (v2 && io.interdict.core.names.HebrewReading.isHebrew(name)) {
            List<String> read = new ArrayList<>(plainForms.size());
            for (String f : plainForms) {
                String r = io.interdict.core.names.HebrewReading.read(f);
                read.add(r != null ? r : f);
            }
            plainForms = read;
        }
        // A country named after the name in a part of its own ("MAHAN AIR, Iran"; CountryTail, v2) is also read without:
        // a form of its own after the name's, whose hits say so (a country is a word of many listed names too).
        int country = -1;
        Feature countryFeature = null;
        String withoutCountry = v2 ? CountryTail.nameBefore(name) : null;
        if (withoutCountry != null && !plainForms.contains(withoutCountry)) {
            plainForms = new ArrayList<>(plainForms);
            country = plainForms.size();
            plainForms.add(withoutCountry);
            countryFeature = FieldReading.countrySetAside(name);
        }
        // Notes written into the name field (NameNotes, v2: "(formerly Delta Crest Marine Ltd)", "(Singapore Branch)"):
        // the name without them and each other name they give are forms of their own, whose hits say so.
        Map<Integer, Feature> noteForms = Map.of();
        NameNotes.Read notes = v2 ? NameNotes.read(name) : null;
        if (notes != null) {
            // A field naming two parties with "c/o" is no name as a whole ("TAMARA FROLOVA C/O ELENA SIDOROVA" is no
            // "FROLOVA, Elena"): only its parties are read.
            boolean careOf = notes.careOf();
            plainForms = careOf ? new ArrayList<>() : new ArrayList<>(plainForms);
            if (careOf) {
                country = -1;
                countryFeature = null;
            }
            noteForms = new HashMap<>();
            if (!plainForms.contains(notes.name())) {
                noteForms.put(plainForms.size(), FieldReading.noteSetAside(name, notes));
                plainForms.add(notes.name());
            }
            for (String other : notes.otherNames()) {
                if (!plainForms.contains(other)) {
                    noteForms.put(plainForms.size(), FieldReading.otherNameRead(name, other));
                    plainForms.add(other);
                }
            }
        }
        // A joint account's field ("IVAN PETROV AND MARIA PETROVA", JointHolders, v2): each holder is a form of its own,
        // whose hits say so.
        for (String holder : v2 ? io.interdict.core.names.JointHolders.holders(name) : List.<String>of()) {
            if (!plainForms.contains(holder)) {
                plainForms = new ArrayList<>(plainForms);
                noteForms = noteForms.isEmpty() ? new HashMap<>() : noteForms;
                noteForms.put(plainForms.size(), FieldReading.holderRead(name, holder));
                plainForms.add(holder);
            }
        }
        // Digits typed for letters inside a word ("V1ad1m1r Put1n", TypedLetters.digits, v2): the name read with them as
        // the letters, a form of its own whose hits say so; the name as written is read too ("Smart Media4U").
        String digitsRead = !v2 ? null : io.interdict.core.names.TypedLetters.digits(name, held == null ? null : w -> held.applyAsInt(w) > 0);
        if (digitsRead != null && !plainForms.contains(digitsRead)) {
            plainForms = new ArrayList<>(plainForms);
            noteForms = noteForms.isEmpty() ? new HashMap<>() : noteForms;
            noteForms.put(plainForms.size(), FieldReading.digitsRead(name, digitsRead));
            plainForms.add(digitsRead);
        }
        // An Arabic compound written as one word, and a family name's article glued in a name with such a compound or a
        // particle, also apart (ArabicCompounds, as PairwiseComparison reads a person's name): "Othman bin Ahmed bin
        // Othman ALGHAMDI" ~ "AL-GHAMDI, Uthman Ahmad Uthman", whose "al" a query's glued word could not meet (only the
        // name with more words glues, and a query's "bin" are words of it).
        String apart = v2 ? io.interdict.core.names.ArabicCompounds.apart(name) : null;
        if (apart != null && !plainForms.contains(apart)) {
            plainForms = new ArrayList<>(plainForms);
            plainForms.add(apart);
        }
        // A name beginning or ending in a short word companies write as a legal form ("Khun Sa": S.A.; "Pao Yu Liang":
        // PAO) reads otherwise as a person's, whose short words are names (LegalForms): the name as written, when it
        // holds no business word, is also a form of its own, read as a person's, so that it meets the listed persons
        // whose names hold that word.
        // So is a name ending in a generation a person's name states ("RUBEN P. LAVILLA, JR"), which a person's reading
        // drops as the listed persons' names are read ("Jr." is an honorific after a person's name), and a name of no
        // schema keeps as a word of its own, left over against every listed person.
        java.util.BitSet person = new java.util.BitSet();
        boolean generation = v2 && !plainForms.isEmpty() && Generation.of(plainForms.get(0)) > 0;
        if (v2 && !plainForms.isEmpty() && (generation || io.interdict.core.names.LegalForms.mayReadShortForm(plainForms.get(0)))) {
            String first = plainForms.get(0);
            io.interdict.core.names.NamePipeline p = io.interdict.core.names.NamePipeline.standard();
            io.interdict.core.names.PreparedName asWritten = p.prepare(first, Schema.UNKNOWN);
            io.interdict.core.names.PreparedName asPerson = p.prepare(first, Schema.PERSON);
            if (readsAsPerson(asWritten, asPerson)
                    || generation && asPerson.tokens().size() < asWritten.tokens().size() && !generic(asWritten)) {
                plainForms = new ArrayList<>(plainForms);
                person.set(plainForms.size());
                plainForms.add(first);
            }
        }
        personForms = person;
        countryForm = country;
        countrySetAside = countryFeature;
        noteFeatures = noteForms;
        // An organisation's name in another script, also read in English as Latin text (v2), when the glossary reads two
        // of its words or more and at least half: the query has no schema, and a person's name holds none of its words.
        List<String> translated = v2 ? ScriptReadings.translations(name, Schema.UNKNOWN) : List.of();
        translatedFrom = plainForms.size();
        if (!translated.isEmpty()) {
            plainForms = new ArrayList<>(plainForms);
            for (String t : translated) {
                if (!plainForms.contains(t)) {
                    plainForms.add(t);
                }
            }
        }
        // A field as long as a payment message's line may be cut in its last word (FieldCut, v2).
        cut = v2 && io.interdict.core.names.FieldCut.mayBeCut(name);
        forms = new ArrayList<>(plainForms);
        if (v2) {
            // then its readings in other romanisations
            for (String a : InterdictV1.alternatives(name, true)) {
                for (String r : ScriptReadings.readings(a)) {
                    if (!forms.contains(r)) {   // a Hebrew name's reading is its plain form already
                        forms.add(r);
                    }
                }
            }
        }
        plain = plainForms.size();
        // An English reading whose glossary left words in an abjad (a proper name: "office حنيفة exchange"), also in its
        // script's readings, read as from the name as written (ScriptReadings.leftInScript): those words meet a Latin
        // name by their consonants, as the name's own words do.
        Map<Integer, String> readIn = Map.of();
        for (String english : translated) {
            if (ScriptReadings.belowGreek(english) || !ScriptReadings.leftInScript(name)) {
                continue;
            }
            for (String r : ScriptReadings.byScript(english)) {
                if (!forms.contains(r)) {
                    readIn = readIn.isEmpty() ? new HashMap<>() : readIn;
                    readIn.put(forms.size(), english);
                    forms.add(r);
                }
            }
        }
        translationReadings = readIn;
        // So is a reading of another script ("Ао Вэй" read "ao vey"): its person's reading a form of its own too.
        for (int f = plain, end = forms.size(); v2 && f < end; f++) {
            String r = forms.get(f);
            if (!translationReadings.containsKey(f) && io.interdict.core.names.LegalForms.mayReadShortForm(r)
                    && readsAsPerson(ScriptReadings.prepare(r, Schema.UNKNOWN), ScriptReadings.prepare(r, Schema.PERSON))) {
                person.set(forms.size());
                forms.add(r);
            }
        }
        // The query read as each candidate spells it (FittedReading), when written in Hangul, Han, Cyrillic or Armenian.
        String fittable = v2 ? fittable(forms, plain) : null;
        reader = fittable == null ? null : new FittedReading(fittable);
        // A Chinese name in Han also looks up the listed names that write it as Taiwan and Hong Kong do (Wade–Giles,
        // Cantonese: EastAsianReadings.chineseSpellings), read only as each of them spells it: those spellings are never
        // scored themselves.
        // So does a Korean name, in Hangul or Hanja, in North Korea's own system and as South Koreans write theirs in
        // English (EastAsianReadings.koreanSpellings).
        readOnly = forms.size();
        if (reader != null) {
            for (String spelt : reader.han() ? EastAsianReadings.chineseSpellings(fittable) : List.<String>of()) {
                if (!forms.contains(spelt)) {
                    forms.add(spelt);
                }
            }
            for (String spelt : EastAsianReadings.koreanSpellings(fittable)) {
                if (!forms.contains(spelt)) {
                    forms.add(spelt);
                }
            }
            // A Korean name as Russian writes it ("Ким Чен Ын"), in the spellings of its words the lists hold ("kim jong
            // un"): its reading spells each run one way of many ("kim jen eun"), which reaches few of the names it is.
            for (String spelt : held == null ? List.<String>of()
                    : io.interdict.core.names.KoreanCyrillicSpelling.listedSpellings(fittable, held, KOREAN_CYRILLIC_FORMS)) {
                if (!forms.contains(spelt)) {
                    forms.add(spelt);
                }
            }
        }
        repaired = forms.size();
    }

    /** The forms of {@code name} (not blank) that a search of this version ({@code v2}: interdict-v2) reads, knowing how
     *  many listed parties hold each word ({@code held}, null: not known), which some spellings of a query are chosen by. */
    static QueryForms of(String name, boolean v2, java.util.function.ToIntFunction<String> held) {
        return new QueryForms(name, v2, held);
    }

    /** What the hits of form {@code f} say of how it was read ({@code alt}, the form's text), or null: the country set
     *  aside, a note's reading, or the name read in English. */
    Feature feature(int f, String alt) {
        return f == countryForm ? countrySetAside : noteFeatures.containsKey(f) ? noteFeatures.get(f)
                : f >= translatedFrom && f < plain ? InterdictV2.readInEnglish(name, alt)
                : translationReadings.containsKey(f) ? InterdictV2.readInEnglish(name, translationReadings.get(f)) : null;
    }

    /** Whether a prepared name holds a business word ("Logistics", "International"): an organisation's. */
    private static boolean generic(io.interdict.core.names.PreparedName p) {
        for (io.interdict.core.names.Token t : p.tokens()) {
            if (t.kind() == io.interdict.core.names.TokenKind.GENERIC) {
                return true;
            }
        }
        return false;
    }

    private static int legalForms(io.interdict.core.names.PreparedName p) {
        int n = 0;
        for (io.interdict.core.names.Token t : p.tokens()) {
            n += t.kind() == io.interdict.core.names.TokenKind.LEGAL ? 1 : 0;
        }
        return n;
    }

    /** The schema form {@code f} is prepared in: a person's for the forms read so, none otherwise. */
    Schema schemaOf(int f) {
        return personForms.get(f) ? Schema.PERSON : Schema.UNKNOWN;
    }

    /** Whether a name read as a person's loses a legal form its reading of no schema holds, and holds no business word. */
    private static boolean readsAsPerson(io.interdict.core.names.PreparedName asWritten, io.interdict.core.names.PreparedName asPerson) {
        return legalForms(asWritten) > legalForms(asPerson) && !generic(asWritten);
    }

    /** Whether form {@code f} is read from an English reading that left words in an abjad, as from the name as written
     *  ({@link ScriptReadings#leftInScript}). */
    boolean leftInScript(int f) {
        return translationReadings.containsKey(f);
    }

    /** The query's first '/' alternative written in Hangul or Han, which {@link FittedReading} reads; null when none is. */
    private static String fittable(List<String> forms, int plain) {
        for (int i = 0; i < plain; i++) {
            if (FittedReading.applies(forms.get(i))) {
                return forms.get(i);
            }
        }
        return null;
    }

    /** (v2) The name's Latin forms as written: its '/' alternatives, and each without its Baltic nominative endings
     *  ({@link io.interdict.core.names.BalticNominative}: "Sergejs Lavrovs" -> "sergej lavrov"), and with the others
     *  below, among them its countries written as their codes ({@link io.interdict.core.names.CountryCodes#of}) and a
     *  country's possessive as its adjective ({@link io.interdict.core.names.CountryNames#possessiveAsAdjective}). */
    private static List<String> plainForms(String name) {
        List<String> alts = InterdictV1.alternatives(name, true);
        List<String> out = null;
        for (String a : alts) {
            // without Baltic nominative endings; with its ordinals written the other way ("Seventh" ~ "7TH"), in the
            // query only: the index keeps each listed name as written
            for (String form : new String[]{io.interdict.core.names.BalticNominative.reading(a),
                    ScriptReadings.belarusianAsRussian(a, Schema.UNKNOWN), io.interdict.core.names.UmlautSpelling.spelledOut(a),
                    io.interdict.core.names.Ordinals.inDigits(a), io.interdict.core.names.Ordinals.inWords(a),
                    io.interdict.core.names.Ordinals.lastOneOtherWay(a), io.interdict.core.names.DinCompounds.joined(a),
                    io.interdict.core.names.CountryCodes.of(a), io.interdict.core.names.CountryNames.possessiveAsAdjective(a)}) {
                if (form != null) {
                    if (out == null) {
                        out = new ArrayList<>(alts);
                    }
                    out.add(form);
                }
            }
        }
        return out == null ? alts : out;
    }
}
