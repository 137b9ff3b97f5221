package io.interdict.cli;

import io.interdict.core.json.DecisionJson;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Outcome;
import io.interdict.core.screen.Screener;
import io.interdict.core.tx.ParsedLine;
import io.interdict.core.tx.Transaction;
import io.interdict.core.tx.TransactionInput;
import io.interdict.store.audit.AuditLog;
import io.interdict.store.audit.IdConflicts;
import io.interdict.store.audit.Recorder;
import io.interdict.store.snapshot.SnapshotArchive;
import io.interdict.store.suppress.SuppressingScreener;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interdict screen}: transactions in (JSONL or CSV), decisions out (JSONL), in input order. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screens a file of transactions (JSON Lines or CSV) and writes one decision per transaction, in input order.",
                "Malformed records become ERROR decisions naming the line and field; the rest is still screened.",
                "Exit status: 0 all screened, 3 some records were ERROR, 1 the command failed."})
final class ScreenCommand implements Callable<Integer> {
    /** Records screened together; bounds memory while keeping both cores busy. */
    private static final int BATCH = 2048;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Input file, or - for standard input (default).")
    String file = "-";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write decisions here instead of standard output.")
    Path output;

    @Option(names = "--format", description = "Input format: ${COMPLETION-CANDIDATES}, any case (default: auto, by the first line).")
    TransactionInput.Format format = TransactionInput.Format.AUTO;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Input encoding (default: UTF-8); for legacy files e.g. windows-1252 or ISO-8859-1. A line not valid in it is an ERROR naming the line.")
    String encoding = "UTF-8";

    @Option(names = "--known-at", paramLabel = "DATE", description = "Judge every transaction with only the events issued by DATE (overrides known_at in the input).")
    LocalDate knownAt;

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary on standard error.")
    boolean quiet;

    @Option(names = "--record", description = {"Store every decision in the audit trail and open alerts for REVIEW and BLOCK.",
            "Idempotent by transaction id: a re-run or a resumed batch stores nothing twice; an id reused for a different transaction is an ERROR."})
    boolean record;

    @Option(names = "--as-of-snapshot", paramLabel = "HASH", description = "Screen with a retained past snapshot (see `interdict audit snapshots`) instead of the active lists.")
    String asOfSnapshot;

