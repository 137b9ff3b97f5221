package io.interdict.core.match.fuzzy;

import io.interdict.core.names.BalticNominative;
import io.interdict.core.names.CamelCase;
import io.interdict.core.names.CyrillicLanguages;
import io.interdict.core.names.GenericWords;
import io.interdict.core.names.GreekReading;
import io.interdict.core.names.HebrewReading;
import io.interdict.core.names.HindiReading;
import io.interdict.core.names.LegalFormPhrases;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.PreparedName;
import io.interdict.core.names.Schema;
import io.interdict.core.names.ThaiReading;
import io.interdict.core.names.WadeGilesReading;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Latin readings of a name written in another script ({@code interdict-v2}), and the forms a name is scored in. The
 * pipeline transliterates each script one way; names are written in several. By script: Arabic with its article apart
 * and as Persian and the Gulf read it, Thai in RTGS, Devanagari with schwa deletion and the other Indic scripts through
 * it, Ethiopic, Burmese, Greek, Hebrew, Cyrillic in the language its letters show, Hangul, Han and katakana
 * ({@link EastAsianReadings}); a legal form written out, abbreviated. Each reading is another spelling of the name,
 * scored like a '/' alternative. A name in Latin letters has none.
 */
public final class ScriptReadings {
    private ScriptReadings() {
    }

    /** The name as the pipeline prepares it, without its Baltic nominative endings ({@link BalticNominative}, Latin as
     *  written), then its readings (distinct, at most a handful). */
    public static List<ScoringName> scoringNames(String name, Schema schema) {
        return scoringNames(name, schema, translations(name, schema), null);
    }

    /** {@link #scoringNames(String, Schema)}, with the name's {@link #translations} already worked out; {@code readIn},
     *  when not null, gets each reading read from a translation whose text is not that translation's ({@link
     *  #leftInScript}), with the translation. */
    static List<ScoringName> scoringNames(String name, Schema schema, List<String> translations,
                                          java.util.Map<ScoringName, String> readIn) {
        List<ScoringName> out = new ArrayList<>(2);
        out.add(ScoringName.of(NamePipeline.standard().prepare(name, schema)).readFrom(name));
        String baltic = BalticNominative.reading(name);
        if (baltic != null) {
            out.add(ScoringName.of(NamePipeline.standard().prepare(baltic, schema)));   // Latin text as written
        }
        // A Belarusian person's name also in its Russian form ("Aliaksandr Lukashenka" ~ "Alexander Lukashenko",
        // BelarusianForms), as Latin text as written.
        String russian = belarusianAsRussian(name, schema);
        if (russian != null) {
            out.add(ScoringName.of(NamePipeline.standard().prepare(russian, schema)));
        }
        // A Chinese name in pinyin, also in Wade-Giles ("Xi Jinping" ~ "Hsi Chin-ping"); persons only, compared pairwise.
        String wadeGiles = schema.isPerson() ? WadeGilesReading.reading(name) : null;
        if (wadeGiles != null) {
            out.add(ScoringName.of(NamePipeline.standard().prepare(wadeGiles, schema)));   // Latin text as written
        }
        // Ordinals in words also in digits and the other way ("Seventh Sea" ~ "7th Sea", Ordinals), compared pairwise.
        for (String ordinal : new String[]{io.interdict.core.names.Ordinals.inDigits(name),
                io.interdict.core.names.Ordinals.inWords(name)}) {
            if (ordinal != null) {
                out.add(ScoringName.of(NamePipeline.standard().prepare(ordinal, schema)));   // Latin text as written
            }
        }
        // A name typed backwards, which keeps its capitals at the words' ends ("rimaldiV nituP"), compared pairwise, also
        // read forwards.
        String backwards = Backwards.reading(name);
        if (backwards != null) {
            out.add(ScoringName.of(NamePipeline.standard().prepare(backwards, schema)));   // Latin text as written
        }
        // A person's Arabic compounds written as one word, also apart ("AbuBakr al-Baghdadi" ~ "Abu Bakr Baghdadi",
        // ArabicCompounds), compared pairwise.
        String compounds = schema.isPerson() ? io.interdict.core.names.ArabicCompounds.apart(name) : null;
        if (compounds != null) {
            out.add(ScoringName.of(NamePipeline.standard().prepare(compounds, schema)));   // Latin text as written
        }
        // An organisation's activity word in its own language, also in English ("Haldor Rederi AS" ~ "Haldor Shipping
        // AS", BusinessWords), compared pairwise.
        if (schema.isOrganization()) {
            for (String english : io.interdict.core.names.BusinessWords.inEnglish(name)) {
                out.add(ScoringName.of(NamePipeline.standard().prepare(english, schema)));   // Latin text as written
            }
        }
        // An organisation's name in another script read word by word in English ("Министерство обороны Российской
        // Федерации" ~ "Ministry of Defence of the Russian Federation", OrganisationGlossary), as Latin text; of a name
        // of no schema, as a search query's is (two words read or more, and half).
        for (String english : translations) {
            out.add(ScoringName.of(NamePipeline.standard().prepare(english, schema)));
            // Its words the glossary left in their script, also in their script's readings ("office حنيفة exchange":
            // حنيفة as "hanifa" too, not only letter for letter).
            if (!belowGreek(english)) {
                for (String r : byScript(english)) {
                    ScoringName reading = ScoringName.of(leftInScript(prepare(r, schema), name)).readFrom(english);
                    out.add(reading);
                    if (readIn != null && !reading.prepared.original().equals(r)) {
                        readIn.put(reading, english);
                    }
                }
            }
        }
        // Words run together with a capital each ("GroupeDiarraImportExport"), compared pairwise, also apart.
        String camel = CamelCase.split(name);
        if (camel != null) {
            out.add(ScoringName.of(NamePipeline.standard().prepare(camel, schema)));   // Latin text as written
        }
        List<String> readings = readings(name, schema);
        boolean han = !readings.isEmpty() && CrossScript.han(name);
        List<String> chinese = readings.isEmpty() || han ? List.of() : cyrillicChinese(name);
        for (String r : readings) {
            out.add((han || chinese.contains(r) ? ScoringName.hanReading(prepare(r, schema))
                    : ScoringName.of(prepare(r, schema))).readFrom(name));
        }
        // A person's "عبد" joined to the article, also apart ("عبدالغنی" ~ "Abdul Ghani"), compared pairwise.
        String abd = schema.isPerson() ? abdApart(name) : null;
        if (abd != null) {
            for (String r : readings(abd, schema)) {
                out.add(ScoringName.of(prepare(r, schema)));
            }
        }
        // A Chinese name in Han, also in Wade-Giles ("蔡英文" ~ "Tsai Ing-wen"); persons only, compared pairwise.
        String hanWadeGiles = han && schema.isPerson() ? EastAsianReadings.hanWadeGiles(name) : null;
        if (hanWadeGiles != null) {
            out.add(ScoringName.hanReading(prepare(hanWadeGiles, schema)).readFrom(name));
        }
        return out;
    }

