package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WadeGilesTest {
    @Test
    void initialsAndFinalsAsTheConversionTablesGiveThem() {
        assertThat(WadeGiles.of("jiang")).isEqualTo("chiang");
        assertThat(WadeGiles.of("xiao")).isEqualTo("hsiao");
        assertThat(WadeGiles.of("zhong")).isEqualTo("chung");
        assertThat(WadeGiles.of("ren")).isEqualTo("jen");
        assertThat(WadeGiles.of("cai")).isEqualTo("tsai");
        assertThat(WadeGiles.of("bian")).isEqualTo("pien");
        assertThat(WadeGiles.of("guo")).isEqualTo("kuo");
        assertThat(WadeGiles.of("luo")).isEqualTo("lo");
        assertThat(WadeGiles.of("ge")).isEqualTo("ko");
        assertThat(WadeGiles.of("shi")).isEqualTo("shih");
        assertThat(WadeGiles.of("si")).isEqualTo("ssu");
        assertThat(WadeGiles.of("xiong")).isEqualTo("hsiung");
        assertThat(WadeGiles.of("lv")).isEqualTo("lu");
        assertThat(WadeGiles.of("ma")).isEqualTo("ma");
    }

    @Test
    void mandarinSpellingMixesThem() {
        int[] name = "学良".codePoints().toArray();
        assertThat(MandarinSpelling.spells(name, "hsuehliang")).isTrue();
        assertThat(MandarinSpelling.spells(name, "xueliang")).isTrue();
        assertThat(MandarinSpelling.spells(name, "hsuehming")).isFalse();
    }
}
