package dev.escalation.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The current schemas read everything written with a released one (BACKWARD), by Avro's own rules. */
class SchemaEvolutionTest {

    private static final Path RELEASED = Path.of("src", "test", "resources", "released");
    private static final Map<String, Schema> CURRENT = Map.of(
            "Article", Article.getClassSchema(),
            "Incident", Incident.getClassSchema(),
            "EscalationAlert", EscalationAlert.getClassSchema());

    @TestFactory
    Stream<DynamicTest> currentSchemasReadEveryReleasedVersion() throws IOException {
        List<Path> released;
        try (Stream<Path> files = Files.walk(RELEASED)) {
            released = files.filter(f -> f.toString().endsWith(".avsc")).sorted().toList();
        }
        assertFalse(released.isEmpty(), "no released schemas under " + RELEASED);
        return released.stream().map(file -> DynamicTest.dynamicTest(RELEASED.relativize(file).toString(), () -> {
            String name = file.getParent().getFileName().toString();
            Schema current = CURRENT.get(name);
            assertFalse(current == null, "no current schema for released " + name);
            Schema writer = new Schema.Parser().parse(file.toFile());
            SchemaCompatibility.SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(current, writer);
            assertEquals(SchemaCompatibilityType.COMPATIBLE, result.getType(),
                    name + " cannot read data written with " + file + ": " + result.getResult().getIncompatibilities());
        }));
    }
}
