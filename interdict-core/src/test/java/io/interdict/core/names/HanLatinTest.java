package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link HanLatin}'s table reads a run of Han characters exactly as ICU's Han-Latin does in {@link Transliterate}. */
class HanLatinTest {
    @Test
    void theCommittedTableIsWhatIcuGivesEveryHanCharacter() throws IOException {
        String committed;
        try (InputStream in = HanLatin.class.getResourceAsStream("han-latin.tsv")) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(committed)
                .as("han-latin.tsv differs from ICU's Han-Latin (ICU upgraded?): regenerate it with HanLatinTableGenerator")
                .isEqualTo(HanLatinTableGenerator.table());
    }

    @Property(tries = 3000)
    void aRunReadsAsIcuReadsIt(@ForAll("runs") String run) {
        assertThat(Transliterate.unspacedRun(run)).isEqualTo(Transliterate.icuUnspacedRun(run));
    }

    @Test
    void namesAndTheCharactersIcuReadsInAContext() {
        assertThat(HanLatin.read("支付宝")).isEqualTo("zhifubao");
        assertThat(HanLatin.read("習近平")).isEqualTo("xijinping");
        for (int cp : HanLatinTableGenerator.contextual()) {
            assertThat(HanLatin.of(cp)).as("ICU reads %s by its neighbour: left to ICU", Character.toString(cp)).isNull();
        }
        assertThat(HanLatin.read("佐々木")).isEqualTo("zuo⓶mu");
        assertThat(HanLatin.read("藏文")).isNull();
        assertThat(HanLatin.read("カメラ")).isNull();
        for (String run : new String[] {"藏文", "重庆", "秘鲁", "西藏", "重要", "張偉", "東京都", "山田花子", "𠀀𠀁", "豈更", "佐々木", "々", "人々", "\uD87E\uDC91"}) {
            assertThat(Transliterate.unspacedRun(run)).as(run).isEqualTo(Transliterate.icuUnspacedRun(run));
        }
    }

    @Test
    void transliteratedNamesKeepTheirWordBreaks() {
        assertThat(new Transliterate().apply("阿里巴巴 集团", Schema.UNKNOWN)).isEqualTo(" alibaba   jituan ");
    }

    /** Runs of Han characters of each block (unified, extension A and B, compatibility), the characters ICU
     *  reads by context and their neighbours, now and then a kana or Thai letter (left to ICU). */
    @Provide
    Arbitrary<String> runs() {
        Arbitrary<String> pieces = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0x4E00, 0x9FFF).map(Character::toString)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x3400, 0x4DBF).map(Character::toString)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0xF900, 0xFAFF).map(Character::toString)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x20000, 0x2A6DF).map(Character::toString)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x2F800, 0x2FA1F).map(Character::toString)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of("藏", "重", "秘", "文", "庆", "鲁", "々", "〇")),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0x3041, 0x30FF).map(Character::toString)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of("ッ", "っ", "ン", "ん", "ー", "ゝ", "ゞ", "ヽ", "ヾ", "ゃ", "ャ", "ぁ", "ヴ")),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x0E01, 0x0E5B).map(Character::toString)));
        return pieces.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    }
}
