package dev.escalation.cli;

/** A failure the user can act on; the launcher prints its message as one line and exits non-zero. */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }
}
