package io.interdict.cli;

import io.interdict.core.entity.Identifier;
import io.interdict.core.json.DecisionJson;
import io.interdict.core.measure.TxKind;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Hit;
import io.interdict.core.tx.Equipment;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import io.interdict.core.tx.TransactionParser;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interdict check}: one transaction from the command line. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Screens one transaction with one counterparty given on the command line.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The counterparty's name (optional when --id is given).")
    String name;

    @Option(names = "--kind", paramLabel = "KIND", description = "Transaction kind (default: payment).")
    String kind = "payment";

    @Option(names = "--date", paramLabel = "DATE", description = "Transaction date, YYYY-MM-DD (default: today).")
    LocalDate date;

    @Option(names = "--known-at", paramLabel = "DATE", description = "Judge with only the events issued by DATE.")
    LocalDate knownAt;

    @Option(names = "--jurisdiction", paramLabel = "CC", description = "ISO 3166 alpha-2 code (default: US).")
    String jurisdiction = "US";

    @Option(names = "--id", paramLabel = "SCHEME:VALUE", description = "An identifier of the party (repeatable), e.g. android:com.tencent.mm.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--country", paramLabel = "CC", description = "The party's country.")
    String country;

    @Option(names = "--network", description = "Equipment network (2g, 3g, 4g, 5g, full_fibre) for equipment_* kinds.")
    String network;

    @Option(names = "--domain", description = "Equipment domain (core, access, transmission, site) for equipment_* kinds.")
    String domain;

    @Option(names = "--json", description = "Print the decision as JSON instead of a table.")
    boolean json;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if ((name == null || name.isBlank()) && ids.isEmpty()) {
            err.println("interdict check: give a NAME or at least one --id");
            return ExitCodes.USAGE;
        }
        Transaction tx;
        try {
            List<Identifier> parsed = new ArrayList<>();
            for (String id : ids) {
                parsed.add(Identifier.parse(id));
            }
            TxKind k = TxKind.of(kind);
            if ((network != null || domain != null) && !k.isEquipment()) {
                throw new IllegalArgumentException("--network/--domain apply only to equipment_* kinds");
            }
            tx = new Transaction("check-1", date == null ? LocalDate.now() : date, knownAt, k,
                    TransactionParser.jurisdiction(jurisdiction), List.of(new Party("counterparty", name, country, parsed)),
                    network == null && domain == null ? null : new Equipment(network, domain), null, null, null);
        } catch (IllegalArgumentException e) {
            err.println("interdict check: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        // A party given by identifiers alone needs no name index: it is read only for a name.
        Decision d = engine.lazyScreener().screen(tx);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(DecisionJson.toJson(d));
        } else {
            print(out, tx, d);
        }
        out.flush();
        return ExitCodes.OK;
    }

    static void print(PrintWriter out, Transaction tx, Decision d) {
        out.printf(Locale.ROOT, "%s  %s %s %s, %s%s%n", d.outcome(), tx.kind().wire(), tx.jurisdiction(), tx.date(),
                describe(tx.parties().get(0)), tx.knownAt() == null ? "" : " (known at " + tx.knownAt() + ")");
        if (d.hits().isEmpty()) {
            out.println("  no measure applies");
        }
        for (Hit h : d.hits()) {
            out.printf(Locale.ROOT, "%n  %-6s  %s  [%s]  clause %s%n", h.effect(), h.measure(), h.status().wire(), h.clause());
            out.printf(Locale.ROOT, "          entity  %s  %s%n", h.entity(), h.entityName());
            out.printf(Locale.ROOT, "          match   %s \"%s\" ~ \"%s\"  score %.2f%n", h.match().matchedOn().wire(),
                    h.match().query(), h.match().candidate(), h.match().score());
            if (h.path().size() > 1) {
                out.printf(Locale.ROOT, "          path    %s%n", String.join(" -> ", h.path()));
            }
            if (h.deadline() != null) {
                out.printf(Locale.ROOT, "          deadline %s%n", h.deadline());
            }
            out.printf(Locale.ROOT, "          reason  %s%n", h.reason());
        }
        out.printf(Locale.ROOT, "%nsnapshot %s%n", d.snapshot());
    }

    private static String describe(Party p) {
        StringBuilder sb = new StringBuilder();
        if (p.name() != null) {
            sb.append('"').append(p.name()).append('"');
        }
        for (Identifier id : p.ids()) {
            sb.append(sb.isEmpty() ? "" : " ").append(id);
        }
        return sb.toString();
    }
}
