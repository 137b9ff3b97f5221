package io.interdict.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.server.ServerSettings;
import io.interdict.server.kit.ServerKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every request through the workers' queue (no inline run): answers and errors are those of the inline path. */
class QueuedRequestsTest {
    static final String TX = "{\"id\":\"q\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\","
            + "\"parties\":[{\"name\":\"Alipay\"}]}";
    static ServerKit kit;

    @BeforeAll
    static void start() {
        kit = new ServerKit(ServerSettings.defaults().withLimits(4096, 2).withWorkers(1, 8).withInlineWhenIdle(false), true);
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    @Test
    void screensThroughTheQueue() {
        ServerKit.Resp r = kit.post("/v1/screen", TX, kit.screenKey);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("\"id\":\"q\"").contains("us-eo-13971");
        assertThat(kit.get("/v1/check?name=Alipay&date=2021-03-01", kit.screenKey).status()).isEqualTo(200);
    }

    @Test
    void errorsRaisedOnAWorkerKeepTheirStatusAndDetail() {
        ServerKit.Resp malformed = kit.post("/v1/screen", "{\"id\":", kit.screenKey);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("malformed JSON at line 1");
        ServerKit.Resp unknown = kit.post("/v1/screen", TX.replace("\"kind\"", "\"knid\":1,\"kind\""), kit.screenKey);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("knid");
        ServerKit.Resp batch = kit.post("/v1/screen", "[" + TX + "," + TX + "," + TX + "]", kit.screenKey);
        assertThat(batch.status()).isEqualTo(413);
        assertThat(batch.body()).contains("exceeds the limit of 2");
        ServerKit.Resp large = kit.post("/v1/screen", TX + " ".repeat(5000), kit.screenKey);
        assertThat(large.status()).isEqualTo(413);
    }
}
