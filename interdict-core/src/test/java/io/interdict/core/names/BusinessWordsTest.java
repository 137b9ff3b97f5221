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
    void activityWordsOfTheThinnerLanguagesAreReadToo() {
        // Persian foolad (steel), Hebrew mischar (trade), Indonesian pelayaran (shipping), Ukrainian zavod (plant)
        assertThat(BusinessWords.inEnglish("Mobarakeh Foolad Co")).contains("mobarakeh steel co");
        assertThat(BusinessWords.inEnglish("PT Pelayaran Nusantara")).contains("pt shipping nusantara");
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("Shaltiel Mischar Ltd", "Shaltiel Trading Ltd",
                Schema.COMPANY).score()).isGreaterThanOrEqualTo(0.8);
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("Mobarakeh Foolad Co", "Mobarakeh Cement Co",
                Schema.COMPANY).score()).isLessThan(0.8);
    }

    /** mayHold, the search's cheap test, says yes to every name the full reading reads: each line's word, as the table
     *  writes it, upper case or with random words around it. */
    @Test
    void theCheapTestNeverMissesAWordTheReadingReads() {
        java.util.Random random = new java.util.Random(42);
        String[] others = {"Haldor", "Yılmaz", "Nguyễn", "Zhongshan", "AS", "Ltd", "Co.", "Søren", "d.o.o."};
        for (SourcedTable.Row row : SourcedTable.read(BusinessWords.class, "business-words.tsv", 4, "")) {
            String word = row.fields()[0];
            for (String name : new String[]{word, word.toUpperCase(java.util.Locale.ROOT),
                    others[random.nextInt(others.length)] + " " + word + " " + others[random.nextInt(others.length)]}) {
                if (!BusinessWords.inEnglish(name).isEmpty()) {
                    assertThat(BusinessWords.mayHold(name)).as("line %d: %s", row.line(), name).isTrue();
                }
            }
        }
        // what the fold joins or reads as letters (found by a review): an apostrophe inside a word, @ ! $ for a i s, a
        // word spelt out, a soft hyphen
        for (String name : new String[]{"Havapeyma'i-ye Jomhuri-ye Eslami-ye Iran", "Yiwu Xinhe M@oyi Youxian Gongsi",
                "Akdeniz $anayi A.S.", "Haldor R-e-d-e-r-i AS", "Haldor Rede\u00ADri AS"}) {
            if (!BusinessWords.inEnglish(name).isEmpty()) {
                assertThat(BusinessWords.mayHold(name)).as(name).isTrue();
            }
        }
        assertThat(BusinessWords.inEnglish("Havapeyma'i-ye Jomhuri-ye Eslami-ye Iran")).isNotEmpty();
        assertThat(BusinessWords.mayHold("John Smith")).isFalse();
        assertThat(BusinessWords.mayHold("Solheim Shipping AS")).isFalse();
    }

    @Test
    void aNameOfNoSchemaWithALegalFormIsReadInASearch() {
        // the query of a search: read when it writes a legal form, as an organisation's; not without
        assertThat(io.interdict.core.match.fuzzy.ScriptReadings.translations("Yiwu Xinhe Maoyi Youxian Gongsi",
                Schema.UNKNOWN)).contains("yiwu xinhe trading youxian gongsi");
        assertThat(io.interdict.core.match.fuzzy.ScriptReadings.translations("Haldor Rederi AS", Schema.UNKNOWN))
                .contains("haldor shipping as");
        assertThat(io.interdict.core.match.fuzzy.ScriptReadings.translations("Haldor Rederi", Schema.UNKNOWN)).isEmpty();
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
