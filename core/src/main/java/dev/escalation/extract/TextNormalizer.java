package dev.escalation.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first stage of the coder: article text as published (HTML or Markdown markup, entities,
 * curly apostrophes, lines hard-wrapped at a fixed width) into plain paragraphs of running text.
 * Paragraph breaks (blank lines) and lines that end a sentence or a heading are kept; a line that
 * stops mid-sentence is joined to the next.
 */
final class TextNormalizer {
    private static final Pattern TAG = Pattern.compile("<(script|style)[^>]*>.*?</\\1>|<!--.*?-->|<[A-Za-z/!][^>]{0,500}>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BLOCK_TAG = Pattern.compile("</?(p|div|br|li|h[1-6]|tr|blockquote|section|article)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]\\n]{0,300})\\]\\([^)\\s]{0,1000}(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)(?=\\S)([^*`\\n]{1,300}?)(?<=\\S)\\1");
    private static final Pattern MD_LINE_MARK = Pattern.compile("(?m)^[ \\t]{0,3}(#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+)");
    /** Number words a military release repeats in digits: "two (2) self-defense strikes". */
    private static final java.util.Set<String> COUNT_WORDS = java.util.Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "twenty");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
            Map.entry("nbsp", " "), Map.entry("rsquo", "'"), Map.entry("lsquo", "'"), Map.entry("rdquo", "\u201d"),
            Map.entry("ldquo", "\u201c"), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"), Map.entry("hellip", "..."));

    private TextNormalizer() {
    }

    static String normalize(String text) {
        String t = text;
        int present = marksPresent(t);
        if (has(present, '<')) {
            t = BLOCK_TAG.matcher(t).replaceAll("\n\n");
            t = TAG.matcher(t).replaceAll(" ");
        }
        if (has(present, '&')) {
            t = entities(t);
            present = marksPresent(t); // "&rsquo;" and "&nbsp;" are marks of their own now
        }
        if (has(present, '[')) {
            t = MD_LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (t.contains("http")) {
            t = URL.matcher(t).replaceAll("");
        }
        if (has(present, '*') || has(present, '_') || has(present, '`')) {
            t = MD_EMPHASIS.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        }
        t = MD_LINE_MARK.matcher(t).replaceAll("");
        if (has(present, '(')) {
            t = withoutCountsInDigits(t);
        }
        if (has(present, '\u2019') || has(present, '\u2018') || has(present, '\u00a0')
                || has(present, '\u202f') || has(present, '\r')) {
            t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ').replace('\u202f', ' ').replace("\r\n", "\n")
                    .replace('\r', '\n');
        }
        return unwrap(t);
    }

    /** The characters some step below rewrites; an article without one skips that step. */
    private static final String MARKS = "<&[*_`(\r\u2019\u2018\u00a0\u202f";

    /** Which {@link #MARKS} occur in {@code t}, as bits, in one pass over it. */
    private static int marksPresent(String t) {
        int present = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 'a' && c != ' ' && !Character.isLetterOrDigit(c) || c > '~') {
                int k = MARKS.indexOf(c);
                present |= k < 0 ? 0 : 1 << k;
            }
        }
        return present;
    }

    private static boolean has(int present, char mark) {
        return (present & 1 << MARKS.indexOf(mark)) != 0;
    }

    /** "two (2) strikes" as "two strikes". A scan, not a regular expression: it runs on every article with a bracket. */
    private static String withoutCountsInDigits(String t) {
        StringBuilder out = null;
        int copied = 0;
        for (int open = t.indexOf('('); open >= 0; open = t.indexOf('(', open + 1)) {
            int close = open + 1;
            while (close < t.length() && close - open <= 3 && Character.isDigit(t.charAt(close))) {
                close++;
            }
            if (close == open + 1 || close >= t.length() || t.charAt(close) != ')') {
                continue;
            }
            int wordEnd = open;
            while (wordEnd > copied && (t.charAt(wordEnd - 1) == ' ' || t.charAt(wordEnd - 1) == '\t')) {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > copied && Character.isLetter(t.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordEnd == open || wordStart == wordEnd
                    || !COUNT_WORDS.contains(t.substring(wordStart, wordEnd).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            out = out == null ? new StringBuilder(t.length()) : out;
            out.append(t, copied, wordEnd);
            copied = close + 1;
        }
        return out == null ? t : out.append(t, copied, t.length()).toString();
    }

    private static String entities(String t) {
        Matcher m = ENTITY.matcher(t);
        StringBuilder out = new StringBuilder(t.length());
        while (m.find()) {
            String e = m.group(1);
            String rep;
            if (e.startsWith("#x")) {
                rep = codePoint(Integer.parseInt(e.substring(2), 16));
            } else if (e.startsWith("#")) {
                rep = codePoint(Integer.parseInt(e.substring(1)));
            } else {
                rep = ENTITIES.getOrDefault(e.toLowerCase(), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(int cp) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : " ";
    }

    /**
     * Joins hard-wrapped lines: a line break inside a paragraph is a space unless the line ends a
     * sentence or is short (a heading, a dateline, a signature).
     */
    static String unwrap(String t) {
        String[] lines = t.split("\n", -1);
        StringBuilder out = new StringBuilder(t.length());
        int widest = 0;
        for (String l : lines) {
            widest = Math.max(widest, l.stripTrailing().length());
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            out.append(line);
            if (i == lines.length - 1) {
                break;
            }
            String next = lines[i + 1].strip();
            boolean join = !line.isBlank() && !next.isEmpty() && !endsSentence(line) && line.length() >= Math.min(40, widest * 2 / 3)
                    && (Character.isLowerCase(next.charAt(0)) || Character.isDigit(next.charAt(0)) || line.length() >= widest * 2 / 3);
            out.append(join ? ' ' : '\n');
        }
        return out.toString();
    }

    private static boolean endsSentence(String line) {
        char c = line.charAt(line.length() - 1);
        return c == '.' && !abbreviated(line) || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201d';
    }

    /** A line that ends in an abbreviation ("on Nov.", "Gen.") or an initial ("against U.S.") goes on, as the tokenizer reads it. */
    private static boolean abbreviated(String line) {
        int k = line.length() - 1;
        int start = k;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        return start == k - 1 || start < k && Tokenizer.ABBREVIATIONS.contains(line.substring(start, k).toLowerCase(java.util.Locale.ROOT));
    }
}
