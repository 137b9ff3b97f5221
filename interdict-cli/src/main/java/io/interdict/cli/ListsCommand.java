package io.interdict.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.Importers;
import io.interdict.lists.ListSet;
import io.interdict.lists.ListStore;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportResult;
import io.interdict.lists.common.ListAge;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.ShrinkGuard;
import io.interdict.lists.diff.ListDiff;
import io.interdict.lists.update.ListUpdater;
import io.interdict.lists.update.SourcesConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code interdict lists}: the active lists ({@code show}, the default), downloading current ones
 * ({@code update}), importing files ({@code import}) and comparing two publications ({@code diff}).
 * Active = the bundled snapshots, replaced by any publication stored in the data directory.
 */
@Command(name = "lists", mixinStandardHelpOptions = true,
        description = "Shows, updates, imports and compares sanctions lists.",
        subcommands = {ListsCommand.Show.class, ListsCommand.Update.class, ListsCommand.Diff.class, ListsCommand.Import.class,
                ListsCommand.Compile.class, ListsPublishCommand.class})
public final class ListsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return new CommandLine(new Show()).setOut(spec.commandLine().getOut()).setErr(spec.commandLine().getErr()).execute();
    }

    /** Options shared by the subcommands: where lists are kept (HOME/lists) and the compiled snapshot of them. */
    static final class StoreOptions {
        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "Deprecated: lists are kept in HOME/lists (see --home). Keep them in DIR instead.")
        Path dataDir;

        @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (its home and matcher.algorithm are used).")
        Path config;

        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        private Path resolved;

        private PrintWriter err() {
            return spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
        }

        private io.interdict.config.Config config() {
            return io.interdict.config.Config.load(config);
        }

        /** HOME/lists, or the deprecated --data-dir. */
        Path dir() {
            if (resolved == null) {
                if (dataDir != null) {
                    Homes.deprecated(err(), "--data-dir", "lists are kept in HOME/lists (choose the home with --home)");
                    resolved = dataDir;
                } else {
                    resolved = Homes.resolve(config(), err()).lists();
                }
            }
            return resolved;
        }

        ListStore store() {
            return new ListStore(dir());
        }

        /** Compiles the snapshot of the lists now, so the next command maps it rather than compiling it. */
        void compile() {
            var c = config();
            new io.interdict.lists.compiled.CompiledSnapshots(Homes.resolve(c, err()).compiled(), dir(), m -> Homes.notice(err(), m))
                    .compile(io.interdict.core.match.Matchers.byName(c.algorithm()), c.screeningPolicy().match());
        }
    }

    @Command(name = "compile", mixinStandardHelpOptions = true,
            description = {"Compiles the active lists, the regime and the name index into HOME/compiled/<snapshot id>.snap.",
                    "Done by `lists update` and `lists import`, and by any command that finds no usable compiled snapshot."})
    static final class Compile implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions store = new StoreOptions();

        @Override
        public Integer call() {
            store.compile();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Each active list with its date, size and age.")
    static final class Show implements Callable<Integer> {
        @Option(names = "--max-age-days", paramLabel = "N", defaultValue = "30",
                description = "Warn when a list is older than N days (default: ${DEFAULT-VALUE}).")
        int maxAgeDays;

        @Option(names = "--today", paramLabel = "DATE", description = "The date ages are counted to (default: today).")
        LocalDate today;

        @Option(names = "--json", description = "JSON Lines, one list per line.")
        boolean json;

        @CommandLine.Mixin
        StoreOptions store = new StoreOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws ImportException {
            PrintWriter out = spec.commandLine().getOut();
            LocalDate now = today == null ? LocalDate.now() : today;
            ListSet set = store.store().listSet();
            ObjectMapper mapper = new ObjectMapper();
            if (!json) {
                out.printf("%-12s %-11s %8s %8s %6s  %-19s %s%n", "SOURCE", "DATE", "ENTITIES", "NAMES", "AGE", "CHECKSUM", "");
            }
            for (SourcePart p : set.parts()) {
                long names = p.entities().stream().mapToLong(e -> e.names().size()).sum();
                Long age = age(p.info().listDate(), now);
                boolean old = age == null || age > maxAgeDays;
                String warning = age == null ? "WARNING: list date unknown"
                        : old ? "WARNING: older than " + maxAgeDays + " days; run `interdict lists update " + p.info().id() + "`" : "";
                if (json) {
                    ObjectNode o = mapper.createObjectNode();
                    o.put("source", p.info().id());
                    o.put("date", p.info().listDate());
                    o.put("entities", p.entities().size());
                    o.put("names", names);
                    if (age != null) {
                        o.put("age_days", age);
                    }
                    o.put("stale", old);
                    o.put("checksum", p.info().checksum());
                    o.put("url", p.info().sourceUrl());
                    out.println(o);
                } else {
                    out.printf("%-12s %-11s %8d %8d %6s  %-19s %s%n", p.info().id(), p.info().listDate(), p.entities().size(), names,
                            age == null ? "?" : age + "d", p.info().checksum().substring(0, 19), warning);
                }
            }
            out.flush();
            return 0;
        }

        static Long age(String listDate, LocalDate now) {
            return ListAge.days(listDate, now);
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Downloads current lists from their publishers (lists/sources.yaml) and activates them.")
    static final class Update implements Callable<Integer> {
        @Parameters(paramLabel = "SOURCE", arity = "0..*", description = "Sources to update (default: all configured).")
        List<String> sources = new ArrayList<>();

        @Option(names = "--force", description = "Accept a list that shrank by more than the configured share.")
        boolean force;

        @CommandLine.Mixin
        StoreOptions store = new StoreOptions();

        @Spec
        CommandSpec spec;

        /** Read when the command runs, not when picocli builds the command tree; tests may set it. */
        SourcesConfig config;

        @Override
        public Integer call() throws ImportException {
            ListStore st = store.store();
            ListSet set = st.listSet();
            ListUpdater updater = new ListUpdater(config != null ? config : SourcesConfig.load(), set, Thread::sleep, st::save);
            List<ListUpdater.Outcome> outcomes = updater.update(sources, force);
            spec.commandLine().getOut().print(ListUpdater.describe(outcomes));
            spec.commandLine().getOut().flush();
            if (outcomes.stream().anyMatch(o -> o.status() == ListUpdater.Status.UPDATED)) {
                store.compile();
            }
            boolean bad = outcomes.stream().anyMatch(o -> o.status() == ListUpdater.Status.FAILED || o.status() == ListUpdater.Status.REFUSED);
            return bad ? 1 : 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Imports list files for a source; on success they replace the active publication.")
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SOURCE", description = "Source id: ofac-sdn, ofac-cons, un-sc, uk-hmt, eu-fsf, us-csl, us-bis-dpl, os.")
        String source;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "The publication's files (.gz accepted).")
        List<Path> files;

        @Option(names = "--date", paramLabel = "DATE", description = "The list date when the files carry none (OFAC CSV).")
        String date;

        @Option(names = "--dry-run", description = "Check and report only; store nothing.")
        boolean dryRun;

        @Option(names = "--allow-shrink", description = "Accept a publication with far fewer entities than the active one "
                + "(by default more than the configured share, 20 %%, is refused: an empty or truncated file).")
        boolean allowShrink;

        @CommandLine.Mixin
        StoreOptions store = new StoreOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            SourcesConfig.Settings limits = SourcesConfig.load().settings();
            List<ListFile> fs = new ArrayList<>();
            for (Path p : files) {
                fs.add(ListFile.read(p, Math.min(ListFile.DEFAULT_MAX_BYTES, limits.maxBytes())));
            }
            PrintWriter out = spec.commandLine().getOut();
            try {
                ImportResult r = Importers.forSource(source, fs.stream().map(ListFile::name).toList()).importFiles(fs, date);
                out.println(r.report().describe(0));
                r.report().warnings().forEach(w -> out.println("  warning " + w));
                int before = store.store().listSet().part(source).map(p -> p.entities().size()).orElse(0);
                java.util.Optional<String> shrank = allowShrink ? java.util.Optional.empty()
                        : ShrinkGuard.check(before, r.part().entities().size(), limits.maxShrink(), "--allow-shrink");
                if (shrank.isPresent()) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("interdict lists import: refused: " + shrank.get());
                    err.println("nothing imported; the active list is unchanged");
                    err.flush();
                    return 1;
                }
                if (!dryRun) {
                    out.println("stored in " + store.store().save(r.part(), fs));
                    out.flush();
                    store.compile();
                }
                out.flush();
                return 0;
            } catch (ImportException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(e.report().describe(Integer.MAX_VALUE));
                err.println("nothing imported; the active list is unchanged");
                err.flush();
                return 1;
            }
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "Compares two publications of one list: entities added, removed and changed.")
    static final class Diff implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "OLD", description = "A file or a folder holding the older publication.")
        Path older;

        @Parameters(index = "1", paramLabel = "NEW", description = "A file or a folder holding the newer publication.")
        Path newer;

        @Option(names = "--source", paramLabel = "SOURCE", description = "Source id; guessed from the file names when omitted.")
        String source;

        @Option(names = "--json", description = "JSON Lines, one change per line.")
        boolean json;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "200", description = "Table rows at most (default: ${DEFAULT-VALUE}).")
        int limit;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<ListFile> a = files(older);
            List<ListFile> b = files(newer);
            String src = source != null ? source : guess(a);
            PrintWriter out = spec.commandLine().getOut();
            try {
                SourcePart pa = Importers.forSource(src, names(a)).importFiles(a, null).part();
                SourcePart pb = Importers.forSource(src, names(b)).importFiles(b, null).part();
                ListDiff.Delta d = ListDiff.diff(pa, pb);
                if (json) {
                    ListDiff.jsonl(d).forEach(out::println);
                } else {
                    out.print(ListDiff.table(d, limit));
                }
                out.flush();
                return 0;
            } catch (ImportException e) {
                spec.commandLine().getErr().println(e.report().describe(50));
                spec.commandLine().getErr().flush();
                return 1;
            }
        }

        private static List<String> names(List<ListFile> fs) {
            return fs.stream().map(ListFile::name).toList();
        }

        static List<ListFile> files(Path p) {
            if (!Files.isDirectory(p)) {
                return List.of(ListFile.read(p));
            }
            try (Stream<Path> s = Files.list(p)) {
                return s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md")).sorted()
                        .map(ListFile::read).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The source from the publishers' file names. */
        static String guess(List<ListFile> fs) {
            for (ListFile f : fs) {
                String n = f.baseName();
                if (n.equals("sdn.csv") || n.equals("sdn.xml")) {
                    return "ofac-sdn";
                }
                if (n.startsWith("cons_")) {
                    return "ofac-cons";
                }
                if (n.equals("consolidated.csv")) {
                    return "us-csl";
                }
                if (n.equals("dpl.txt")) {
                    return "us-bis-dpl";
                }
                if (n.contains("conlist")) {
                    return "uk-hmt";
                }
                if (n.endsWith(".ftm.json") || n.equals("targets.simple.csv")) {
                    return "os";
                }
                if (n.equals("consolidated.xml")) {
                    return "un-sc";
                }
            }
            throw new CommandLine.ParameterException(new CommandLine(new Diff()),
                    "cannot tell the source from the file names; give --source (" + String.join(", ", Importers.sources()) + ")");
        }
    }

}
