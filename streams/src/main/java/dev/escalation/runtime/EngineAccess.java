package dev.escalation.runtime;

import dev.escalation.config.EngineConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.DescribeConsumerGroupsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The least privilege of the engine and of the tools around it on a cluster with ACLs, as Kafka
 * ACL bindings (README, "Security and ACLs", lists the same), and the check the engine makes
 * before it starts so that a principal without them is refused with a list of what it lacks.
 */
public final class EngineAccess {

    /** One ACL: an operation on a resource (a literal name, or every name with a prefix). */
    public record Grant(ResourceType type, String name, PatternType pattern, AclOperation operation) {

        public AclBinding binding(String principal) {
            return new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
        }

        @Override
        public String toString() {
            return operation + " on " + type.name().toLowerCase().replace('_', ' ') + " " + name
                    + (pattern == PatternType.PREFIXED ? "* (prefixed)" : "");
        }
    }

    private EngineAccess() {
    }

    /**
     * What the engine running as {@code applicationId} needs when its topics exist (an operator
     * made them): read its inputs, write its outputs, its group, its transactional ids and its
     * internal topics by prefix.
     */
    public static List<Grant> engine(EngineConfig.TopicNames topics, String applicationId) {
        String prefix = applicationId + "-";
        return List.of(
                topic(topics.articles(), AclOperation.READ),
                topic(topics.incidents(), AclOperation.READ),
                // Extraction writes the incidents it finds in articles there.
                topic(topics.incidents(), AclOperation.WRITE),
                topic(topics.config(), AclOperation.READ),
                topic(topics.alerts(), AclOperation.WRITE),
                topic(topics.deadLetters(), AclOperation.WRITE),
                // Repartition topics and changelogs, <application id>-...: created, checked, read and written.
                new Grant(ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.CREATE),
                new Grant(ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.DESCRIBE_CONFIGS),
                new Grant(ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.READ),
                new Grant(ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.WRITE),
                new Grant(ResourceType.GROUP, applicationId, PatternType.LITERAL, AclOperation.READ),
                // Exactly-once: one transactional id per stream thread, <application id>-<process id>-<thread>.
                new Grant(ResourceType.TRANSACTIONAL_ID, prefix, PatternType.PREFIXED, AclOperation.WRITE));
    }

    /** What {@code replay} and the Connect source need: write the inputs, and see the other engine topics it makes sure of. */
    public static List<Grant> feeder(EngineConfig.TopicNames topics) {
        return List.of(
                topic(topics.articles(), AclOperation.WRITE),
                topic(topics.incidents(), AclOperation.WRITE),
                topic(topics.alerts(), AclOperation.DESCRIBE),
                topic(topics.deadLetters(), AclOperation.DESCRIBE),
                topic(topics.config(), AclOperation.DESCRIBE));
    }

    /** What {@code alerts} (and any reader of committed alerts without a group) needs. */
    public static List<Grant> alertsReader(EngineConfig.TopicNames topics) {
        return List.of(topic(topics.alerts(), AclOperation.READ));
    }

    /** These grants as ACL bindings for {@code principal}, e.g. {@code User:engine}. */
    public static List<AclBinding> bindings(String principal, List<Grant> grants) {
        return grants.stream().map(g -> g.binding(principal)).toList();
    }

    private static Grant topic(String name, AclOperation operation) {
        return new Grant(ResourceType.TOPIC, name, PatternType.LITERAL, operation);
    }

