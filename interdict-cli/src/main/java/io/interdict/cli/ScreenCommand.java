package io.interdict.cli;

import io.interdict.core.json.DecisionJson;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Outcome;
import io.interdict.core.screen.Screener;
import io.interdict.core.tx.ParsedLine;
import io.interdict.core.tx.Transaction;
import io.interdict.core.tx.TransactionInput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    @Option(names = "--format", description = "Input format: ${COMPLETION-CANDIDATES} (default: auto, by the first line).")
    TransactionInput.Format format = TransactionInput.Format.AUTO;

    @Option(names = "--known-at", paramLabel = "DATE", description = "Judge every transaction with only the events issued by DATE (overrides known_at in the input).")
    LocalDate knownAt;

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary on standard error.")
    boolean quiet;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean stdin = file.equals("-");
        Reader reader;
        try {
            reader = stdin ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                    : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("interdict screen: no such file: " + file);
            return ExitCodes.FAILURE;
        }
        Screener screener = engine.screener();
        Progress progress = new Progress(!stdin && !quiet);
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        try (reader; Writer out = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            TransactionInput in = new TransactionInput(reader, format, engine.config().input().maxLineChars());
            List<ParsedLine> batch = new ArrayList<>(BATCH);
            while (in.hasNext()) {
                batch.add(in.next());
                if (batch.size() == BATCH || !in.hasNext()) {
                    // Screen a batch on all cores, then write it in input order.
                    List<Decision> decisions = batch.parallelStream().map(p -> decide(screener, p)).toList();
                    for (int i = 0; i < batch.size(); i++) {
                        Decision d = decisions.get(i);
                        DecisionJson.write(d, out, batch.get(i).isError() ? batch.get(i).line() : null);
                        out.write('\n');
                        counts.merge(d.outcome(), 1L, Long::sum);
                    }
                    batch.clear();
                    progress.tick(in.linesRead());
                }
            }
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("interdict screen: cannot read " + file + ": " + e.getCause().getMessage());
            return ExitCodes.FAILURE;
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long errors = counts.getOrDefault(Outcome.ERROR, 0L);
        if (!quiet) {
            spec.commandLine().getErr().printf(Locale.ROOT, "interdict screen: %d transaction(s): %d ALLOW, %d REVIEW, %d BLOCK, %d ERROR (%.1f s)%n",
                    total, counts.getOrDefault(Outcome.ALLOW, 0L), counts.getOrDefault(Outcome.REVIEW, 0L),
                    counts.getOrDefault(Outcome.BLOCK, 0L), errors, progress.seconds());
        }
        return errors > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }

    private Decision decide(Screener screener, ParsedLine p) {
        if (p.isError()) {
            return Decision.error(p.id(), screener.snapshot().hash(), p.error());
        }
        Transaction tx = p.transaction();
        if (knownAt != null) {
            tx = new Transaction(tx.id(), tx.date(), knownAt, tx.kind(), tx.jurisdiction(), tx.parties(),
                    tx.equipment(), tx.amount(), tx.currency(), tx.memo());
        }
        return screener.screen(tx);
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
