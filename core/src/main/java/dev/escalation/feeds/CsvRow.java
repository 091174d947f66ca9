package dev.escalation.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One comma-separated row split into its cells by jackson-dataformat-csv, quoted as RFC 4180 writes
 * it: quoted cells may hold commas, quotes (written "") and line breaks. Cells are kept as written:
 * no trimming, an empty cell is an empty string. (GDELT's tab-separated rows are not read here:
 * GdeltEvents splits them itself, which is faster; see README, "Historical feeds".)
 */
final class CsvRow {

    private static final CsvFactory FACTORY = new CsvFactory();
    private static final CsvSchema COMMA_SEPARATED =
            CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"').withoutEscapeChar();

    private CsvRow() {}

    /** The cells of {@code row}; throws {@link IllegalArgumentException} when it is not well formed (a quote never closed). */
    static List<String> split(String row) {
        List<String> cells = new ArrayList<>();
        try (CsvParser parser = FACTORY.createParser(row)) {
            parser.setSchema(COMMA_SEPARATED);
            if (parser.nextToken() != JsonToken.START_ARRAY) { // with no columns named, a row is an array of cells
                cells.add(""); // an empty row: one empty cell
                return cells;
            }
            for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                cells.add(parser.getText());
            }
            return cells;
        } catch (IOException e) {
            throw new IllegalArgumentException(e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage(), e);
        }
    }

    /** True when every quote opened in {@code text} is closed: a quoted cell may go on over the next line. */
    static boolean quotesBalanced(CharSequence text) {
        int quotes = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 0;
    }
}
