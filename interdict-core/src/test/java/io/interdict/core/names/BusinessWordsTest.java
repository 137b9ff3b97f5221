package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusinessWordsTest {
    @Test
    void activityWordsAreReadInEnglish() {
        assertThat(BusinessWords.inEnglish("Solheim Rederi AS")).contains("solheim shipping as");
        assertThat(BusinessWords.inEnglish("Demir İnşaat A.Ş.")).contains("demir construction as");
        assertThat(BusinessWords.inEnglish("Huaxing Maoyi Youxian Gongsi")).containsExactly(
                "huaxing trade youxian gongsi", "huaxing trading youxian gongsi");
    }

    @Test
    void aNameWithoutOneHasNoReading() {
        assertThat(BusinessWords.inEnglish("Solheim Shipping AS")).isEmpty();
        assertThat(BusinessWords.inEnglish(null)).isEmpty();
    }

    @Test
    void everyLineIsOneWordOnceFolded() {
        for (SourcedTable.Row row : SourcedTable.read(BusinessWords.class, "business-words.tsv", 4, "")) {
            String folded = NamePipeline.standard().foldedText(row.fields()[0], Schema.COMPANY).strip();
            assertThat(folded).as("line " + row.line()).isNotEmpty().doesNotContain(" ");
            assertThat(row.fields()[0].codePointCount(0, row.fields()[0].length())).as("line " + row.line())
                    .isGreaterThanOrEqualTo(4);
        }
    }
}
