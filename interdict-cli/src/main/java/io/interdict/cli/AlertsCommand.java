package io.interdict.cli;

import io.interdict.store.audit.AuditLog;
import io.interdict.store.review.Alert;
import io.interdict.store.review.ReviewService;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interdict alerts}: review of REVIEW and BLOCK decisions. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Alerts opened by REVIEW and BLOCK decisions: list, show, assign, comment, resolve, approve.",
        subcommands = {AlertsCommand.ListAlerts.class, AlertsCommand.Show.class, AlertsCommand.Assign.class,
                AlertsCommand.Comment.class, AlertsCommand.Resolve.class, AlertsCommand.Approve.class, AlertsCommand.Reject.class})
final class AlertsCommand extends CommandGroup {

    /** Shared plumbing of the subcommands. */
    abstract static class Base extends StoreCommand {

        ReviewService review() {
            return new ReviewService(store.existing(engine.config()), store.clock());
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        Integer print(Alert a) {
            out().printf(Locale.ROOT, "%-6d %-16s %-6s %-8s %-12s %-10s %s%n", a.id(), a.state(), a.outcome(), a.origin(),
                    a.assignee() == null ? "-" : a.assignee(), a.resolution() == null ? "-" : a.resolution().wire(), a.txKey());
            out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists alerts, oldest first.")
    static final class ListAlerts extends Base {
        @Option(names = "--state", description = "OPEN, ESCALATED, PENDING_APPROVAL or CLOSED.")
        Alert.State state;
        @Option(names = "--assignee", paramLabel = "USER", description = "Only alerts assigned to USER.")
        String assignee;
        @Option(names = "--outcome", description = "REVIEW or BLOCK (or ALLOW for cleared rescreen alerts).")
        String outcome;
        @Option(names = "--limit", defaultValue = "100", description = "Rows at most (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            out().printf(Locale.ROOT, "%-6s %-16s %-6s %-8s %-12s %-10s %s%n", "ID", "STATE", "OUTCOME", "ORIGIN", "ASSIGNEE", "RESOLUTION", "TRANSACTION");
            for (Alert a : review().list(new ReviewService.Filter(state, assignee, outcome == null ? null : outcome.toUpperCase(Locale.ROOT), limit))) {
                print(a);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "An alert, its decision and its history.")
    static final class Show extends Base {
        @Parameters(paramLabel = "ALERT", description = "The alert id (see `interdict alerts list`).")
        long id;

        @Override
        public Integer call() {
            var d = review().show(id);
            if (d.isEmpty()) {
                spec.commandLine().getErr().println("interdict alerts show: no alert " + id);
                return ExitCodes.FAILURE;
            }
            Alert a = d.get().alert();
            print(a);
            var rec = new AuditLog(store.existing(engine.config()), store.clock()).bySeq(a.decisionSeq()).orElseThrow();
            out().println("  decision " + rec.seq() + ": " + rec.decision());
            if (a.resolutionReason() != null) {
                out().println("  reason: " + a.resolutionReason() + " (by " + a.resolvedBy()
                        + (a.approvedBy() == null ? "" : ", approved by " + a.approvedBy()) + ")");
            }
            for (Alert.Event e : d.get().events()) {
                out().printf(Locale.ROOT, "  %s  %-10s %-8s %s%n", e.at(), e.actor(), e.kind(), e.detail() == null ? "" : e.detail());
            }
            out().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true, description = "Assigns an alert to an analyst.")
    static final class Assign extends Base {
        @Parameters(index = "0", paramLabel = "ALERT", description = "The alert id (see `interdict alerts list`).")
        long id;
        @Parameters(index = "1", paramLabel = "ANALYST", description = "Who takes the alert.")
        String to;

        @Override
        public Integer call() {
            return print(review().assign(id, store.reviewer(), to));
        }
    }

    @Command(name = "comment", mixinStandardHelpOptions = true, description = "Adds a comment to an alert.")
    static final class Comment extends Base {
        @Parameters(index = "0", paramLabel = "ALERT", description = "The alert id (see `interdict alerts list`).")
        long id;
        @Parameters(index = "1", paramLabel = "TEXT", description = "The comment, kept in the alert's history.")
        String text;

        @Override
        public Integer call() {
            return print(review().comment(id, store.reviewer(), text));
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Resolves an alert: true_match, false_positive or escalate, with a reason. A false positive on a BLOCK then needs `approve` by another analyst.")
    static final class Resolve extends Base {
        @Parameters(index = "0", paramLabel = "ALERT", description = "The alert id (see `interdict alerts list`).")
        long id;
        @Parameters(index = "1", paramLabel = "RESOLUTION", description = "true_match, false_positive or escalate.")
        String resolution;
        @Option(names = "--reason", required = true, description = "Why, in words: kept in the alert's history.")
        String reason;

        @Override
        public Integer call() {
            return print(review().resolve(id, store.reviewer(), Alert.Resolution.of(resolution), reason));
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Second analyst's approval of a false positive on a BLOCK (four-eyes).")
    static final class Approve extends Base {
        @Parameters(paramLabel = "ALERT", description = "The alert id (see `interdict alerts list`).")
        long id;
        @Option(names = "--comment", description = "A note kept in the alert's history.")
        String comment;

        @Override
        public Integer call() {
            return print(review().approve(id, store.reviewer(), comment));
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Sends a proposed false positive back to OPEN.")
    static final class Reject extends Base {
        @Parameters(paramLabel = "ALERT", description = "The alert id (see `interdict alerts list`).")
        long id;
        @Option(names = "--reason", required = true, description = "Why, in words: kept in the alert's history.")
        String reason;

        @Override
        public Integer call() {
            return print(review().reject(id, store.reviewer(), reason));
        }
    }
}
