package com.fapiaorelay.standalone.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.standalone.cluster.ClusterRole.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterLayoutTest {

    @Test
    void givesEveryProcessItsOwnPortAndReadsBackAsWritten() throws Exception {
        Path directory = Files.createTempDirectory("fapiao-layout");
        ClusterLayout layout = ClusterLayout.fixed(directory, Map.of("fapiao.upload.lease", "5s"));

        layout.write();

        assertThat(new HashSet<>(layout.ports().values()))
                .hasSize(layout.ports().size());
        assertThat(ClusterLayout.read(directory)).isEqualTo(layout);
        assertThat(layout.overrides()).containsEntry("fapiao.kafka.replicas", "3");
        assertThat(layout.kafkaBootstrapServers()).isEqualTo("localhost:28001,localhost:28003,localhost:28005");
    }

    @Test
    void namesTwoInstancesOfEachServiceAndOneOfThePartsThatRunOnce() {
        assertThat(ClusterRole.all().stream().map(ClusterRole::name))
                .containsExactly(
                        "postgres",
                        "kafka-1",
                        "kafka-2",
                        "kafka-3",
                        "sandbox",
                        "upload-1",
                        "upload-2",
                        "sync-1",
                        "sync-2",
                        "alert-1",
                        "alert-2",
                        "console");
        assertThat(ClusterRole.parse("sync-2")).isEqualTo(new ClusterRole(Part.SYNC, 2));
        assertThat(ClusterRole.parse("postgres")).isEqualTo(new ClusterRole(Part.POSTGRES, 1));
    }
}