    @Mixin
    EngineOptions engine;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean stdin = file.equals("-");
        Charset charset = Encodings.charset(encoding);
        InputStream input;
        try {
            input = stdin ? System.in : new BufferedInputStream(Files.newInputStream(Path.of(file)), 1 << 16);
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("interdict screen: no such file: " + file);
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("interdict screen: cannot open " + file + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        Screener screener = asOfSnapshot == null ? engine.screener()
                : Stored.screenerFor(engine, store, asOfSnapshot);
        // With a store, screening honours its active suppressions; the plain engine otherwise.
        SuppressingScreener suppressing = record || store.given() ? store.suppressing(engine.config(), screener) : null;
        Recorder recorder = null;
        IdConflicts conflicts = null;
        if (record) {
            new SnapshotArchive(store.database(engine.config()), store.clock())
                    .register(screener.snapshot(), engine.config().store().retainSnapshots());
            AuditLog log = new AuditLog(store.database(engine.config()), store.clock());
            recorder = new Recorder(log, store.context("cli-batch", screener), engine.config().store().batchSize());
            conflicts = new IdConflicts(log);
        }
        if (!quiet) {
            engine.warnIfStale(screener.snapshot(), spec.commandLine().getErr(), "screen");
        }
        Progress progress = new Progress(!stdin && !quiet);
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        try (input; Writer out = Output.open(output)) {
            TransactionInput in = TransactionInput.of(input, charset, format, engine.config().input().maxLineChars());
            List<ParsedLine> batch = new ArrayList<>(BATCH);
            while (in.hasNext()) {
                batch.add(in.next());
                if (batch.size() == BATCH || !in.hasNext()) {
                    // Screen a batch on all cores, then write it in input order.
                    List<Decision> decisions = new ArrayList<>(batch.parallelStream().map(p -> decide(screener, suppressing, p)).toList());
                    if (conflicts != null) {
                        reuseOfIds(conflicts, batch, decisions, screener);
                    }
                    for (int i = 0; i < batch.size(); i++) {
                        Decision d = decisions.get(i);
                        ParsedLine p = batch.get(i);
                        if (recorder != null) {
                            if (d.outcome() == Outcome.ERROR) {
                                recorder.addError(p.isError() ? p.id() : null, d);
                            } else {
                                recorder.add(effective(p), d);
                            }
                        }
                        DecisionJson.write(d, out, p.isError() ? p.line() : null);
                        out.write('\n');
                        counts.merge(d.outcome(), 1L, Long::sum);
                    }
                    if (recorder != null) {
                        // Stored before the next batch is checked for reused ids.
                        recorder.flush();
                    }
                    batch.clear();
                    progress.tick(in.linesRead());
                }
            }
            if (recorder != null) {
                recorder.close();
            }
        } catch (Output.Failure e) {
            spec.commandLine().getErr().println("interdict screen: " + e.getMessage() + " (stopped; decisions up to that point"
                    + (record ? " are stored" : " may be incomplete") + ")");
            return ExitCodes.FAILURE;
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("interdict screen: cannot read " + (stdin ? "standard input" : file) + ": "
                    + e.getCause().getMessage());
            return ExitCodes.FAILURE;
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long errors = counts.getOrDefault(Outcome.ERROR, 0L);
        if (!quiet) {
            spec.commandLine().getErr().printf(Locale.ROOT, "interdict screen: %d transaction(s): %d ALLOW, %d REVIEW, %d BLOCK, %d ERROR (%.1f s)%n",
                    total, counts.getOrDefault(Outcome.ALLOW, 0L), counts.getOrDefault(Outcome.REVIEW, 0L),
                    counts.getOrDefault(Outcome.BLOCK, 0L), errors, progress.seconds());
            if (recorder != null) {
                spec.commandLine().getErr().printf(Locale.ROOT, "interdict screen: recorded %d decision(s), %d already stored%n",
                        recorder.stored(), recorder.skipped());
            }
        }
        return errors > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }

    /**
     * A transaction id already used for a different transaction (earlier in the file, or stored) turns
     * its decision into an ERROR that still says what the transaction would have been, so a BLOCK is
     * never hidden behind the stored decision of another transaction.
     */
    private void reuseOfIds(IdConflicts conflicts, List<ParsedLine> batch, List<Decision> decisions, Screener screener) {
        List<IdConflicts.Item> items = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (!batch.get(i).isError()) {
                items.add(new IdConflicts.Item(batch.get(i).line(), effective(batch.get(i))));
                at.add(i);
            }
        }
        List<Optional<String>> found = conflicts.check(items);
        for (int k = 0; k < found.size(); k++) {
            if (found.get(k).isPresent()) {
                int i = at.get(k);
                Decision screened = decisions.get(i);
                decisions.set(i, Decision.error(batch.get(i).id(), screener.snapshot().hash(),
                        "line " + batch.get(i).line() + ": " + found.get(k).get() + " (this transaction screens "
                                + screened.outcome() + ")"));
            }
        }
    }

    private Decision decide(Screener screener, SuppressingScreener suppressing, ParsedLine p) {
        if (p.isError()) {
            return Decision.error(p.id(), screener.snapshot().hash(), p.error());
        }
        Transaction tx = effective(p);
        return suppressing != null ? suppressing.screen(tx) : screener.screen(tx);
    }

    /** The transaction as judged: --known-at overrides the input's known_at. */
    private Transaction effective(ParsedLine p) {
        Transaction tx = p.transaction();
        if (knownAt != null) {
            tx = tx.withKnownAt(knownAt);
        }
        return tx;
    }

    /** Prints a progress line to stderr at most every two seconds. */
    private final class Progress {
        private final boolean on;
        private final long start = System.nanoTime();
        private long last = start;

        Progress(boolean on) {
            this.on = on;
        }

        void tick(long lines) {
            if (!on) {
                return;
            }
            long now = System.nanoTime();
            if (now - last > 2_000_000_000L) {
                last = now;
                spec.commandLine().getErr().printf(Locale.ROOT, "interdict screen: %,d lines read, %,.0f/s%n", lines,
                        lines / ((now - start) / 1e9));
            }
        }

        double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
