package io.interdict.cli;

import io.interdict.store.audit.AuditLog;
import io.interdict.store.audit.AuditRecord;
import io.interdict.store.snapshot.SnapshotArchive;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interdict audit}: the hash-chained decision log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail of stored decisions.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Anchor.class, AuditCommand.Show.class, AuditCommand.Snapshots.class})
final class AuditCommand extends CommandGroup {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recomputes the hash chains of every stored decision and of every alert and its review: any edited "
                    + "or deleted record is reported. With --anchor, also proves that nothing up to the anchored heads was "
                    + "rewritten or cut away.",
                    "Exit status: 0 intact, 4 broken."})
    static final class Verify extends StoreCommand {
        @Option(names = "--anchor", paramLabel = "FILE", description = "An anchor written by `interdict audit anchor` and kept outside the store.")
        Path anchor;

        @Override
        public Integer call() throws java.io.IOException {
            io.interdict.store.audit.Anchor a = null;
            if (anchor != null) {
                try {
                    a = io.interdict.store.audit.Anchor.parse(Files.readString(anchor));
                } catch (java.nio.file.NoSuchFileException e) {
                    spec.commandLine().getErr().println("interdict audit verify: no anchor file " + anchor);
                    return ExitCodes.FAILURE;
                } catch (io.interdict.store.db.StoreException e) {
                    spec.commandLine().getErr().println("interdict audit verify: " + anchor + ": " + e.getMessage());
                    return ExitCodes.FAILURE;
                }
            }
            AuditLog log = new AuditLog(store.existing(engine.config()), store.clock());
            AuditLog.Verification v = a == null ? log.verify() : log.verify(a);
            PrintWriter out = spec.commandLine().getOut();
            if (v.ok()) {
                out.printf(Locale.ROOT, "audit trail intact: %d record(s), head %s; %d review event(s)%s%n", v.checked(), v.headHash(),
                        v.reviewEvents(), a == null ? "" : "; anchor at record " + a.decisionSeq() + " and review event "
                                + a.reviewEvent() + " confirmed");
                out.flush();
                return ExitCodes.OK;
            }
            out.printf(Locale.ROOT, "audit trail BROKEN: %d problem(s) in %d record(s) and %d review event(s)%n", v.problems().size(),
                    v.checked(), v.reviewEvents());
            v.problems().forEach(p -> out.println("  " + p));
            out.flush();
            return ExitCodes.DIFFERS;
        }
    }

    @Command(name = "anchor", mixinStandardHelpOptions = true,
            description = {"Verifies the audit trail and prints the heads of its chains as a small JSON anchor. Keep it "
                    + "outside the store (a ticket, a write-once bucket): `audit verify --anchor FILE` later proves that "
                    + "nothing up to it was rewritten or cut away.",
                    "Exit status: 0 written, 4 the trail is broken (no anchor is written)."})
    static final class Anchor extends StoreCommand {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the anchor here instead of to standard output.")
        Path output;

        @Override
        public Integer call() throws java.io.IOException {
            AuditLog.Verification v = new AuditLog(store.existing(engine.config()), store.clock()).verify();
            if (!v.ok()) {
                spec.commandLine().getErr().println("interdict audit anchor: the audit trail is broken; run `interdict audit verify`");
                return ExitCodes.DIFFERS;
            }
            String json = v.anchor().toJson(java.time.Instant.now(store.clock()).toString());
            if (output != null) {
                Files.writeString(output, json);
            } else {
                spec.commandLine().getOut().print(json);
                spec.commandLine().getOut().flush();
            }
            return ExitCodes.OK;
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