    /** A person's (or a name of no schema's) Belarusian name in its Russian form ({@link
     *  io.interdict.core.names.BelarusianForms}), or null. */
    public static String belarusianAsRussian(String name, Schema schema) {
        return schema.isPerson() || schema == Schema.UNKNOWN ? io.interdict.core.names.BelarusianForms.russian(name) : null;
    }

    /**
     * An Arabic name with "عبد" written apart from the article it is joined to ("عبدالغنی" -> "عبد الغنی"), as the lists
     * write "ABDUL GHANI" beside "ABDULGHANI", or null without one; "عبدالله" stays whole. Compared pairwise only: in a
     * search, a query's "عبدالصمد X" read apart meets every listed "Abdul Samad" as a name its own word adds to (the
     * worldwide people of `world`, seeds 7 and 9-14, flagged 10-15 more each when the index and the query read it so).
     */
    static String abdApart(String name) {
        if (name == null || !name.contains("\u0639\u0628\u062F\u0627\u0644")) {
            return null;
        }
        StringBuilder sb = new StringBuilder(name.length() + 4);
        boolean changed = false;
        for (String w : io.interdict.core.names.Words.spaced(name)) {
            sb.append(sb.length() == 0 ? "" : " ");
            if (w.startsWith("\u0639\u0628\u062F\u0627\u0644") && w.codePointCount(0, w.length()) >= 7
                    && !w.equals("\u0639\u0628\u062F\u0627\u0644\u0644\u0647")) {
                sb.append("\u0639\u0628\u062F ").append(w.substring(3));
                changed = true;
            } else {
                sb.append(w);
            }
        }
        return changed ? sb.toString() : null;
    }

