package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The cheap tests every query meets before a field's patterns ({@link JointHolders#mayJoin}, {@link
 * PaymentDirectives#mayLead}) say what the patterns say, or more: random fields made of the patterns' own pieces
 * (joining words and directives in either case, every kind of whitespace, letters that fold to them in Unicode but not
 * in ASCII).
 */
class FieldPrefiltersPropertiesTest {
    private static final String[] PIECES = {"and", "AND", "And", "or", "OR", "oR", "and/or", "AND/OR", "&", "+", " ", " ",
        "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2003", "ivan", "PETROV", "maria", "a", "o", "r", "d", "n", "/",
        "attn", "ATTN ", "fbo ", "F/B/O ", "for credit to ", "FOR FURTHER CREDIT OF ", "in favour of ", "pay to ",
        "by order of ", "on behalf of ", "fao: ", "IFO:", "/bnf/", "beneficiary ", "Payee ", "\u0130", "\u0131", "\u017F",
        "\u212A", "ф", "Ф", "филиал", "aka ", "f.k.a.", "(formerly X)", "branch", "Ölmühle", "Ångström"};

    /** One to eight pieces, run together. */
    private static String field(Random r) {
        return java.util.stream.IntStream.range(0, 1 + r.nextInt(8)).mapToObj(i -> PIECES[r.nextInt(PIECES.length)])
                .collect(java.util.stream.Collectors.joining());
    }

    @Property(tries = 3000)
    void aJoiningWordIsFoundByHandAsThePatternFindsIt(@ForAll long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 20; k++) {
            String f = field(r);
            boolean joins = JointHolders.mayJoinByPattern(f);
            Statistics.label("joins").collect(joins);
            assertThat(JointHolders.mayJoin(f)).as("'%s'", f).isEqualTo(joins);
        }
    }

    @Property(tries = 3000)
    void aFieldTheFirstLetterRulesOutHoldsNoDirective(@ForAll long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 20; k++) {
            String f = field(r);
            PaymentDirectives.Read read = PaymentDirectives.read(f);
            Statistics.label("directive").collect(read != null);
            if (!PaymentDirectives.mayLead(f)) {
                assertThat(PaymentDirectives.readByPattern(f)).as("'%s'", f).isNull();
            }
            assertThat(read).as("'%s'", f).isEqualTo(PaymentDirectives.readByPattern(f));
        }
    }
}
