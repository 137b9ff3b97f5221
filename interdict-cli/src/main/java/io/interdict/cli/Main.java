package io.interdict.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code interdict} command. */
@Command(name = "interdict", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Screens transactions against sanctions lists and technology bans, as of their date and jurisdiction.",
        subcommands = {ScreenCommand.class, CheckCommand.class, MeasuresCommand.class, MatchCommand.class, CompareCommand.class,
                ListsCommand.class, GenerateCommand.class,
                AuditCommand.class, ReplayCommand.class, AlertsCommand.class, SuppressCommand.class, MonitorCommand.class,
                RescreenCommand.class, ServeCommand.class, KeysCommand.class, RegimeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    cmd.getErr().println("interdict: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
                    return ExitCodes.FAILURE;
                })
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"interdict " + (v == null ? "development build" : v)};
        }
    }
}
