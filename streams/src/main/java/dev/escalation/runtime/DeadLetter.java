package dev.escalation.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One record of the dead-letter topic as a person reads it: why it was rejected (the headers Kafka
 * Streams writes, {@code __streams.errors.*}), where it came from, and a preview of its bytes in
 * which anything but printable ASCII is escaped ({@code \xNN}), so a terminal or a page never
 * receives the raw bytes.
 *
 * @param offset the dead letter's own offset (and {@code partition}) on the dead-letter topic
 * @param sourceTopic the topic the rejected record was read from, or null when the headers do not say
 */
public record DeadLetter(int partition, long offset, Instant timestamp, String reason, String exception,
                         String sourceTopic, Integer sourcePartition, Long sourceOffset, int size, String preview) {

    public static final String MESSAGE = "__streams.errors.message";
    public static final String EXCEPTION = "__streams.errors.exception";
    public static final String TOPIC = "__streams.errors.topic";
    public static final String PARTITION = "__streams.errors.partition";
    public static final String OFFSET = "__streams.errors.offset";
    /** How many bytes of the rejected value the preview shows. */
    public static final int PREVIEW_BYTES = 120;

    public static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
        byte[] value = record.value();
        String exception = header(record, EXCEPTION);
        String message = header(record, MESSAGE);
        return new DeadLetter(record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                message == null ? (exception == null ? "no reason given" : exception) : message,
                exception, header(record, TOPIC), parseInt(header(record, PARTITION)), parseLong(header(record, OFFSET)),
                value == null ? 0 : value.length, preview(value, PREVIEW_BYTES));
    }

    /** The short name of the exception, a metric's label: few distinct values, unlike the message. */
    public String reasonKind() {
        if (exception == null || exception.isBlank()) {
            return "unknown";
        }
        return exception.substring(exception.lastIndexOf('.') + 1);
    }

    /** "topic/partition@offset" of the rejected record, or "?" parts where the headers do not say. */
    public String source() {
        return (sourceTopic == null ? "?" : sourceTopic) + "/" + (sourcePartition == null ? "?" : sourcePartition)
                + "@" + (sourceOffset == null ? "?" : sourceOffset);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("partition", partition);
        map.put("offset", offset);
        map.put("timestamp", timestamp.toString());
        map.put("reason", reason);
        map.put("exception", exception);
        map.put("sourceTopic", sourceTopic);
        map.put("sourcePartition", sourcePartition);
        map.put("sourceOffset", sourceOffset);
        map.put("size", size);
        map.put("preview", preview);
        return map;
    }

    /** The first {@code max} bytes, printable ASCII as is, the rest as {@code \xNN}; "..." when cut. */
    public static String preview(byte[] bytes, int max) {
        if (bytes == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        int n = Math.min(bytes.length, max);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0x20 && b < 0x7f && b != '\\') {
                s.append((char) b);
            } else {
                s.append(String.format("\\x%02x", b));
            }
        }
        if (bytes.length > max) {
            s.append("...");
        }
        return s.toString();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer parseInt(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String text) {
        try {
            return text == null ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
