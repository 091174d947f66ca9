package dev.escalation.registry;

/**
 * No schema registry answered, or it answered that it cannot serve now (5xx, 429), even after the
 * client's retries: an outage, not a verdict on any record. A deserializer that meets it must not
 * call the record bad: {@link AvroSerde} passes it on as a {@link RegistryOutageException}.
 */
public class SchemaRegistryUnavailableException extends SchemaRegistryException {

    public SchemaRegistryUnavailableException(int status, int errorCode, String message) {
        super(status, errorCode, message);
    }
}
