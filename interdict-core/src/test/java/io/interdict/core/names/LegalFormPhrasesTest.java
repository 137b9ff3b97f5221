package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.InterdictV2;
import org.junit.jupiter.api.Test;

class LegalFormPhrasesTest {
    @Test
    void phrasesWrittenOutAreAbbreviated() {
        assertThat(LegalFormPhrases.abbreviated("Ромашка Акционерное Общество")).isEqualTo("Ромашка АО");
        // the longest phrase first: an open joint-stock company is not "открытое АО"
        assertThat(LegalFormPhrases.abbreviated("ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО ЛЕСТОРГ")).isEqualTo("ОАО ЛЕСТОРГ");
        assertThat(LegalFormPhrases.abbreviated("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU 'LESTORG'")).isEqualTo("llc 'LESTORG'");
        // whole words only, and names without a phrase have no such reading
        assertThat(LegalFormPhrases.abbreviated("ПРОФАКЦИОНЕРНОЕ ОБЩЕСТВОВЕДЕНИЕ")).isNull();
        assertThat(LegalFormPhrases.abbreviated("Obshchestvennaya Palata")).isNull();
    }

    @Test
    void aLatinNameWithItsFormAbbreviatedIsStillAsWritten() {
        assertThat(LegalFormPhrases.latinAbbreviated("llc 'LESTORG'")).isTrue();
        assertThat(LegalFormPhrases.latinAbbreviated("zhang ao")).isFalse();
        assertThat(LegalFormPhrases.latinAbbreviated("ЛЕСТОРГ ООО")).isFalse();
    }

    @Test
    void theSameCompanyWithItsFormInFullOrAbbreviatedMatches() {
        assertThat(InterdictV2.compare("ЛЕСТОРГ АКЦИОНЕРНОЕ ОБЩЕСТВО", "LESTORG JSC", Schema.ORGANIZATION).score()).isGreaterThanOrEqualTo(0.92);
        assertThat(InterdictV2.compare("ООО ЛЕСТОРГ", "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU LESTORG", Schema.ORGANIZATION).score())
                .isGreaterThanOrEqualTo(0.92);
        // a different form family stays a mismatch
        assertThat(InterdictV2.compare("ЛЕСТОРГ АКЦИОНЕРНОЕ ОБЩЕСТВО", "LESTORG LLC", Schema.ORGANIZATION).score())
                .isLessThan(InterdictV2.compare("ЛЕСТОРГ АКЦИОНЕРНОЕ ОБЩЕСТВО", "LESTORG JSC", Schema.ORGANIZATION).score());
    }
}
