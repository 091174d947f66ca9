package dev.escalation.watch;

import java.time.Instant;
import java.util.List;

/**
 * A region's level now, as {@code /api/regions} shows it.
 *
 * @param since the event time the level was reached, or null when the region never left CALM
 * @param alertId the alert that set the level (REGION-LEVEL-yyyyMMddTHHmmssZ of {@code since}), or null with {@code since}
 */
public record RegionLevel(String region, List<String> countries, int level, String levelName, Instant since, String alertId) {}
