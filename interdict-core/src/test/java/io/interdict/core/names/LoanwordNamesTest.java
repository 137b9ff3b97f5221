package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.InterdictV2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Foreign names transcribed in katakana, Chinese characters and Hangul, their known words read back in Latin letters. */
class LoanwordNamesTest {
    @Test
    void knownWordsAreReadInTheirLatinSpellingsTheOthersAsLoanwords() {
        // ja.wikipedia, list of US presidents: ジョージ・ワシントン is George Washington
        assertThat(LoanwordNames.readings("ジョージ・ワシントン")).containsExactly("george washington");
        // Xinhua's list of British prime ministers (gov.cn): 玛格丽特·撒切尔 is Margaret Thatcher
        assertThat(LoanwordNames.readings("玛格丽特·撒切尔")).containsExactly("margaret thatcher");
        // a word the table does not hold is read letter by letter as before
        assertThat(LoanwordNames.readings("ジョージ・ヤマダ")).first().isEqualTo("george yamada");
    }

    @Test
    void aNameWithNoKnownWordOrNotTranscribedHasNoReadingHere() {
        assertThat(LoanwordNames.readings("ヤマダ・タロウ")).isEmpty();
        assertThat(LoanwordNames.readings("张伟")).isEmpty();        // a Chinese name: no middle dot
        assertThat(LoanwordNames.readings("George Washington")).isEmpty();
        assertThat(LoanwordNames.readings(null)).isEmpty();
    }

    /** Pairs whose transcriptions the table's sources give (AFP, the Korean press, the Chinese and Japanese lists of US
     *  presidents and British prime ministers). */
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "ジョージ・ワシントン|George Washington",
        "ウラジーミル・プーチン|Vladimir Putin",
        "约翰·肯尼迪|John Kennedy",
        "玛格丽特·撒切尔|Margaret Thatcher",
        "보리스 존슨|Boris Johnson",
        // ja.wikipedia セルゲイ・ラブロフ; baike.baidu.hk 谢尔盖·拉夫罗夫 (Sergey Lavrov); FT中文网 阿列克谢•纳瓦尔尼
        "セルゲイ・ラブロフ|Sergei Lavrov",
        "谢尔盖·拉夫罗夫|Sergey Lavrov",
        "阿列克谢•纳瓦尔尼|Alexei Navalny",
    })
    void meetsTheLatinSpelling(String transcribed, String latin) {
        assertThat(InterdictV2.compare(transcribed, latin, Schema.PERSON).score()).isGreaterThanOrEqualTo(0.8);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
        "ジョージ・ワシントン|George Clooney",
        "约翰·肯尼迪|John Carter",
        "보리스 존슨|Boris Yeltsin",
    })
    void doesNotMeetAnotherName(String transcribed, String latin) {
        assertThat(InterdictV2.compare(transcribed, latin, Schema.PERSON).score()).isLessThan(0.8);
    }
}
