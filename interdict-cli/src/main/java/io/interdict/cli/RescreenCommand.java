package io.interdict.cli;

import io.interdict.core.screen.Screener;
import io.interdict.store.monitor.Rescreener;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interdict rescreen}: rescreens the monitored parties a change can affect. */
@Command(name = "rescreen", mixinStandardHelpOptions = true,
        description = {"Rescreens monitored parties after the active lists or the date changed since the last run: only those the",
                "list delta or a measure's status change can affect, unless the change cannot be bounded. Changed outcomes are",
                "recorded and open alerts."})
final class RescreenCommand extends StoreCommand {
    @Option(names = "--date", paramLabel = "DATE", description = "Judge as of this date (default: today).")
    LocalDate date;

    @Option(names = "--full", description = "Rescreen every monitored party.")
    boolean full;

    @Override
    public Integer call() {
        Screener screener = engine.screener();
        var db = store.existing(engine.config());
        Rescreener r = new Rescreener(db, store.clock(), store.context("rescreen", screener), engine.config().store().rescreenMaxDelta());
        Rescreener.Result res = r.run(store.suppressing(engine.config(), screener), date == null ? LocalDate.now(store.clock()) : date, full);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "rescreen %s as of %s with %s%n  %s%n  %,d monitored, %,d rescreened, %,d changed outcome, %d alert(s) opened%s (%.1f s)%n",
                res.mode(), res.asOf(), res.snapshot(), res.reason(), res.parties(), res.candidates(), res.changed(),
                res.alerts().size(), res.alerts().isEmpty() ? "" : " " + res.alerts(), res.seconds());
        out.flush();
        return ExitCodes.OK;
    }
}
