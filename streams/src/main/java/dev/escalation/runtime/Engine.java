package dev.escalation.runtime;

import dev.escalation.config.EngineConfig;
import dev.escalation.extract.EventCoder;
import dev.escalation.topology.EngineTopology;
import dev.escalation.topology.StreamsSettings;
import dev.escalation.topology.Topic;
import dev.escalation.topology.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running engine: its topics made sure of, its Kafka Streams application started and stopped. */
public final class Engine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final KafkaStreams streams;
    private final List<String> sourceTopics;

    private Engine(KafkaStreams streams, List<String> sourceTopics) {
        this.streams = streams;
        this.sourceTopics = sourceTopics;
    }

    /**
     * Creates the engine's topics where missing and starts the engine, waiting (on its state
     * listener) until it runs, for {@link EngineSettings#timeout()} at most.
     *
     * @throws EngineException when it cannot create the topics, or the engine does not reach RUNNING in time
     */
    public static Engine start(EngineConfig config, Topics topics, EngineSettings settings) {
        Map<String, Object> streamsSettings = StreamsSettings.of(config, settings.client(), settings.streams());
        // On a cluster with ACLs, a principal without the engine's is refused here, with the list of what it lacks.
        try (Admin admin = Admin.create(settings.client())) {
            EngineAccess.check(admin, config.topics(), streamsSettings.get(StreamsConfig.APPLICATION_ID_CONFIG).toString(), settings.client());
        }
        int actualIncidentPartitions = createTopics(topics, settings.client(), settings.partitions(), settings.incidentPartitions());
        streamsSettings.putIfAbsent(StreamsSettings.INCIDENT_PARTITIONS, actualIncidentPartitions);
        KafkaStreams streams = new KafkaStreams(EngineTopology.build(config, topics, EventCoder.withDefaultDictionaries(),
                actualIncidentPartitions), new StreamsConfig(streamsSettings));
        AtomicReference<String> refused = new AtomicReference<>();
        streams.setUncaughtExceptionHandler(e -> {
            AuthorizationException denied = authorizationFailure(e);
            if (denied != null) {
                // A missing ACL (its transactional id, an internal topic) does not go away by trying again.
                refused.compareAndSet(null, EngineAccess.refusal(settings.client(), denied.getMessage()));
                return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            }
            // A failed stream thread (a send the broker refused, say) is replaced; exactly-once makes the retry safe.
            LOG.info("stream thread replaced after it failed: {}", e.toString());
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        Startup startup = new Startup();
        streams.setStateListener(startup);
        streams.start();
        Duration timeout = settings.timeout();
        KafkaStreams.State state;
        try {
            state = startup.await(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP).withTimeout(CLOSE_TIMEOUT));
            throw new EngineException("interrupted while the engine was starting");
        }
        if (state != KafkaStreams.State.RUNNING) {
            state = state == null ? streams.state() : state;
            streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP).withTimeout(CLOSE_TIMEOUT));
            if (refused.get() != null) {
                throw new EngineException(refused.get());
            }
            throw new EngineException("the engine did not start (state " + state + " after " + timeout.toSeconds() + " s)"
                    + (settings.client().containsKey("security.protocol") ? "; on a cluster with ACLs, check that "
                    + EngineAccess.principal(settings.client()) + " has every ACL README's \"Security and ACLs\" lists" : ""));
        }
        String applicationId = streamsSettings.get(StreamsConfig.APPLICATION_ID_CONFIG).toString();
        return new Engine(streams, EngineTopology.sourceTopics(config, applicationId, actualIncidentPartitions));
    }

    /** The authorization failure that caused {@code e}, if one did. */
    private static AuthorizationException authorizationFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AuthorizationException denied) {
                return denied;
            }
        }
        return null;
    }

    /** The first state the engine reaches that is not (re)balancing: RUNNING, or the one it failed to. */
    private static final class Startup implements KafkaStreams.StateListener {
        private final CountDownLatch reached = new CountDownLatch(1);
        private final AtomicReference<KafkaStreams.State> outcome = new AtomicReference<>();

        @Override
        public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
            if (newState == KafkaStreams.State.REBALANCING) {
                LOG.info("rebalance: the engine went from {} to REBALANCING", oldState);
            } else if (oldState == KafkaStreams.State.REBALANCING) {
                LOG.info("rebalance done: the engine is {}", newState);
            } else {
                LOG.info("engine state {} -> {}", oldState, newState);
            }
            if (newState == KafkaStreams.State.RUNNING || !newState.isRunningOrRebalancing()) {
                outcome.compareAndSet(null, newState);
                reached.countDown();
            }
        }

        /** That state, or null when the engine is still starting after {@code timeout}. */
        KafkaStreams.State await(Duration timeout) throws InterruptedException {
            return reached.await(timeout.toNanos(), TimeUnit.NANOSECONDS) ? outcome.get() : null;
        }
    }

    /**
     * Creates the engine's topics that do not exist yet; existing ones are left as they are. The
     * incidents topic has a partition count of its own: all incidents meet in one escalation task,
     * and one partition takes them there with no repartition hop (see EngineTopology).
     *
     * @return how many partitions the incidents topic has
     */
    public static int createTopics(Topics topics, Map<String, Object> client, int partitions, int incidentPartitions) {
        try (Admin admin = Admin.create(client)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<?, ?> topic : topics.records()) {
                if (!existing.contains(topic.name())) {
                    // Records carry event-time stamps, years old in a replay: time-based retention would
                    // delete them at its first check. Keep them until an operator sets a retention.
                    int count = topic.name().equals(topics.incidents().name()) ? incidentPartitions : partitions;
                    missing.add(new NewTopic(topic.name(), count, (short) -1)
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
                }
            }
            if (!existing.contains(topics.config().name())) {
                // Operator thresholds: only the latest value per key matters.
                missing.add(new NewTopic(topics.config().name(), 1, (short) -1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
            }
            admin.createTopics(missing).all().get();
            // A topic just made is not described at once by every broker: its partitions are the ones asked for.
            return !existing.contains(topics.incidents().name()) ? incidentPartitions
                    : admin.describeTopics(List.of(topics.incidents().name())).allTopicNames().get()
                            .get(topics.incidents().name()).partitions().size();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthorizationException) {
                throw new EngineException(EngineAccess.refusal(client, "it cannot see or create the engine's topics ("
                        + e.getCause().getMessage() + "); create them beforehand and grant the engine's ACLs, or grant CREATE on them"));
            }
            throw new EngineException("cannot create the engine's topics: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while creating topics");
        }
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Every topic the engine consumes, its internal ones included: it has caught up when its group has committed past their ends. */
    public List<String> sourceTopics() {
        return sourceTopics;
    }

    /** How long {@link #close()} waits for the stream threads to finish their batch, commit and leave. */
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    /** Closes within {@link #CLOSE_TIMEOUT}, leaving the consumer group (see {@link #close(Duration)}). */
    @Override
    public void close() {
        close(CLOSE_TIMEOUT);
    }

    /**
     * Stops the engine: each stream thread finishes the records in hand, commits, and the instance
     * leaves its consumer group at once (Kafka Streams stays in the group by default, so that a
     * restart within the session finds its tasks: then a reset right after a clean stop finds the
     * group active, and another instance takes the tasks over only when the session times out).
     *
     * @return false when the threads had not stopped within {@code timeout} (the caller then exits regardless)
     */
    public boolean close(Duration timeout) {
        return streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP).withTimeout(timeout));
    }
}
