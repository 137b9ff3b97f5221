package io.interdict.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimpleNormalizerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Huawei Technologies Co., Ltd.     | HUAWEI TECHNOLOGIES COMPANY LIMITED",
            "MAHAN AIR                         | Mahan Air",
            "Ｍａｈａｎ　Ａｉｒ                   | mahan air",
            "Société Générale S.A.             | SOCIETE GENERALE SA",
            "Air Mahan                         | MAHAN AIR",
            "腾讯控股有限公司                    | 腾讯控股 Ltd",
    })
    void equalAsTokenSets(String a, String b) {
        assertThat(SimpleNormalizer.key(a)).isEqualTo(SimpleNormalizer.key(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Huawei | Huawei Technologies", "Alipay | Alipay Singapore"})
    void differentTokenSetsDiffer(String a, String b) {
        assertThat(SimpleNormalizer.key(a)).isNotEqualTo(SimpleNormalizer.key(b));
    }
}
