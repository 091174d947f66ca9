package dev.escalation.topology;

/**
 * A record the engine refuses for a business reason (empty article, incident with no country, too
 * late). Thrown inside a processor, it is routed by the processing exception handler to the
 * dead-letter topic with this message as the reason and the record's original bytes; the engine goes on.
 */
public final class RejectedRecord extends RuntimeException {
    public RejectedRecord(String reason) {
        super(reason, null, false, false);
    }
}
