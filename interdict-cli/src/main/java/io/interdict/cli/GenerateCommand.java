package io.interdict.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.measure.TxKind;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.lists.Embedded;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code interdict generate}: synthetic transactions for load tests and benchmarks. A share of the
 * parties are listed names (so hits are exercised), the rest made-up company and person names.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes synthetic transactions (JSON Lines) for load tests and benchmarks.")
final class GenerateCommand implements Callable<Integer> {
    private static final String[] FIRST = {"Global", "United", "Northern", "Pacific", "Atlantic", "Green", "Silver", "Blue",
            "Alpha", "Prime", "Royal", "Eastern", "Western", "Golden", "Summit", "Harbor", "Orion", "Delta", "Crescent", "Nova"};
    private static final String[] SECOND = {"Trading", "Logistics", "Textiles", "Foods", "Energy", "Shipping", "Software",
            "Consulting", "Holdings", "Metals", "Pharma", "Media", "Capital", "Motors", "Telecom", "Farms", "Retail", "Labs"};
    private static final String[] FORM = {"Ltd", "LLC", "GmbH", "S.A.", "Inc.", "Co., Ltd.", "PLC", "B.V.", ""};
    private static final String[] GIVEN = {"Maria", "John", "Wei", "Fatima", "Olga", "Ahmed", "Carlos", "Anna", "Kenji", "Amara"};
    private static final String[] FAMILY = {"Smith", "Garcia", "Chen", "Kowalski", "Haddad", "Ivanova", "Okafor", "Tanaka", "Silva", "Nguyen"};

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", description = "How many transactions (default: 100000).")
    int count = 100_000;

    @Option(names = "--seed", description = "Random seed, for repeatable files (default: 1).")
    long seed = 1;

    @Option(names = "--listed-share", description = "Share of parties drawn from listed names (default: 0.05).")
    double listedShare = 0.05;

    @Option(names = {"-o", "--output"}, description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--count: must be 0 or more, not " + count);
        }
        if (!(listedShare >= 0 && listedShare <= 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--listed-share: must be between 0 and 1, not " + listedShare);
        }
        Snapshot snapshot = Embedded.snapshot();
        List<String> listed = new ArrayList<>();
        for (Entity e : snapshot.entities()) {
            for (Name n : e.names()) {
                listed.add(n.value());
            }
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        TxKind[] kinds = TxKind.values();
        LocalDate start = LocalDate.of(2019, 1, 1);
        JsonFactory f = new JsonFactory();
        try (Writer w = Output.open(output)) {
            for (int i = 0; i < count; i++) {
                TxKind kind = kinds[rnd.nextInt(kinds.length)];
                String name = rnd.nextDouble() < listedShare ? listed.get(rnd.nextInt(listed.size()))
                        : rnd.nextBoolean()
                        ? FIRST[rnd.nextInt(FIRST.length)] + " " + SECOND[rnd.nextInt(SECOND.length)] + " " + FORM[rnd.nextInt(FORM.length)]
                        : GIVEN[rnd.nextInt(GIVEN.length)] + " " + FAMILY[rnd.nextInt(FAMILY.length)];
                try (JsonGenerator g = f.createGenerator(w)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.writeStartObject();
                    g.writeStringField("id", "gen-" + i);
                    g.writeStringField("date", start.plusDays(rnd.nextInt(8 * 365)).toString());
                    g.writeStringField("kind", kind.wire());
                    g.writeStringField("jurisdiction", rnd.nextInt(4) == 0 ? "GB" : "US");
                    g.writeArrayFieldStart("parties");
                    g.writeStartObject();
                    g.writeStringField("role", "counterparty");
                    g.writeStringField("name", name.trim());
                    g.writeEndObject();
                    g.writeEndArray();
                    if (kind.isEquipment()) {
                        g.writeObjectFieldStart("equipment");
                        g.writeStringField("network", new String[] {"4g", "5g", "full_fibre"}[rnd.nextInt(3)]);
                        g.writeStringField("domain", new String[] {"core", "access", "transmission", "site"}[rnd.nextInt(4)]);
                        g.writeEndObject();
                    } else {
                        g.writeStringField("amount", rnd.nextInt(1, 100_000) + "." + String.format("%02d", rnd.nextInt(100)));
                        g.writeStringField("currency", "USD");
                    }
                    g.writeEndObject();
                }
                w.write('\n');
            }
        }
        return ExitCodes.OK;
    }
}
