package dev.escalation.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/** The TLS context of a registry client, from Confluent's {@code schema.registry.ssl.*} keys. */
final class RegistryTls {

    private RegistryTls() {
    }

    /** An SSL context trusting the configured truststore (and presenting the configured keystore), or empty when neither is set. */
    static Optional<SSLContext> sslContext(Map<String, ?> config) {
        String truststore = text(config, SchemaRegistryClient.SSL_TRUSTSTORE_LOCATION_CONFIG);
        String keystore = text(config, SchemaRegistryClient.SSL_KEYSTORE_LOCATION_CONFIG);
        if (truststore == null && keystore == null) {
            return Optional.empty();
        }
        try {
            TrustManager[] trust = null;
            if (truststore != null) {
                KeyStore store = load(truststore, text(config, SchemaRegistryClient.SSL_TRUSTSTORE_TYPE_CONFIG),
                        text(config, SchemaRegistryClient.SSL_TRUSTSTORE_PASSWORD_CONFIG));
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(store);
                trust = factory.getTrustManagers();
            }
            KeyManager[] keys = null;
            if (keystore != null) {
                String password = text(config, SchemaRegistryClient.SSL_KEYSTORE_PASSWORD_CONFIG);
                KeyStore store = load(keystore, text(config, SchemaRegistryClient.SSL_KEYSTORE_TYPE_CONFIG), password);
                String keyPassword = text(config, SchemaRegistryClient.SSL_KEY_PASSWORD_CONFIG);
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(store, chars(keyPassword != null ? keyPassword : password));
                keys = factory.getKeyManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, null);
            return Optional.of(context);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot set up TLS for the schema registry: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(String location, String type, String password) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            KeyStore store = KeyStore.getInstance(type == null ? KeyStore.getDefaultType() : type);
            store.load(in, chars(password));
            return store;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the schema registry store " + location + ": " + e.getMessage(), e);
        }
    }

    private static char[] chars(String password) {
        return password == null ? null : password.toCharArray();
    }

    private static String text(Map<String, ?> config, String key) {
        Object value = config.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
