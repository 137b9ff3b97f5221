package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** interdict-v2 on Latin spellings: romanisation variants, misspelt particles, short words (own examples). */
class LatinSpellingTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "yusuf, yousouf",       // ou / u
        "rafiq, rafeeq",        // ee / i, q / k
        "halid, khalid",        // kh / h
        "jamal, djamal",        // dj / j
        "shukri, schukri",      // sch / sh
        "smirnoff, smirnov",    // a final -off
        "hasan, hassan",        // doubled letters
        "zayed, zaied",         // y / i
        "mehdi, mehdie",        // a final ie
        "karim, carim",         // c / k
        "ivan, iwan",           // w / v
    })
    void twoRomanisationsOfOneNameFoldAlike(String a, String b) {
        assertThat(RomanisationFold.variants(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "mohamed, muhammad",     // the table's spellings (given-name-spellings.tsv)
        "mohammad, muhammed",
        "osama, usama",
        "uthman, osman",
        "omar, umar",
        "abdullah, abdallah",
        "jamal, gamal",
        "mehdi, mahdi",
        "mehdie, mahdi",         // a spelling the rules write as one of the table's ("ie" / "i")
        "mouhammad, mohamed",    // "ou" / "u" onto the table's "muhammad"
        "yevgeny, evgeniy",      // Russian given names in several romanisations
        "alexander, aleksandr",
        "dmitrii, dmitry",
        "vyacheslav, wjatscheslaw",
    })
    void spellingsOfAFrequentGivenNameFoldAlike(String a, String b) {
        assertThat(RomanisationFold.variants(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({
        "mohamed, mahmud",      // one root, two names
        "ahmad, hamid",
        "hamid, hamad",
        "salih, salah",
        "omar, amar",
    })
    void differentGivenNamesOfOneRootDoNotFoldAlike(String a, String b) {
        assertThat(RomanisationFold.variants(a, b)).isFalse();
    }

    @Test
    void aSpellingOfTheOtherWordAgreesBesideASlip() {
        // "osama" ~ "usama" are one name: beside it, "laden" ~ "ladin" is a slip, not a second loose word
        NameScore s = InterdictV2.compare("Osama bin Laden", "Usama bin Ladin", Schema.PERSON);
        assertThat(s.pairs()).contains("laden~ladin 0.80 typo");
        assertThat(InterdictV2.compare("Omar Laden", "Umar Ladin", Schema.PERSON).pairs()).contains("laden~ladin 0.80 typo");
    }

    @Test
    void aKoreanSyllableInTheRevisedRomanizationIsItsMcCuneReischauerSpelling() {
        assertThat(io.interdict.core.names.HangulRomanizer.mrVowels("seok")).isEqualTo("sok");
        assertThat(io.interdict.core.names.HangulRomanizer.mrVowels("cheol")).isEqualTo("chol");
        assertThat(io.interdict.core.names.HangulRomanizer.mrVowels("eun")).isEqualTo("un");
        assertThat(io.interdict.core.names.HangulRomanizer.mrVowels("sok")).as("spelt alike in both").isNull();
        assertThat(io.interdict.core.names.HangulRomanizer.mrVowels("leon")).as("no Korean syllable").isNull();
        assertThat(io.interdict.core.names.HangulRomanizer.mrVowels("george")).isNull();
        NameScore s = InterdictV2.compare("Kim Seok Cheol", "KIM SOK CHOL", Schema.PERSON);
        assertThat(s.pairs()).contains("seok~sok 0.90 spelling", "cheol~chol 0.90 spelling");
        assertThat(InterdictV2.compare("Kim Jeong-eun", "Kim Jong Un", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        // consonants stay: RR's initial j is MR's ch only in Korean, and "Jan" is not "Chan"
        assertThat(WordOpinions.spellings("jan", "chan")).isFalse();
        // in a search against a list of Korean names, whose words are common there, too
        java.util.List<io.interdict.core.entity.Entity> list = java.util.List.of(
                InterdictV2Test.person("un-sc:KPi.1", "KIM SOK CHOL", null, null, null),
                InterdictV2Test.person("un-sc:KPi.2", "KIM CHOL", null, null, null),
                InterdictV2Test.person("un-sc:KPi.3", "SOK CHOL MIN", null, null, null),
                InterdictV2Test.person("un-sc:KPi.4", "KIM SOK", null, null, null));
        FuzzyMatcher m = new FuzzyMatcher(list, io.interdict.core.match.MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("Kim Seok Cheol", null, 1)).anyMatch(h -> h.entityId().equals("un-sc:KPi.1") && h.match());
    }

    @Test
    void theMostFrequentNameInItsSpellingsIsNoOtherWord() {
        NameScore s = InterdictV2.compare("Mohamed bin Salman", "Muhammad bin Salman bin Abdulaziz Al Saud", Schema.PERSON);
        assertThat(s.pairs()).contains("mohamed~muhammad 0.90 spelling");
        assertThat(s.features()).extracting(f -> f.name()).doesNotContain("other_word");
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({
        "ali, alia",            // an added ending is another name
        "karim, kamil",
        "omar, amar",           // another first vowel
        "hasan, hasna",
    })
    void otherNamesDoNotFoldAlike(String a, String b) {
        assertThat(RomanisationFold.variants(a, b)).isFalse();
        assertThat(RomanisationFold.variants(a, a)).isFalse();   // equal words are no variants
    }

    @Test
    void aRomanisationVariantPairsAsCloselyAsSpellingAlikeAndIsExplained() {
        NameScore s = InterdictV2.compare("Mahmud Rafiq Anwari", "MAHMOOD RAFEEQ ANWARI", Schema.PERSON);
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(s.pairs()).contains("mahmud~mahmood 0.90 spelling", "rafiq~rafeeq 0.90 spelling");
        // v1 scores the same pair by spelling alone, lower.
        assertThat(InterdictV1.compare("Mahmud Rafiq Anwari", "MAHMOOD RAFEEQ ANWARI", Schema.PERSON).score())
                .isLessThan(s.score());
    }

    @Test
    void twoParticlesOneEditApartPair() {
        // "el" / "al": the Arabic article in two romanisations; v1 leaves both unpaired (a token conflict).
        NameScore s = InterdictV2.compare("Ghazi Abdullah El-Tamimi", "GHAZI ABDULLAH AL-TAMIMI", Schema.PERSON);
        assertThat(s.pairs()).anyMatch(p -> p.startsWith("el~al"));
        assertThat(s.features()).noneMatch(f -> f.name().equals("token_conflict"));
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
    }

    /** Six people share each of the words, so that every word is common in the list (the common-words rule). */
    static List<Entity> listWithCommonWords(String target) {
        List<Entity> out = new ArrayList<>();
        out.add(person("t:1", target));
        String[] fillers = {"KARIM", "HUSAYN", "WAHID", "BAKR", "RAFIQ", "SALEH"};
        for (int i = 0; i < fillers.length; i++) {
            out.add(person("f:" + i, "KARIM HUSAYN AL-WAHID " + fillers[i] + " ZUBAIDI"));
            out.add(person("g:" + i, "TAHIR " + fillers[(i + 1) % fillers.length] + " SAYED KARIM"));
        }
        return out;
    }

    @Test
    void aMisspeltParticleDoesNotCountAsALooseWordOfCommonWords() {
        FuzzyMatcher m = new FuzzyMatcher(listWithCommonWords("KARIM ABD AL-WAHID HUSAYN"), MatchSettings.DEFAULTS, InterdictV2.NAME);
        // "ahd" is a slip of the particle "abd", beside three close words: no common-words penalty.
        SearchHit hit = m.search("KARIM AHD AL-WAHID HUSAYN", null, 5).stream()
                .filter(h -> h.entityId().equals("t:1")).findFirst().orElseThrow();
        assertThat(hit.match()).isTrue();
        assertThat(hit.explanation().features()).noneMatch(f -> f.name().equals("common_words_only"));
        assertThat(hit.explanation().pairs()).contains("ahd~abd 0.67 typo");
    }

    @Test
    void aRomanisationVariantOfATitleIsTheTitle() {
        FuzzyMatcher m = new FuzzyMatcher(listWithCommonWords("TAHIR SAYED KARIM HUSAYN"), MatchSettings.DEFAULTS, InterdictV2.NAME);
        // "saied" ~ "sayed": v1 pairs a word with a particle-like title only as a slip of four letters or less.
        assertThat(m.search("TAHIR SAIED KARIM HUSAYN", null, 5)).anyMatch(h -> h.entityId().equals("t:1") && h.match());
    }

    @Test
    void aNameEndingIsASuffixOnAStemOfThreeLetters() {
        // "Pia" ~ "Pio" differ in a third of the word: no name_ending; "Marina" ~ "Marino" do differ in an ending.
        assertThat(InterdictV2.compare("Pia Santos Vieira", "PIO SANTOS VIEIRA", Schema.PERSON).features())
                .noneMatch(f -> f.name().equals("name_ending"));
        assertThat(InterdictV2.compare("Marina Santos Vieira", "MARINO SANTOS VIEIRA", Schema.PERSON).features())
                .anyMatch(f -> f.name().equals("name_ending"));
    }

    @Test
    void aRepeatedWordPairedCrosswiseReversesNoKinship() {
        // "Ben Youssef Ben Youssef": father and grandfather of one name; a typo in the first pairs it with the second.
        NameScore s = InterdictV2.compare("Karim Ben Yousesf Ben Youssef Trabelsi", "KARIM BEN YOUSSEF BEN YOUSSEF TRABELSI",
                Schema.PERSON);
        assertThat(s.features()).noneMatch(f -> f.name().equals("kinship_reversed"));
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
        // Two different names either side of "bin" still are a reversed kinship.
        assertThat(InterdictV2.compare("Karim Bin Youssef", "YOUSSEF BIN KARIM", Schema.PERSON).features())
                .anyMatch(f -> f.name().equals("kinship_reversed"));
    }

    @Test
    void aLegalFormInAnotherRomanisationEndsTheRepairedReading() {
        assertThat(QueryRepair.legalSpelling("ko")).isEqualTo("co");
        assertThat(QueryRepair.legalSpelling("co")).isNull();      // already a legal form
        assertThat(QueryRepair.legalSpelling("kim")).isNull();
        FuzzyMatcher m = new FuzzyMatcher(List.of(new Entity("o:1", EntityKind.ORGANIZATION,
                List.of(Name.primary("HWASONG MARINE TRADING CO")), List.of(), List.of(), Map.of(), false, null),
                person("p:1", "KO, Song Il")), MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("HWASONG MARINE TRADING KO", null, 3)).anyMatch(h -> h.entityId().equals("o:1") && h.match());
    }

    @Test
    void aListedFamilyNameOfTwoWordsNamedByOneIsPartial() {
        NameScore s = InterdictV2.compare("Marta Quintero", "VELASCO QUINTERO, Marta", Schema.PERSON);
        assertThat(s.features()).anyMatch(f -> f.name().equals("surname_partial"));
        assertThat(s.score()).isLessThan(REVIEW);
        // The whole family name, or the list written without a comma, is no partial family name.
        assertThat(InterdictV2.compare("Marta Velasco Quintero", "VELASCO QUINTERO, Marta", Schema.PERSON).features())
                .noneMatch(f -> f.name().equals("surname_partial"));
        assertThat(InterdictV2.compare("Marta Quintero", "QUINTERO, Marta Lucia", Schema.PERSON).features())
                .noneMatch(f -> f.name().equals("surname_partial"));
    }

    @Test
    void aMisspeltStopwordWeighsNothing() {
        assertThat(SmallWordSlip.slip("nd")).isTrue();    // and
        assertThat(SmallWordSlip.slip("teh")).isTrue();   // the
        assertThat(SmallWordSlip.slip("vin")).isTrue();   // bin
        assertThat(SmallWordSlip.slip("kwon")).isFalse(); // four letters: a word
        assertThat(SmallWordSlip.slip("xyz")).isFalse();
        FuzzyMatcher m = new FuzzyMatcher(List.of(new Entity("o:1", EntityKind.ORGANIZATION,
                List.of(Name.primary("NORTHERN STEEL AND MINING WORKS")), List.of(), List.of(), Map.of(), false, null)),
                MatchSettings.DEFAULTS, InterdictV2.NAME);
        SearchHit hit = m.search("NORTHERN STEEL ND MINING WORKS", null, 1).get(0);
        assertThat(hit.match()).isTrue();
        assertThat(hit.explanation().features().get(0).detail()).contains("1 misspelt small words weigh nothing");
    }

    @Test
    void aSlipInABusinessWordBesideTheNameIsATypo() {
        // A slip in the first letter of a four-letter word is no typo of a name ("Tony" / "Kony"); of "bank" it is.
        FuzzyMatcher m = new FuzzyMatcher(listWithCommonWords("KARIM BANK"), MatchSettings.DEFAULTS, InterdictV2.NAME);
        SearchHit hit = m.search("KARIM ANK", null, 5).stream().filter(h -> h.entityId().equals("t:1")).findFirst().orElseThrow();
        assertThat(hit.explanation().pairs()).contains("ank~bank 0.75 typo");
        assertThat(hit.explanation().features()).noneMatch(f -> f.name().equals("common_words_only"));
    }

    static Entity person(String id, String name) {
        return new Entity(id, EntityKind.PERSON, List.of(Name.primary(name)), List.of(), List.of(), Map.of(), false, null);
    }
}
