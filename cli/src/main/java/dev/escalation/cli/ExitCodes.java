package dev.escalation.cli;

/**
 * The one table of exit codes every command follows (README, "Exit codes"):
 *
 * <pre>
 * 0  done
 * 1  failed: a configuration or input file missing, unreadable or invalid, a broker or schema
 *    registry that does not answer within --connect-timeout, the engine failing, a reset refused
 * 2  usage: the command line itself is wrong (an unknown option, a missing or malformed value);
 *    one line and a pointer to --help
 * 3  bad input under --strict: some rows or records were rejected, the rest was processed
 * 4  nothing usable: every row of the input was rejected or skipped (no record at all to process)
 * </pre>
 *
 * A stop by SIGINT or SIGTERM is the JVM's own 130 or 143.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int BAD_INPUT = 3;
    static final int NOTHING_USABLE = 4;

    private ExitCodes() {}
}
