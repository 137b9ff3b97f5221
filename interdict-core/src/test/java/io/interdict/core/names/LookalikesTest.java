package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Signs typed for letters, and words spelt out letter by letter, read as the words (interdict-v2's pipeline). */
class LookalikesTest {
    private static String words(NamePipeline pipeline, String name, Schema schema) {
        return pipeline.prepare(name, schema).tokens().stream().map(Token::text).collect(Collectors.joining(" "));
    }

    @Test
    void signsInsideAWordAreTheLettersTheyStandFor() {
        assertThat(words(NamePipeline.standard(), "Al!sher Usm@nov", Schema.PERSON)).isEqualTo("alisher usmanov");
        assertThat(words(NamePipeline.standard(), "Igor $echin", Schema.PERSON)).isEqualTo("igor sechin");
        assertThat(words(NamePipeline.standard(), "Yahoo! Japan", Schema.COMPANY)).as("a sign after a word stays a sign")
                .isEqualTo("yahoo japan");
        assertThat(words(NamePipeline.standard(), "Payments @ Home", Schema.COMPANY)).as("not between two letters")
                .isEqualTo("payments home");
    }

    @Test
    void aWordSpeltOutLetterByLetterIsTheWord() {
        assertThat(words(NamePipeline.standard(), "R-o-s-n-e-f-t", Schema.COMPANY)).isEqualTo("rosneft");
        assertThat(words(NamePipeline.standard(), "S.e.c.h.i.n Igor", Schema.PERSON)).isEqualTo("sechin igor");
        assertThat(words(NamePipeline.standard(), "V. V. Putin", Schema.PERSON)).as("two initials stay initials")
                .isEqualTo("v v putin");
        assertThat(words(NamePipeline.standard(), "J.R.R. Tolkien", Schema.PERSON)).as("three too")
                .isEqualTo("j r r tolkien");
    }

    @Test
    void spelledOutWithSpacesFromFiveLetters() {
        assertThat(words(NamePipeline.standard(), "Vladimir P u t i n", Schema.PERSON)).isEqualTo("vladimir putin");
        assertThat(words(NamePipeline.standard(), "A B C D Smith", Schema.PERSON)).as("four may be initials")
                .isEqualTo("a b c d smith");
    }

    @Test
    void digitsRunIntoAPersonsNameStandApart() {
        assertThat(words(NamePipeline.standard(), "Vladimir Putin1952", Schema.PERSON)).isEqualTo("vladimir putin 1952");
        assertThat(words(NamePipeline.standard(), "Seven11 Holdings", Schema.COMPANY)).as("a company's stay")
                .isEqualTo("seven11 holdings");
    }

    @Test
    void interdictV1sPipelineIsAsFrozen() {
        assertThat(words(NamePipeline.v1(), "Al!sher Usm@nov", Schema.PERSON)).isEqualTo("al sher usm nov");
    }
}