    /** A reading through the pipeline, marked as transliterated (it was written in another script), unless it is a
     *  Latin name with its legal form abbreviated. */
    static PreparedName prepare(String reading, Schema schema) {
        PreparedName p = NamePipeline.standard().prepare(reading, schema);
        if (LegalFormPhrases.latinAbbreviated(reading)) {
            return p;   // a Latin name with its legal form abbreviated: still as written
        }
        return new PreparedName(p.original(), p.schema(), p.tokens(), true);
    }

    /** {@link #readings(String)}, and for an organisation's name its {@link EastAsianReadings#organisationReadings}. */
    public static List<String> readings(String name, Schema schema) {
        List<String> readings = readings(name);
        if (name == null || !schema.isOrganization()) {
            return readings;
        }
        List<String> org = EastAsianReadings.organisationReadings(name);
        if (org.isEmpty()) {
            return readings;
        }
        Set<String> all = new LinkedHashSet<>(readings);
        all.addAll(org);
        return List.copyOf(all);
    }

    /**
     * A reading of an organisation's name in an abjad (Arabic script, Hebrew) whose glossary left some words in their
     * script (a proper name: "גורביץ' חלקים מדויקים" read "גורביץ' parts precise"), read as from the name as written:
     * its words meet a Latin name by their consonants as the name's own words do ("gwrbych" ~ "Gurevich"), where a
     * reading partly in Latin would meet it as spelt only ({@link InterdictV2#readAsSpelt}). The glossary's English
     * words are the Latin name's as spelt, which the consonants' opinion keeps. Other scripts' readings are unchanged.
     */
    static PreparedName leftInScript(PreparedName reading, String name) {
        return leftInScript(name) ? new PreparedName(name, reading.schema(), reading.tokens(), true) : reading;
    }

    /** Whether a name's readings from its English reading are read as from the name ({@link #leftInScript(PreparedName,
     *  String)}): it is written in an abjad, without Latin letters. */
    static boolean leftInScript(String name) {
        return CrossScript.abjad(name) && !CrossScript.hasLatin(name);
    }

