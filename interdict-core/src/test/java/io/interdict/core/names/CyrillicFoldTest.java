package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Basic Cyrillic read from the generated table is what ICU (BGN/PCGN) reads, or the word is left to ICU. */
class CyrillicFoldTest {
    private static final Transliterator ICU = Transliterator.getInstance(Transliterate.ANY_ASCII_ID);

    @Property(tries = 5000)
    void wordsReadAsIcuReadsThem(@ForAll("words") String word) {
        String fast = CyrillicFold.fold(word);
        if (fast != null) {
            assertThat(fast).as(word).isEqualTo(ICU.transliterate(word));
        }
    }

    @Test
    void readsRussianNamesAndLeavesVowelsSideBySideToIcu() {
        for (String name : new String[] {"владимир", "путин", "иван", "петров", "лавров", "медведев", "елена", "ёлкин", "подъячев",
                "мацкевич", "тсыганов", "шчукин", "ясинский", "мельников"}) {
            String fast = CyrillicFold.fold(name);
            if (fast != null) {
                assertThat(fast).as(name).isEqualTo(ICU.transliterate(name));
            }
        }
        assertThat(CyrillicFold.fold("петров")).isEqualTo("petrov");
        assertThat(CyrillicFold.fold("елена")).isEqualTo("yelena");
        assertThat(CyrillicFold.fold("медведев")).as("е after a consonant").isEqualTo("medvedev");
        assertThat(CyrillicFold.fold("сергей")).isEqualTo("sergey");
        // Where vowels meet, ICU looks further back: read by the letter before the pair (T lines).
        for (String name : new String[] {"андреевич", "алексеев", "сергеевна", "матвеев", "коробейников", "аэропорт",
                "тимофеевич", "аксёнов", "пырьев"}) {
            assertThat(CyrillicFold.fold(name)).as(name).isNotNull().isEqualTo(ICU.transliterate(name));
        }
        assertThat(CyrillicFold.fold("андреевич")).isEqualTo("andreyevich");
        for (String name : new String[] {"марʼяна", "демʼянчук", "деревʼянко", "бабʼюк", "обʼєднання", "пʼєр", "сʼёл"}) {
            assertThat(CyrillicFold.fold(name)).as(name).isNotNull().isEqualTo(ICU.transliterate(name));
        }
        assertThat(CyrillicFold.fold("сʼёл")).as("ё after the apostrophe reads as after a consonant").isEqualTo("sʼel".replace('ʼ', '\''));
        assertThat(CyrillicFold.fold("ʼя")).as("a word beginning with the apostrophe goes to ICU").isNull();
        for (String typed : new String[] {"васовa", "иванoв", "aлексей", "сeргей"}) {
            String fast = CyrillicFold.fold(typed);
            if (fast != null) {
                assertThat(fast).as(typed).isEqualTo(ICU.transliterate(typed));
            }
        }
        assertThat(CyrillicFold.fold("васовa")).as("a Latin letter typed in a Cyrillic word").isEqualTo("vasova");
        assertThat(CyrillicFold.fold("aлексей")).as("a Latin letter first: ICU reads it").isNull();
        assertThat(CyrillicFold.fold("ivan")).isNull();
        assertThat(CyrillicFold.fold("")).isNull();
    }

    @Test
    void theCommittedTableIsWhatIcuGives() {
        CommittedTables.assertIsGenerated("cyrillic-fold.tsv", CyrillicFoldTableGenerator.table(), CyrillicFoldTableGenerator.class);
    }

    @Provide
    Arbitrary<String> words() {
        // Vowels and signs as often as the other letters, so that they often meet (where ICU looks further back).
        Arbitrary<Character> letter = Arbitraries.oneOf(Arbitraries.chars().range(CyrillicFold.FIRST, CyrillicFold.LAST),
                Arbitraries.of('а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'ъ', 'ь', 'й', 'є', 'і', 'ї', 'ў', CyrillicFold.APOSTROPHE),
                Arbitraries.chars().range('a', 'z'));
        return letter.list().ofMinSize(1).ofMaxSize(12).map(l -> {
            StringBuilder sb = new StringBuilder();
            l.forEach(sb::append);
            return sb.toString();
        });
    }
}
