package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names read from Cyrillic: дж written "dzh", "dsch" or "j" is one sound ({@link RomanisationFold}); a first letter no
 * Cyrillic letter shares with the Latin word's is another name ({@link CyrillicFirstSounds}). Own examples.
 */
class CyrillicSpellingTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Джохар Дудаев|Jokhar Dudayev",
        "Джохар Дудаев|Dzhokhar Dudayev",
        "Dzhokhar Dudayev|Jokhar Dudayev",
        "Dschochar Dudajew|Jokhar Dudayev",
        "Джамшид Рахимов|Jamshid Rakhimov",
        "Dzhabarov|Jabarov",
        // the spellings the first sound allows still meet
        "Жуков|Schukow",
        "Цой|Tsoi",
        "Хрущёв|Chruschtschow",
        "Георгий Кузнецов|Heorhiy Kuznetsov",
        "Владимир Путин|Wladimir Putin",
        "Ксения Собчак|Xenia Sobchak",
        "Юлия Тимошенко|Yulia Tymoshenko",
        "Евгений Пригожин|Jewgeni Prigoschin",
    })
    void oneName(String a, String b) {
        assertThat(InterdictV2.compare(a, b, Schema.PERSON).score()).as("%s ~ %s", a, b).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare(b, a, Schema.PERSON).score()).as("%s ~ %s", b, a).isGreaterThanOrEqualTo(REVIEW);
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', value = {
        // б is b in every romanisation, п is p: the sound codes agree (PSPLF), the names do not
        "Александра Беспалов|Alexander Posobilov",
        "Иван Попов|Ivan Bobov",
        "Олег Тарасов|Oleg Darasov",
    })
    void anotherFirstSound(String a, String b) {
        NameScore s = InterdictV2.compare(a, b, Schema.PERSON);
        assertThat(s.score()).as("%s ~ %s", a, b).isLessThan(REVIEW);
        assertThat(InterdictV2.compare(b, a, Schema.PERSON).score()).as("%s ~ %s", b, a).isLessThan(REVIEW);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "bespalov|posobilov|true", "popov|bobov|true", "dudayev|tudayev|true", "vasily|fasily|true",
        "zhukov|schukow|false", "tsoi|coi|false", "khrushchev|chruschtschow|false", "georgy|heorhiy|false",
        "vladimir|wladimir|false", "kseniya|xenia|false", "yuliya|julia|false", "dzhokhar|jokhar|false",
        "yevgeny|evgeny|false", "aleksandr|oleksandr|false",
    })
    void firstSounds(String x, String y, boolean differ) {
        assertThat(CyrillicFirstSounds.differ(x, y)).isEqualTo(differ);
        assertThat(CyrillicFirstSounds.differ(y, x)).isEqualTo(differ);
    }
}
