package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HypocorismsTest {
    @Test
    void aNameAndItsHypocorismAreRelatedEitherWayAndShareAGroupBit() {
        assertThat(Hypocorisms.related("theodore", "ted")).isTrue();
        assertThat(Hypocorisms.related("ted", "theodore")).isTrue();
        assertThat(Hypocorisms.groups("theodore") & Hypocorisms.groups("ted")).isNotZero();
        assertThat(Hypocorisms.groups("william") & Hypocorisms.groups("bill")).isNotZero();
    }

    @Test
    void aWordOutsideTheTableHasNoGroupAndPairsWithNothing() {
        assertThat(Hypocorisms.groups("zzyzx")).isZero();
        assertThat(Hypocorisms.related("zzyzx", "ted")).isFalse();
        assertThat(Hypocorisms.groups("ted")).isNotZero();
    }

    @Test
    void russianShortFormsComeFromTheirOwnTableAndMeetEverySpellingTheTableWrites() {
        assertThat(Hypocorisms.related("vova", "vladimir")).isTrue();
        assertThat(Hypocorisms.related("sasha", "aleksandr")).isTrue();
        assertThat(Hypocorisms.related("sasha", "alexander")).isTrue();
        assertThat(Hypocorisms.related("sasha", "vladimir")).isFalse();
        assertThat(Hypocorisms.related("dima", "mitya")).as("two short forms of one name are not related").isFalse();
    }

    @Test
    void ukrainianItalianGermanFrenchPortugueseAndHebrewShortFormsHaveTablesOfTheirOwn() {
        assertThat(Hypocorisms.related("volodya", "volodymyr")).isTrue();
        assertThat(Hypocorisms.related("lyosha", "alexei")).isTrue();
        assertThat(Hypocorisms.related("beppe", "giuseppe")).isTrue();
        assertThat(Hypocorisms.related("sepp", "josef")).isTrue();
        assertThat(Hypocorisms.related("manu", "emmanuel")).isTrue();
        assertThat(Hypocorisms.related("lula", "luiz")).isTrue();
        assertThat(Hypocorisms.related("bibi", "benjamin")).isTrue();
        assertThat(Hypocorisms.groups("bibi") & Hypocorisms.groups("benjamin")).isNotZero();
        // a pet name a family uses is no record's: left out
        assertThat(Hypocorisms.related("toto", "thomas")).isFalse();
        assertThat(Hypocorisms.related("bibi", "yosef")).isFalse();
    }

    @Test
    void anEnglishNameMeetsItsCognatesButTwoCognatesDoNotMeet() {
        assertThat(Hypocorisms.related("john", "juan")).isTrue();
        assertThat(Hypocorisms.related("giuseppe", "joseph")).isTrue();
        assertThat(Hypocorisms.related("juan", "ivan")).as("two Spanish names, both John's").isFalse();
        assertThat(Hypocorisms.related("pablo", "pedro")).isFalse();
    }
}
