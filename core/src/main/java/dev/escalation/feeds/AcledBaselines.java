package dev.escalation.feeds;

import dev.escalation.config.EngineConfig;
import dev.escalation.records.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seeded baselines ({@code regions.baselines}) from ACLED's monthly event counts by country and
 * event type (columns {@code country}, {@code event_type}, {@code month}, {@code nrEvents}): a
 * country's normal intensity per window is its average weighted events per month (each event
 * type weighted as the engine weighs it; protests, riots and strategic developments not counted),
 * over every month the file covers (ACLED leaves out a month with no events: it counts as 0),
 * scaled from a month to the window.
 */
public final class AcledBaselines {
    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    private AcledBaselines() {}

    /** Normal intensity per window, by country code; rows of unknown countries or event types are listed in {@code report}. */
    public static Map<String, Double> read(Path file, EngineConfig.Escalation settings, FeedReport report) throws IOException {
        Map<String, Double> weighted = new TreeMap<>();
        YearMonth first = null;
        YearMonth last = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = header == null ? List.of() : CsvRow.split(header);
            for (int i = 0; i < names.size(); i++) {
                columns.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            for (String required : List.of("country", "event_type", "month", "nrevents")) {
                if (!columns.containsKey(required)) {
                    throw new IOException(file + ": not ACLED monthly counts: the header lacks " + required + "; it has " + names);
                }
            }
            String line;
            long number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                report.row();
                try {
                    List<String> cells = CsvRow.split(line);
                    YearMonth month = YearMonth.parse(cells.get(columns.get("month")).strip());
                    first = first == null || month.isBefore(first) ? month : first;
                    last = last == null || month.isAfter(last) ? month : last;
                    String country = AcledEvents.countryCode(cells.get(columns.get("country")));
                    String type = AcledEvents.eventTypeOf(cells.get(columns.get("event_type")));
                    if (country == null || type == null) {
                        throw new IllegalArgumentException(country == null ? "unknown country '" + cells.get(columns.get("country")) + "'"
                                : "unknown ACLED event_type '" + cells.get(columns.get("event_type")) + "'");
                    }
                    if (type.equals("SKIP")) {
                        report.skipped("not violence");
                        continue;
                    }
                    double events = Double.parseDouble(cells.get(columns.get("nrevents")).strip());
                    weighted.merge(country, events * settings.weight(EventType.valueOf(type)), Double::sum);
                    report.record();
                } catch (RuntimeException e) {
                    report.reject(file.toString(), number, e.getMessage() == null ? e.toString() : e.getMessage());
                }
            }
        }
        Map<String, Double> normal = new TreeMap<>();
        if (first != null) {
            long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
            double perWindow = settings.window().toHours() / 24.0 / DAYS_PER_MONTH;
            weighted.forEach((country, total) -> normal.put(country, Math.round(total / months * perWindow * 10) / 10.0));
        }
        return normal;
    }
}
