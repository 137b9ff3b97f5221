package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PalladiusReadingTest {
    @Test
    void syllablesAsTheSystemsRulesSpellThem() {
        assertThat(PalladiusReading.palladius("jin")).isEqualTo("цзинь");
        assertThat(PalladiusReading.palladius("zi")).isEqualTo("цзы");
        assertThat(PalladiusReading.palladius("qiang")).isEqualTo("цян");
        assertThat(PalladiusReading.palladius("xue")).isEqualTo("сюэ");
        assertThat(PalladiusReading.palladius("zhong")).isEqualTo("чжун");
        assertThat(PalladiusReading.palladius("ri")).isEqualTo("жи");
        assertThat(PalladiusReading.palladius("hui")).isEqualTo("хуэй");
        assertThat(PalladiusReading.palladius("gui")).isEqualTo("гуй");
        assertThat(PalladiusReading.palladius("wu")).isEqualTo("у");
        assertThat(PalladiusReading.palladius("wei")).isEqualTo("вэй");
        assertThat(PalladiusReading.palladius("you")).isEqualTo("ю");
        assertThat(PalladiusReading.palladius("yuan")).isEqualTo("юань");
        assertThat(PalladiusReading.palladius("yong")).isEqualTo("юн");
        assertThat(PalladiusReading.palladius("guo")).isEqualTo("го");
        assertThat(PalladiusReading.palladius("lue")).isEqualTo("люэ");
        assertThat(PalladiusReading.palladius("m")).isNull();
    }

    @Test
    void everySyllableButTheInterjectionsIsSpeltAndReadBack() {
        Set<String> readBack = new HashSet<>();
        for (String py : HanReadings.mandarinSyllables()) {
            String cyrillic = PalladiusReading.palladius(py);
            if (cyrillic == null) {
                assertThat(py).isIn("m", "n", "hm");
                continue;
            }
            assertThat(cyrillic).matches("[а-яё]+");
            readBack.add(PalladiusReading.table().get(cyrillic));
        }
        Set<String> lost = new HashSet<>(HanReadings.mandarinSyllables());
        lost.removeAll(readBack);
        assertThat(lost).containsExactlyInAnyOrder("m", "n", "hm");   // every other syllable has a spelling of its own
    }

    @Test
    void chineseNamesAsRussianWritesThem() {
        assertThat(PalladiusReading.reading("Си Цзиньпин")).isEqualTo("xi jinping");
        assertThat(PalladiusReading.reading("Мао Цзэ-дун")).isEqualTo("mao zedong");
        assertThat(PalladiusReading.reading("Чжоу Эньлай")).isEqualTo("zhou enlai");
        assertThat(PalladiusReading.reading("Дэн Сяопин")).isEqualTo("deng xiaoping");
        assertThat(PalladiusReading.reading("Хуэй Лянъюй")).isEqualTo("hui liangyu");
        assertThat(PalladiusReading.reading("Люй Бу")).isEqualTo("lu bu");
    }

    @Test
    void theUkrainianVariantAndRussiansEForEAreReadToo() {
        assertThat(PalladiusReading.readings("Сі Цзіньпін")).containsExactly("xi jinping");
        assertThat(PalladiusReading.readings("Ден Сяопін")).containsExactly("deng xiaoping");
        assertThat(PalladiusReading.readings("Мао Цзедун")).containsExactly("mao jiedong", "mao zedong");
        assertThat(PalladiusReading.readings("Мао Цзэдун")).containsExactly("mao zedong");
        assertThat(PalladiusReading.readings("Владимир Путин")).isEmpty();
    }

    @Test
    void russianNamesAndOtherTextAreNotRead() {
        assertThat(PalladiusReading.reading("Владимир Путин")).isNull();
        assertThat(PalladiusReading.reading("Иван Петров")).isNull();
        assertThat(PalladiusReading.reading("Цзиньпин")).isNull();             // one word
        assertThat(PalladiusReading.reading("Си Jinping")).isNull();           // Latin in it
        assertThat(PalladiusReading.reading("Си Цзиньпинцзиньпин")).isNull(); // four syllables in a word
        assertThat(PalladiusReading.reading(null)).isNull();
    }

    /** Any name of pinyin syllables, written in Palladius, reads back as the same syllables. */
    @Property(tries = 300)
    void aNameWrittenInPalladiusReadsBack(@ForAll @IntRange(min = 0, max = 100_000) int seed) {
        java.util.List<String> syllables = new java.util.ArrayList<>(new java.util.TreeSet<>(HanReadings.mandarinSyllables()));
        syllables.removeAll(Set.of("m", "n", "hm"));
        java.util.Random r = new java.util.Random(seed);
        String family = syllables.get(r.nextInt(syllables.size()));
        String given = syllables.get(r.nextInt(syllables.size()));
        String cyrillic = PalladiusReading.palladius(family) + " " + PalladiusReading.palladius(given);
        assertThat(PalladiusReading.reading(cyrillic)).isEqualTo(family + " " + given);
    }
}
