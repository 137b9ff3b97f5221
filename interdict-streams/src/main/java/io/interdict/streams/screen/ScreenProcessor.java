package io.interdict.streams.screen;

import io.interdict.core.json.DecisionJson;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Outcome;
import io.interdict.core.screen.Screener;
import io.interdict.core.tx.ParsedLine;
import io.interdict.core.tx.TransactionParser;
import io.interdict.streams.monitor.MonitorProcessor;
import io.interdict.streams.ops.StreamMetrics;
import io.interdict.streams.snapshot.ActiveScreener;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Screens one transaction record: exactly one decision per input record, plus an alert for REVIEW and
 * BLOCK, plus a dead-letter copy of a record that is not a valid transaction (whose decision is an
 * ERROR naming the field). Nothing is dropped: even an empty or oversized record gets its decision.
 */
public final class ScreenProcessor implements Processor<byte[], byte[], byte[], byte[]> {
    private static final byte[] TRANSACTION = "transaction".getBytes(StandardCharsets.UTF_8);
    private final ActiveScreener active;
    private final StreamMetrics metrics;
    private final int maxBytes;
    private final TransactionParser parser = new TransactionParser();
    private ProcessorContext<byte[], byte[]> context;

    /** {@code maxBytes}: a larger record value is an ERROR decision (the configuration's input.max_line_chars). */
    public ScreenProcessor(ActiveScreener active, StreamMetrics metrics, int maxBytes) {
        this.active = active;
        this.metrics = metrics;
        this.maxBytes = maxBytes;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> in) {
        long start = System.nanoTime();
        Screener screener = active.screener();
        String snapshot = screener.snapshot().hash();
        byte[] value = in.value();
        ParsedLine parsed;
        if (value == null || value.length == 0) {
            parsed = ParsedLine.error(1, null, "empty record: expected a transaction as a JSON object");
        } else if (value.length > maxBytes) {
            parsed = ParsedLine.error(1, null, "record of " + value.length + " bytes is longer than the limit of " + maxBytes);
        } else {
            parsed = parser.parseJson(value, 1);
        }
        Decision decision;
        byte[] key = in.key();
        if (parsed.isError()) {
            String error = where() + ": " + parsed.error().substring(parsed.error().indexOf(':') + 2);
            decision = Decision.error(parsed.id(), snapshot, error);
            RecordHeaders headers = new RecordHeaders();
            headers.add(DeadLetter.ERROR, error.getBytes(StandardCharsets.UTF_8));
            headers.add(DeadLetter.SOURCE, where().getBytes(StandardCharsets.UTF_8));
            headers.add(DeadLetter.SNAPSHOT, snapshot.getBytes(StandardCharsets.UTF_8));
            context.forward(new Record<>(key, value, in.timestamp(), headers), ScreeningTopology.DEAD_LETTER_SINK);
            metrics.deadLetter();
        } else {
            decision = screener.screen(parsed.transaction());
        }
        if (key == null && decision.id() != null) {
            key = decision.id().getBytes(StandardCharsets.UTF_8);
        }
        byte[] json = DecisionJson.toUtf8(decision);
        Record<byte[], byte[]> out = new Record<>(key, json, in.timestamp());
        context.forward(out, ScreeningTopology.DECISIONS_SINK);
        if (decision.outcome() == Outcome.REVIEW || decision.outcome() == Outcome.BLOCK) {
            RecordHeaders kind = new RecordHeaders();
            kind.add(MonitorProcessor.ALERT_KIND, TRANSACTION);
            context.forward(new Record<>(key, json, in.timestamp(), kind), ScreeningTopology.ALERTS_SINK);
        }
        metrics.decision(decision.outcome(), (System.nanoTime() - start) / 1e9);
    }

    /** {@code topic/partition@offset} of the record being processed (unknown for a punctuation). */
    private String where() {
        return context.recordMetadata().map(ScreenProcessor::where).orElse("record");
    }

    static String where(RecordMetadata m) {
        return m.topic() + "/" + m.partition() + "@" + m.offset();
    }
}
