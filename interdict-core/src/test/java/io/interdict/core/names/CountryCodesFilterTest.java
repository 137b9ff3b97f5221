package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link CountryCodes#of}'s cheap test of a name's words rejects no name its reading would write with a code. */
class CountryCodesFilterTest {
    @Property(tries = 5000)
    void theTestLosesNoReading(@ForAll("names") String name) {
        String read = CountryCodes.read(name);
        assertThat(CountryCodes.of(name)).isEqualTo(read);
        net.jqwik.api.statistics.Statistics.collect(read != null);
        // names the reading writes with a code are drawn too, not only names it leaves alone
        net.jqwik.api.statistics.Statistics.coverage(checker -> checker.check(true).percentage(p -> p > 0.5));
    }

    @Provide
    Arbitrary<String> names() {
        // countries' words written with marks, other scripts' letters, punctuation and odd spaces around them
        Arbitrary<String> words = Arbitraries.of("Hong", "Kong", "HÔNG", "Kông", "hong\u0301", "Sáo", "Tomé", "São",
                "Saudi", "Arabia", "ARÁBIA", "Saudita", "Costa", "Rica", "Côte", "d'Ivoire", "Nová", "Kaledonie", "Acme",
                "Trading", "Ltd", "Nevárez", "Akıncı", "Hongı", "Ørsted", "Straße", "Κονγκ", "Гонконг", "ı", "(Hong",
                "Kong)", "South", "Africa", "Südafrika", "Nouvelle-Calédonie", "Nouvelle", "Calédonie", "New", "Zealand",
                "Việt", "Nam", "Viet", "Puerto", "Rico", "Ｈｏｎｇ");
        Arbitrary<String> spaces = Arbitraries.of(" ", " ", " ", "  ", "\t", "\u00a0");
        return SpacedNames.of(words, spaces, 5);
    }
}
