package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** ICU's transliterators rewrite a {@link BuilderText} exactly as they rewrite a string. */
class BuilderTextTest {
    private static final Transliterator ANY = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");
    private static final Transliterator LATIN = Transliterator.getInstance("Latin-ASCII; Lower");

    @Property(tries = 400)
    void sameAsIcusOwnTextInEveryScript(@ForAll("mixed") String text) {
        assertThat(BuilderText.transliterate(ANY, text)).isEqualTo(ANY.transliterate(text));
        assertThat(BuilderText.transliterate(LATIN, text)).isEqualTo(LATIN.transliterate(text));
    }

    @Test
    void namesOfEachScript() {
        for (String s : new String[] {"张伟", "習近平", "김정은", "Владимир Путин", "محمد بن سلمان", "דוד", "राहुल गांधी", "สมชาย",
                "さくら", "サクラ", "Ελένη", "Հայկ", "ქართველი", "Erdoğan", "𠀀𠀁 a", "", " - '"}) {
            assertThat(BuilderText.transliterate(ANY, s)).as(s).isEqualTo(ANY.transliterate(s));
        }
    }

    @Provide
    Arbitrary<String> mixed() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.chars().range('\u4E00', '\u9FFF').map(String::valueOf),
                Arbitraries.chars().range('\uAC00', '\uD7A3').map(String::valueOf),
                Arbitraries.chars().range('\u0400', '\u04FF').map(String::valueOf),
                Arbitraries.chars().range('\u0600', '\u06FF').map(String::valueOf),
                Arbitraries.chars().range('\u05D0', '\u05EA').map(String::valueOf),
                Arbitraries.chars().range('\u0900', '\u097F').map(String::valueOf),
                Arbitraries.chars().range('\u0E00', '\u0E7F').map(String::valueOf),
                Arbitraries.chars().range('\u3040', '\u30FF').map(String::valueOf),
                Arbitraries.chars().range('\u0370', '\u03FF').map(String::valueOf),
                Arbitraries.chars().range('\u0530', '\u058F').map(String::valueOf),
                Arbitraries.chars().range('\u10A0', '\u10FF').map(String::valueOf),
                Arbitraries.chars().range('\u00C0', '\u024F').map(String::valueOf),
                Arbitraries.chars().range('a', 'z').map(String::valueOf),
                Arbitraries.of(" ", "-", "'", "1", ".", "\u0301", "\uD840\uDC00", "\uD840", "\uDC00"));
        return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
    }
}
