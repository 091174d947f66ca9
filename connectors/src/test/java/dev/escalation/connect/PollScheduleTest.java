package dev.escalation.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.internals.PluginMetricsImpl;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2024-02-03T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private final FeedMetrics metrics = new FeedMetrics(new PluginMetricsImpl(new Metrics(), java.util.Map.of()));
    private final PollSchedule schedule = new PollSchedule(Duration.ofMinutes(5), new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(3)),
            4, List.of("http://a/feed", "http://b/feed"), clock, metrics);

    @Test
    void aFeedThatAnswersIsFetchedEveryInterval() {
        assertEquals("http://a/feed", schedule.due());
        schedule.succeeded("http://a/feed");
        assertEquals("http://b/feed", schedule.due());
        schedule.succeeded("http://b/feed");

        assertNull(schedule.due());
        assertEquals(Duration.ofMinutes(5), schedule.untilNext());
        clock.advance(Duration.ofMinutes(5));
        assertEquals("http://a/feed", schedule.due());
    }

    @Test
    void aFeedThatFailsIsRetriedWithBackoffThenFailsTheTask() {
        schedule.succeeded("http://b/feed");
        IOException error = new IOException("GET http://a/feed answered HTTP 503");

        schedule.failed("http://a/feed", error);
        assertEquals(Duration.ofSeconds(1), schedule.untilNext());
        clock.advance(Duration.ofSeconds(1));
        schedule.failed("http://a/feed", error);
        assertEquals(Duration.ofSeconds(2), schedule.untilNext());
        clock.advance(Duration.ofSeconds(2));
        schedule.failed("http://a/feed", error);
        assertEquals(Duration.ofSeconds(3), schedule.untilNext(), "never longer than the maximum backoff");
        clock.advance(Duration.ofSeconds(3));

        ConnectException e = assertThrows(ConnectException.class, () -> schedule.failed("http://a/feed", error));
        assertEquals("giving up on http://a/feed after 4 failures in a row (max.consecutive.failures=4);"
                + " last: GET http://a/feed answered HTTP 503", e.getMessage());
    }

    @Test
    void anAnswerForgivesEarlierFailures() {
        IOException error = new IOException("down");
        for (int i = 0; i < 3; i++) {
            schedule.failed("http://a/feed", error);
        }
        schedule.succeeded("http://a/feed");
        for (int i = 0; i < 3; i++) {
            schedule.failed("http://a/feed", error);
        }
        assertEquals(Duration.ZERO, schedule.untilNext(), "b is still due");
    }
}
