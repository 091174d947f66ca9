package dev.escalation.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Multi-word phrases keyed by lower-case tokens, found by longest match at each position.
 * A phrase word written in capitals ("US", "IRGC") must match exactly, so "US" is not "us".
 */
final class PhraseTrie<V> {
    record Match<V>(int start, int end, V value) {
    }

    /** A trie node: its children by word number, sorted for a binary search (most nodes have one or two). */
    private static final class Node<V> {
        private static final int[] NONE = {};
        int[] words = NONE;
        Node<V>[] children;
        int size;
        V value;
        /** Per phrase word, the exact raw form required, or null when any case will do. */
        String[] exact;

        Node<V> child(int word) {
            int k = Arrays.binarySearch(words, 0, size, word);
            return k < 0 ? null : children[k];
        }

        @SuppressWarnings("unchecked")
        Node<V> childOrNew(int word) {
            int k = Arrays.binarySearch(words, 0, size, word);
            if (k >= 0) {
                return children[k];
            }
            int at = -k - 1;
            if (size == words.length) {
                words = Arrays.copyOf(words, Math.max(2, size * 2));
                children = children == null ? (Node<V>[]) new Node[words.length] : Arrays.copyOf(children, words.length);
            }
            System.arraycopy(words, at, words, at + 1, size - at);
            System.arraycopy(children, at, children, at + 1, size - at);
            words[at] = word;
            Node<V> made = new Node<>();
            children[at] = made;
            size++;
            return made;
        }
    }

    /** The nodes of the phrases' first words, by word number: the one look-up made at most positions. */
    private Node<V>[] firsts = newNodes(0);
    private final int bit;
    /** Set on the words that can start a phrase: only those need a look-up from the root. */
    private final int startBit;
    private final Vocabulary vocabulary;

    /**
     * @param bit        this trie's bit in {@link Token#dictionaries}
     * @param vocabulary shared by the tries of one coder: word to its number and the bits of the tries that
     *                   use it, so that a token no trie knows is skipped without a look-up per trie
     */
    PhraseTrie(int bit, Vocabulary vocabulary) {
        this.bit = bit;
        this.startBit = bit << 16;
        this.vocabulary = vocabulary;
    }

    /** Adds (or replaces) a phrase; returns false when the phrase has no words. */
    boolean put(String phrase, V value) {
        return put(phrase, value, false);
    }

    /**
     * Adds (or replaces) a phrase; with {@code asWritten}, its words of four letters or more must
     * appear as written, so that the town of Hit is not the verb "hit" (short particles such as
     * "al" may take any case: "al-Bab" is "Al Bab").
     */
    boolean put(String phrase, V value, boolean asWritten) {
        List<Token> words = Tokenizer.tokenize(phrase);
        if (words.isEmpty()) {
            return false;
        }
        Node<V> node = null;
        String[] exact = new String[words.size()];
        boolean anyExact = false;
        for (int i = 0; i < words.size(); i++) {
            Token w = words.get(i);
            int word = vocabulary.add(w.norm, i == 0 ? bit | startBit : bit);
            node = i == 0 ? first(word) : node.childOrNew(word);
            if (isAcronym(w.raw) || (asWritten && w.raw.length() >= 4)) {
                exact[i] = w.raw;
                anyExact = true;
            }
        }
        if (anyExact && node.value != null && node.exact != null) {
            for (int i = 0; i < exact.length; i++) {
                boolean caseOnly = exact[i] != null && node.exact[i] != null && exact[i].equalsIgnoreCase(node.exact[i]);
                if (caseOnly && !exact[i].equals(node.exact[i])) {
                    exact[i] = null; // "Plateau State" and "Plateau state" put one after the other: either case
                }
            }
        }
        node.value = value;
        node.exact = anyExact ? exact : null;
        return true;
    }

    private Node<V> first(int word) {
        if (word >= firsts.length) {
            firsts = Arrays.copyOf(firsts, Math.max(word + 1, firsts.length * 2));
        }
        if (firsts[word] == null) {
            firsts[word] = new Node<>();
        }
        return firsts[word];
    }

    @SuppressWarnings("unchecked")
    private static <V> Node<V>[] newNodes(int n) {
        return (Node<V>[]) new Node[n];
    }

    private static boolean isAcronym(String raw) {
        int letters = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** The longest phrase starting at {@code from} and ending at or before {@code to}, or null. */
    Match<V> longest(List<Token> tokens, int from, int to) {
        Node<V> node = null;
        Match<V> best = null;
        boolean skipped = false; // a quote mark or an adverb inside the phrase: its exact-case words no longer line up
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (i > from && i + 1 < to && (t.isQuote() || opensSingleQuote(tokens, i)) && !tokens.get(i + 1).isPunct()) {
                skipped = true;
                continue; // a quote opened or closed inside a phrase: should expect "severe punishment"
            }
            if ((t.dictionaries & (i == from ? startBit : bit)) == 0) {
                if (i > from && i + 1 < to && t.adverbOfManner) {
                    skipped = true;
                    continue; // an adverb inside a phrase: "will certainly receive its just punishment", "fired indiscriminately at"
                }
                break;
            }
            node = i == from ? (t.word < firsts.length ? firsts[t.word] : null) : node.child(t.word);
            if (node == null) {
                break;
            }
            if (node.value != null && (node.exact == null || !skipped && exactOk(node.exact, tokens, from))) {
                best = new Match<>(from, i + 1, node.value);
            }
        }
        return best;
    }

    /** A straight single quote opening a quote, a space before it and none after: would 'retake every town' (not "soldiers' bodies"). */
    private static boolean opensSingleQuote(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.raw.equals("'") && tokens.get(i - 1).end < t.start && tokens.get(i + 1).start == t.end;
    }

    private static boolean exactOk(String[] exact, List<Token> tokens, int from) {
        if (exact == null) {
            return true;
        }
        for (int k = 0; k < exact.length; k++) {
            if (exact[k] != null && !exact[k].equals(tokens.get(from + k).raw)) {
                return false;
            }
        }
        return true;
    }

    /** Non-overlapping longest matches, left to right. */
    List<Match<V>> scan(List<Token> tokens, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<V> m = (tokens.get(i).dictionaries & startBit) == 0 ? null : longest(tokens, i, to);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }
}
