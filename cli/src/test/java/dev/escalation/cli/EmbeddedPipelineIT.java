package dev.escalation.cli;

import dev.escalation.embedded.EmbeddedKafka;
import dev.escalation.embedded.KafkaCluster;

/** The pipeline on the in-process KRaft broker: runs everywhere, no Docker needed. */
class EmbeddedPipelineIT extends PipelineIT {
    @Override
    KafkaCluster startKafka() {
        return EmbeddedKafka.start();
    }
}
