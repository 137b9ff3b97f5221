package io.interdict.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.server.ServerSettings;
import io.interdict.server.kit.ServerKit;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clients that send their bodies slowly hold HTTP threads, never the workers that screen. */
class SlowClientTest {
    private static final String TX = "{\"id\":\"t\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\","
            + "\"parties\":[{\"name\":\"Alipay\"}]}";

    @Test
    void slowBodiesDoNotStarveTheWorkers() throws Exception {
        ServerKit kit = new ServerKit(ServerSettings.defaults().withWorkers(1, 16), true);
        List<Socket> slow = new ArrayList<>();
        try {
            // Three requests that announce a body and never finish sending it: one more than the
            // workers and the free slot together.
            for (int i = 0; i < 3; i++) {
                Socket s = new Socket("127.0.0.1", Integer.parseInt(kit.base().substring(kit.base().lastIndexOf(':') + 1)));
                OutputStream out = s.getOutputStream();
                out.write(("POST /v1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer " + kit.screenKey + "\r\nContent-Length: " + TX.length() + "\r\n\r\n"
                        + TX.substring(0, 10)).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(s);
            }
            ServerKit.Resp r = kit.post("/v1/screen", TX, kit.screenKey);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("\"id\":\"t\"");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
            kit.close();
        }
    }
}
