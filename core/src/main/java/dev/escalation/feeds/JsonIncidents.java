package dev.escalation.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.nio.file.Path;

/** Incidents as JSON lines, with the Incident field names (what {@code extract} writes). */
final class JsonIncidents extends FeedReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    JsonIncidents(Path path, FeedReport report) throws IOException {
        super(path, report);
    }

    @Override
    FeedRecord parse(String line, long number) {
        try {
            Incident incident = RecordJson.read(JsonLines.object(JSON, line), Incident.getClassSchema());
            return new FeedRecord(file, number, incident);
        } catch (IllegalArgumentException e) {
            throw new BadRow(e.getMessage());
        }
    }
}
