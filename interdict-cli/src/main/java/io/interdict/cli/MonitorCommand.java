package io.interdict.cli;

import io.interdict.core.entity.Identifier;
import io.interdict.store.monitor.MonitorRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interdict monitor}: the registry of monitored counterparties. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Counterparties rescreened by `interdict rescreen` when lists or measure statuses change.",
        subcommands = {MonitorCommand.Add.class, MonitorCommand.Remove.class, MonitorCommand.Import.class, MonitorCommand.ListAll.class})
final class MonitorCommand extends CommandGroup {

    abstract static class Base extends StoreCommand {

        /** The registry of an existing store (remove, list). */
        MonitorRegistry registry() {
            return new MonitorRegistry(store.existing(engine.config()), store.clock());
        }

        /** The registry, creating the store if needed (add, import). */
        MonitorRegistry creatingRegistry() {
            return new MonitorRegistry(store.database(engine.config()), store.clock());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds (or replaces) one monitored party.")
    static final class Add extends Base {
        @Parameters(index = "0", paramLabel = "ID", description = "Your id for the party (e.g. a customer number).")
        String id;
        @Option(names = "--name", description = "The party's name, in any script.")
        String name;
        @Option(names = "--country", paramLabel = "CC", description = "The party's country, ISO 3166 alpha-2.")
        String country;
        @Option(names = "--id", paramLabel = "SCHEME:VALUE", description = "An identifier (repeatable).")
        List<String> ids = new ArrayList<>();
        @Option(names = "--kind", description = "Transaction kind it is rescreened as (default: payment).")
        String kind;
        @Option(names = "--jurisdiction", paramLabel = "CC", description = "Jurisdiction it is rescreened in (default: US).")
        String jurisdiction;

        @Override
        public Integer call() {
            creatingRegistry().put(List.of(MonitorRegistry.make(id, name, country, ids.stream().map(Identifier::parse).toList(), kind, jurisdiction)));
            spec.commandLine().getOut().println("monitoring " + id);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stops monitoring a party.")
    static final class Remove extends Base {
        @Parameters(paramLabel = "ID", description = "The monitored party's id.")
        String id;

        @Override
        public Integer call() {
            if (!registry().remove(id)) {
                spec.commandLine().getErr().println("interdict monitor remove: no monitored party " + id);
                return ExitCodes.FAILURE;
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Imports parties from CSV (id,name,country,ids,kind,jurisdiction; ids separated by ';') or JSON Lines.")
    static final class Import extends Base {
        @Parameters(paramLabel = "FILE", description = "The file of parties: CSV with a header, or JSON Lines (see the command description).")
        Path file;

        @Override
        public Integer call() {
            int n = creatingRegistry().importFile(file);
            spec.commandLine().getOut().println("imported " + n + " monitored part" + (n == 1 ? "y" : "ies"));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists monitored parties with their last rescreen outcome.")
    static final class ListAll extends Base {
        @Option(names = "--limit", defaultValue = "100", description = "Rows at most (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            var reg = registry();
            out.printf(Locale.ROOT, "%d monitored%n", reg.count());
            for (MonitorRegistry.Row r : reg.page(null, limit)) {
                out.printf(Locale.ROOT, "%-16s %-30s %-3s %-8s %s%n", r.party().id(), r.party().name() == null ? "-" : r.party().name(),
                        r.party().country() == null ? "-" : r.party().country(), r.lastOutcome() == null ? "(new)" : r.lastOutcome(),
                        r.lastDate() == null ? "" : "as of " + r.lastDate());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
