package dev.escalation.extract;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A word, number or punctuation mark, with its place in the text. */
final class Token {
    enum Kind { WORD, NUMBER, PUNCT }

    final Kind kind;
    /** The text as written, with typographic apostrophes made plain. */
    final String raw;
    /** Lower case form used for dictionary look-ups. */
    final String norm;
    final int start;
    final int end;
    /** The token starts a new line (headlines, paragraphs and page furniture are separate sentences). */
    final boolean lineStart;
    /**
     * A lower-case word of five letters or more ending in "ly" that is an adverb of manner or certainty ("certainly",
     * "swiftly"; not "Italy", "probably", "daily"): a phrase may skip it. Found once here, not at each trie step.
     */
    final boolean adverbOfManner;
    /** Which dictionaries contain this word anywhere in a phrase (one bit per dictionary); set once per article. */
    int dictionaries;
    /** The word's number in the coder's {@link Vocabulary}, or -1 when no trie knows it; set with {@link #dictionaries}. */
    int word = -1;

    Token(Kind kind, String raw, int start, int end, boolean lineStart) {
        this.kind = kind;
        this.raw = raw;
        this.norm = raw.toLowerCase(Locale.ROOT);
        this.start = start;
        this.end = end;
        this.lineStart = lineStart;
        this.adverbOfManner = raw.length() >= 5 && raw.endsWith("ly") && Character.isLowerCase(raw.charAt(0))
                && !NOT_MANNER.contains(norm);
    }

    /** Words in "-ly" that are no adverb of manner or certainty: hedges keep a forecast from reading as a pledge. */
    private static final Set<String> NOT_MANNER = words("early", "probably", "possibly", "likely", "unlikely",
            "reportedly", "allegedly", "apparently", "presumably", "hardly", "family", "assembly", "deadly", "elderly", "friendly",
            "daily", "weekly", "monthly", "yearly", "nightly", "rally", "ally", "only", "supply");

    /**
     * A fixed set of words for the coder's hot paths. A HashSet finds its bucket with a mask, where
     * {@code Set.of} divides; a profile of the coder showed that division among its top costs.
     */
    static Set<String> words(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }

    /** A fixed map from words, for the hot paths; see {@link #words}. */
    static <V> Map<String, V> table(Map<String, V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    /** A quotation mark, straight or curly (the characters of {@link Sentence#QUOTES}), tested without a look-up. */
    boolean isQuote() {
        return kind == Kind.PUNCT && raw.length() == 1 && "\"\u201c\u201d\u2018\u2019".indexOf(raw.charAt(0)) >= 0;
    }

    boolean is(String lower) {
        return norm.equals(lower);
    }

    boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(raw.charAt(0));
    }

    @Override
    public String toString() {
        return raw;
    }
}
