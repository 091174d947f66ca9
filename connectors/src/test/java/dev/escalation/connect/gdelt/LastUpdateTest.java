package dev.escalation.connect.gdelt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LastUpdateTest {

    private static final String URL = "http://data.gdeltproject.org/gdeltv2/lastupdate.txt";

    @Test
    void findsTheEventExport() throws IOException {
        String text = """
                150383 297a16b493de7cf6ca809a7cc31d0b93 http://data.gdeltproject.org/gdeltv2/20240203150000.export.CSV.zip
                318084 bb27f78ba45f69a17ea6ed7755e9f8ff http://data.gdeltproject.org/gdeltv2/20240203150000.mentions.CSV.zip
                10768507 ea8dde0beb0ba98810a92db068c0ce99 http://data.gdeltproject.org/gdeltv2/20240203150000.gkg.csv.zip
                """;

        LastUpdate.Export export = LastUpdate.export(text.getBytes(StandardCharsets.UTF_8), URL);

        assertEquals(new LastUpdate.Export("http://data.gdeltproject.org/gdeltv2/20240203150000.export.CSV.zip", 150383,
                "297a16b493de7cf6ca809a7cc31d0b93"), export);
    }

    @Test
    void somethingElseIsNamedWithItsUrl() {
        IOException e = assertThrows(IOException.class,
                () -> LastUpdate.export("<html><body>Maintenance</body></html>".getBytes(StandardCharsets.UTF_8), URL));
        assertEquals(URL + " lists no event export ('size md5 url' with the url ending in .export.CSV.zip); it begins:"
                + " '<html><body>Maintenance</body></html>'", e.getMessage());
        IOException size = assertThrows(IOException.class,
                () -> LastUpdate.export("big 297a16b4 http://x/1.export.CSV.zip".getBytes(StandardCharsets.UTF_8), URL));
        assertEquals(URL + ": bad size 'big' in the export line 'big 297a16b4 http://x/1.export.CSV.zip'", size.getMessage());
    }
}