    /**
     * An organisation's name in another script read word by word in English
     * ({@link io.interdict.core.names.OrganisationGlossary}: "Министерство обороны Российской Федерации" -> "ministry
     * defence russian federation"), and that reading with its activity words in English too
     * ({@link io.interdict.core.names.BusinessWords}): for an organisation's schema when the glossary read one of its
     * words or more; for a name of no schema, as a search query's, when it read two or more and at least half (a
     * person's name with one such word, "محمد اسلامی", is not read so); never for a person's or a vessel's. A reading
     * read wholly in English is compared as a Latin name as written (an organisation's word of its own then counts:
     * "National Iranian South Oil Company" is another company).
     */
    public static List<String> translations(String name, Schema schema) {
        if (schema.isOrganization()) {
            return translations(name, 1);
        }
        if (schema != Schema.UNKNOWN) {
            return List.of();
        }
        List<String> out = translations(name, 2);
        // A name of no schema that writes a legal form is an organisation's: its activity words in their own language are
        // read in English too ("Yiwu Xinhe Maoyi Youxian Gongsi" ~ "YIWU XINHE TRADING CO., LTD.", BusinessWords), as a
        // pairwise comparison of organisations reads them.
        if (belowGreek(name) && io.interdict.core.names.BusinessWords.mayHold(name)) {   // another script's: the glossary's
            List<String> activities = io.interdict.core.names.BusinessWords.inEnglish(name);
            if (!activities.isEmpty() && (!io.interdict.core.names.LegalFormCountries.of(name).isEmpty()
                    || carriesLegalForm(name))) {
                out = new ArrayList<>(out);
                for (String a : activities) {
                    if (!out.contains(a)) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    /** The glossary's readings of the name and their activity-word readings, when the glossary read at least
     *  {@code least} of its words, and, for more than one, at least half of them; in a name the pipeline reads a legal
     *  form in, as in an organisation's ({@code least} 1), any word read. */
    public static List<String> translations(String name, int least) {
        List<io.interdict.core.names.OrganisationGlossary.Reading> readings =
                io.interdict.core.names.OrganisationGlossary.inEnglish(name);
        if (readings.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(3);
        // A name of no schema that carries a legal form is an organisation's ("AO KONTSERN OKEANPRIBOR", "ООО Восточная
        // верфь"): one word read is enough, as for a name known to be one. Prepared only when a reading falls short.
        Boolean legalForm = null;
        for (io.interdict.core.names.OrganisationGlossary.Reading r : readings) {
            if (r.translated() < least || least > 1 && 2 * r.translated() < r.words()) {
                if (r.translated() == 0) {
                    continue;
                }
                if (legalForm == null) {
                    legalForm = carriesLegalForm(name);
                }
                if (!legalForm) {
                    continue;
                }
            }
            out.add(r.text());
            List<String> activities = io.interdict.core.names.BusinessWords.inEnglish(r.text());
            if (!activities.isEmpty()) {
                out.add(activities.get(0));
            }
        }
        return out;
    }

    /** Whether the pipeline reads a legal form in the name. */
    private static boolean carriesLegalForm(String name) {
        for (io.interdict.core.names.Token t : NamePipeline.standard().prepare(name, Schema.UNKNOWN).tokens()) {
            if (t.kind() == io.interdict.core.names.TokenKind.LEGAL) {
                return true;
            }
        }
        return false;
    }

    /** Latin readings of a Hangul or Han name; an Arabic name with its article apart; a Thai name in RTGS; a Hindi name with schwa deletion
     *  ({@link HindiReading}), and one in Bengali, Gurmukhi and their sisters through Devanagari
     *  ({@link io.interdict.core.names.IndicReading}); a Greek name in ELOT 743 and by sound ({@link GreekReading}); a Cyrillic name in the language
     *  its letters show ({@link CyrillicLanguages}); a legal
     *  form written out abbreviated ({@link LegalFormPhrases}); empty for any other. */
    public static List<String> readings(String name) {
        if (name == null) {
            return List.of();
        }
        String legal = LegalFormPhrases.abbreviated(name);
        if (legal != null) {
            return List.of(legal);
        }
        // Every reading below is of letters of another script, none of which lies below Greek (U+0370): a name in Latin
        // letters alone, most queries, has none of them.
        return belowGreek(name) ? List.of() : byScript(name);
    }

    /** Whether the name has a letter of the basic Cyrillic block (U+0400-U+04FF). */
    static boolean cyrillicLetter(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                return true;
            }
        }
        return false;
    }

    /** Whether every character of the name lies below the Greek block (U+0370): Latin letters, digits, punctuation. */
    static boolean belowGreek(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= '\u0370') {
                return false;
            }
        }
        return true;
    }

    /** {@link #readings(String)} after the legal forms: the readings of the scripts the name is written in. */
    static List<String> byScript(String name) {
        String article = arabicArticleApart(name);
        String persian = persianReading(article != null ? article : name);
        String gulf = gulfReading(article != null ? article : name);
        if (article != null || persian != null) {
            List<String> out = new ArrayList<>(4);
            for (String r : new String[] {article, taMarbutaAsT(name), persian, gulf}) {
                if (r != null) {
                    out.add(r);
                }
            }
            return List.copyOf(out);
        }
        if (ThaiReading.isThai(name)) {
            String thai = ThaiReading.read(name);
            return thai.isBlank() ? List.of() : List.of(thai);
        }
        if (HindiReading.isDevanagari(name)) {
            String hindi = HindiReading.read(name);
            if (hindi.isBlank()) {
                return List.of();
            }
            String b = initialVaAsBa(name);
            return b == null ? List.of(hindi) : List.of(hindi, HindiReading.read(b));
        }
        if (io.interdict.core.names.EthiopicReading.isEthiopic(name)) {
            return io.interdict.core.names.EthiopicReading.readings(name);
        }
        if (io.interdict.core.names.BurmeseReading.isBurmese(name)) {
            return burmeseReadings(name);
        }
        if (io.interdict.core.names.IndicReading.isIndic(name)) {
            return io.interdict.core.names.IndicReading.readings(name);
        }
        if (GreekReading.isGreek(name)) {
            return GreekReading.read(name);
        }
        if (HebrewReading.isHebrew(name)) {
            String hebrew = HebrewReading.read(name);
            return hebrew == null ? List.of() : List.of(hebrew);
        }
        if (cyrillicLetter(name)) {
            List<String> cyrillic = cyrillicReadings(name);
            if (!cyrillic.isEmpty()) {
                return cyrillic;
            }
        }
        GenericWords.Split generic = GenericWords.split(name);
        List<String> own = EastAsianReadings.eastAsianReadings(name);
        if (generic == null) {
            return own;
        }
        // A company name ending in a generic word its Latin name translates ("三菱重工業" ~ "Mitsubishi Heavy
        // Industries"): its own part as the pipeline and as each reading writes it, then the English word and the
        // legal forms' tokens.
        List<String> propers = new ArrayList<>();
        propers.add(generic.proper());
        propers.addAll(EastAsianReadings.eastAsianReadings(generic.proper()));
        propers.addAll(EastAsianReadings.japaneseCompany(generic.proper()));
        String form = generic.legal().isEmpty() ? "" : " " + generic.legal();
        Set<String> out = new LinkedHashSet<>(own);
        for (String english : generic.english()) {
            for (String p : propers) {
                out.add(p + " " + english + form);
            }
        }
        // Japanese companies also transliterate the word, in its on reading ("霜月水産" ~ "Shimotsuki Suisan", as
        // 日本水産 is "Nippon Suisan Kaisha"): a word in Han is read so too, after the own part as Japanese reads it.
        String on = EastAsianReadings.onReading(generic.words());
        if (on != null) {
            for (String p : EastAsianReadings.japaneseCompany(generic.proper())) {
                out.add(p + " " + on + form);
            }
        }
        return List.copyOf(out);
    }

    /** A Chinese name as Russian writes it ("Си Цзиньпин", {@link io.interdict.core.names.PalladiusReading}) in pinyin and
     *  in Wade-Giles ("xi jinping", "hsi chin-ping"); empty for any other name. Each is a reading of the characters as
     *  exact as a Han name's ({@link ScoringName#hanReading}). */
    static List<String> cyrillicChinese(String name) {
        if (name == null || !cyrillicLetter(name)) {
            return List.of();
        }
        List<String> pinyin = io.interdict.core.names.PalladiusReading.readings(name);
        if (pinyin.isEmpty()) {
            return pinyin;
        }
        List<String> out = new ArrayList<>(pinyin);
        for (String p : pinyin) {
            String wadeGiles = WadeGilesReading.reading(p);
            if (wadeGiles != null) {
                out.add(wadeGiles);
            }
        }
        return out;
    }

    /** Spaces and hyphens between a name's words ({@link #holdsLegalForm}). */
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s-]+");

