package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.InterdictV2;
import org.junit.jupiter.api.Test;

class HalfwidthKanaTest {
    @Test
    void halfwidthKatakanaIsReadAsTheFullwidthLetters() {
        assertThat(HalfwidthKana.widen("ｽｽﾞｷ ｲﾁﾛｳ")).isEqualTo("スズキ イチロウ");   // the voicing mark joins its letter
        assertThat(HalfwidthKana.widen("Suzuki")).isSameAs("Suzuki");
        assertThat(HalfwidthKana.widen(null)).isNull();
        // the long vowel the kana readings drop ("ichirou" -> "ichiro") is dropped for half-width letters too
        assertThat(InterdictV2.compare("ｽｽﾞｷ ｲﾁﾛｳ", "Suzuki Ichiro", Schema.PERSON).score())
                .isEqualTo(InterdictV2.compare("スズキ イチロウ", "Suzuki Ichiro", Schema.PERSON).score())
                .isGreaterThanOrEqualTo(0.8);
    }
}
