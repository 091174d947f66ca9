package dev.escalation.connect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The plugin's version, as Connect lists it under GET /connector-plugins (the Maven project version). */
public final class Version {
    private Version() {}

    public static final String PLUGIN = read();

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("the plugin's version.properties is missing");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("the plugin's version.properties is unreadable", e);
        }
    }
}
