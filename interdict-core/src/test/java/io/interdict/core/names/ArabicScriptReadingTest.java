package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.InterdictV2;
import io.interdict.core.match.fuzzy.ScriptReadings;
import org.junit.jupiter.api.Test;

class ArabicScriptReadingTest {
    private static final double REVIEW = 0.8;

    @Test
    void aFinalTaMarbutaReadsAsItsPausalA() {
        assertThat(ScriptReadings.readings("خديجة")).contains("\u062E\u062F\u064A\u062C\u0627");
        assertThat(InterdictV2.compare("خديجة", "Khadija", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("أسامة", "Usama", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        // ICU's t stays the name's own reading: "Hamzat"
        assertThat(InterdictV2.compare("حمزة", "Hamzat", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        // a ta that is no ta marbuta is read: بنت is "bint", never "bina"
        assertThat(ScriptReadings.readings("بنت")).isEmpty();
    }

    @Test
    void urduDoChashmiHeReadsAsTheAspirationItMarks() {
        assertThat(ScriptReadings.readings("بھٹی")).contains("\u0628\u0647\u0679\u06CC");
        assertThat(InterdictV2.compare("عامر بھٹی", "Amir Bhatti", Schema.PERSON).score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare("عامر بھٹی", "Amir Butt", Schema.PERSON).score()).isLessThan(REVIEW);
    }
}