    /** Whether a word of the name, as written, is a legal form ({@link io.interdict.core.names.ScriptLegalForms#isForm}). */
    private static boolean holdsLegalForm(String name) {
        for (String w : WORD_BREAKS.split(name.strip())) {
            if (io.interdict.core.names.ScriptLegalForms.isForm(w)) {
                return true;
            }
        }
        return false;
    }

    /** The readings of a name with Cyrillic letters: in the language its letters show ({@link CyrillicLanguages}); a
     *  Chinese, Korean or Japanese name as Russian writes it in its own romanisation; a Belarusian name also in its
     *  Russian form. Empty when it has none. */
    static List<String> cyrillicReadings(String name) {
        List<String> cyrillic = CyrillicLanguages.readings(name);
        List<String> chinese = cyrillicChinese(name);
        if (!chinese.isEmpty()) {
            Set<String> out = new LinkedHashSet<>(cyrillic);
            out.addAll(chinese);
            return List.copyOf(out);
        }
        // A Korean or Japanese name as Russian writes it ("Чхве Рён Хэ", "Итиро Одзава"): a spelling to look it up by
        // (FittedReading spells it every way a Latin name may). Not a company's name with a legal form of its own ("ПАО
        // Мария", "АО Даниил": Polivanov spells "pao mariya" too, and the reading dropped the form).
        String korean = io.interdict.core.names.KoreanCyrillicSpelling.reading(name);
        String japanese = io.interdict.core.names.JapaneseCyrillicSpelling.reading(name);
        if ((korean != null || japanese != null) && !holdsLegalForm(name)) {
            Set<String> out = new LinkedHashSet<>(cyrillic);
            for (String r : new String[] {korean, japanese}) {
                if (r != null) {
                    out.add(r);
                }
            }
            return List.copyOf(out);
        }
        // A Belarusian name, read in Belarusian or as Russian reads its letters ("aliaksandr lukashenka", "alyaksandr
        // lukashenka"), also in its Russian form ("aleksandr lukashenko").
        List<String> alphabet = new ArrayList<>(cyrillic);
        for (String r : cyrillic) {
            String russian = io.interdict.core.names.BelarusianForms.russian(r);
            if (russian != null && !alphabet.contains(russian)) {
                alphabet.add(russian);
            }
        }
        String asRussian = io.interdict.core.names.BelarusianForms.russianOfCyrillic(name);
        if (asRussian != null && !alphabet.contains(asRussian)) {
            alphabet.add(asRussian);
        }
        return List.copyOf(alphabet);
    }

