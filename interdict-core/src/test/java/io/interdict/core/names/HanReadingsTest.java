package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every line of han-readings.tsv is read back, when asked, as its fields say. */
class HanReadingsTest {
    @Test
    void everyCharacterReadsAsItsLine() throws IOException {
        String table;
        try (InputStream in = HanReadings.class.getResourceAsStream("han-readings.tsv")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int lines = 0;
        for (String line : table.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            lines++;
            String[] f = line.split("\t", -1);
            int cp = f[0].codePointAt(0);
            HanReadings.Reading r = HanReadings.of(cp);
            assertThat(r).as(f[0]).isNotNull();
            assertThat(r.mandarin()).as(f[0]).containsExactly(words(f[1]));
            assertThat(r.hangul()).as(f[0]).isEqualTo(f[2].isEmpty() ? null : f[2].split(" ")[0]);
            assertThat(r.kun()).as(f[0]).containsExactly(words(f[3]));
            assertThat(r.on()).as(f[0]).containsExactly(words(f[4]));
            assertThat(HanReadings.hangulReadings(cp)).as(f[0]).containsExactly(words(f[2]));
            assertThat(HanReadings.cantonese(cp)).as(f[0]).containsExactly(f.length > 5 ? words(f[5]) : new String[0]);
            assertThat(HanReadings.of(cp)).as("read once, then kept").isSameAs(r);
        }
        assertThat(lines).isGreaterThan(17_000);
    }

    @Test
    void charactersOutsideTheTableHaveNoReadings() {
        assertThat(HanReadings.of('a')).isNull();
        assertThat(HanReadings.hangulReadings('a')).isEmpty();
        assertThat(HanReadings.cantonese(0x20000 - 1)).isEmpty();
        assertThat(HanReadings.of(0x10FFFF)).isNull();
    }

    @Test
    void namesCharacters() {
        assertThat(HanReadings.of('李').mandarin()).contains("li");
        assertThat(HanReadings.cantonese('李')).contains("lei");
        assertThat(Arrays.asList(HanReadings.hangulReadings('泌'))).contains("비", "필");
    }

    private static String[] words(String s) {
        return s.isEmpty() ? new String[0] : s.split(" ");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} inside a word reads {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "羅, 라",   // Unihan: 나 라; 尹美羅 is Mi-ra
        "李, 리",   // 리 이: the first is the one inside a word already
        "女, 녀",   // 녀 여: ㄴ before y is silent only at a word's start
        "金, 김",   // one reading: itself
        "正, 정",
    })
    void aReadingInsideAWordIsTheOneTheInitialSoundRuleLeaves(String character, String inside) {
        assertThat(new String(Character.toChars(HanReadings.hangulInside(character.codePointAt(0))))).isEqualTo(inside);
    }
}
