package dev.escalation.cli;

/**
 * A failure the user can act on; the launcher prints its message as one line and exits with its
 * code ({@link ExitCodes}): 1 by default, 2 for a malformed option value, 4 for input with nothing usable.
 */
class CliException extends RuntimeException {

    private final int exitCode;

    CliException(String message) {
        this(message, ExitCodes.FAILED);
    }

    private CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** An option value the command cannot use (not a duration, not a date, an unknown format): a usage error, exit 2. */
    static CliException usage(String message) {
        return new CliException(message, ExitCodes.USAGE);
    }

    /** Input read to its end with nothing usable in it, exit 4. */
    static CliException nothingUsable(String message) {
        return new CliException(message, ExitCodes.NOTHING_USABLE);
    }

    int exitCode() {
        return exitCode;
    }
}
