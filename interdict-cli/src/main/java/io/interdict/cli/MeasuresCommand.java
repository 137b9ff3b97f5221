package io.interdict.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.interdict.core.measure.Event;
import io.interdict.core.measure.Measure;
import io.interdict.core.screen.MeasureStatus;
import io.interdict.core.snapshot.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interdict measures}: every measure with its status on a date and its next dated event. */
@Command(name = "measures", mixinStandardHelpOptions = true,
        description = "Lists every measure with its status on a date (per clause) and the next dated event after it.")
final class MeasuresCommand implements Callable<Integer> {
    @Option(names = "--date", paramLabel = "DATE", description = "The date (default: today).")
    LocalDate date;

    @Option(names = "--known-at", paramLabel = "DATE", description = "Use only the events issued by DATE.")
    LocalDate knownAt;

    @Option(names = "--changed-since", paramLabel = "DATE",
            description = "Only measures with an event issued on or after DATE (new orders, injunctions, overlay events).")
    LocalDate changedSince;

    @Option(names = "--json", description = "JSON Lines, one measure per line.")
    boolean json;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    /** The measure's events issued on or after --changed-since, oldest first. */
    private List<Event> changes(Measure m) {
        return m.events().stream().filter(e -> !e.issued().isBefore(changedSince))
                .sorted(java.util.Comparator.comparing(Event::issued)).toList();
    }

    @Override
    public Integer call() throws IOException {
        LocalDate d = date == null ? LocalDate.now() : date;
        Snapshot snapshot = engine.snapshot();   // measures need no name index
        PrintWriter out = spec.commandLine().getOut();
        List<MeasureStatus> rows = new ArrayList<>();
        for (Measure m : snapshot.measures()) {
            if (changedSince == null || !changes(m).isEmpty()) {
                rows.add(MeasureStatus.of(m, d, knownAt));
            }
        }
        if (json) {
            JsonFactory f = new JsonFactory();
            for (MeasureStatus r : rows) {
                try (JsonGenerator g = f.createGenerator(out)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.writeStartObject();
                    g.writeStringField("measure", r.measure().id());
                    g.writeStringField("title", r.measure().title());
                    g.writeStringField("date", d.toString());
                    g.writeStringField("status", r.summary());
                    g.writeObjectFieldStart("clauses");
                    for (MeasureStatus.Clause c : r.clauses()) {
                        g.writeStringField(c.id(), c.status());
                    }
                    g.writeEndObject();
                    if (changedSince != null) {
                        g.writeArrayFieldStart("changed");
                        for (Event e : changes(r.measure())) {
                            g.writeStartObject();
                            g.writeStringField("issued", e.issued().toString());
                            g.writeStringField("type", e.type().wire());
                            g.writeStringField("effective", e.effective().toString());
                            if (e.text() != null) {
                                g.writeStringField("text", e.text());
                            }
                            g.writeEndObject();
                        }
                        g.writeEndArray();
                    }
                    if (r.next() != null) {
                        g.writeObjectFieldStart("next_event");
                        g.writeStringField("date", r.next().date().toString());
                        g.writeStringField("what", r.next().what());
                        g.writeEndObject();
                    }
                    g.writeEndObject();
                }
                out.println();
            }
        } else {
            List<String[]> table = new ArrayList<>();
            table.add(new String[] {"MEASURE", "WHERE", "STATUS ON " + d, "NEXT EVENT"});
            for (MeasureStatus r : rows) {
                table.add(new String[] {r.measure().id(), String.join(",", r.measure().jurisdictions()), r.summary(),
                        r.next() == null ? "-" : r.next().date() + " " + r.next().what()});
            }
            // Columns as wide as their widest cell, so no long status pushes the next column out of line.
            int[] width = new int[3];
            for (String[] row : table) {
                for (int i = 0; i < width.length; i++) {
                    width[i] = Math.max(width[i], row[i].length());
                }
            }
            String format = "%-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %s%n";
            out.printf(Locale.ROOT, format, (Object[]) table.get(0));
            for (int k = 0; k < rows.size(); k++) {
                out.printf(Locale.ROOT, format, (Object[]) table.get(k + 1));
                if (changedSince != null) {
                    for (Event e : changes(rows.get(k).measure())) {
                        out.printf(Locale.ROOT, "    changed %s: %s%s%n", e.issued(), e.type().wire(), e.text() == null ? "" : " " + e.text());
                    }
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
