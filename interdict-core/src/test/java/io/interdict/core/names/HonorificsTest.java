package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HonorificsTest {
    private static String person(String name) {
        return words(name, Schema.PERSON);
    }

    private static String words(String name, Schema schema) {
        return NamePipeline.standard().prepare(name, schema).tokens().stream().map(Token::text)
                .collect(Collectors.joining(" "));
    }

    @Test
    void titlesBeforeAPersonsNameAreDropped() {
        assertThat(person("His Excellency Ilham Aliyev")).isEqualTo("ilham aliyev");
        assertThat(person("Gen. Min Aung Hlaing")).isEqualTo("min aung hlaing");
        assertThat(person("The Rt. Hon. Keir Starmer")).isEqualTo("keir starmer");
        assertThat(person("His Royal Highness Sheikh Mohammed Bin Rashid")).as("the longest phrase first")
                .startsWith("sheikh mohammed");
        assertThat(person("Reverend Father Joseph Ratzinger")).as("one title after another").isEqualTo("joseph ratzinger");
    }

    @Test
    void suffixesAfterAPersonsNameAreDropped() {
        assertThat(person("Joseph R. Biden Jr.")).isEqualTo("joseph r biden");
        assertThat(person("Martin Luther King, Jr.")).as("a comma name puts the suffix first").isEqualTo("martin luther king");
        assertThat(person("Thomas Howell Snr")).isEqualTo("thomas howell");
    }

    @Test
    void twoWordsOfTheNameAlwaysStay() {
        assertThat(person("Lady Gaga")).isEqualTo("lady gaga");
        assertThat(person("General Tso")).isEqualTo("general tso");
        assertThat(person("Doctor General Smith")).as("the second title stays where one word would be left")
                .isEqualTo("general smith");
        assertThat(person("Sammy Davis")).isEqualTo("sammy davis");
    }

    @Test
    void onlyPersonsLoseThem() {
        assertThat(words("General Motors Company", Schema.COMPANY)).startsWith("general motors");
        assertThat(words("Captain Morgan Rum Distillers", Schema.UNKNOWN)).startsWith("captain morgan");
        assertThat(words("General Motors Smith", Schema.PERSON)).as("a title before any person's name")
                .isEqualTo("motors smith");
    }

    @Test
    void droppingIsIdempotent() {
        for (String name : List.of("His Excellency General Ilham Aliyev Jr.", "Doctor General Smith",
                "Reverend Jr. Smith", "Jr, Sr, Smith Jones")) {
            PreparedName once = NamePipeline.standard().prepare(name, Schema.PERSON);
            PreparedName twice = NamePipeline.standard().prepare(
                    once.tokens().stream().map(Token::text).collect(Collectors.joining(" ")), Schema.PERSON);
            assertThat(twice.tokens()).as(name).isEqualTo(once.tokens());
        }
    }

    @Test
    void everyTableWordIsStoredAsThePipelineFoldsIt() {
        for (SourcedTable.Row row : SourcedTable.read(Honorifics.class, "honorifics.tsv", 3, "")) {
            assertThat(words(row.fields()[0], Schema.COMPANY)).as("line " + row.line()).isEqualTo(row.fields()[0]);
        }
    }

    @Test
    void interdictV1sPipelineKeepsThem() {
        assertThat(NamePipeline.v1().prepare("His Excellency Ilham Aliyev", Schema.PERSON).tokens())
                .extracting(Token::text).contains("excellency");
    }
}
