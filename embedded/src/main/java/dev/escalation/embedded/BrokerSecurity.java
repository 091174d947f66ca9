package dev.escalation.embedded;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a secured {@link EmbeddedKafka} runs: clients on one SASL_SSL listener (TLS with the given
 * certificates, SCRAM-SHA-512 logins), the controller listener on mutual TLS, ACLs enforced by
 * {@code StandardAuthorizer} with no access unless an ACL allows it.
 *
 * @param certificates the broker's key and the CA clients trust
 * @param adminUser the super user: the broker's own inter-broker login, and the one {@link EmbeddedKafka#clientConfig()} uses
 * @param adminPassword its password
 * @param users further SCRAM-SHA-512 users (name to password), written into the metadata when the log is formatted; they have no ACLs
 */
public record BrokerSecurity(Certificates certificates, String adminUser, String adminPassword, Map<String, String> users) {

    public static final String MECHANISM = "SCRAM-SHA-512";

    public BrokerSecurity {
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(adminUser, "adminUser");
        Objects.requireNonNull(adminPassword, "adminPassword");
        users = Map.copyOf(users);
    }

    /** The admin user {@code admin} and these users. */
    public static BrokerSecurity of(Certificates certificates, Map<String, String> users) {
        return new BrokerSecurity(certificates, "admin", "admin-" + Long.toHexString(System.nanoTime()), users);
    }

    /** Every SCRAM user, the admin first. */
    Map<String, String> allUsers() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(adminUser, adminPassword);
        all.putAll(users);
        return all;
    }

    /** The client settings for {@code user}: SASL_SSL, SCRAM-SHA-512, trusting the test CA (no bootstrap servers). */
    public Map<String, Object> clientSecurity(String user, String password) {
        Map<String, Object> settings = new LinkedHashMap<>(certificates.clientTrust());
        settings.put("security.protocol", "SASL_SSL");
        settings.put("sasl.mechanism", MECHANISM);
        settings.put("sasl.jaas.config", jaas(user, password));
        return settings;
    }

    static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\"" + password + "\";";
    }
}
