package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A yacht's prefix before a vessel's name ({@link WordClasses#yachtPrefix}): one particle however it is written. */
class YachtPrefixTest {
    private static List<Token> vessel(String name) {
        return NamePipeline.standard().prepare(name, Schema.VESSEL).tokens();
    }

    @Test
    void everyWritingOfAMotorYachtsPrefixIsOneParticle() {
        for (String name : List.of("MY Larkspur", "M/Y Larkspur", "M.Y. Larkspur", "Motor Yacht Larkspur")) {
            assertThat(vessel(name)).as(name).containsExactly(new Token(WordClasses.MOTOR_YACHT, TokenKind.PARTICLE),
                    new Token("larkspur", TokenKind.WORD));
        }
        assertThat(vessel("SY Larkspur")).containsExactly(new Token(WordClasses.SAILING_YACHT, TokenKind.PARTICLE),
                new Token("larkspur", TokenKind.WORD));
        assertThat(vessel("S/Y Larkspur")).isEqualTo(vessel("Sailing Yacht Larkspur"));
    }

    @Test
    void onlyAVesselsFirstWordWithAWordAfterIt() {
        assertThat(NamePipeline.standard().prepare("My Larkspur", Schema.PERSON).tokens()).extracting(Token::text)
                .containsExactly("my", "larkspur");
        assertThat(NamePipeline.standard().prepare("MY Larkspur", Schema.UNKNOWN).tokens()).extracting(Token::text)
                .containsExactly("my", "larkspur");
        assertThat(vessel("Larkspur MY")).extracting(Token::text).containsExactly("larkspur", "my");
        assertThat(vessel("MY")).extracting(Token::text).containsExactly("my");
    }

    @Test
    void interdictV1sPipelineKeepsTheWord() {
        assertThat(NamePipeline.v1().prepare("MY Larkspur", Schema.VESSEL).tokens()).extracting(Token::text)
                .containsExactly("my", "larkspur");
    }
}
