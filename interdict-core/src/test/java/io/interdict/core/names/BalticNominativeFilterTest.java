package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** {@link BalticNominative#reading}'s cheap test rejects no name its reading reads. */
class BalticNominativeFilterTest {
    @Property(tries = 5000)
    void theTestLosesNoReading(@ForAll("names") String name) {
        String read = BalticNominative.read(name);
        assertThat(BalticNominative.reading(name)).isEqualTo(read);
        Statistics.collect(read != null);
        Statistics.coverage(checker -> checker.check(true).percentage(p -> p > 5));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> words = Arbitraries.of("Sergejs", "Lavrovs", "Sergejus", "Lavrovas", "James", "Jones",
                "Thomas", "Harris", "Džordžs", "Bušs", "KĀRLIS", "Kārlis", "Jevgeņijs", "EVANS", "Collins", "Jankus",
                "Marija", "Zaharova", "Ivanovs", "Petrovas", "Jonas", "Ozoliņš", "OZOLIŅŠ", "Vītols", "Ann", "Lee", "s",
                "Aleksandrs", "Ins", "js");
        Arbitrary<String> spaces = Arbitraries.of(" ", " ", "  ", "\t", "\u00a0", "-");
        return SpacedNames.of(words, spaces, 4);
    }
}
