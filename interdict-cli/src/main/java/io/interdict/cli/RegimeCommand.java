package io.interdict.cli;

import io.interdict.core.measure.Citation;
import io.interdict.core.measure.Event;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Obligation;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.regime.Regime;
import io.interdict.regime.RegimeException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interdict regime}: validate overlay directories, show a measure's timeline with its sources. */
@Command(name = "regime", mixinStandardHelpOptions = true,
        description = "The regime: the built-in measures plus overlays (--regime DIR, regime.overlays).",
        subcommands = {RegimeCommand.Validate.class, RegimeCommand.Show.class})
final class RegimeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Checks overlay directories over the built-in regime; every problem as file:line: field: message.",
                    "Exit status: 0 valid, 3 problems found."})
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "1..*", description = "Overlay directories, applied in this order.")
        List<Path> dirs;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Regime regime;
            try {
                regime = Regime.load(dirs);
            } catch (RegimeException e) {
                e.problems().forEach(err::println);
                err.println("interdict regime validate: " + e.problems().size() + " problem(s)");
                err.flush();
                return ExitCodes.INPUT_ERRORS;
            }
            Regime builtIn = Regime.builtIn();
            List<SourcePart> overlays = regime.parts().subList(1, regime.parts().size());
            int added = overlays.stream().mapToInt(p -> p.measures().size()).sum();
            int entities = overlays.stream().mapToInt(p -> p.entities().size()).sum();
            long events = regime.parts().stream().flatMap(p -> p.measures().stream()).mapToLong(m -> m.events().size()).sum()
                    - builtIn.parts().stream().flatMap(p -> p.measures().stream()).mapToLong(m -> m.events().size()).sum();
            out.printf("valid: %d overlay(s) %s; %d new measure(s), %d new entit%s, %d event(s) added in all%n",
                    overlays.size(), regime.overlayIds(), added, entities, entities == 1 ? "y" : "ies", events);
            out.println("regime version " + regime.version() + " (built-in alone: " + builtIn.version() + ")");
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "A measure's clauses and dated timeline with the sources of each fact; events from overlays are marked.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "Measure id, e.g. us-eo-13971.")
        String id;

        @Mixin
        EngineOptions engine;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<Measure> found = engine.snapshot().measure(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("interdict regime show: no measure '" + id + "'");
                return ExitCodes.FAILURE;
            }
            Measure m = found.get();
            // Events an overlay added: those of the measure in the regime with overlays, less the built-in ones.
            Set<Event> fromOverlays = new HashSet<>();
            Regime.load(engine.overlays()).parts().forEach(p -> p.measures().stream().filter(x -> x.id().equals(id))
                    .forEach(x -> fromOverlays.addAll(x.events())));
            Regime.builtIn().parts().forEach(p -> p.measures().stream().filter(x -> x.id().equals(id))
                    .forEach(x -> fromOverlays.removeAll(x.events())));
            out.println(m.id() + ": " + m.title());
            if (m.authority() != null) {
                out.println("  authority: " + m.authority());
            }
            out.println("  binds in: " + String.join(", ", m.jurisdictions()) + (m.list() ? "; list of '" + m.listSource() + "' entries" : ""));
            for (Citation c : m.citations()) {
                out.println("  cites: " + cite(c));
            }
            for (Prohibition p : m.prohibitions()) {
                out.println("  clause " + p.clause() + ": kinds " + (p.kinds().isEmpty() ? "all" : p.kinds().stream().map(k -> k.wire())
                        .sorted().collect(Collectors.joining(","))) + "; targets " + (p.targets().isEmpty() ? "every list entry" : p.targets())
                        + (p.unconfirmed() ? " [unconfirmed]" : "") + (p.reviewOnly() != null ? "; REVIEW only: " + p.reviewOnly() : ""));
            }
            for (Obligation o : m.obligations()) {
                out.println("  obligation " + o.id() + ": deadline " + o.deadline() + "; targets " + o.targets());
            }
            out.println("  timeline:");
            for (Event e : m.events().stream().sorted(Comparator.comparing(Event::issued)).toList()) {
                StringBuilder sb = new StringBuilder("    " + e.issued() + "  " + e.type().wire());
                if (!e.effective().equals(e.issued())) {
                    sb.append(" effective ").append(e.effective());
                }
                if (e.coversFrom() != null) {
                    sb.append(" covers ").append(e.coversFrom()).append("..").append(e.coversTo() == null ? "" : e.coversTo());
                }
                if (!e.clauses().isEmpty()) {
                    sb.append(" clauses ").append(e.clauses());
                }
                if (e.text() != null) {
                    sb.append(": ").append(e.text());
                }
                if (e.unconfirmed() || e.derived()) {
                    sb.append(e.unconfirmed() ? " [unconfirmed]" : " [derived]");
                }
                if (fromOverlays.contains(e)) {
                    sb.append(" [overlay]");
                }
                out.println(sb);
                for (Citation c : e.sources()) {
                    out.println("        source: " + cite(c));
                }
            }
            m.notes().forEach(n -> out.println("  note: " + n));
            out.flush();
            return ExitCodes.OK;
        }

        private static String cite(Citation c) {
            return (c.text() != null ? c.text() + " " : "") + (c.url() != null ? "<" + c.url() + ">" : "")
                    + (c.quality() != null ? " (" + c.quality() + ")" : "");
        }
    }
}
