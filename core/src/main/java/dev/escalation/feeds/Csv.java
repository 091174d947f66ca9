package dev.escalation.feeds;

import java.util.ArrayList;
import java.util.List;

/** Comma-separated rows as RFC 4180 writes them: quoted cells may hold commas, quotes ("") and line breaks. */
final class Csv {
    private Csv() {}

    /** True when every quote opened in {@code row} is closed. */
    static boolean balanced(CharSequence row) {
        int quotes = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 0;
    }

    static List<String> split(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted cell is never closed");
        }
        cells.add(cell.toString());
        return cells;
    }
}
