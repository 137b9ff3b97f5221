package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CheckAndMeasuresCommandTest {
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void checkPrintsATableWithMeasureStatusPathAndReason() {
        Run r = run("check", "支付宝", "--date", "2021-03-01", "--kind", "payment", "--jurisdiction", "US");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("ALLOW  payment US 2021-03-01, \"支付宝\"")
                .contains("us-eo-13971  [awaiting_scope]")
                .contains("interdict:app/alipay");
    }

    @Test
    void checkByIdentifierAsJson() {
        Run r = run("check", "--id", "android:com.eg.android.AlipayGphone", "--date", "2021-01-10", "--json");
        assertThat(r.out()).contains("\"measure\":\"us-eo-13971\"").contains("\"status\":\"pending\"")
                .contains("\"matched_on\":\"identifier\"");
    }

    @Test
    void checkRejectsBadArgumentsClearly() {
        assertThat(run("check").err()).contains("give a NAME or at least one --id");
        assertThat(run("check", "X", "--kind", "paymnet").err()).contains("unknown kind 'paymnet'");
        assertThat(run("check", "X", "--jurisdiction", "XX").err()).contains("'XX' is not an ISO 3166");
        assertThat(run("check", "X", "--network", "5g").err()).contains("--network/--domain: only for equipment_* kinds");
    }

    @Test
    void measuresShowsStatusOnADateAndTheNextEvent() {
        Run r = run("measures", "--date", "2025-05-01");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("us-pafaca-2024\\s+US\\s+not_enforced.*2025-06-19 non_enforcement")
                .containsPattern("us-eo-13971\\s+US\\s+revoked");
        Run json = run("measures", "--date", "2021-01-10", "--json");
        assertThat(json.out()).contains("{\"measure\":\"us-eo-13971\"").contains("\"status\":\"pending\"")
                .contains("\"next_event\":{\"date\":\"2021-02-19\"");
    }
}
