package dev.escalation.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway certificate authority and a {@code localhost} certificate it signed, made with the
 * JDK's own {@code keytool} (no other library): for the secured embedded broker, the embedded
 * schema registry over HTTPS and their tests. Never use these outside a test or a demo.
 *
 * @param keystore PKCS12 keystore holding the {@code localhost} key and its chain (CA-signed,
 *     subject alternative names {@code localhost} and {@code 127.0.0.1})
 * @param truststore PKCS12 truststore holding only the CA certificate
 * @param password the password of both stores and of the key
 */
public record Certificates(Path keystore, Path truststore, String password) {

    /** The subject of the server certificate; with the default principal builder, an mTLS peer is {@code User:} this. */
    public static final String SERVER_DN = "CN=localhost,O=escalation-test";

    /** Makes a new CA and a server certificate in {@code folder} (about one second per keytool run, eight runs). */
    public static Certificates create(Path folder) {
        String password = "test-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        Path ca = folder.resolve("ca.p12");
        Path caPem = folder.resolve("ca.pem");
        Path keystore = folder.resolve("server.p12");
        Path csr = folder.resolve("server.csr");
        Path serverPem = folder.resolve("server.pem");
        Path truststore = folder.resolve("truststore.p12");
        String[] store = {"-storetype", "PKCS12", "-storepass", password};
        keytool(store, "-genkeypair", "-alias", "ca", "-dname", "CN=escalation-test-ca", "-ext", "bc:c",
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "7", "-keystore", ca.toString(), "-keypass", password);
        keytool(store, "-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-file", caPem.toString());
        keytool(store, "-importcert", "-noprompt", "-alias", "ca", "-file", caPem.toString(), "-keystore", truststore.toString());
        keytool(store, "-genkeypair", "-alias", "server", "-dname", SERVER_DN, "-keyalg", "EC", "-groupname", "secp256r1",
                "-validity", "7", "-keystore", keystore.toString(), "-keypass", password);
        keytool(store, "-certreq", "-alias", "server", "-keystore", keystore.toString(), "-file", csr.toString());
        keytool(store, "-gencert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-infile", csr.toString(),
                "-outfile", serverPem.toString(), "-validity", "7", "-ext", "san=dns:localhost,ip:127.0.0.1",
                "-ext", "eku=serverAuth,clientAuth");
        keytool(store, "-importcert", "-noprompt", "-alias", "ca", "-file", caPem.toString(), "-keystore", keystore.toString());
        keytool(store, "-importcert", "-noprompt", "-alias", "server", "-file", serverPem.toString(), "-keystore", keystore.toString());
        return new Certificates(keystore, truststore, password);
    }

    /** The Kafka client settings that trust this CA ({@code ssl.truststore.*}). */
    public java.util.Map<String, Object> clientTrust() {
        return java.util.Map.of("ssl.truststore.location", truststore.toString(), "ssl.truststore.password", password,
                "ssl.truststore.type", "PKCS12");
    }

    private static void keytool(String[] store, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of(store));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool " + args[0] + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run keytool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running keytool", e);
        }
    }
}
