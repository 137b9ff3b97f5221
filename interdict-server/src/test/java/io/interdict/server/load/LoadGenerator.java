package io.interdict.server.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load generator for the Interdict server, loopback only. Each worker holds one keep-alive
 * HTTP/1.1 connection and sends the next request as soon as the previous answer is read, so
 * concurrency = workers. A hand-rolled client rather than java.net.http: on a 2-core machine the
 * client's own CPU is taken from the server, and this one costs a few microseconds per request.
 *
 * <pre>
 * java -cp … io.interdict.server.load.LoadGenerator --url http://127.0.0.1:8080 [--key K]
 *      [--scenario screen|match10] [--concurrency 1,8,64] [--seconds 10] [--warmup 3] [--max-requests 500000]
 * </pre>
 * Every run is bounded by both time and count, and the target must be a loopback address.
 */
public final class LoadGenerator {
    /** Result of one scenario at one concurrency. */
    public record Result(String scenario, int concurrency, long requests, long errors, double seconds,
                         double p50ms, double p99ms, double p999ms) {
        public double rps() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-8s c=%-3d %8d req %5d err %9.0f req/s  p50 %7.3f ms  p99 %7.3f ms  p99.9 %7.3f ms",
                    scenario, concurrency, requests, errors, rps(), p50ms, p99ms, p999ms);
        }
    }

    static final String[] SCREEN_BODIES = {
        "{\"id\":\"l-1\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"Alipay\",\"country\":\"CN\"}],\"amount\":\"12.50\",\"currency\":\"USD\"}",
        "{\"id\":\"l-2\",\"date\":\"2021-07-10\",\"kind\":\"payment\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"AEROCARIBBEAN AIRLINES\"}]}",
        "{\"id\":\"l-3\",\"date\":\"2022-01-10\",\"kind\":\"service_contract\",\"jurisdiction\":\"GB\",\"parties\":[{\"name\":\"Acme Widgets Ltd\",\"country\":\"GB\"}]}",
        "{\"id\":\"l-4\",\"date\":\"2020-09-21\",\"kind\":\"app_store_distribution\",\"jurisdiction\":\"US\",\"parties\":[{\"name\":\"TikTok\",\"ids\":[\"android:com.zhiliaoapp.musically\"]}]}",
    };

    static String match10() {
        String[] names = {"Alipay", "AEROCARIBBEAN AIRLINES", "John Doe", "Tencent", "Huawei Technologies", "WeChat Pay",
                          "Brilliant Amazing Limited", "ByteDance", "Banco Nacional de Cuba", "Maria Garcia"};
        StringBuilder sb = new StringBuilder("{\"queries\":{");
        for (int i = 0; i < names.length; i++) {
            sb.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":{\"schema\":\"")
                    .append(i % 3 == 2 ? "Person" : "Company").append("\",\"properties\":{\"name\":[\"").append(names[i]).append("\"]}}");
        }
        return sb.append("}}").toString();
    }

    private final String host;
    private final int port;
    private final String key;

    public LoadGenerator(URI base, String key) {
        this.host = base.getHost();
        this.port = base.getPort();
        this.key = key;
        try {
            // Load tests must never leave the machine.
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("refusing to load-test a non-loopback address: " + host);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    byte[][] requests(String scenario) {
        List<String> bodies = new ArrayList<>();
        String path;
        switch (scenario) {
            case "screen" -> {
                path = "/v1/screen";
                bodies.addAll(Arrays.asList(SCREEN_BODIES));
            }
            case "match10" -> {
                path = "/match/default";
                bodies.add(match10());
            }
            case "healthz" -> {
                // The floor: HTTP, loopback and the load generator, no work.
                String head = "GET /healthz HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n";
                return new byte[][] {head.getBytes(StandardCharsets.US_ASCII)};
            }
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        }
        byte[][] out = new byte[bodies.size()][];
        for (int i = 0; i < out.length; i++) {
            byte[] body = bodies.get(i).getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: application/json\r\n"
                    + (key == null ? "" : "Authorization: Bearer " + key + "\r\n")
                    + "Content-Length: " + body.length + "\r\n\r\n";
            byte[] h = head.getBytes(StandardCharsets.US_ASCII);
            out[i] = Arrays.copyOf(h, h.length + body.length);
            System.arraycopy(body, 0, out[i], h.length, body.length);
        }
        return out;
    }

    public Result run(String scenario, int concurrency, double seconds, double warmupSeconds, long maxRequests)
            throws InterruptedException {
        byte[][] reqs = requests(scenario);
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong count = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long perWorker = Math.max(1, maxRequests / concurrency);
        long[][] lat = new long[concurrency][];
        int[] n = new int[concurrency];
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int w = 0; w < concurrency; w++) {
            final int id = w;
            lat[w] = new long[(int) Math.min(perWorker, 2_000_000)];
            Thread t = new Thread(() -> {
                try (Socket s = new Socket(host, port)) {
                    s.setTcpNoDelay(true);
                    s.setSoTimeout(30_000);
                    OutputStream out = s.getOutputStream();
                    InputStream in = new BufferedInputStream(s.getInputStream(), 65536);
                    int i = id;
                    while (!stop.get()) {
                        byte[] req = reqs[i++ % reqs.length];
                        long t0 = System.nanoTime();
                        out.write(req);
                        out.flush();
                        int status = readResponse(in);
                        long dt = System.nanoTime() - t0;
                        if (measuring.get()) {
                            if (status != 200) {
                                errors.incrementAndGet();
                            }
                            if (n[id] < lat[id].length) {
                                lat[id][n[id]++] = dt;
                            } else {
                                break;
                            }
                            count.incrementAndGet();
                        }
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "load-" + w);
            t.setDaemon(true);
            t.start();
        }
        Thread.sleep((long) (warmupSeconds * 1000));
        measuring.set(true);
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline && count.get() < maxRequests && done.getCount() > 0) {
            Thread.sleep(20);
        }
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        done.await();
        int total = 0;
        for (int v : n) {
            total += v;
        }
        long[] all = new long[total];
        int k = 0;
        for (int w = 0; w < concurrency; w++) {
            System.arraycopy(lat[w], 0, all, k, n[w]);
            k += n[w];
        }
        Arrays.sort(all);
        return new Result(scenario, concurrency, total, errors.get(), elapsed, pct(all, 0.50), pct(all, 0.99), pct(all, 0.999));
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** Reads one HTTP/1.1 response (Content-Length or chunked body) and returns its status. */
    static int readResponse(InputStream in) throws IOException {
        String status = line(in);
        if (status == null) {
            throw new IOException("connection closed");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        String h;
        while ((h = line(in)) != null && !h.isEmpty()) {
            int c = h.indexOf(':');
            String name = h.substring(0, c).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(c + 1).trim();
            if (name.equals("content-length")) {
                length = Long.parseLong(value);
            } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            while (true) {
                int size = Integer.parseInt(line(in).split(";")[0].trim(), 16);
                skip(in, size);
                line(in);
                if (size == 0) {
                    break;
                }
            }
        } else if (length > 0) {
            skip(in, length);
        }
        return code;
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long s = in.skip(n);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new IOException("truncated body");
                }
                s = 1;
            }
            n -= s;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int len = b.size();
                byte[] bytes = b.toByteArray();
                return new String(bytes, 0, len > 0 && bytes[len - 1] == '\r' ? len - 1 : len, StandardCharsets.ISO_8859_1);
            }
            b.write(c);
        }
        return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:8080";
        String key = null;
        List<String> scenarios = List.of("screen", "match10");
        int[] conc = {1, 8, 64};
        double seconds = 10;
        double warmup = 3;
        long max = 500_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--key" -> key = args[++i];
                case "--scenario" -> scenarios = List.of(args[++i].split(","));
                case "--concurrency" -> conc = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--max-requests" -> max = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        LoadGenerator g = new LoadGenerator(URI.create(url), key);
        for (String s : scenarios) {
            for (int c : conc) {
                System.out.println(g.run(s, c, seconds, warmup, max));
            }
        }
    }
}
