package dev.escalation.registry;

import java.util.List;

/** The answer to a compatibility check; {@code messages} say why when it is not compatible. */
public record CompatibilityResult(boolean compatible, List<String> messages) {}