    /** A Burmese name in the practical romanisation Myanmar's names are written in (ICU's reading, "mainnaaunglhaine" for
     *  မင်းအောင်လှိုင်, is a scholar's): syllable by syllable ("min aung hlaing"), the first few spellings of it that differ
     *  by a syllable's other usual spelling ("su" or "suu"), and each written word's syllables run together ("yadanar"),
     *  as the words of a company's or a place's name are written ({@link io.interdict.core.names.BurmeseReading}). */
    private static List<String> burmeseReadings(String name) {
        Set<String> out = new LinkedHashSet<>();
        List<String> spellings = io.interdict.core.names.BurmeseReading.readings(name);
        out.addAll(spellings.subList(0, Math.min(BURMESE_SPELLINGS, spellings.size())));
        out.add(io.interdict.core.names.BurmeseReading.readJoined(name));
        out.removeIf(String::isBlank);
        return List.copyOf(out);
    }

    /** How many of a Burmese name's syllable-by-syllable spellings are read (each is one more name to score). */
    private static final int BURMESE_SPELLINGS = 4;

    /**
     * An Arabic name as romanised lists write it, in Arabic letters (null when it reads as written):
     * <ul>
     *   <li>the article apart ("التكريتي" -> "ال تكريتي"): lists write "AL-TIKRITI", and the joined word's
     *   transliteration ("altkryty") shares no consonants' key with "tikriti";</li>
     *   <li>ain as alef, hamza on the line left out: ICU writes them as modifier letters the pipeline reads as
     *   spaces ("سعد" -> "s d", "يعقوب" -> "y qwb"); lists write a vowel for ain or nothing ("SAAD", "YAQOUB",
     *   "ABDUL" for عبد), and an alef reads as just that;</li>
     *   <li>a final alef maqsura (ى, dotless ya) as the alef it is ("مصطفى" -> "mstfa" ~ "mustafa", "موسى" ~ "musa":
     *   Wiktionary, "ى": "always follows a fatha and is transliterated ā"); ICU reads it as ya, which stays the
     *   name's own reading (Egypt and Sudan write final ya without dots: "على" ~ "ali").</li>
     *   <li>a final ta marbuta (ة) as the alef of its pausal sound, -a ("أسامة" -> "asama" ~ "osama", "هنية" ~ "haniyeh"):
     *   the ta is pronounced only before a following word (Wikipedia, "Tāʼ marbūṭah": "in pausal form ... pronounced
     *   /a/ ... it is romanized as a or ah"); ICU writes "t", which stays the name's own reading ("Hamzat").</li>
     *   <li>Urdu's do-chashmi he (ھ), which after a consonant marks it aspirated (بھ bh, تھ th; Wikipedia, "Urdu
     *   alphabet"), as he (ه), h: ICU writes it as a space ("بھٹو" -> "b tw"), lists write "BHUTTO".</li>
     * </ul>
     */
    static String arabicArticleApart(String name) {
        return arabicArticleApart(name, false);
    }

    /**
     * A name with a word holding both ain and a final ta marbuta (عزة, نعمة, عصمة), also read with its ta as t, as the
     * construct state says it and Persian, Turkish and the lists write such names ("IZZAT IBRAHIM AL-DURI", "Nimat",
     * "Ismat"; Wikipedia, "Tāʼ marbūṭah": pronounced /t/ in the construct state, and names are often written with -at).
     * ICU writes the ta t, but drops the ain, which lists write as a vowel: "zt" shares no reading with "izzat", while
     * {@link #arabicArticleApart}'s "aza" reads the ta as its pausal a. Null for any other name.
     */
    static String taMarbutaAsT(String name) {
        for (String w : io.interdict.core.names.Words.spaced(name)) {
            if ((w.endsWith("\u0629") || w.endsWith("\u06C3")) && w.indexOf('\u0639') >= 0 && w.length() >= 3) {
                return arabicArticleApart(name, true);
            }
        }
        return null;
    }

    /**
     * Arabic names ending in an alef maqsura (عيسى ʿĪsā, موسى Mūsā, يحيى Yaḥyā, هدى Hudā) as Persian, Dari and Urdu write
     * them, with their ya (ی), which ICU reads y (persian.org.ua, "Алеф максура в арабських запозиченнях": "looks like
     * the letter ی ya but is read ā", موسی, عیسی). A longer word's final ya may be an a in the consonant reading
     * ({@code ConsonantReading.finalYaAsA}); these have too few consonants for the letters to tell them from a final i,
     * so the four frequent names are read as data.
     */
    private static final java.util.Set<String> SHORT_MAQSURA_NAMES = java.util.Set.of(
            "\u0639\u06CC\u0633\u06CC", "\u0645\u0648\u0633\u06CC", "\u06CC\u062D\u06CC\u06CC", "\u0647\u062F\u06CC");

