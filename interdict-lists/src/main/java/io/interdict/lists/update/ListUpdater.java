package io.interdict.lists.update;

import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.Importers;
import io.interdict.lists.ListSet;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportResult;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.ListImporter;
import io.interdict.lists.diff.ListDiff;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Downloads current lists from their publishers (URLs in {@code lists/sources.yaml}), imports them and
 * activates each one in the {@link ListSet} only when every file arrived, the import had no error,
 * and the list did not shrink suspiciously. Conditional requests (ETag, Last-Modified) avoid
 * re-downloading unchanged files; transient failures are retried with exponential back-off.
 */
public final class ListUpdater {
    /** How one source's update ended. */
    public enum Status {
        /** A new publication was imported and activated. */
        UPDATED,
        /** The server answered 304 for every file: nothing downloaded. */
        NOT_MODIFIED,
        /** Downloaded, but byte-identical to the active publication. */
        UNCHANGED,
        /** Refused by a sanity check (shrink); --force overrides. */
        REFUSED,
        /** Download or import failed; the previous publication stays active. */
        FAILED
    }

    public record Outcome(String source, Status status, String message, int entitiesBefore, int entitiesAfter,
                          long bytes, int requests, String checksum, ListDiff.Delta delta) {
    }

    /** What the server said last time, for conditional requests, and the body it sent. */
    private record Cached(String etag, String lastModified, byte[] body) {
    }

    private final SourcesConfig config;
    private final ListSet lists;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final java.util.function.BiConsumer<SourcePart, List<ListFile>> onActivate;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** Waits between retries; tests replace it to run without real delays. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    public ListUpdater(SourcesConfig config, ListSet lists) {
        this(config, lists, Thread::sleep);
    }

    public ListUpdater(SourcesConfig config, ListSet lists, Sleeper sleeper) {
        this(config, lists, sleeper, (part, files) -> { });
    }

