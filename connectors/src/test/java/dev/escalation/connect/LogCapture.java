package dev.escalation.connect;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.Property;

/** The plugin's log lines (dev.escalation.connect, INFO and up), kept so that tests can check what it reported. */
final class LogCapture extends AbstractAppender {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    private static final AtomicInteger COUNT = new AtomicInteger();

    private LogCapture() {
        // Log4j keeps one appender per name: each capture needs its own.
        super("plugin-log-capture-" + COUNT.incrementAndGet(), null, null, true, Property.EMPTY_ARRAY);
    }

    static LogCapture attach() {
        LogCapture capture = new LogCapture();
        capture.start();
        Configurator.setLevel("dev.escalation.connect", Level.INFO);
        ((Logger) LogManager.getLogger("dev.escalation.connect")).addAppender(capture);
        return capture;
    }

    @Override
    public void append(LogEvent event) {
        lines.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
    }

    /** Whether a line contains every one of {@code parts}. */
    boolean has(String... parts) {
        return lines.stream().anyMatch(line -> List.of(parts).stream().allMatch(line::contains));
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
