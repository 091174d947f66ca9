package dev.escalation.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of one coder's phrase tries, each with a number and the bits of the tries that use it.
 * An article's tokens are looked up here once ({@link #mark}); the tries then step by number, with no
 * string hashing per trie and per position (a profile of the coder had string look-ups at a quarter
 * of its time).
 */
final class Vocabulary {
    private static final class Word {
        final int id;
        int bits;

        Word(int id) {
            this.id = id;
        }
    }

    private final Map<String, Word> words = new HashMap<>();

    /** The word's number, adding the word with these trie bits. */
    int add(String norm, int bits) {
        Word w = words.computeIfAbsent(norm, k -> new Word(words.size()));
        w.bits |= bits;
        return w.id;
    }

    /** Marks each token with its word's number and tries; done once per article, before any look-up. */
    void mark(List<Token> tokens) {
        for (Token t : tokens) {
            Word w = words.get(t.norm);
            t.dictionaries = w == null ? 0 : w.bits;
            t.word = w == null ? -1 : w.id;
        }
    }
}
