package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A short legal form is read as one only where companies write it; elsewhere it is a syllable of the name. */
class LegalFormPositionTest {
    /** The name's prepared words, legal forms shown as {@code <family>}. */
    static String tokens(String name, Schema schema) {
        return NamePipeline.standard().prepare(name, schema).tokens().stream()
                .map(t -> t.kind() == TokenKind.LEGAL ? "<" + t.text() + ">" : t.text())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Chun Doo-hwan|chun doo hwan",                    // a Korean given name's syllable, amid the name
        "Ou Tianyi|ou tianyi",                            // a Chinese family name, first but not a prefix form
        "Iyad Ag Ghali|iyad ag ghali",                    // Tuareg "son of"
        "Khairuddin As-Sayyed|khairuddin as sayyed",      // the Arabic article, assimilated
        "Sa Ding Ding|sa ding ding",
        // a Mandarin syllable that transliterates a Ukrainian company's form (ЧАО), first or amid a person's name
        "Chao Wei|chao wei",
        "Zhang Chao Ming|zhang chao ming",
    })
    void shortFormsAmidOrBeforeAPersonsNameAreWords(String name, String expected) {
        assertThat(tokens(name, Schema.PERSON)).isEqualTo(expected);
        assertThat(tokens(name, Schema.UNKNOWN)).as("the schema does not matter").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Tallink Grupp AS|tallink grupp <jsc>",           // ending the name
        "Acme Trading Co Ltd|acme trading <ltd>",         // a phrase of two forms
        "Nordic Ventures OU|nordic ventures <ltd>",
        "AO Kaspersky Lab|<jsc> kaspersky lab",           // a prefix form, first
        "OOO VEB Kapital|<ltd> veb kapital",
        "ООО Ромашка|<ltd> romashka",                     // written in Cyrillic
        "Acme GmbH Berlin|acme <ltd> berlin",             // a longer form stands anywhere
        "VTB Bank JSC Belgrade|vtb bank <jsc> belgrade",  // and so does a canonical token
        "Acme Panama S.A. Ltd|acme panama <jsc> <ltd>",  // in the run of forms that ends the name
        "Zhytomyr Tile Plant ChAO|zhytomyr tile plant <jsc>",   // the Mandarin syllable ending a company's name
    })
    void formsWhereCompaniesWriteThemAreLegalForms(String name, String expected) {
        assertThat(tokens(name, Schema.ORGANIZATION)).isEqualTo(expected);
        assertThat(tokens(name, Schema.UNKNOWN)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "KHUN SA|khun sa|khun <jsc>",                     // the Shan warlord: "SA" ends his name
        "PAO YU LIANG|pao yu liang|<jsc> yu liang",       // a Chinese family name (Wade-Giles Pao) first, as PAO begins companies
        "Xiaoming Ou|xiaoming ou|xiaoming <ltd>",         // a Chinese family name last
        "Nicolas Maduro LLC|nicolas maduro <ltd>|nicolas maduro <ltd>",   // a form of consonants is no name
    })
    void aPersonsShortWordIsANameWhereverItStands(String name, String person, String unknown) {
        assertThat(tokens(name, Schema.PERSON)).isEqualTo(person);
        assertThat(tokens(name, Schema.UNKNOWN)).as("a name of no known schema reads it where companies write it").isEqualTo(unknown);
        assertThat(LegalForms.mayReadShortForm(name)).isEqualTo(!person.equals(unknown));
    }

    @org.junit.jupiter.api.Test
    void interdictV1KeepsItsFrozenReading() {
        assertThat(NamePipeline.v1().prepare("Chun Doo-hwan", Schema.PERSON).tokens())
                .extracting(Token::kind).containsExactly(TokenKind.WORD, TokenKind.LEGAL, TokenKind.WORD);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // Hebrew names read with their alef as a vowel (HebrewReading's patah): words, not A/S nor A.R.L.
        "דוד ַסא|dwd as",
        "רון ַראל|rwn arl",
    })
    void aWordReadFromAnAbjadIsNoLatinForm(String name, String expected) {
        assertThat(tokens(name, Schema.UNKNOWN)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "אלביט מערכות בע\"מ|lbyt mrkwt <ltd>",   // the script's own form
        "شركة الاتصالات|<co> alatsalat",
    })
    void anAbjadsOwnFormsStayForms(String name, String expected) {
        assertThat(tokens(name, Schema.UNKNOWN)).isEqualTo(expected);
    }
}
