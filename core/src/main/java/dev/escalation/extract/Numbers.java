package dev.escalation.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cardinal numbers in digits ("2,500") or words ("five", "twenty-one", "a dozen"). */
final class Numbers {
    /** A number and the token index just after it. */
    record Parsed(int value, int end) {
    }

    /** Words that bound or hedge a count: "at least 18", "more than 40", "some 12", "an estimated 30". */
    static final Set<String> BOUNDS = Token.words("all", "more", "least", "than", "over", "some", "about", "around", "nearly", "almost",
            "roughly", "approximately", "as", "many", "up", "to", "estimated", "an");

    private static final Map<String, Integer> UNITS = Token.table(Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("dozen", 12)));
    private static final Map<String, Integer> TENS = Token.table(Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90));
    /** Whether token i is a vague plural ("dozens", "scores"): a tally's size, but no stated count of the dead. */
    static boolean vague(List<Token> tokens, int i) {
        return PLURALS.containsKey(tokens.get(i).norm);
    }

    /** Vague plurals, read as ACLED reads them: "dozens" 12, "hundreds" 100. */
    private static final Map<String, Integer> PLURALS = Token.table(Map.of("dozens", 12, "scores", 20, "hundreds", 100, "thousands", 1000));

    private Numbers() {
    }

    /** The number starting at token {@code i}, or null. */
    static Parsed parse(List<Token> tokens, int i, int to) {
        if (i >= to) {
            return null;
        }
        Token t = tokens.get(i);
        if (t.kind == Token.Kind.NUMBER) {
            if (t.end - t.start != t.raw.length()) {
                return null; // an ordinal: 28th
            }
            String digits = t.raw.replace(",", "");
            int dot = digits.indexOf('.');
            if (dot >= 0) {
                digits = digits.substring(0, dot);
            }
            if (digits.isEmpty() || digits.length() > 9) {
                return null;
            }
            return new Parsed(Integer.parseInt(digits), i + 1);
        }
        if (!t.isWord()) {
            return null;
        }
        if (t.is("a") || t.is("an")) {
            if (i + 1 < to && (tokens.get(i + 1).is("dozen") || tokens.get(i + 1).is("hundred"))) {
                return new Parsed(tokens.get(i + 1).is("dozen") ? 12 : 100, i + 2);
            }
            return null;
        }
        Integer p = PLURALS.get(t.norm);
        if (p != null) {
            return new Parsed(p, i + 1);
        }
        int value;
        int j = i + 1;
        Integer tens = TENS.get(t.norm);
        if (tens != null) {
            value = tens;
            Integer unit = j < to ? UNITS.get(tokens.get(j).norm) : null;
            if (unit != null && unit < 10) {
                value += unit;
                j++;
            }
        } else {
            Integer unit = UNITS.get(t.norm);
            if (unit == null) {
                return null;
            }
            value = unit;
        }
        if (j < to && tokens.get(j).is("hundred")) {
            value *= 100;
            j++;
        } else if (j < to && tokens.get(j).is("thousand")) {
            value *= 1000;
            j++;
        }
        return new Parsed(value, j);
    }
}
