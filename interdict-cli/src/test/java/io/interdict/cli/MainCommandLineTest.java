package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A command line for one command registers that command alone; anything else gets them all. */
class MainCommandLineTest {
    @Test
    void everyCommandHasItsOwnNameAndTheFullCommandLineRegistersThemInOrder() {
        var names = Main.COMMANDS.stream().map(c -> c.getAnnotation(Command.class).name()).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(Main.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(names);
    }

    @Test
    void aNamedCommandIsRegisteredAlone() {
        assertThat(Main.commandLine("check", "Alipay", "--date", "2021-03-01").getSubcommands().keySet()).containsExactly("check");
        assertThat(Main.commandLine("--home", "serve", "measures", "--date", "2025-05-01").getSubcommands().keySet())
                .as("the value of --home is not a command").containsExactly("measures");
        assertThat(Main.commandLine("--home=/tmp/x", "lists", "compile").getSubcommands().keySet()).containsExactly("lists");
    }

    @Test
    void helpNoCommandOrAMistypedOneGetsEveryCommand() {
        int all = Main.COMMANDS.size();
        assertThat(Main.commandLine("help", "check").getSubcommands()).hasSize(all);
        assertThat(Main.commandLine("--help").getSubcommands()).hasSize(all);
        assertThat(Main.commandLine().getSubcommands()).hasSize(all);
        assertThat(Main.commandLine("chek", "Alipay").getSubcommands()).hasSize(all);
    }

    @Test
    void aMistypedCommandIsStillAnsweredWithTheNearestName() {
        CommandLine cl = Main.commandLine("chek", "Alipay");
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("chek", "Alipay")).isNotZero();
        assertThat(err.toString()).contains("check");
    }

    @Test
    void theRulesOfTheCommandLineReachTheOneRegisteredCommand() {
        CommandLine cl = Main.commandLine("measures", "--date", "yesterday");
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("measures", "--date", "yesterday")).isNotZero();
        assertThat(err.toString()).as("the date converter's message").contains("YYYY-MM-DD");
    }
}
