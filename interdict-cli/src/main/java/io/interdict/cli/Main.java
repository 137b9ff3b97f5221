package io.interdict.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code interdict} command. */
@Command(name = "interdict", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Screens transactions against sanctions lists and technology bans, as of their date and jurisdiction.")
public final class Main implements Runnable {
    /**
     * The subcommands, in the order help lists them. Registered by {@link #commandLine(String...)}, not by the
     * annotation: picocli reflects over every registered command when the command line is made (about 0.3 s of a
     * start for all of them against a few hundredths for one), so a command line for one command registers that one.
     */
    static final java.util.List<Class<?>> COMMANDS = java.util.List.of(ScreenCommand.class, CheckCommand.class,
            MeasuresCommand.class, MatchCommand.class, CompareCommand.class, ListsCommand.class, GenerateCommand.class,
            AuditCommand.class, ReplayCommand.class, AlertsCommand.class, SuppressCommand.class, MonitorCommand.class,
            RescreenCommand.class, ServeCommand.class, StreamCommand.class, KeysCommand.class, UsersCommand.class,
            RegimeCommand.class, CommandLine.HelpCommand.class);

    /** Widest help text before picocli wraps (it cut summaries at 80 columns). */
    private static final int HELP_WIDTH = 120;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Main() {
        Homes.flag = null;   // a new command line starts without the --home of an earlier one (tests run many)
    }

    @CommandLine.Option(names = "--home", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Where the store, API keys, lists and compiled snapshots live (default: $INTERDICT_HOME, else the"
                    + " configuration's home, ~/.interdict).")
    void home(java.nio.file.Path dir) {
        Homes.flag = dir;
    }

    public static void main(String[] args) {
        int status = run(args);
        if (ClassWarmUp.requested()) {
            ClassWarmUp.runOrTell(args);
        }
        System.exit(status);
    }

    /** Runs the command line and returns the exit status (for tests). */
    public static int run(String... args) {
        CommandLine cl = commandLine(args);
        int status = cl.execute(args);
        return checkedOutput(cl, status);
    }

    /**
     * The command line with every entry point's shared rules: dates read with a message that names the
     * expected form, enum options in any case, help at a readable width, and failures reported as
     * one line that says what went wrong (never a Java class name or a stack trace).
     */
    public static CommandLine commandLine() {
        return withRules(new CommandLine(new Main()), COMMANDS);
    }

    /**
     * {@link #commandLine()} for these arguments: when they name a command (the first argument that is neither an
     * option nor the value of --home), only that command is registered; otherwise (no command, `help`, a mistyped
     * name, for which picocli suggests the nearest) all of them.
     */
    public static CommandLine commandLine(String... args) {
        Class<?> named = command(args);
        return withRules(new CommandLine(new Main()), named == null ? COMMANDS : java.util.List.of(named));
    }

    /** The subcommand the arguments name, if one of {@link #COMMANDS} other than `help`; else null. */
    static Class<?> command(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--home")) {
                i++;   // its value
            } else if (!a.startsWith("-")) {
                for (Class<?> c : COMMANDS) {
                    if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(a)) {
                        return c;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static CommandLine withRules(CommandLine cl, java.util.List<Class<?>> commands) {
        for (Class<?> c : commands) {
            cl.addSubcommand(c);
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpWidth(HELP_WIDTH);
        cl.setUsageHelpLongOptionsMaxWidth(30);
        cl.registerConverter(LocalDate.class, Main::date);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandName().equals("interdict") ? "interdict: " + Failures.describe(ex)
                    : "interdict " + cmd.getCommandName() + ": " + Failures.describe(ex));
            return ExitCodes.FAILURE;
        });
        return cl;
    }

    /**
     * A command whose output could not be written (a full disk, a closed pipe) failed, whatever it
     * returned: {@link PrintWriter} hides the error, so it is checked once at the end.
     */
    static int checkedOutput(CommandLine cl, int status) {
        PrintWriter out = cl.getOut();
        out.flush();
        if (status == ExitCodes.OK && (out.checkError() || System.out.checkError())) {
            cl.getErr().println("interdict: cannot write to standard output (the output was closed or the device is full)");
            return ExitCodes.FAILURE;
        }
        return status;
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + s + "' is not a valid date (YYYY-MM-DD)");
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"interdict " + io.interdict.core.Version.get()};
        }
    }
}
