package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** The pipeline never throws and is idempotent on its own output. */
class NamePipelinePropertiesTest {
    private final NamePipeline pipeline = NamePipeline.standard();

    @Property(tries = 500)
    void neverThrowsAndIsIdempotent(@ForAll @StringLength(max = 60) String name, @ForAll Schema schema) {
        PreparedName once = pipeline.prepare(name, schema);
        PreparedName twice = pipeline.prepare(once.normalized(), schema);
        if (!NamePipeline.consonantal(name) && NamePipeline.accentedShortWords(name).isEmpty()) {
            assertThat(twice.tokens()).isEqualTo(once.tokens());
        }
    }

    /** A linking particle that ends a name links to nothing: a family name ("Katina Von"), as v1 did not read it. */
    @Example
    void aLinkingParticleThatEndsANameIsAWord() {
        assertThat(pipeline.prepare("Katina Von", Schema.UNKNOWN).tokens())
                .containsExactly(new Token("katina", TokenKind.WORD), new Token("von", TokenKind.WORD));
        assertThat(pipeline.prepare("Ludwig van Beethoven", Schema.UNKNOWN).tokens())
                .contains(new Token("van", TokenKind.PARTICLE));
        assertThat(pipeline.prepare("Von", Schema.UNKNOWN).tokens()).containsExactly(new Token("von", TokenKind.PARTICLE));
        assertThat(NamePipeline.v1().prepare("Katina Von", Schema.UNKNOWN).tokens()).contains(new Token("von", TokenKind.PARTICLE));
    }

    /** A short word written with a diacritic is no legal form: "Sá" is a Portuguese family name, "SA" a company's
     *  form; read again, as "sa", the word is one. */
    @Example
    void aShortWordWithADiacriticIsNoLegalForm() {
        assertThat(pipeline.prepare("Ana Sá", Schema.UNKNOWN).normalized()).isEqualTo("ana sa");
        assertThat(pipeline.prepare("Júlia Sá,", Schema.UNKNOWN).normalized()).isEqualTo("julia sa");
        assertThat(pipeline.prepare("Nestlé SA", Schema.UNKNOWN).tokens())
                .contains(new Token("jsc", TokenKind.LEGAL));
        assertThat(pipeline.prepare("Ana SA", Schema.UNKNOWN).tokens()).contains(new Token("jsc", TokenKind.LEGAL));
        // A name in Vietnamese orthography writes syllables: "Vũ Sa".
        assertThat(pipeline.prepare("Vũ Sa", Schema.UNKNOWN).normalized()).isEqualTo("vu sa");
        // Forms that are written with one: Estonian OÜ, Turkish A.Ş.
        assertThat(pipeline.prepare("Baltic Timberline OÜ", Schema.UNKNOWN).tokens()).anyMatch(t -> t.kind() == TokenKind.LEGAL);
        assertThat(pipeline.prepare("Koç Holding A.Ş.", Schema.UNKNOWN).tokens()).anyMatch(t -> t.kind() == TokenKind.LEGAL);
        assertThat(NamePipeline.v1().prepare("Ana Sá", Schema.UNKNOWN).tokens()).contains(new Token("jsc", TokenKind.LEGAL));
    }

    /** A name read from a script that writes consonants alone keeps a word its consonants spell as a Latin stopword;
     *  read again, as Latin text, the word is one. */
    @Example
    void aWordReadAsConsonantsIsNoStopword() {
        assertThat(pipeline.prepare("נעם כהן", Schema.PERSON).normalized()).isEqualTo("nm khn");   // Noam Cohen
        assertThat(pipeline.prepare("عمر", Schema.UNKNOWN).normalized()).isEqualTo("mr");         // Omar
        assertThat(pipeline.prepare("nm khn", Schema.PERSON).normalized()).isEqualTo("khn");
        assertThat(pipeline.prepare("Mr Omar", Schema.UNKNOWN).normalized()).isEqualTo("omar");
        assertThat(pipeline.prepare("Mr עמר כהן", Schema.UNKNOWN).normalized()).isEqualTo("khn");   // with Latin: read as Latin
        assertThat(NamePipeline.v1().prepare("נעם כהן", Schema.PERSON).normalized()).isEqualTo("khn");   // v1 as frozen
    }

    /** Found by the property above: "no" before a number read from Han ("㓾" -> "shi yi" -> 11) was kept the first time. */
    @Example
    void aNumberSignBeforeANumberReadFromAnotherScriptIsDroppedAtOnce() {
        PreparedName once = pipeline.prepare("ጞ㓾", Schema.PERSON);
        assertThat(pipeline.prepare(once.normalized(), Schema.PERSON).tokens()).isEqualTo(once.tokens());
    }

    /** Found by the property above: "&" went before "ao" (驁), so "ao" was no prefix the first time, but the
     *  output "ao 0" starts with it; a stopword the pipeline drops counts for no legal form's position. */
    @Example
    void aStopwordBeforeAPrefixFormDoesNotMoveIt() {
        PreparedName once = pipeline.prepare("&驁0", Schema.PERSON);
        assertThat(pipeline.prepare(once.normalized(), Schema.PERSON).tokens()).isEqualTo(once.tokens());
        assertThat(pipeline.prepare("The AO Gazprom", Schema.UNKNOWN).tokens())
                .isEqualTo(pipeline.prepare("AO Gazprom", Schema.UNKNOWN).tokens());
    }

    /** Found by the property above: "ª" + "ኖ" read as "ano", a form ending the name, written as its canonical token
     *  "npo", which was no form itself the second time; every canonical token is a form of its own. */
    @Example
    void aLegalFormsCanonicalTokenIsReadAsTheSameFormAgain() {
        PreparedName once = pipeline.prepare("กªኖ", Schema.PERSON);
        assertThat(once.tokens()).extracting(Token::kind).contains(TokenKind.LEGAL);
        assertThat(pipeline.prepare(once.normalized(), Schema.PERSON).tokens()).isEqualTo(once.tokens());
        assertThat(pipeline.prepare("Rodina NPO", Schema.ORGANIZATION).tokens())
                .isEqualTo(pipeline.prepare("Rodina ANO", Schema.ORGANIZATION).tokens());
    }

    @Property(tries = 200)
    void outputIsLowerCaseWithoutPunctuation(@ForAll @StringLength(max = 60) String name) {
        String n = pipeline.prepare(name, Schema.UNKNOWN).normalized();
        assertThat(n).doesNotContain("  ").isEqualTo(n.strip());
        assertThat(n.codePoints().noneMatch(cp -> Character.isUpperCase(cp) || cp == ',' || cp == '.')).isTrue();
    }
}
