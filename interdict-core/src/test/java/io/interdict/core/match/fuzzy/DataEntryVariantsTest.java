package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A word written twice, an ordinal in digits, a Russian short form: one name written otherwise (own examples). */
class DataEntryVariantsTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Pavel Pavel Grinberg|Pavel Grinberg",
        "Omar Haddad Haddad|Omar Haddad",
    })
    void aWordWrittenTwiceWeighsOnce(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).isEqualTo(1.0);
        assertThat(s.features().get(0).detail()).contains("1 words written twice weigh once");
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Xi Jinping Xi Jinping|Xi Jinping",       // no given name's syllable on one side only either
        "Lin Wei Hao Lin Wei Hao|Lin Wei Hao",
        "Tomas Berger Tomas Berger|Tomas Berger",
    })
    void aWholeNameWrittenTwiceIsReadOnce(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).isEqualTo(1.0);
        assertThat(s.features().get(0).detail()).contains("words written twice weigh once");
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Five Star Logistics|Fivestar Logistics",
        "Tencent Holdings|Ten Cent Holdings",
        "Three M Company|3M Company",
        "One Hundred Rivers Trading|100 Rivers Trading",
    })
    void aNumberWordJoinedOrInDigitsIsTheSameName(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.COMPANY).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void aVesselsNameIsReadWithoutTheNoteInBracketsAfterIt() {
        NameScore s = InterdictV2.compare("Aurora (Valletta)", "AURORA", Schema.VESSEL);
        assertThat(s.score()).isEqualTo(1.0);
        assertThat(s.features()).anyMatch(f -> f.name().equals("note_set_aside") && f.detail().contains("(Valletta)"));
        assertThat(InterdictV2.compare("KAPITAN ALI (ex-Deniz) (2004)", "Kapitan Ali", Schema.VESSEL).score()).isEqualTo(1.0);
        assertThat(InterdictV2.compare("MV AURORA, Valletta", "AURORA", Schema.VESSEL).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("M/T Neptune - port of registry Monrovia", "NEPTUNE", Schema.VESSEL).score())
                .isGreaterThanOrEqualTo(REVIEW);
        // an organisation keeps them: "(Norway)" may name a subsidiary
        NameScore company = InterdictV2.compare("Halden Construction AS (Norway)", "Halden Construction AS", Schema.COMPANY);
        assertThat(company.features()).noneMatch(f -> f.name().equals("note_set_aside"));
        assertThat(company.score()).isLessThan(REVIEW);
    }

    @Test
    void aNameWrittenTwiceOverWithAnotherWordIsNotARepeat() {
        // the halves differ: "Ahmad Ali Ahmad Hasan" names a grandfather, not the same two words again
        NameScore s = InterdictV2.compare("Ahmad Ali Ahmad Hasan", "Ahmad Ali", Schema.PERSON);
        assertThat(s.features().get(0).detail()).doesNotContain("written twice");
    }

    @Test
    void anotherWordBesideARepeatStillCounts() {
        assertThat(InterdictV2.compare("Pavel Pavel Grinberg Kuznetsov", "Pavel Grinberg", Schema.PERSON).score())
                .isLessThan(1.0);
        // and against a list a repeat weighs as any word: the coverage stays as CoverageBound bounds it
        Entity listed = new Entity("ofac-sdn:9", EntityKind.PERSON, List.of(Name.primary("Pavel Grinberg")),
                List.of(), List.of(), Map.of(), false, null);
        FuzzyMatcher m = new FuzzyMatcher(List.of(listed), MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("Pavel Pavel Grinberg", null, 1)).allMatch(h -> h.score() < 1.0);
    }

    @Test
    void aRepeatInPlaceOfTheOtherSidesWordIsAnotherName() {
        // the repeat stands where the other name writes a word of its own: a substitution, not a slip of the keys
        NameScore s = InterdictV2.compare("Yusuf Karim Karim Hadi", "Yusuf Nasir Karim Hadi", Schema.PERSON);
        assertThat(s.features().get(0).detail()).doesNotContain("written twice");
        assertThat(s.score()).isLessThan(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Seventh Harbour Trading Ltd|7th Harbour Trading Ltd",
        "Twenty-First Meridian Holdings|21st Meridian Holdings",
        "Second Commercial Bank of Lviv|2nd Commercial Bank of Lviv",
    })
    void anOrdinalInDigitsIsItsWord(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.ORGANIZATION).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void aSearchReadsTheQuerysOrdinalsBothWaysAndTheListedNameAsWritten() {
        Entity digits = new Entity("un:1", EntityKind.ORGANIZATION, List.of(Name.primary("7TH HARBOUR TRADING")),
                List.of(), List.of(), Map.of(), false, null);
        Entity words = new Entity("un:2", EntityKind.ORGANIZATION, List.of(Name.primary("FIRST MERIDIAN TRUST")),
                List.of(), List.of(), Map.of(), false, null);
        FuzzyMatcher m = new FuzzyMatcher(List.of(digits, words), MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("Seventh Harbour Trading", null, 1)).anyMatch(h -> h.entityId().equals("un:1") && h.match());
        assertThat(m.search("1st Meridian Trust", null, 1)).anyMatch(h -> h.entityId().equals("un:2") && h.match());
        assertThat(m.search("Firs Meridian Trust", null, 1)).anyMatch(h -> h.entityId().equals("un:2") && h.match());
        assertThat(m.search("7t Harbour Trading", null, 1)).anyMatch(h -> h.entityId().equals("un:1") && h.match());
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Sasha Grinberg|Aleksandr Grinberg",
        "Volodya Kuznetsov|Vladimir Kuznetsov",
        "Dima Sokolov|Dmitriy Sokolov",
        "Paco Valdane|Francisco Valdane",
        "Nacho Irurzun|Ignacio Irurzun",
    })
    void aRussianShortFormIsItsName(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Giuseppe Brancato|Joseph Brancato",
        "Peter Valdane|Pedro Valdane",
    })
    void anEnglishGivenNameAndItsCognateAreOneName(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void twoCognatesOfOneNameAreTwoNames() {
        assertThat(InterdictV2.compare("Giovanni Valdane", "Johann Valdane", Schema.PERSON).score()).isLessThan(REVIEW);
    }

    @Test
    void aShortFormOfAnotherNameIsNot() {
        assertThat(InterdictV2.compare("Sasha Grinberg", "Vladimir Grinberg", Schema.PERSON).score()).isLessThan(REVIEW);
    }
}
