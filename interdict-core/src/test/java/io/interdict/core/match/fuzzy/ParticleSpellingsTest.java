package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import io.interdict.core.names.TokenKind;
import org.junit.jupiter.api.Test;

/** A slip in a particle as written ("ben", which the pipeline writes "bin"), own examples. */
class ParticleSpellingsTest {
    @Test
    void aWordOneEditFromASpellingOfTheParticlePairsWithIt() {
        assertThat(ParticleSpellings.slip("en", TokenKind.WORD, "bin")).isGreaterThan(0.6);    // ben
        assertThat(ParticleSpellings.slip("be", TokenKind.WORD, "bin")).isGreaterThan(0.6);    // ben
        assertThat(ParticleSpellings.slip("ibm", TokenKind.WORD, "bin")).isGreaterThan(0.6);   // ibn
        assertThat(ParticleSpellings.slip("omar", TokenKind.WORD, "bin")).isZero();
        assertThat(ParticleSpellings.slip("bernard", TokenKind.WORD, "bin")).isZero();        // a word of its own length
        assertThat(ParticleSpellings.slip("en", TokenKind.WORD, "al")).isZero();              // no spelling of "al" is one edit off
        // ولد and ابن as ICU writes them ("wld", "abn") are read as "ould" and "bin", but no one types them: no slips of them
        assertThat(ParticleSpellings.slip("tld", TokenKind.WORD, "ould")).isZero();
        assertThat(ParticleSpellings.slip("abu", TokenKind.WORD, "bin")).isZero();
        assertThat(io.interdict.core.names.WordLists.typedVariant("ben")).isTrue();
        assertThat(io.interdict.core.names.WordLists.typedVariant("wld")).isFalse();
    }

    @Test
    void aMisspeltBenBesideCloseWordsIsAParticleSlip() {
        NameScore s = InterdictV2.compare("Karim En Lazhar Gharbi", "KARIM BEN LAZHAR GHARBI", Schema.PERSON);
        assertThat(s.pairs()).contains("en~bin 0.67 typo");
        assertThat(s.features()).noneMatch(f -> f.name().equals("token_conflict"));
        assertThat(s.score()).isGreaterThanOrEqualTo(MatchSettings.DEFAULTS.reviewThreshold());
    }
}
