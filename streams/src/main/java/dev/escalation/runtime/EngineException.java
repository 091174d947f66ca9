package dev.escalation.runtime;

/**
 * The engine could not do what it was asked (start, create its topics, read a topic, settle), for a
 * reason its message says in one line: a broker unreachable, a timeout, an interruption. The
 * command line prints the message as it prints its own errors.
 */
public final class EngineException extends RuntimeException {
    public EngineException(String message) {
        super(message);
    }
}
