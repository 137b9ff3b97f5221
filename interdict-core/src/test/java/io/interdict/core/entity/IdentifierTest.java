package io.interdict.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifierTest {
    @Test
    void aSchemeIsLettersDigitsUnderscoresDotsAndHyphensLowerCased() {
        assertThat(Identifier.parse(" Android:com.tencent.mm").scheme()).isEqualTo("android");
        assertThat(new Identifier("id_gender-2.x", "M").scheme()).isEqualTo("id_gender-2.x");
        for (String bad : new String[] {"", " ", "pass port", "imo/2", "numéro", "a:b"}) {
            assertThatThrownBy(() -> new Identifier(bad, "1")).as("'%s'", bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be letters, digits");
        }
        assertThatThrownBy(() -> new Identifier("imo", " ")).hasMessageContaining("has no value");
    }

    @Test
    void numericRegistriesCompareWithoutSpacesAndHyphens() {
        assertThat(Identifier.parse("imo:918 76-29").normalizedValue()).isEqualTo("9187629");
        assertThat(Identifier.parse("android:Com.Eg.Android.AlipayGphone").key()).isEqualTo("android:com.eg.android.alipaygphone");
    }
}
