package dev.escalation.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A single pass, allocation-light tokenizer and sentence splitter for news English.
 * Hyphens inside words separate them ("Iran-backed" gives "Iran", "backed") so that dictionaries
 * need one spelling; acronyms keep their periods ("U.S."); a possessive "'s" is its own token.
 */
final class Tokenizer {
    /** Words after which a period does not end a sentence (titles, ranks, months). */
    static final Set<String> ABBREVIATIONS = Token.words(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
            "adm", "brig", "cmdr", "gov", "sen", "rep", "pres", "st", "mt", "ft", "no", "vs", "etc", "inc",
            "co", "corp", "ltd", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "approx", "est", "dept", "univ", "fig");

    private Tokenizer() {
    }

    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 8);
        int n = s.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                lineStart = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetter(c)) {
                int j;
                if (Character.isUpperCase(c) && i + 2 < n && s.charAt(i + 1) == '.' && Character.isUpperCase(s.charAt(i + 2))) {
                    j = i; // an acronym with periods: U.S. / U.K. / U.S
                    while (j + 1 < n && Character.isUpperCase(s.charAt(j)) && s.charAt(j + 1) == '.') {
                        j += 2;
                    }
                    if (j < n && Character.isUpperCase(s.charAt(j)) && (j + 1 >= n || !Character.isLetter(s.charAt(j + 1)))) {
                        j++;
                    }
                } else {
                    j = i + 1;
                    while (j < n) {
                        char d = s.charAt(j);
                        if (Character.isLetterOrDigit(d)) {
                            j++;
                        } else if (isApostrophe(d) && j + 1 < n && Character.isLetter(s.charAt(j + 1)) && !isPossessive(s, j)) {
                            j += 2; // Shi'ite, don't
                        } else {
                            break;
                        }
                    }
                }
                out.add(new Token(Token.Kind.WORD, plain(s, start, j), start, j, lineStart));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = s.charAt(j);
                    if (Character.isDigit(d)) {
                        j++;
                    } else if ((d == ',' || d == '.') && j + 1 < n && Character.isDigit(s.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                // ordinal suffixes: 28th, 1st
                if (j + 1 < n && Character.isLetter(s.charAt(j)) && Character.isLetter(s.charAt(j + 1))
                        && (j + 2 >= n || !Character.isLetter(s.charAt(j + 2)))) {
                    String suf = s.substring(j, j + 2).toLowerCase();
                    if (suf.equals("st") || suf.equals("nd") || suf.equals("rd") || suf.equals("th")) {
                        out.add(new Token(Token.Kind.NUMBER, s.substring(start, j), start, j + 2, lineStart));
                        i = j + 2;
                        lineStart = false;
                        continue;
                    }
                }
                out.add(new Token(Token.Kind.NUMBER, s.substring(start, j), start, j, lineStart));
                i = j;
            } else if (isApostrophe(c) && isPossessive(s, i) && i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                out.add(new Token(Token.Kind.WORD, "'" + s.charAt(i + 1), i, i + 2, lineStart));
                i += 2;
            } else if ((c == '-' || c == '\u2010' || c == '\u2011') && i > 0 && i + 1 < n
                    && (Character.isLetterOrDigit(s.charAt(i - 1)) || afterAcronym(s, i)) && Character.isLetterOrDigit(s.charAt(i + 1))) {
                i++; // a hyphen inside a word separates its parts: "Iran-backed", "U.S.-led"
                continue;
            } else {
                out.add(new Token(Token.Kind.PUNCT, String.valueOf(c), i, i + 1, lineStart));
                i++;
            }
            lineStart = false;
        }
        return out;
    }

    private static boolean afterAcronym(String s, int i) {
        return i >= 2 && s.charAt(i - 1) == '.' && Character.isUpperCase(s.charAt(i - 2));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** An apostrophe at {@code j} followed by "s" and a non-letter. */
    private static boolean isPossessive(String s, int j) {
        return j + 1 < s.length() && (s.charAt(j + 1) == 's' || s.charAt(j + 1) == 'S')
                && (j + 2 >= s.length() || !Character.isLetter(s.charAt(j + 2)));
    }

    private static String plain(String s, int start, int end) {
        String w = s.substring(start, end);
        return w.indexOf('\u2019') >= 0 ? w.replace('\u2019', '\'') : w;
    }

    /** Sentence boundaries as [start, end) token index pairs. */
    static List<int[]> sentences(List<Token> tokens) {
        List<int[]> out = new ArrayList<>();
        int n = tokens.size();
        int start = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (i > start && t.lineStart) {
                out.add(new int[] {start, i});
                start = i;
            }
            if (t.isPunct() && (t.raw.equals(".") || t.raw.equals("!") || t.raw.equals("?")) && endsSentence(tokens, i)) {
                int end = i + 1;
                while (end < n && tokens.get(end).isPunct() && isCloser(tokens.get(end).raw) && !tokens.get(end).lineStart) {
                    end++;
                }
                if (end < n && !tokens.get(end).lineStart && startsSentence(tokens.get(end))) {
                    out.add(new int[] {start, end});
                    start = end;
                    i = end - 1;
                }
            }
        }
        if (start < n) {
            out.add(new int[] {start, n});
        }
        return out;
    }

    private static boolean endsSentence(List<Token> tokens, int dot) {
        if (dot == 0 || !tokens.get(dot).raw.equals(".")) {
            return true;
        }
        Token prev = tokens.get(dot - 1);
        return !(prev.isWord() && (prev.raw.length() == 1 || ABBREVIATIONS.contains(prev.norm)));
    }

    private static boolean isCloser(String p) {
        return p.equals("\"") || p.equals("\u201d") || p.equals("'") || p.equals("\u2019") || p.equals(")") || p.equals("]");
    }

    private static boolean startsSentence(Token t) {
        if (t.isPunct()) {
            return t.raw.equals("\"") || t.raw.equals("\u201c") || t.raw.equals("\u2018") || t.raw.equals("(") || t.raw.equals("'");
        }
        return t.kind == Token.Kind.NUMBER || Character.isUpperCase(t.raw.charAt(0));
    }
}
