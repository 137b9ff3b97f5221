package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegalFormCountriesTest {
    @Test
    void formsAtTheEndOrFirstTellTheirCountries() {
        assertThat(LegalFormCountries.of("Brandvik Hydraulik GmbH")).contains("DE", "AT", "CH").doesNotContain("MY");
        assertThat(LegalFormCountries.of("Brandvik Hydraulik Sdn. Bhd.")).contains("MY");
        assertThat(LegalFormCountries.of("OOO Strelka")).contains("RU");
        assertThat(LegalFormCountries.of("Brandvik GmbH & Co. KG")).contains("DE");
    }

    @Test
    void englishFormsAndWordsInsideTheNameTellNone() {
        assertThat(LegalFormCountries.of("Brandvik Hydraulik Ltd")).isEmpty();
        assertThat(LegalFormCountries.of("Brandvik Hydraulik Inc.")).isEmpty();
        assertThat(LegalFormCountries.of("Sea AG Trading")).as("a form amid the name is a word").isEmpty();
        assertThat(LegalFormCountries.of("SA Breweries")).as("two letters first, not where companies write a form").isEmpty();
        assertThat(LegalFormCountries.of("GmbH")).as("a name that is only a form").isEmpty();
        // "Private Limited" ends Indian names; "Private Limited Company" describes a B.V., a GmbH, a UK company in English
        assertThat(LegalFormCountries.of("Brandvik Hydraulik Private Limited")).contains("IN");
        assertThat(LegalFormCountries.of("Brandvik Hydraulik Private Limited Company")).isEmpty();
        assertThat(LegalFormCountries.disjoint("Van Dijk Transport B.V.", "Van Dijk Transport Private Limited Company")).isFalse();
    }

    @Test
    void spellingsThatFoldAlikePoolTheirCountries() {
        // "A.Ş." (Turkey) and "AS" (Norway, Estonia) fold to one form: a name with either is of any of them
        assertThat(LegalFormCountries.of("Demir Kimya A.Ş.")).contains("TR", "NO");
        assertThat(LegalFormCountries.disjoint("Demir Kimya A.Ş.", "Demir Kimya AS")).isFalse();
        assertThat(LegalFormCountries.disjoint("Demir Kimya A.Ş.", "Demir Kimya B.V.")).isTrue();
    }

    @Test
    void everyLineFoldsToAForm() {
        for (SourcedTable.Row row : SourcedTable.read(LegalFormCountries.class, "legal-form-countries.tsv", 4, "")) {
            String folded = NamePipeline.standard().foldedText(row.fields()[0], Schema.COMPANY).strip();
            assertThat(folded).as("line " + row.line()).isNotEmpty();
        }
    }
}
