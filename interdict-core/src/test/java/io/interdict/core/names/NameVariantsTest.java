package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NameVariantsTest {
    @Test
    void spellingsOfOneNameAreVariantsOfEachOther() {
        assertThat(NameVariants.same("moon", "mun")).isTrue();
        assertThat(NameVariants.same("bak", "park")).isTrue();
        assertThat(NameVariants.same("park", "moon")).isFalse();
        assertThat(NameVariants.same("suh", "seo")).isTrue();       // 서, as Wikipedia's "Seo (Korean name)" gives it
        assertThat(NameVariants.same("suh", "shin")).isFalse();
        assertThat(NameVariants.same("moon", "moon")).isTrue();
        assertThat(NameVariants.same("smith", "smith")).isFalse();
    }

    @Test
    void aFrequentGivenNameIsKnownByItsFirstSpellingInEveryRomanisation() {
        assertThat(NameVariants.givenName("youssef")).isEqualTo("yusuf");
        assertThat(NameVariants.givenName("yusuf")).isEqualTo("yusuf");
        assertThat(NameVariants.givenName("husayn")).isEqualTo(NameVariants.givenName("hossein")).isEqualTo("husain");
        assertThat(NameVariants.givenName("hassan")).isEqualTo("hasan").isNotEqualTo(NameVariants.givenName("hussain"));
        assertThat(NameVariants.givenName("hamza")).isNull();
        assertThat(NameVariants.givenName("joseph")).as("a translation is not a spelling").isNull();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"name-variants.tsv", "given-name-spellings.tsv"})
    void everyEntryIsAsThePipelineLeavesItAndEveryLineNamesItsSource(String file) throws Exception {
        try (var in = NameVariants.class.getResourceAsStream(file)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertThat(f).as(line).hasSize(2);
                assertThat(f[1]).as(line).isNotBlank();
                for (String w : f[0].split(" ")) {
                    assertThat(NamePipeline.standard().prepare(w, Schema.PERSON).tokens()).as(w)
                            .extracting(Token::text).containsExactly(w);
                }
            }
        }
    }
}
