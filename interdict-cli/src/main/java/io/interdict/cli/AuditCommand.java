package io.interdict.cli;

import io.interdict.store.audit.AuditLog;
import io.interdict.store.audit.AuditRecord;
import io.interdict.store.snapshot.SnapshotArchive;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code interdict audit}: the hash-chained decision log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail of stored decisions.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Show.class, AuditCommand.Snapshots.class})
final class AuditCommand extends CommandGroup {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recomputes the hash chain of every stored decision: any edited or deleted record is reported.",
                    "Exit status: 0 intact, 4 broken."})
    static final class Verify extends StoreCommand {

        @Override
        public Integer call() {
            AuditLog.Verification v = new AuditLog(store.existing(engine.config()), store.clock()).verify();
            PrintWriter out = spec.commandLine().getOut();
            if (v.ok()) {
                out.printf(Locale.ROOT, "audit trail intact: %d record(s), head %s%n", v.checked(), v.headHash());
                out.flush();
                return ExitCodes.OK;
            }
            out.printf(Locale.ROOT, "audit trail BROKEN: %d problem(s) in %d record(s)%n", v.problems().size(), v.checked());
            v.problems().forEach(p -> out.println("  " + p));
            out.flush();
            return ExitCodes.DIFFERS;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Prints one stored decision record (by decision id or transaction id).")
    static final class Show extends StoreCommand {
        @Parameters(paramLabel = "ID", description = "Decision id (its number in the log) or transaction id.")
        String id;

        @Override
        public Integer call() {
            var found = new AuditLog(store.existing(engine.config()), store.clock()).find(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("interdict audit show: no stored decision " + id);
                return ExitCodes.FAILURE;
            }
            AuditRecord r = found.get();
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "decision %d  transaction %s%n  recorded %s by %s via %s%n  engine %s, algorithm %s%n"
                            + "  snapshot %s%n  outcome %s%n  input    %s%n  decision %s%n  hash %s (previous %s)%n",
                    r.seq(), r.txKey(), r.recordedAt(), r.caller(), r.channel(), r.engineVersion(), r.algorithm(),
                    r.snapshot(), r.outcome(), r.input(), r.decision(), r.hash(), r.prevHash());
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "snapshots", mixinStandardHelpOptions = true, description = "Lists the snapshots stored decisions refer to.")
    static final class Snapshots extends StoreCommand {

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (SnapshotArchive.Info i : new SnapshotArchive(store.existing(engine.config()), store.clock()).list()) {
                out.printf(Locale.ROOT, "%s  first used %s  %s%n", i.hash(), i.firstUsedAt(), i.retained() ? "retained" : "identity only");
                i.sources().forEach(s -> out.printf(Locale.ROOT, "    %-20s %-12s %s%n", s.id(), s.listDate() == null ? "-" : s.listDate(), s.checksum()));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
