package io.interdict.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.entity.Identifier;
import io.interdict.core.json.DecisionJson;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Hit;
import io.interdict.core.tx.ParsedLine;
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

    @Option(names = "--jurisdiction", paramLabel = "CC", description = "ISO 3166 alpha-2 country or ISO 3166-2 subdivision (US-MT) (default: US).")
    String jurisdiction = "US";

    @Option(names = "--id", paramLabel = "SCHEME:VALUE", description = "An identifier of the party (repeatable), e.g. android:com.tencent.mm.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--country", paramLabel = "CC", description = "The party's country, ISO 3166 alpha-2.")
    String country;

    @Option(names = "--network", description = "Equipment network (2g, 3g, 4g, 5g, full_fibre) for equipment_* kinds.")
    String network;

    @Option(names = "--domain", description = "Equipment domain (core, access, transmission, site) for equipment_* kinds.")
    String domain;

    @Option(names = "--device-owner", paramLabel = "OWNER", description = "Who owns the device: government or private (optional).")
    String deviceOwner;

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
        // The same parser and validator as `screen` and HTTP: a transaction built from the options.
        ParsedLine parsed = new TransactionParser().parseNode(asJson(), 1);
        if (parsed.isError()) {
            err.println("interdict check: " + optionNames(parsed.error()));
            return ExitCodes.USAGE;
        }
        Transaction tx = parsed.transaction();
        // A party given by identifiers alone needs no name index: it is read only for a name.
        io.interdict.core.screen.Screener screener = engine.lazyScreener();
        engine.warnIfStale(screener.snapshot(), err, "check");
        Decision d = screener.screen(tx);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(DecisionJson.toJson(d));
        } else {
            print(out, tx, d);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The options as a transaction in the JSON contract. */
    private ObjectNode asJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", "check-1");
        o.put("date", (date == null ? LocalDate.now() : date).toString());
        if (knownAt != null) {
            o.put("known_at", knownAt.toString());
        }
        o.put("kind", kind);
        o.put("jurisdiction", jurisdiction);
        ObjectNode party = o.putArray("parties").addObject();
        party.put("role", "counterparty");
        if (name != null && !name.isBlank()) {
            party.put("name", name);
        }
        if (country != null) {
            party.put("country", country);
        }
        if (!ids.isEmpty()) {
            ArrayNode a = party.putArray("ids");
            ids.forEach(a::add);
        }
        if (deviceOwner != null) {
            o.put("device_owner", deviceOwner);
        }
        if (network != null || domain != null) {
            ObjectNode eq = o.putObject("equipment");
            if (network != null) {
                eq.put("network", network);
            }
            if (domain != null) {
                eq.put("domain", domain);
            }
        }
        return o;
    }

    /** The parser's message with the contract's field names replaced by this command's options. */
    static String optionNames(String error) {
        return error.replaceFirst("^line 1: ", "")
                .replace("field 'equipment.network'", "--network").replace("field 'equipment.domain'", "--domain")
                .replace("field 'equipment'", "--network/--domain")
                .replaceAll("field 'parties\\[0\\]\\.ids\\[\\d+\\]'", "--id")
                .replace("field 'parties[0].country'", "--country").replace("field 'parties[0]'", "NAME/--id")
                .replace("field 'device_owner'", "--device-owner").replace("field 'known_at'", "--known-at").replace("field 'date'", "--date")
                .replace("field 'kind'", "--kind").replace("field 'jurisdiction'", "--jurisdiction");
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
            for (String u : h.unconfirmed()) {
                out.printf(Locale.ROOT, "          unconfirmed  %s%n", u);
            }
        }
        out.printf(Locale.ROOT, "%nsnapshot %s%s%n", d.snapshot(), d.listsAsOf() == null ? "" : ", lists as of " + d.listsAsOf());
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
