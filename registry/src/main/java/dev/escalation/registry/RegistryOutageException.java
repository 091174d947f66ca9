package dev.escalation.registry;

import org.apache.kafka.common.errors.RetriableException;

/**
 * Thrown by {@link AvroSerde}'s deserializer when the registry cannot say what a record's writer
 * schema is (it does not answer, answers 5xx, refuses the client): nothing is known to be wrong with
 * the record, so it must not be dead-lettered. Retriable: read the record again once the registry
 * is back. (A registry that answers "no such id", 404, makes the record bad: that is a
 * {@link org.apache.kafka.common.errors.SerializationException}.)
 */
public class RegistryOutageException extends RetriableException {

    public RegistryOutageException(String message, Throwable cause) {
        super(message, cause);
    }
}
