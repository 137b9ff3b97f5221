package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.InterdictV2;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * interdict-v2 reads a legal form written in a script that spaces its words only as a word of its own, and reads the
 * forms of script-legal-forms.tsv; interdict-v1's pipeline keeps reading them wherever their letters stand.
 */
class ScriptLegalFormWordsTest {
    private static List<String> tokens(NamePipeline p, String name) {
        return p.prepare(name, Schema.UNKNOWN).tokens().stream().map(Token::text).toList();
    }

    @Test
    void aFormsLettersInsideAWordAreNoForm() {
        assertThat(tokens(NamePipeline.standard(), "Сергей Котов")).containsExactly("sergey", "kotov");
        assertThat(tokens(NamePipeline.standard(), "Мао Цзэдун")).doesNotContain("jsc");
        assertThat(tokens(NamePipeline.standard(), "АО «Магнит»")).containsExactly("jsc", "magnit");
        assertThat(tokens(NamePipeline.v1(), "Сергей Котов")).contains("ltd");   // v1 as frozen
    }

    @Test
    void formsOfOtherScriptsAreRead() {
        assertThat(tokens(NamePipeline.standard(), "АТ «Укрзалізниця»")).startsWith("jsc");
        assertThat(tokens(NamePipeline.standard(), "Μυτιληναίος Α.Ε.")).endsWith("jsc");
        assertThat(tokens(NamePipeline.standard(), "شركة المراعي")).startsWith("co");
        assertThat(tokens(NamePipeline.standard(), "ソニー(株)")).contains("jsc");
        assertThat(tokens(NamePipeline.v1(), "Μυτιληναίος Α.Ε.")).doesNotContain("jsc");
    }

    @Test
    void formsOfScriptsThatGlueThemOnAreStillFoundInsideAWord() {
        assertThat(tokens(NamePipeline.standard(), "沧澜远洋航运有限公司")).contains("ltd");
        assertThat(ScriptLegalForms.spaced("ООО")).isTrue();
        assertThat(ScriptLegalForms.spaced("株式会社")).isFalse();
    }

    @Test
    void aGenericBusinessWordIsComparedBySoundAcrossScripts() {
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "בנק לאומי", "Bank Leumi", "Organization").pairs())
                .anyMatch(p -> p.startsWith("bnq~bank"));
        // and stays weak: another bank with the same word is not the same bank
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "בנק לאומי", "Bank Hapoalim", "Organization").score()).isLessThan(0.8);
    }
}
