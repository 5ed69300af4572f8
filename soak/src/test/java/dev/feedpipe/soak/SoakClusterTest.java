package dev.feedpipe.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoakClusterTest {

    @Test
    void aNewSoakKeepsNoServiceStateOfTheLastOne(@TempDir Path folder) throws IOException {
        Path store = folder.resolve("state/enrich-1/soak-enrich/0_2/rocksdb/article-revisions/000012.sst");
        Path log = folder.resolve("services/enrich-1/logs/enrich-service.log");
        for (Path file : new Path[] {store, log}) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "from the last soak");
        }
        Files.writeString(folder.resolve("history.tsv"), "sequence\tid\n");

        SoakCluster.deleteServiceFolders(folder);

        assertThat(folder.resolve("state")).doesNotExist();
        assertThat(folder.resolve("services")).doesNotExist();
        assertThat(folder.resolve("history.tsv"))
                .as("rewritten at the end, kept for a look until then")
                .exists();
    }
}
