package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RendakuTest {
    @Test
    void voicesTheFirstConsonantUnlessLymansLawBlocksIt() {
        assertThat(Rendaku.voice("kawa")).isEqualTo("gawa");
        assertThat(Rendaku.voice("shima")).isEqualTo("jima");
        assertThat(Rendaku.voice("tsuka")).isEqualTo("zuka");
        assertThat(Rendaku.voice("hashi")).isEqualTo("bashi");
        assertThat(Rendaku.voice("ta")).isEqualTo("da");
        assertThat(Rendaku.voice("kaze")).isEqualTo("kaze");   // Lyman's law: z already voiced
        assertThat(Rendaku.voice("mori")).isEqualTo("mori");   // no voiceless onset
    }
}
