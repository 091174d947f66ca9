package dev.escalation.connect.alerts;

import dev.escalation.connect.Backoff;
import dev.escalation.connect.Http;
import dev.escalation.connect.PollSettings;
import dev.escalation.connect.SourceSettings;
import dev.escalation.connect.Version;
import dev.escalation.feeds.RecordJson;
import dev.escalation.records.EscalationAlert;
import dev.escalation.registry.AvroSerde;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs alerts one by one, in order. A failed POST makes Connect hand the same batch again after a
 * backoff (the alerts of it already delivered are not posted twice); after {@code max.attempts}
 * failures in a row the task fails, naming the URL.
 */
public final class AlertWebhookSinkTask extends SinkTask {

    private static final Logger log = LoggerFactory.getLogger(AlertWebhookSinkTask.class);

    private String url;
    private String authorization;
    private int maxAttempts;
    private Backoff backoff;
    private Http http;
    private AvroSerde<EscalationAlert> serde;
    /** The offset of the last alert delivered, by partition, so that a batch handed again skips those. */
    private final Map<TopicPartition, Long> delivered = new HashMap<>();
    private int failures;

    @Override
    public void start(Map<String, String> props) {
        AlertWebhookSinkConfig config = new AlertWebhookSinkConfig(props);
        url = config.getString(AlertWebhookSinkConfig.WEBHOOK_URL);
        authorization = config.authorization();
        maxAttempts = config.getInt(AlertWebhookSinkConfig.MAX_ATTEMPTS);
        backoff = PollSettings.backoff(config);
        http = PollSettings.http(config);
        serde = new AvroSerde<>(EscalationAlert.class, SourceSettings.registry(config));
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        for (SinkRecord record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.kafkaPartition());
            Long last = delivered.get(partition);
            if (record.value() == null || (last != null && record.kafkaOffset() <= last)) {
                continue;
            }
            EscalationAlert alert = decode(record);
            if (alert != null) {
                post(RecordJson.write(alert));
            }
            delivered.put(partition, record.kafkaOffset());
        }
    }

    /** The alert, or null when the record is not one and Connect's error reporter (errors.tolerance=all) took it. */
    private EscalationAlert decode(SinkRecord record) {
        if (!(record.value() instanceof byte[] bytes)) {
            throw new ConnectException("the alert webhook sink reads the alerts' Avro bytes: set value.converter="
                    + "org.apache.kafka.connect.converters.ByteArrayConverter (got " + record.value().getClass().getName() + ")");
        }
        try {
            return serde.deserialize(record.topic(), bytes);
        } catch (SerializationException e) {
            ErrantRecordReporter reporter = context.errantRecordReporter();
            if (reporter == null) {
                throw new ConnectException("not an alert at " + record.topic() + "-" + record.kafkaPartition() + "@" + record.kafkaOffset()
                        + ": " + e.getMessage(), e);
            }
            reporter.report(record, e);
            return null;
        }
    }

    private void post(String json) {
        try {
            http.postJson(url, json, authorization);
            failures = 0;
        } catch (IOException e) {
            retryOrFail(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetriableException("interrupted while posting to " + url, e);
        }
    }

    private void retryOrFail(IOException error) {
        failures++;
        if (failures >= maxAttempts) {
            throw new ConnectException("alert webhook " + url + " failed " + failures + " attempts in a row ("
                    + AlertWebhookSinkConfig.MAX_ATTEMPTS + "=" + maxAttempts + "); last: " + error.getMessage(), error);
        }
        Duration wait = backoff.after(failures);
        log.warn("{} (attempt {} of {}; retrying in {} ms)", error.getMessage(), failures, maxAttempts, wait.toMillis());
        context.timeout(wait.toMillis());
        throw new RetriableException(error.getMessage(), error);
    }

    @Override
    public void open(Collection<TopicPartition> partitions) {
        partitions.forEach(delivered::remove);
    }

    @Override
    public void stop() {
        // Nothing open between batches.
    }

    @Override
    public String version() {
        return Version.PLUGIN;
    }
}
