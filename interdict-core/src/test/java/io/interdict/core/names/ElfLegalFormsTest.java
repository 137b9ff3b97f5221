package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.FuzzyMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The legal forms of the ISO 20275 code list, written out or abbreviated as companies write them, are legal forms. */
class ElfLegalFormsTest {
    private static String tokens(String name, Schema schema) {
        return LegalFormPositionTest.tokens(name, schema);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Merck KGaA|merck <lp>",
        "Merck Kommanditgesellschaft auf Aktien|merck <lp>",
        "Airbus Societas Europaea|airbus <jsc>",
        "Richter Gedeon Zrt.|richter gedeon <jsc>",
        "Richter Gedeon Zártkörűen Működő Részvénytársaság|richter gedeon <jsc>",
        "Grupo México S.A.B. de C.V.|grupo mexico <jsc>",
        "Maersk A/S|maersk <jsc>",
        "BHP Proprietary Limited|bhp <ltd>",
        "Acme ApS|acme <ltd>",
        "Acme UAB|acme <jsc>",
        "Merck KGaA Darmstadt|merck <lp> darmstadt",   // a longer form stands anywhere, as GmbH does
        "Petronas Sendirian Berhad|petronas <ltd>",    // private: Sdn Bhd, as legal_forms.csv reads it
        "Petronas Sdn. Bhd.|petronas <ltd>",
        "Petronas Berhad|petronas <jsc>",              // public
        "Inversiones Montana S.A.S.|inversiones montana <jsc>",   // a share company, as every SAS of the code list
    })
    void formsOfTheCodeListAreLegalForms(String name, String expected) {
        assertThat(tokens(name, Schema.COMPANY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Kim Jong Se|kim jong se",          // a Korean syllable, though SE is the list's European company
        "Kim Song Da|kim song da",          // the Norwegian DA
        "Lam Ka Sau|lam ka sau",            // a Cantonese syllable
        "Sam Hill Sam|sam hill sam",        // Monaco's S.A.M.
        "Nordic UAB Trade|nordic uab trade",   // a short form amid a name stays a word
    })
    void abbreviationsThatAreNamesWordsStayWords(String name, String expected) {
        assertThat(tokens(name, Schema.UNKNOWN)).isEqualTo(expected);
    }

    @Test
    void everyFormOfTheTableReadsAsALegalFormAfterACompanysName() {
        var rows = SourcedTable.read(ElfLegalFormsTest.class, "legal-forms-elf.tsv", 3, "form TAB family TAB ELF codes");
        assertThat(rows).hasSizeGreaterThan(500);
        for (SourcedTable.Row row : rows) {
            String prepared = tokens("Vantor Holdings " + row.fields()[0], Schema.COMPANY);
            assertThat(prepared).as("line %d: %s", row.line(), row.fields()[0]).matches("vantor holdings( <[a-z]+>)+");
        }
    }

    @Test
    void aFormWrittenOutMeetsItsAbbreviation() {
        assertThat(FuzzyMatcher.compare("interdict-v2", "Merck Kommanditgesellschaft auf Aktien", "Merck KGaA", "Company")
                .score()).isGreaterThanOrEqualTo(0.9);
        assertThat(FuzzyMatcher.compare("interdict-v2", "Richter Zártkörűen Működő Részvénytársaság", "Richter Zrt.",
                "Company").score()).isGreaterThanOrEqualTo(0.9);
    }
}
