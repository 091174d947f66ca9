package dev.escalation.registry;

/**
 * An error answered by a schema registry, with Confluent's {@code error_code} (e.g. 40401 subject
 * not found, 40403 schema not found, 409 incompatible schema, 42201 invalid schema) and message.
 * The embedded {@link RegistryServer} throws it too, and answers it as Confluent's error JSON.
 */
public class SchemaRegistryException extends RuntimeException {

    private final int status;
    private final int errorCode;

    /**
     * @param status the HTTP status, or 0 when no registry answered
     * @param errorCode Confluent's error code, or 0 when no registry answered
     */
    public SchemaRegistryException(int status, int errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    /** The HTTP status, or 0 when no registry answered. */
    public int status() {
        return status;
    }

    /** Confluent's {@code error_code}, or 0 when no registry answered. */
    public int errorCode() {
        return errorCode;
    }

    /** Whether the registry answered that what was asked for (a schema id, a subject, a version) does not exist. */
    public boolean notFound() {
        return status == 404;
    }

    /**
     * Whether this is no answer at all: no registry answered, or one answered that it cannot
     * serve now (5xx, 429 too many requests). Worth asking again later; says nothing about the data.
     */
    public boolean outage() {
        return status == 0 || status == 429 || status >= 500;
    }
}
