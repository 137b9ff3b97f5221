package io.interdict.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.server.ServerSettings;
import io.interdict.server.kit.ServerKit;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Item 8 of issue 14: twenty authenticated uploads that send a byte and then stall must not freeze
 * the server. One key may hold only a few HTTP threads reading bodies (the rest get 429 at once), and
 * a body arriving below the minimum data rate is cut off with 408.
 */
class SlowUploadsTest {
    private static final String TX = "{\"id\":\"t\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\","
            + "\"parties\":[{\"name\":\"Alipay\"}]}";

    /**
     * The defaults, with stalled clients cut off after 10 s rather than 30 s to keep the test short; still
     * far longer than opening twenty connections takes, so no held upload is cut off before all are in.
     */
    static final ClientLimits LIMITS = ClientLimits.forThreads(ServerSettings.defaults().maxThreads()).withIdleMillis(10_000);

    @Test
    void twentyStalledUploadsFromOneKeyLeaveHealthAndOtherClientsServed() throws Exception {
        ServerKit kit = new ServerKit(ServerSettings.defaults(), true, LIMITS);
        int perKey = LIMITS.bodyReadsPerClient();
        List<Socket> slow = new ArrayList<>();
        try {
            // The first screening loads the matcher; done before the uploads stall, so the idle window
            // holds only the connections and two cheap requests (else a held upload may time out and
            // give its slot to one still arriving).
            assertThat(kit.post("/v1/screen", TX, kit.reviewKey).status()).isEqualTo(200);
            for (int i = 0; i < 20; i++) {
                slow.add(stalledUpload(kit, kit.screenKey));
            }
            assertThat(kit.get("/healthz", null).status()).isEqualTo(200);
            ServerKit.Resp other = kit.post("/v1/screen", TX, kit.reviewKey);
            assertThat(other.status()).isEqualTo(200);

            List<Integer> statuses = new ArrayList<>();
            for (Socket s : slow) {
                statuses.add(status(s));
            }
            // Over the cap: refused before reading; under it: cut off for sending too slowly. None hangs.
            assertThat(statuses).as(statuses.toString()).filteredOn(c -> c == 429).hasSize(20 - perKey);
            assertThat(statuses).as(statuses.toString()).filteredOn(c -> c == 408).hasSize(perKey);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
            kit.close();
        }
    }

    @Test
    void aStalledBodyIs408AndGivesItsSlotBack() throws Exception {
        ServerKit kit = new ServerKit(ServerSettings.defaults(), true, LIMITS.withIdleMillis(1_000));
        try (Socket s = stalledUpload(kit, kit.screenKey)) {
            assertThat(status(s)).isEqualTo(408);
            // The slot is given back: the same key can send again.
            assertThat(kit.post("/v1/screen", TX, kit.screenKey).status()).isEqualTo(200);
        } finally {
            kit.close();
        }
    }

    @Test
    void aBodyTricklingInBelowTheMinimumRateIs408() throws Exception {
        // Default limits (30 s idle timeout): only the minimum data rate can end this one early.
        ServerKit kit = new ServerKit(ServerSettings.defaults(), true);
        try (Socket s = stalledUpload(kit, kit.screenKey)) {
            OutputStream out = s.getOutputStream();
            int status = -1;
            for (int i = 1; i < TX.length() && status < 0; i++) {
                Thread.sleep(1000);
                try {
                    out.write(TX.charAt(i));
                    out.flush();
                } catch (java.io.IOException closed) {
                    status = status(s);
                }
                if (s.getInputStream().available() > 0) {
                    status = status(s);
                }
            }
            assertThat(status).isEqualTo(408);
        } finally {
            kit.close();
        }
    }

    /** A POST that announces a whole transaction, sends its first bytes and stalls. */
    private static Socket stalledUpload(ServerKit kit, String key) throws Exception {
        Socket s = new Socket("127.0.0.1", kit.server.port());
        s.setSoTimeout(120_000);
        OutputStream out = s.getOutputStream();
        out.write(("POST /v1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + key + "\r\nContent-Length: " + TX.length() + "\r\n\r\n"
                + TX.substring(0, 1)).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    private static int status(Socket s) throws Exception {
        String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        return line == null ? -1 : Integer.parseInt(line.split(" ")[1]);
    }
}
