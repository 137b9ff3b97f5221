package io.interdict.cli;

import io.interdict.core.entity.Identifier;
import io.interdict.core.tx.Party;
import io.interdict.store.suppress.Suppression;
import io.interdict.store.suppress.SuppressionService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interdict suppress}: suppressions of reviewed false positives. */
@Command(name = "suppress", mixinStandardHelpOptions = true,
        description = "Suppressions of reviewed false positives: a (party, entity) pair shown as suppressed until it expires.",
        subcommands = {SuppressCommand.Add.class, SuppressCommand.ListAll.class, SuppressCommand.Revoke.class})
final class SuppressCommand extends CommandGroup {

    static void print(PrintWriter out, Suppression s) {
        out.printf(Locale.ROOT, "%-5d %-28s %-26s until %s  owner %s  %s%s%n", s.id(), s.partyName() == null ? s.partyKey() : s.partyName(),
                s.entity(), s.expires(), s.owner(), s.reason(), s.revokedAt() == null ? "" : "  [revoked by " + s.revokedBy() + "]");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Suppresses the hits of an alert closed as false positive (--alert), or a (party, entity) pair given directly.")
    static final class Add extends StoreCommand {
        static final class Target {
            @Option(names = "--alert", paramLabel = "ALERT", description = "An alert closed as false positive.")
            Long alert;
            @Option(names = "--party-name", paramLabel = "NAME", description = "The party's name, as screened.")
            String partyName;
        }

        @ArgGroup(multiplicity = "1")
        Target target;
        @Option(names = "--party-country", paramLabel = "CC", description = "The party's country, ISO 3166 alpha-2, as screened.")
        String country;
        @Option(names = "--party-id", paramLabel = "SCHEME:VALUE", description = "An identifier of the party, as screened (repeatable).")
        List<String> ids = new ArrayList<>();
        @Option(names = "--entity", paramLabel = "ENTITY", description = "The listed entity (required with --party-name; with --alert, default: every hit entity).")
        String entity;
        @Option(names = "--reason", required = true, description = "Why the hit is a false positive, in words.")
        String reason;
        @Option(names = "--owner", required = true, description = "Who answers for the suppression.")
        String owner;
        @Option(names = "--expires", required = true, paramLabel = "DATE", description = "Last day + 1: not honoured from this date.")
        LocalDate expires;

        @Override
        public Integer call() {
            var svc = new SuppressionService(store.database(engine.config()), store.clock());
            var req = new SuppressionService.Request(reason, owner, expires, store.actor());
            PrintWriter out = spec.commandLine().getOut();
            if (target.alert != null) {
                svc.fromAlert(target.alert, entity, req).forEach(s -> print(out, s));
            } else {
                if (entity == null) {
                    spec.commandLine().getErr().println("interdict suppress add: --entity is required with --party-name");
                    return ExitCodes.USAGE;
                }
                if (engine.snapshot().entity(entity).isEmpty()) {
                    spec.commandLine().getErr().println("interdict suppress add: --entity: no entity '" + entity
                            + "' in the active lists (see `interdict match NAME` for entity ids)");
                    return ExitCodes.USAGE;
                }
                Party p = new Party("counterparty", target.partyName, country == null ? null : country.toUpperCase(Locale.ROOT),
                        ids.stream().map(Identifier::parse).toList());
                print(out, svc.add(p, entity, req, null));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists suppressions (active ones unless --all).")
    static final class ListAll extends StoreCommand {
        @Option(names = "--all", description = "Include expired and revoked ones.")
        boolean all;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            new SuppressionService(store.existing(engine.config()), store.clock()).list(!all).forEach(s -> print(out, s));
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a suppression.")
    static final class Revoke extends StoreCommand {
        @Parameters(paramLabel = "ID", description = "The suppression id (see `interdict suppress list`).")
        long id;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            print(out, new SuppressionService(store.existing(engine.config()), store.clock()).revoke(id, store.actor()));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
