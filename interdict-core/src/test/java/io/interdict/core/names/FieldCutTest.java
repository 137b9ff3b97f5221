package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A name cut at a payment message's line width. */
class FieldCutTest {
    @Test
    void aFieldOfALinesWidthHasItsLastWordWrittenOutAsEachWordOfTheOtherNameItBegins() {
        String cut = "PUBLIC JOINT STOCK COMPANY UZHURALZ";
        assertThat(cut).hasSize(35);
        assertThat(FieldCut.mayBeCut(cut)).isTrue();
        // the other name cut after the word, as the field was: its last words are no words the field lacks
        assertThat(FieldCut.completions(cut, "PUBLIC JOINT STOCK COMPANY UZHURALZOLOTO GROUP OF COMPANIES"))
                .containsExactly(new FieldCut.Completion("PUBLIC JOINT STOCK COMPANY UZHURALZOLOTO",
                        "PUBLIC JOINT STOCK COMPANY UZHURALZOLOTO"));
        assertThat(FieldCut.completions("THE REVIVAL OF ISLAMIC HERITAGE SOC", "Revival of Islamic Heritage Society (RIHS)"))
                .containsExactly(new FieldCut.Completion("THE REVIVAL OF ISLAMIC HERITAGE SOCIETY", "Revival of Islamic Heritage Society"));
        assertThat(FieldCut.lastWord(cut)).isEqualTo("UZHURALZ");
    }

    @Test
    void otherFieldsAreNotCut() {
        // shorter or longer than a line
        assertThat(FieldCut.completions("PUBLIC JOINT STOCK COMPANY UZHURAL", "UZHURALZOLOTO")).isEmpty();
        assertThat(FieldCut.mayBeCut("PUBLIC JOINT STOCK COMPANY UZHURALZOL")).isFalse();
        // a last word of one letter (an initial), or one no word of the other name begins with
        assertThat(FieldCut.completions("VLADIKAVKAZ TECHNOLOGICAL CENTER B", "CENTER BASPIK")).isEmpty();
        assertThat(FieldCut.completions("VLADIKAVKAZ TECHNOLOGICAL CENTER BA", "CENTER ZASPIK")).isEmpty();
        // the word itself, not longer
        assertThat(FieldCut.completions("VLADIKAVKAZ TECHNOLOGICAL CENTER BA", "CENTER BA")).isEmpty();
        assertThat(FieldCut.completions(null, "X")).isEqualTo(List.of());
    }
}