    /**
     * Checks, before the engine starts, that its principal may read its inputs, write its outputs
     * and use its group (a topic not made yet is left to {@link Engine#createTopics}); its transactional ids and internal topics are checked by the brokers once
     * it runs (see {@link Engine}).
     *
     * @throws EngineException naming the principal and every missing ACL
     */
    static void check(Admin admin, EngineConfig.TopicNames topics, String applicationId, Map<String, ?> client) {
        List<String> missing = new ArrayList<>();
        Map<String, Set<AclOperation>> needed = new LinkedHashMap<>();
        for (Grant grant : engine(topics, applicationId)) {
            if (grant.type() == ResourceType.TOPIC && grant.pattern() == PatternType.LITERAL) {
                needed.computeIfAbsent(grant.name(), n -> new java.util.LinkedHashSet<>()).add(grant.operation());
            }
        }
        try {
            Map<String, org.apache.kafka.common.KafkaFuture<TopicDescription>> described = admin.describeTopics(needed.keySet(),
                    new DescribeTopicsOptions().includeAuthorizedOperations(true)).topicNameValues();
            for (Map.Entry<String, Set<AclOperation>> topic : needed.entrySet()) {
                Set<AclOperation> allowed;
                try {
                    allowed = described.get(topic.getKey()).get().authorizedOperations();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof AuthorizationException) {
                        allowed = Set.of();
                    } else if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                        // Not made yet, and the principal may see it: the engine creates it, or says it may not.
                        continue;
                    } else {
                        throw e;
                    }
                }
                for (AclOperation operation : topic.getValue()) {
                    if (allowed != null && !allowed.contains(operation) && !allowed.contains(AclOperation.ALL)) {
                        missing.add(operation + " on topic " + topic.getKey());
                    }
                }
            }
            try {
                Set<AclOperation> allowed = admin.describeConsumerGroups(List.of(applicationId),
                        new DescribeConsumerGroupsOptions().includeAuthorizedOperations(true)).all().get().get(applicationId).authorizedOperations();
                if (allowed != null && !allowed.contains(AclOperation.READ) && !allowed.contains(AclOperation.ALL)) {
                    missing.add("READ on group " + applicationId);
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AuthorizationException) {
                    missing.add("READ on group " + applicationId);
                } else if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                    throw e;
                }
                // A group not made yet, by a principal allowed to see it: the broker checks READ when it joins.
            }
            internalTopics(admin, applicationId + "-", missing);
        } catch (ExecutionException e) {
            throw new EngineException("cannot check the engine's access to its topics: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while checking the engine's access to its topics");
        }
        if (!missing.isEmpty()) {
            throw new EngineException(refusal(client, String.join(", ", missing)));
        }
    }

    /**
     * The internal topics by prefix: those that exist must be readable, writable and their configs
     * described; one not made yet (a probe name under the prefix) must be creatable and its configs
     * described. Write on one not made yet can only be checked once Streams makes it.
     */
    private static void internalTopics(Admin admin, String prefix, List<String> missing) throws ExecutionException, InterruptedException {
        String pattern = prefix + "* (prefixed)";
        Set<String> internal = new java.util.TreeSet<>(admin.listTopics().names().get().stream().filter(n -> n.startsWith(prefix)).toList());
        if (!internal.isEmpty()) {
            Set<AclOperation> lacking = new java.util.LinkedHashSet<>();
            for (TopicDescription topic : admin.describeTopics(internal, new DescribeTopicsOptions().includeAuthorizedOperations(true))
                    .allTopicNames().get().values()) {
                Set<AclOperation> allowed = topic.authorizedOperations();
                for (AclOperation operation : List.of(AclOperation.READ, AclOperation.WRITE, AclOperation.DESCRIBE_CONFIGS)) {
                    if (allowed != null && !allowed.contains(operation) && !allowed.contains(AclOperation.ALL)) {
                        lacking.add(operation);
                    }
                }
            }
            lacking.forEach(operation -> missing.add(operation + " on topic " + pattern));
        }
        String probe = prefix + "acl-probe";
        if (!internal.contains(probe)) {
            if (refused(admin.createTopics(List.of(new NewTopic(probe, Optional.empty(), Optional.empty())),
                    new CreateTopicsOptions().validateOnly(true)).all())) {
                missing.add("CREATE on topic " + pattern);
            }
            // Authorized first, then looked up: a topic not made yet answers "unknown" only to who may describe its configs.
            if (refused(admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, probe))).all())) {
                missing.add("DESCRIBE_CONFIGS on topic " + pattern);
            }
        }
    }

    /** Whether the broker refused this for want of an ACL; any other outcome is left to the engine itself. */
    private static boolean refused(org.apache.kafka.common.KafkaFuture<?> answer) throws InterruptedException {
        try {
            answer.get();
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof AuthorizationException;
        }
    }

    /** "the principal User:x is not allowed what the engine needs: ...; grant the ACLs README lists". */
    static String refusal(Map<String, ?> client, String what) {
        return principal(client) + " is not allowed what the engine needs: " + what
                + " (README, \"Security and ACLs\", lists the ACLs the engine needs)";
    }

    /** The principal these client settings log in as, as far as they tell: its SASL user name, or the protocol. */
    static String principal(Map<String, ?> client) {
        Object jaas = client.get("sasl.jaas.config");
        if (jaas != null) {
            Matcher user = Pattern.compile("username\\s*=\\s*\"([^\"]*)\"").matcher(jaas.toString());
            if (user.find()) {
                return "the principal User:" + user.group(1);
            }
        }
        Object protocol = client.get("security.protocol");
        return "the engine's principal (security.protocol " + (protocol == null ? "PLAINTEXT" : protocol) + ")";
    }
}
