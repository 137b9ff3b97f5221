package io.interdict.bench.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.tx.ParsedLine;
import io.interdict.core.tx.TransactionParser;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaymentStreamTest {
    private static final List<byte[]> BASE = List.of(
            "{\"id\":\"gen-0\",\"date\":\"2020-11-12\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"role\":\"counterparty\",\"name\":\"OOO 'STG-EKO'\"}],\"amount\":\"5378.91\",\"currency\":\"USD\"}",
            "{\"id\":\"gen-1\",\"date\":\"2024-11-18\",\"kind\":\"payment\",\"jurisdiction\":\"GB\",\"parties\":[{\"role\":\"counterparty\",\"name\":\"A \\\"B\\\" C\"}]}")
            .stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    private static final List<String> LISTED = List.of("Listed One", "Listed \"Two\"", "ЛИСТЕД ТРИ");

    @Test
    void theDistinctProfileNeverNamesTheSameMadeUpCounterpartyTwice() {
        PaymentStream s = new PaymentStream(BASE, LISTED, "distinct", 7);
        List<String> madeUp = IntStream.range(0, 50_000).mapToObj(s::name).filter(n -> !LISTED.contains(n)).toList();
        assertThat(madeUp).hasSizeGreaterThan(45_000);
        assertThat(new HashSet<>(madeUp)).hasSameSizeAs(madeUp);
    }

    @Test
    void theZipfProfileRepeatsNamesHeavilyAndTheSameSeedGivesTheSameStream() {
        PaymentStream s = new PaymentStream(BASE, LISTED, "zipf", 7);
        Set<String> names = new HashSet<>();
        IntStream.range(0, 50_000).forEach(i -> names.add(s.name(i)));
        assertThat(names.size()).isLessThan(25_000).isGreaterThan(5_000);
        PaymentStream again = new PaymentStream(BASE, LISTED, "zipf", 7);
        assertThat(IntStream.range(0, 1000).mapToObj(again::name).toList())
                .isEqualTo(IntStream.range(0, 1000).mapToObj(s::name).toList());
    }

    @Test
    void aRecordIsAValidTransactionWithTheKeyAsIdAndTheProfilesName() {
        TransactionParser parser = new TransactionParser();
        for (String profile : List.of("zipf", "distinct")) {
            PaymentStream s = new PaymentStream(BASE, LISTED, profile, 3);
            for (int i = 0; i < 2000; i++) {
                ParsedLine p = parser.parseJson(s.record(i, "k-" + i), 1);
                assertThat(p.isError()).as(p.error()).isFalse();
                assertThat(p.transaction().id()).isEqualTo("k-" + i);
                assertThat(p.transaction().parties().get(0).name()).isEqualTo(s.name(i));
            }
        }
    }
}