    /**
     * Whether a word ends in Urdu's heh goal (ہ) after a consonant, where it writes the vowel a, as Persian's silent he
     * writes e (چیمہ "Cheema", طیبہ "Tayyaba", فاطمہ "Fatima"; Wikipedia, "Urdu alphabet": choṭī he "at the end of a word
     * ... is often silent, indicating a preceding short a"): read as the alef of that vowel, which ICU writes h (a word of
     * two consonants and a final h reads as no Latin spelling: "chymh"). Not after a long vowel (شاہ "Shah", گواہ),
     * nor in Allah's name (اللہ, عبداللہ), whose h names write. The ta marbuta's Urdu form (ۃ) is read as the ta
     * marbuta ({@link #arabicArticleApart}: جماعۃ "Jamaat", "Jamaa").
     */
    private static boolean urduFinalVowel(String w) {
        int n = w.length();
        if (n < 3 || w.charAt(n - 1) != '\u06C1') {
            return false;
        }
        char before = w.charAt(n - 2);
        return "\u0627\u0622\u0648\u06CC\u064A\u06D2\u0644".indexOf(before) < 0;
    }

    /** عبد, "servant (of)", the first word of the most frequent compound names (عبد الله, عبد الرحمن). */
    private static final String ABD = "\u0639\u0628\u062F";
    /** The letters that join no letter after them (Wikipedia, "Arabic alphabet": ا د ذ ر ز و are "not connected to the
     *  following letter"; so are the hamza's and the ta marbuta's forms of them): after one, a space left out does not
     *  show. */
    private static final String NON_JOINING = "\u0627\u0623\u0625\u0622\u062F\u0630\u0631\u0632\u0648\u0624\u0629";

