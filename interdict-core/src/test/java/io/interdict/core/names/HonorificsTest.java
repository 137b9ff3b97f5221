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
        assertThat(person("His Royal Highness Prince Mohammed Bin Rashid")).as("the longest phrase first")
                .startsWith("prince mohammed");
        assertThat(person("Reverend Father Joseph Ratzinger")).as("one title after another").isEqualTo("joseph ratzinger");
        assertThat(person("Colonel Abdul Kabir")).as("a rank the UN list gives apart from the name").isEqualTo("abdul kabir");
    }

    @Test
    void titlesTheListsAlsoWriteIntoNamesAreKeptAsParticles() {
        assertThat(NamePipeline.standard().prepare("Maulavi Abdul Kabir", Schema.PERSON).tokens()).containsExactly(
                new Token("maulavi", TokenKind.PARTICLE), new Token("abdul", TokenKind.WORD), new Token("kabir", TokenKind.WORD));
        assertThat(NamePipeline.standard().prepare("Doctor Qari Abdul Kabir", Schema.PERSON).tokens())
                .extracting(Token::text).containsExactly("qari", "abdul", "kabir");
        assertThat(NamePipeline.standard().prepare("Qari Rahmat", Schema.PERSON).tokens()).as("two words stay words")
                .containsExactly(new Token("qari", TokenKind.WORD), new Token("rahmat", TokenKind.WORD));
        assertThat(person("Merry Maulana")).as("a title only before the name").isEqualTo("merry maulana");
    }

    @Test
    void malaysianFederalAndStateTitlesAreDropped() {
        assertThat(person("Tan Sri Rahimah Kamaruddin")).isEqualTo("rahimah kamaruddin");
        assertThat(person("Dato' Seri Faizal Osman")).isEqualTo("faizal osman");
        assertThat(person("Datuk Sri Lim Boon Keat")).isEqualTo("lim boon keat");
        assertThat(person("Datin Paduka Nurul Azlina")).isEqualTo("nurul azlina");
        assertThat(person("Tun Myint Aung")).as("Tun is a word of Burmese names: kept").isEqualTo("tun myint aung");
        assertThat(person("Sri Wahyuni Lestari")).as("Sri alone is a given name").isEqualTo("sri wahyuni lestari");
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
    void aNameOfNoKnownKindKeepsItsTitlesAsParticles() {
        assertThat(NamePipeline.standard().prepare("General Dragan Nikolic", Schema.UNKNOWN).tokens()).containsExactly(
                new Token("general", TokenKind.PARTICLE), new Token("dragan", TokenKind.WORD), new Token("nikolic", TokenKind.WORD));
        assertThat(NamePipeline.standard().prepare("Major General Amar Ismael Jr", Schema.UNKNOWN).tokens())
                .extracting(Token::kind).containsExactly(TokenKind.PARTICLE, TokenKind.PARTICLE, TokenKind.WORD,
                        TokenKind.WORD, TokenKind.PARTICLE);
        assertThat(NamePipeline.standard().prepare("General Tso", Schema.UNKNOWN).tokens()).as("two words stay as they are")
                .extracting(Token::kind).containsExactly(TokenKind.GENERIC, TokenKind.WORD);
        for (String name : List.of("His Excellency General Ilham Aliyev Jr.", "General Motors Company")) {
            PreparedName once = NamePipeline.standard().prepare(name, Schema.UNKNOWN);
            PreparedName twice = NamePipeline.standard().prepare(
                    once.tokens().stream().map(Token::text).collect(Collectors.joining(" ")), Schema.UNKNOWN);
            assertThat(twice.tokens()).as(name).isEqualTo(once.tokens());
        }
    }

    @Test
    void droppingIsIdempotent() {
        for (String name : List.of("His Excellency General Ilham Aliyev Jr.", "Doctor General Smith",
                "Reverend Jr. Smith", "Jr, Sr, Smith Jones", "Maulavi Doctor Abdul Kabir", "Doctor Haji Abdul Kabir")) {
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
