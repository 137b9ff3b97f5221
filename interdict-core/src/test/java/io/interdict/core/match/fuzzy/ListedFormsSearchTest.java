package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.org;
import static io.interdict.core.match.fuzzy.FuzzyMatcherTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A listed name field found by each name it holds, and a name written in another script found among Latin ones. */
class ListedFormsSearchTest {
    private static final List<Entity> LISTED = List.of(
            person("un:279", "El Harrachi (الحراشي)"),
            person("un:306", "حسن غول (Hassan Ghul; Hasan Gul)"),
            person("un:148", "Agha Jan Alizai اغا جان عالیزی"),
            org("bis:1", "Gazprom Telekom, OOO (f.k.a. Zakrytoe Aktsionernoe Obshchestvo Gaztelekom)"),
            org("uk:8429", "AL-HARAMAIN (ALBANIA BRANCH)"),
            person("un:064", "Ezatullah Haqqani (previously listed as)"),
            person("un:039", "Qasim Soleimani; Qasem Sulaimani; Qasim Sulaymani; Kasim Soleimani"),
            org("bis:2", "NPO Izhmash OAO;OJSC Concern Kalashnikov"),
            org("bis:3", "Thermal Processing Technology Research Institute, a.k.a., Hot Working Technology Research Institute."),
            person("x:1", "Hassan Rouhani"),
            org("x:2", "Gazprom Neft"));

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "El Harrachi|un:279",
        "الحراشي|un:279",
        "Hasan Gul|un:306",
        "Agha Jan Alizai|un:148",
        "اغا جان عالیزی|un:148",
        "Zakrytoe Aktsionernoe Obshchestvo Gaztelekom|bis:1",
        "Al Haramain|uk:8429",
        "Ezatullah Haqqani|un:064",
        "Qasim Sulaymani|un:039",
        "Kasim Soleimani|un:039",
        "OJSC Concern Kalashnikov|bis:2",
        "NPO Izhmash|bis:2",
        "Hot Working Technology Research Institute|bis:3",
    })
    void eachNameOfTheFieldFindsTheParty(String query, String id) {
        FuzzyMatcher m = new FuzzyMatcher(LISTED, MatchSettings.DEFAULTS, InterdictV2.NAME);
        List<SearchHit> hits = m.search(query, null, 3);
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo(id);
        assertThat(hits.get(0).match()).isTrue();
        assertThat(hits.get(0).score()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aListedNameIsIndexedInEachOfItsForms() {
        assertThat(ListedForms.of("Agha Jan Alizai اغا جان عالیزی"))
                .containsExactly("Agha Jan Alizai اغا جان عالیزی", "Agha Jan Alizai", "اغا جان عالیزی");
        assertThat(ListedForms.of("בן שחר Trading Group")).containsExactly("בן שחר Trading Group");
        assertThat(ListedForms.of("SCHRÖDER, Gerhard")).containsExactly("SCHRÖDER, Gerhard", "SCHROEDER, Gerhard");
        assertThat(ListedForms.of("AL-HARAMAIN (ALBANIA BRANCH)")).containsExactly("AL-HARAMAIN (ALBANIA BRANCH)", "AL-HARAMAIN");
        assertThat(ListedForms.of("MAHAN AIR")).containsExactly("MAHAN AIR");
        assertThat(ListedForms.of("Abdul Rehman; Abd Ur-Rehman; Abdur Rahman"))
                .containsExactly("Abdul Rehman", "Abd Ur-Rehman", "Abdur Rahman");
        assertThat(ListedForms.of("COMPAGNIE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)"))
                .startsWith("COMPAGNIE DES GRANDS LACS (CAGL)").contains("GREAT LAKES BUSINESS COMPANY (GLBC)");
    }

    @Test
    void theFieldIsTheHitsName() {
        FuzzyMatcher m = new FuzzyMatcher(LISTED, MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("El Harrachi", null, 1).get(0).name()).isEqualTo("El Harrachi (الحراشي)");
    }

    /**
     * Among many Latin names that share the words' consonants (1,200 spellings of "Mohammad", "Ahmad", "Hamid", "MHD"), a
     * name in Arabic script still brings its own spelling among the candidates: "mhmd"'s every key but a rare one is
     * shared by too many names, and a name reached by a rare key of "ahmdy" ("ahmdi") outranks names reached by common
     * keys of both words.
     */
    @Test
    void aNameInArabicScriptFindsItsLatinSpellingAmongManyAlike() {
        Random r = new Random(11);
        List<ScoringName> names = new ArrayList<>();
        String[] common = {"AHMAD", "AHMED", "HAMID", "HAMED", "HAMMAD", "HAMDI"};
        String[] first = {"MOHAMMAD", "MUHAMMAD", "MOHAMMED", "MOHAMED", "MUHAMAD"};
        for (int i = 0; i < 1_200; i++) {
            StringBuilder surname = new StringBuilder();
            for (int k = 0; k < 7; k++) {
                surname.append((char) ('A' + r.nextInt(26)));
            }
            names.add(ScoringName.of(first[i % first.length] + " " + (i % 5 == 0 ? common[i / 5 % common.length] : surname),
                    Schema.PERSON));
        }
        for (int i = 0; i < 30; i++) {
            names.add(ScoringName.of("MHD " + common[i % common.length], Schema.PERSON));
        }
        names.add(ScoringName.of("MOHAMMAD AHMADI", Schema.PERSON));
        CandidateIndex index = CandidateIndex.build(names, true);
        ScoringName query = ScoringName.of("محمد احمدی", Schema.PERSON);
        assertThat(query.prepared.transliterated()).isTrue();
        assertThat(index.candidates(query, 16, null)).contains(names.size() - 1);
    }

    /** Allah's name in Urdu spelling (اللہ, with the heh goal) stays one word, as "الله" does: no article is cut off it. */
    @Test
    void allahsNameInUrduSpellingIsOneWord() {
        String read = ScriptReadings.arabicArticleApart("ثناء اللہ غفاری");
        assertThat(read == null ? "ثناء اللہ غفاری" : read).contains("اللہ").doesNotContain("ال لہ");
        assertThat(ScriptReadings.arabicArticleApart("عبد الحق")).contains("ال ");   // an article before a name is cut
    }

    /**
     * A word with ain and a final ta marbuta (عزة) is also read with its ta as t: lists write "IZZAT", which neither
     * ICU's reading ("zt", the ain dropped) nor the pausal one ("aza") meets. A word without ain keeps ICU's t alone.
     */
    @Test
    void aWordWithAinAndTaMarbutaIsAlsoReadWithItsTa() {
        assertThat(ScriptReadings.taMarbutaAsT("عزة ابراهيم الدوري")).isEqualTo("ازت ابراهيم ال دوري");
        assertThat(ScriptReadings.taMarbutaAsT("حمزة")).isNull();
        assertThat(ScriptReadings.taMarbutaAsT("عبد الله")).isNull();
        FuzzyMatcherTest.assertFoundFirst(amongPersons("IZZAT IBRAHIM AL-DURI", "IBRAHIM AL-ZUBAIDI"), "عزة ابراهيم الدوري", "x:1");
    }

    /** After a letter that joins nothing after it, a space left out before عبد does not show: "محمدعبد" is read as two
     *  words. Not after a joining letter, nor with fewer than two letters before it. */
    @Test
    void aSpaceLeftOutBeforeAbdIsReadBack() {
        assertThat(ScriptReadings.spaceBeforeAbd(new String[] {"نظر", "محمدعبد", "البصیر"}))
                .containsExactly("نظر", "محمد", "عبد", "البصیر");
        assertThat(ScriptReadings.spaceBeforeAbd(new String[] {"المعبد"})).containsExactly("المعبد");   // م joins
        assertThat(ScriptReadings.spaceBeforeAbd(new String[] {"وعبد"})).containsExactly("وعبد");
        FuzzyMatcherTest.assertFoundFirst(amongPersons("NAZIR MOHAMMAD ABDUL BASIR", "NAZIR MOHAMMAD"), "نظر محمدعبد البصیر", "x:1");
    }

    /** A matcher over persons of these names, x:1, x:2... in order. */
    private static FuzzyMatcher amongPersons(String... names) {
        List<io.interdict.core.entity.Entity> persons = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            persons.add(FuzzyMatcherTest.person("x:" + (i + 1), names[i]));
        }
        return new FuzzyMatcher(persons, io.interdict.core.match.MatchSettings.DEFAULTS, InterdictV2.NAME);
    }

    /** Persian writes the alef maqsura of an Arabic name as its ya (مصطفی "Mostafa"); Hebrew's yod writes no a. */
    @Test
    void aPersianNamesFinalYaMayWriteAnA() {
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "مصطفی شریفی", "Mostafa Sharifi", "Person").score()).isGreaterThanOrEqualTo(0.8);
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "مجتبی خامنه‌ای", "Mojtaba Khamenei", "Person").score()).isGreaterThanOrEqualTo(0.8);
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "אורית קשתי", "ACOSTA URUETA, Yaneth", "Person").score()).isLessThan(0.8);
        // the four short Arabic names with an alef maqsura, read as data: their letters cannot tell a from i
        assertThat(ScriptReadings.arabicArticleApart("محمد عیسی آخوند")).contains("\u0627\u06CC\u0633\u0627");
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "محمد عیسی آخوند", "MOHAMMAD ESSA AKHUND", "Person").score()).isGreaterThanOrEqualTo(0.8);
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "موسی", "Musa", "Person").score()).isGreaterThanOrEqualTo(0.8);
        assertThat(ScriptReadings.arabicArticleApart("مهدی")).isNull();   // Mahdi: a final i, no name of the four
    }

    /** Urdu's heh goal at a word's end after a consonant writes the vowel a (چیمہ "Cheema"); after a long vowel it is h
     *  (شاہ "Shah"), and Allah's name keeps it. The Urdu ta marbuta (ۃ) reads as the Arabic one. */
    @Test
    void urdusFinalHehGoalIsReadAsItsVowel() {
        assertThat(ScriptReadings.arabicArticleApart("اعظم چیمہ")).endsWith("\u0686\u06CC\u0645\u0627");
        assertThat(ScriptReadings.arabicArticleApart("شاہ")).isNull();
        assertThat(ScriptReadings.arabicArticleApart("عبداللہ")).endsWith("\u0644\u0644\u06C1");
        assertThat(ScriptReadings.arabicArticleApart("جماعۃ")).endsWith("\u0627");
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "اعظم چیمہ", "AZAM CHEEMA", "Person").score()).isGreaterThanOrEqualTo(0.8);
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "لشکر طیبہ", "LASHKAR-E-TAYYIBA", "Organization").score())
                .isGreaterThanOrEqualTo(0.8);
    }

    /**
     * A word read from Arabic script with a final ی ("ghfary") shares its consonants "ghfr" with every Ghafur; read with
     * the i it writes, "ghfari" is one short vowel from "ghafari", whose deletions hold it: the name comes among the 16
     * candidates however many Ghafurs there are.
     */
    @Test
    void aReadWordsFinalYaIsReadAsItsVowel() {
        List<ScoringName> names = new ArrayList<>();
        String[] given = {"BARZAN", "RUKAN", "SUNDUS", "ABD", "SAIF", "JAMAL", "KHALID", "NAJIB", "RAFI", "TAHIR",
            "SALIM", "HAMID", "WALID", "ZAID", "FARIS", "HUDA", "AMIR", "BASIM", "QAIS", "RAMI"};
        for (String g : given) {
            names.add(ScoringName.of(g + " AL-GHAFUR", Schema.PERSON));
        }
        names.add(ScoringName.of("SANAULLAH GHAFARI", Schema.PERSON));
        CandidateIndex index = CandidateIndex.build(names, true);
        assertThat(index.candidates(ScoringName.of("غفاری", Schema.PERSON), 16, null)).contains(names.size() - 1);
    }

    /** An organisation's name in its own words, written in Latin letters (romanised Russian, activity words of other
     *  languages), finds the listed English name. */
    @Test
    void anOrganisationsOwnWordsFindItsEnglishNameAndBack() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(org("ofac:1", "JSC CONCERN OCEANPRIBOR"),
                org("bis:1", "YIWU XINHE TRADING CO., LTD."), org("eu:1", "HALDOR SHIPPING AS"),
                org("x:9", "SOUTHERN PROJECT LLC")), MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("AO KONTSERN OKEANPRIBOR", null, 1)).first()
                .satisfies(h -> assertThat(h.entityId()).isEqualTo("ofac:1"))
                .satisfies(h -> assertThat(h.match()).isTrue());
        assertThat(m.search("Yiwu Xinhe Maoyi Youxian Gongsi", null, 1)).first()
                .satisfies(h -> assertThat(h.entityId()).isEqualTo("bis:1"))
                .satisfies(h -> assertThat(h.match()).isTrue());
        assertThat(m.search("Haldor Rederi AS", null, 1)).first()
                .satisfies(h -> assertThat(h.entityId()).isEqualTo("eu:1"))
                .satisfies(h -> assertThat(h.match()).isTrue());
        // without a legal form one romanised word does not say whose name it is: no reading
        assertThat(m.search("Yuzhny Proekt", null, 1)).allSatisfy(h -> assertThat(h.match()).isFalse());
    }
}