    /**
     * The words, each that holds عبد after a letter that joins nothing after it cut before it: "محمدعبد البصیر" is
     * "محمد عبد البصیر" with the space a writer left out, which the letters do not show (the UN list writes "NAZIR
     * MOHAMMAD ABDUL BASIR"'s original-script name so). Only where two letters or more stand before it.
     */
    static String[] spaceBeforeAbd(String[] words) {
        List<String> out = null;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int at = w.indexOf(ABD, 2);
            if (at > 0 && NON_JOINING.indexOf(w.charAt(at - 1)) >= 0) {
                if (out == null) {
                    out = new ArrayList<>(List.of(words).subList(0, i));
                }
                out.add(w.substring(0, at));
                out.add(w.substring(at));
            } else if (out != null) {
                out.add(w);
            }
        }
        return out == null ? words : out.toArray(String[]::new);
    }

    /** {@link #arabicArticleApart(String)}; {@code taAsT}: a final ta marbuta read as t, not as its pausal a. */
    private static String arabicArticleApart(String name, boolean taAsT) {
        if (name.indexOf('\u0627') < 0 && name.indexOf('\u0639') < 0 && name.indexOf('\u0621') < 0 && name.indexOf('\u0649') < 0
                && name.indexOf('\u0629') < 0 && name.indexOf('\u06BE') < 0 && name.indexOf('\u06C1') < 0
                && name.indexOf('\u06C3') < 0 && name.indexOf('\u06CC') < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder(name.length() + 4);
        String[] spaced = io.interdict.core.names.Words.spaced(name);
        String[] words = spaceBeforeAbd(spaced);
        boolean changed = words != spaced;
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            // The article before a word of two letters or more: "الحق" is al-Haq ("عبد الحق" Abdul Haq), "الحي" al-Hai;
            // not Allah's name, "الله", which lists write whole ("Abdullah", "Allah"), nor its Urdu spelling "اللہ", with
            // the heh goal (ہ) Urdu writes for he ("ثناء اللہ" Sanaullah).
            if (w.startsWith("\u0627\u0644") && w.codePointCount(0, w.length()) >= 4 && !w.equals("\u0627\u0644\u0644\u0647")
                    && !w.equals("\u0627\u0644\u0644\u06C1")) {
                sb.append("\u0627\u0644 ");
                w = w.substring(2);
                changed = true;
            }
            String read = w.replace('\u0639', '\u0627').replace("\u0621", "").replace('\u06BE', '\u0647').replace('\u06C3', '\u0629');
            if (SHORT_MAQSURA_NAMES.contains(w)) {
                read = read.substring(0, read.length() - 1) + '\u0649';   // its final ya read as the alef maqsura (below)
            }
            if (urduFinalVowel(read)) {
                read = read.substring(0, read.length() - 1) + '\u0627';   // چیمہ "Cheema", طیبہ "Tayyaba"
            }
            if (read.endsWith("\u0649") || read.endsWith("\u0629") && read.length() >= 3) {
                // alef maqsura, ta marbuta: a final alef ("مصطفى" mustafa); or the ta as t
                read = read.substring(0, read.length() - 1) + (taAsT && read.endsWith("\u0629") ? '\u062A' : '\u0627');
            }
            changed |= !read.equals(w);
            sb.append(read.isEmpty() ? w : read);
        }
        return changed ? sb.toString() : null;
    }

    /**
     * An Arabic-script name as Persian, Dari, Urdu and Pashto speakers say (and romanise) it, null when it reads the same:
     * the Arabic letters for sounds these languages lack read as the letters of their own sounds, ث and ص as س (s), ذ, ض
     * and ظ as ز (z), ط as ت (t): "فضل" -> "fzl" ~ "Fazal", "رضا" ~ "Reza", "ثناء" ~ "Sana" (persiandee.com, Persian
     * alphabet lesson 9: "Persian speakers pronounce them ... in a simplified way"; talkpal.ai on the four Persian z
     * letters; <i>Persian manual pocket companion</i>, 1877: "ض ... by the Arabs as a hard d ..., by the Persians as z").
     * The same names are written so across Afghanistan, Iran and Pakistan whatever letter the name has in Arabic.
     * A silent he (ه) before a zero-width non-joiner, where Persian must part a suffix from a word ending in one
     * (Wiktionary, "ـها", usage notes), reads as the e it writes (a kasra: "خامنه‌ای" read "khamniay" ~ "Khamenei"): the silent h
     * "represents a terminal [-e] sound" (University of Texas at Austin, Persian Online Resources, "Silent and
     * consonantal /h/"). ICU writes it h and drops the non-joiner ("khamnhay"), an h no Latin spelling has.
     */
    static String persianReading(String name) {
        if (name.indexOf('\u200C') >= 0) {
            String silent = name.replace("\u0647\u200C", "\u0650").replace("\u200C", "");
            if (!silent.equals(name)) {
                String letters = persianReading(silent);
                return letters != null ? letters : silent;
            }
        }
        StringBuilder sb = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char r = switch (c) {
                case '\u062B', '\u0635' -> '\u0633';             // ث ص -> س
                case '\u0630', '\u0636', '\u0638' -> '\u0632';    // ذ ض ظ -> ز
                case '\u0637' -> '\u062A';                        // ط -> ت
                default -> c;
            };
            if (r != c && sb == null) {
                sb = new StringBuilder(name);
            }
            if (sb != null) {
                sb.setCharAt(i, r);
            }
        }
        return sb == null ? null : sb.toString();
    }

    /**
     * A Devanagari name with a word-initial व read as ब, b, as Nepali, Bihari and Bengali speakers say it and write their
     * names (विकास "Bikash", विष्णु "Bishnu", वाजपेयी "Bajpai" beside "Vajpayee"; derived, from how names are written);
     * null without one.
     */
    static String initialVaAsBa(String name) {
        StringBuilder sb = null;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '\u0935' && (i == 0 || Character.isWhitespace(name.charAt(i - 1)))) {
                if (sb == null) {
                    sb = new StringBuilder(name);
                }
                sb.setCharAt(i, '\u092C');
            }
        }
        return sb == null ? null : sb.toString();
    }

    /**
     * An Arabic name with ظ read as ذ, as the Gulf and Iraq say it and romanise it, "dh" or "th" (ظافر "Dhafer",
     * "Thafer"; ناظم "Nadhim"): most Bedouin and Gulf dialects merged the two sounds (derived, from how names are
     * written; unconfirmed by a cited source); null without a ظ. ICU writes ذ "dh", which {@link ConsonantReading}
     * reads as dh, d or th.
     */
    static String gulfReading(String name) {
        return name.indexOf('\u0638') < 0 ? null : name.replace('\u0638', '\u0630');
    }
}
