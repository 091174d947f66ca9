package dev.escalation.feeds;

import dev.escalation.extract.EventCoder;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The feed fixtures under src/test/resources/dev/escalation/feeds, and reading them whole (they are small). */
final class FeedFixtures {
    static final EventCoder CODER = EventCoder.withDefaultDictionaries();

    private FeedFixtures() {}

    static Path fixture(String name) {
        try {
            return Path.of(FeedFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<FeedRecord> readAll(Path file, FeedFormat format, FeedReport report) {
        List<FeedRecord> records = new ArrayList<>();
        try (FeedReader reader = FeedReader.open(file, format, report, CODER)) {
            reader.forEachRemaining(records::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    static List<Incident> incidents(List<FeedRecord> records) {
        return records.stream().map(r -> (Incident) r.value()).toList();
    }

    static Incident byId(List<Incident> incidents, String id) {
        return incidents.stream().filter(i -> i.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no incident " + id + " in " + incidents));
    }
}
