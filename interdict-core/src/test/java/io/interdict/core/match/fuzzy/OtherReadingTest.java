package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compared pairwise, a word read from another script that differs from its Latin pair in its consonants, beside one
 * shared word, is another name ({@link OtherReading}); the spellings romanisations allow are not (own, made-up examples).
 */
class OtherReadingTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        // a consonant another place, added or left out
        "papadakis, papadatos",
        "mavridis, mavrakis",
        "hiroshi, hiroki",
        "verma, sharma",
        "nikolaou, nikolaidou",
        "dimitriou, dimitriadis",
    })
    void anotherConsonantIsAnotherName(String reading, String latin) {
        assertThat(OtherReading.differs(reading, latin)).isTrue();
        assertThat(OtherReading.differs(latin, reading)).isTrue();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        // aspiration and glides (RTGS against popular Thai spellings)
        "phromma, promma",
        "buakhao, buakaw",
        "thongkham, tongkam",
        // vowels and their markers, an r only one side writes
        "bunma, boonma",
        "prasoet, prasert",
        "sisombun, srisomboon",
        // a sibilant or affricate in each language's Latin
        "chinawat, shinawat",
        "koshtunitsa, kostunica",
        "dindic, djindjic",
        "evangelos, euangelos",
        // affricates and sibilants in German, French and English letters; ks for x
        "chaikin, tschaikin",
        "ivanovich, ivanovitch",
        "jugashvili, dzhugashvili",
        "aleksandrovich, alexandrovich",
        // a v or w for a non-syllabic u (Belarusian ў, Ukrainian в)
        "uladzimir, vladimir",
        "zhaunerchyk, zhovnerchik",
        // one edit stays a possible slip
        "joshi, doshi",
    })
    void theSameNameInAnotherSpellingIsNot(String reading, String latin) {
        assertThat(OtherReading.differs(reading, latin)).isFalse();
    }

    @Test
    void aSharedGivenNameBesideAnotherFamilyNameReadFromAnotherScriptIsAnotherPerson() {
        // Greek, Devanagari and katakana: the family name as its script spells it matches, another one beside the same
        // given name does not.
        assertMatchesOnlyItself("Γιάννης Μαυρίδης", "Giannis Mavridis", "Giannis Mavrakis");
        assertMatchesOnlyItself("सुरेश वर्मा", "Suresh Verma", "Suresh Sharma");
        assertMatchesOnlyItself("ヤマダ ヒロシ", "Hiroshi Yamada", "Hiroki Yamada");
        NameScore other = InterdictV2.compare("Γιάννης Μαυρίδης", "Giannis Mavrakis", Schema.PERSON);
        assertThat(other.features()).anyMatch(f -> f.name().equals("other_word") && f.value() < 0);
    }

    @Test
    void threeCloseWordsOrAnAbjadLeaveTheRuleOut() {
        // Beside two close words it counts ("Ravi Prakash Mehra" is not मिश्रा), beside three it stays out (a slip is
        // likelier in a longer name) ...
        NameScore two = InterdictV2.compare("Γιάννης Κώστας Μαυρίδης", "Giannis Kostas Mavrakis", Schema.PERSON);
        assertThat(two.features()).anyMatch(f -> f.name().equals("other_word"));
        NameScore longer = InterdictV2.compare("Γιάννης Κώστας Νίκος Μαυρίδης", "Giannis Kostas Nikos Mavrakis",
                Schema.PERSON);
        assertThat(longer.features()).noneMatch(f -> f.name().equals("other_word"));
        // ... and an abjad's word is judged by its letters (ConsonantReading), not by this rule.
        NameScore abjad = InterdictV2.compare("مريم كريمي", "Maryam Karami", Schema.PERSON);
        assertThat(abjad.features()).noneMatch(f -> f.name().equals("other_word"));
    }

    private static void assertMatchesOnlyItself(String foreign, String same, String other) {
        assertThat(InterdictV2.compare(foreign, same, Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare(foreign, other, Schema.PERSON).score()).isLessThan(REVIEW);
        assertThat(InterdictV2.compare(other, foreign, Schema.PERSON).score()).isLessThan(REVIEW);
    }
}
