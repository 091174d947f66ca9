package dev.escalation.config;

import java.util.List;

/** A configuration that cannot be used; {@link #problems()} names each bad field, its value and what is allowed. */
public final class ConfigException extends RuntimeException {
    private final List<String> problems;

    public ConfigException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
