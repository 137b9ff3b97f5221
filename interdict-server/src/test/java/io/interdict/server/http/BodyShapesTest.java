package io.interdict.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.server.ServerSettings;
import io.interdict.server.kit.ServerKit;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The class of item 8 (request bodies): seeded random body shapes sent raw by one key, many of them
 * broken (short, over the limit, aborted mid-way, chunked, invalid UTF-8). Whatever happens to each,
 * the server answers it with a 2xx or 4xx (never a 5xx) or the client went away, and its body-read
 * slot is always given back: afterwards the same key is still served.
 */
class BodyShapesTest {
    static final long SEED = 20261130L;
    static final String TX = "{\"id\":\"t\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\","
            + "\"parties\":[{\"name\":\"Alipay\"}]}";
    static ServerKit kit;

    @BeforeAll
    static void start() {
        kit = new ServerKit(ServerSettings.defaults().withLimits(4096, 100), true,
                ClientLimits.forThreads(ServerSettings.defaults().maxThreads()).withIdleMillis(1_000));
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    @Test
    void everyBodyShapeIsAnsweredWithoutA5xxAndGivesItsSlotBack() throws Exception {
        Random r = new Random(SEED);
        List<Socket> aborted = new ArrayList<>();
        try {
            for (int i = 0; i < 120; i++) {
                byte[] body = body(r);
                int shape = r.nextInt(5);
                String head = "POST /v1/screen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n"
                        + "Authorization: Bearer " + kit.screenKey + "\r\n";
                Socket s = new Socket("127.0.0.1", kit.server.port());
                s.setSoTimeout(30_000);
                if (shape == 2) {
                    // The client aborts: sends part of the body, stops sending, and goes on without reading an answer.
                    // Its socket stays open only so that the end of the test can tell when the server is done with it.
                    aborted.add(s);
                    write(s.getOutputStream(), head + "Content-Length: " + (body.length + 10) + "\r\n\r\n", body);
                    s.shutdownOutput();
                    continue;
                }
                try (s) {
                    OutputStream out = s.getOutputStream();
                    switch (shape) {
                        case 0 -> write(out, head + "Content-Length: " + body.length + "\r\n\r\n", body);
                        case 1 -> write(out, head + "Content-Length: " + (body.length + 1 + r.nextInt(50)) + "\r\n\r\n", body);
                        case 3 -> write(out, head + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(body.length) + "\r\n",
                                body, "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        default -> write(out, head + "Content-Length: " + body.length + "\r\n\r\n",
                                java.util.Arrays.copyOf(body, body.length / 2));    // short, then stall
                    }
                    int status = status(s.getInputStream());
                    assertThat(status).as("request %d (shape %d)", i, shape).isBetween(200, 499);
                }
            }
            // An aborted request may not even have reached its handler yet (the last request is one): a count of
            // 0 read now would prove nothing. The server closes each connection only once its request is over,
            // so reading every aborted connection to its end waits for all of them (and checks their answers).
            for (Socket s : aborted) {
                assertThat(answerToTheEnd(s)).as("aborted request").isBetween(200, 499);
            }
        } finally {
            for (Socket s : aborted) {
                s.close();
            }
        }
        // Every slot comes back (an aborted read when the client's end of input arrives, or its connection times out,
        // 1 s here), and the key is served.
        for (int wait = 0; wait < 300 && readingNow() > 0; wait++) {
            Thread.sleep(100);
        }
        assertThat(readingNow()).isZero();
        assertThat(kit.post("/v1/screen", TX, kit.screenKey).status()).isEqualTo(200);
    }

    private static int readingNow() throws Exception {
        java.lang.reflect.Field f = kit.server.getClass().getDeclaredField("bodyReads");
        f.setAccessible(true);
        return ((BodyReads) f.get(kit.server)).clients();
    }

    private static byte[] body(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> TX.getBytes(StandardCharsets.UTF_8);
            case 1 -> ("[" + (TX + ",").repeat(r.nextInt(3)) + TX + "]").getBytes(StandardCharsets.UTF_8);
            case 2 -> {
                byte[] b = new byte[r.nextInt(6000)];
                r.nextBytes(b);
                yield b;
            }
            default -> TX.substring(0, r.nextInt(TX.length())).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static void write(OutputStream out, String head, byte[]... parts) throws Exception {
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        for (byte[] p : parts) {
            out.write(p);
        }
        out.flush();
    }

    /** The status of an answer read up to the server's close (499 for none, or for a reset: the server closed too). */
    private static int answerToTheEnd(Socket s) throws Exception {
        try {
            InputStream in = s.getInputStream();
            int status = status(in);
            while (in.read() != -1) {
                // the rest of the answer
            }
            return status;
        } catch (java.net.SocketException e) {
            return 499;
        }
    }

    private static int status(InputStream in) throws Exception {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.write(c);
        }
        String l = line.toString(StandardCharsets.ISO_8859_1);
        return l.isEmpty() ? 499 : Integer.parseInt(l.split(" ")[1]);    // closed without an answer: counted as 4xx
    }
}