    /** @param onActivate called with each activated part and its raw files (to store them) */
    public ListUpdater(SourcesConfig config, ListSet lists, Sleeper sleeper,
                       java.util.function.BiConsumer<SourcePart, List<ListFile>> onActivate) {
        this.onActivate = onActivate;
        this.config = config;
        this.lists = lists;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.settings().connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Updates the given sources (all configured ones when empty), one after another. */
    public List<Outcome> update(List<String> sources, boolean force) {
        List<String> todo = sources.isEmpty() ? List.copyOf(config.sources().keySet()) : sources;
        List<Outcome> out = new ArrayList<>();
        for (String s : todo) {
            out.add(update(s, force));
        }
        return out;
    }

    public Outcome update(String source, boolean force) {
        SourcesConfig.Source spec = config.sources().get(source);
        Optional<SourcePart> active = lists.part(source);
        int before = active.map(p -> p.entities().size()).orElse(0);
        if (spec == null) {
            return new Outcome(source, Status.FAILED, "no download configured for '" + source + "' in lists/sources.yaml",
                    before, before, 0, 0, null, null);
        }
        List<ListFile> files = new ArrayList<>();
        long bytes = 0;
        int requests = 0;
        boolean allNotModified = true;
        for (SourcesConfig.FileSpec f : spec.files()) {
            Fetch r = fetch(f.url(), active.isPresent());
            requests += r.requests;
            if (r.error != null) {
                return new Outcome(source, Status.FAILED, f.name() + ": " + r.error, before, before, bytes, requests, null, null);
            }
            allNotModified &= r.notModified;
            files.add(ListFile.of(f.name(), r.body, config.settings().maxBytes()));
            bytes += r.body.length;
        }
        if (allNotModified && active.isPresent()) {
            return new Outcome(source, Status.NOT_MODIFIED, "304 Not Modified", before, before, 0, requests,
                    active.get().info().checksum(), null);
        }
        ListImporter importer = Importers.forSource(source, files.stream().map(ListFile::name).toList());
        ImportResult result;
        try {
            result = importer.importFiles(files, null);
        } catch (ImportException e) {
            return new Outcome(source, Status.FAILED, "import failed, previous list stays active: " + e.report().describe(10),
                    before, before, bytes, requests, null, null);
        }
        SourcePart part = result.part();
        int after = part.entities().size();
        String checksum = part.info().checksum();
        if (active.isPresent() && checksum.equals(active.get().info().checksum())) {
            return new Outcome(source, Status.UNCHANGED, "same content as the active list", before, after, bytes, requests, checksum, null);
        }
        java.util.Optional<String> shrank = active.isPresent() && !force
                ? io.interdict.lists.common.ShrinkGuard.check(before, after, config.settings().maxShrink(), "--force")
                : java.util.Optional.empty();
        if (shrank.isPresent()) {
            return new Outcome(source, Status.REFUSED, shrank.get(), before, after, bytes, requests, checksum, null);
        }
        ListDiff.Delta delta = active.map(a -> ListDiff.diff(a, part)).orElse(null);
        lists.activate(part);
        onActivate.accept(part, files);
        String msg = delta == null ? "imported " + after + " entities"
                : delta.added().size() + " added, " + delta.removed().size() + " removed, " + delta.changed().size() + " changed";
        return new Outcome(source, Status.UPDATED, msg, before, after, bytes, requests, checksum, delta);
    }

    private static final class Fetch {
        byte[] body;
        boolean notModified;
        String error;
        int requests;
    }

    /**
     * GET with retries. A 304 reuses the body cached from the last 200 for this URL. Retried: I/O
     * errors (including bodies shorter than their Content-Length), timeouts, 5xx and 429; a 4xx other
     * than 429 fails at once.
     */
    private Fetch fetch(String url, boolean conditional) {
        Fetch f = new Fetch();
        SourcesConfig.Settings s = config.settings();
        long wait = s.backoffMillis();
        String last = null;
        for (int attempt = 0; attempt <= s.retries(); attempt++) {
            if (attempt > 0) {
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    f.error = "interrupted";
                    return f;
                }
                wait *= 2;
            }
            f.requests++;
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).timeout(s.requestTimeout()).GET()
                    .header("User-Agent", "interdict-list-updater");
            Cached c = cache.get(url);
            if (conditional && c != null) {
                if (c.etag() != null) {
                    req.header("If-None-Match", c.etag());
                }
                if (c.lastModified() != null) {
                    req.header("If-Modified-Since", c.lastModified());
                }
            }
            try {
                HttpResponse<InputStream> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
                int code = resp.statusCode();
                if (code == 304 && c != null) {
                    resp.body().close();
                    f.body = c.body();
                    f.notModified = true;
                    return f;
                }
                if (code == 200) {
                    byte[] body = readCapped(resp.body(), s.maxBytes());
                    if (body == null) {
                        f.error = "body larger than max_bytes " + s.maxBytes();
                        return f;
                    }
                    long declared = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
                    if (declared >= 0 && declared != body.length) {
                        last = "truncated body: " + body.length + " of " + declared + " bytes";
                        continue;
                    }
                    if (body.length == 0) {
                        last = "empty body";
                        continue;
                    }
                    cache.put(url, new Cached(resp.headers().firstValue("ETag").orElse(null),
                            resp.headers().firstValue("Last-Modified").orElse(null), body));
                    f.body = body;
                    return f;
                }
                resp.body().close();
                last = "HTTP " + code;
                if (code != 429 && code < 500) {
                    f.error = last;
                    return f;
                }
            } catch (HttpTimeoutException e) {
                last = "timed out after " + s.requestTimeout().toSeconds() + " s";
            } catch (java.net.ConnectException e) {
                last = "cannot connect to " + URI.create(url).getHost() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
            } catch (IOException e) {
                // HttpClient reports a reset or closed connection with no message: say what happened.
                last = "connection failed: " + (e.getMessage() != null ? e.getMessage()
                        : "the server closed the connection (" + e.getClass().getSimpleName() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                f.error = "interrupted";
                return f;
            }
        }
        f.error = last + " (after " + f.requests + " attempts)";
        return f;
    }

    private static byte[] readCapped(InputStream in, long max) throws IOException {
        try (in) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            return b.length > max ? null : b;
        }
    }

    /** Human-readable report: one line per source. */
    public static String describe(List<Outcome> outcomes) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-12s %-13s %8s %8s %10s %4s  %s%n", "SOURCE", "STATUS", "BEFORE", "AFTER", "BYTES", "REQ", "DETAIL"));
        for (Outcome o : outcomes) {
            sb.append(String.format("%-12s %-13s %8d %8d %10d %4d  %s%n", o.source(), o.status(), o.entitiesBefore(),
                    o.entitiesAfter(), o.bytes(), o.requests(), o.message()));
        }
        return sb.toString();
    }
}
