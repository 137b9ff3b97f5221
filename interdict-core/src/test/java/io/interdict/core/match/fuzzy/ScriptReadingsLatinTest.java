package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** A name of characters below the Greek block has no reading of another script: what the readings skip for it is empty. */
class ScriptReadingsLatinTest {
    /** Latin letters with and without diacritics, digits, punctuation, spaces, and the ZWNJ-free Latin Extended blocks. */
    private static final String CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-'&()/"
            + "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßĀāĂăĄąĆćČčĎďĐđĒēĘęĚěĞğĪīİıŁłŃńŇňŌōŐőŒœŘřŚśŞşŠšŢţŤťŪūŮůŰűŹźŻżŽžƏəǍǎǦǧȘșȚțʼˈ";

    @Property(tries = 3000)
    void aNameBelowGreekHasNoReadingByScript(@ForAll long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int k = 0, n = 1 + r.nextInt(30); k < n; k++) {
            sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
        }
        String name = sb.toString();
        assertThat(ScriptReadings.belowGreek(name)).isTrue();
        assertThat(ScriptReadings.byScript(name)).as(name).isEmpty();
    }

    @Example
    void namesOfOtherScriptsAreStillRead() {
        assertThat(ScriptReadings.belowGreek("Μαρία")).isFalse();
        assertThat(ScriptReadings.readings("김정은")).isNotEmpty();
        assertThat(ScriptReadings.readings("Kim Jong Un")).isEmpty();
    }
}
