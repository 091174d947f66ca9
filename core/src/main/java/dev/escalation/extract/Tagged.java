package dev.escalation.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * One sentence as {@link Tagging} read it: a Penn Treebank tag per token and the chunks (noun
 * phrases, verb groups, prepositions...) as token spans. Token indices are those of the words given
 * to {@link Tagging#tag}; immutable, so it may be handed between threads.
 */
public final class Tagged {

    /** A chunk: tokens {@code [start, end)} of type NP, VP, PP, ADJP...; {@code head} is its last noun (NP) or last token. */
    public record Chunk(String type, int start, int end, int head) {
        public boolean isNp() {
            return type.equals("NP");
        }

        public boolean covers(int i) {
            return start <= i && i < end;
        }
    }

    /** Forms of "be" and "get" that make a following past participle passive: "were killed", "got hit". */
    static final Set<String> PASSIVE_AUX = Token.words("be", "is", "are", "was", "were", "been", "being", "am",
            "'s", "'re", "get", "gets", "got", "gotten", "getting");
    /** How far back the auxiliary may be: "were killed", "was brutally attacked", "were not immediately claimed". */
    static final int PASSIVE_REACH = 3;

    private final String[] words;
    private final String[] tags;
    private final String[] chunkTags;
    private final List<Chunk> chunks;
    /** The index in {@link #chunks} of the chunk covering each token, -1 for none (an "O" token). */
    private final int[] chunkOf;

    Tagged(String[] words, String[] tags, String[] chunkTags) {
        this.words = words.clone();
        this.tags = tags;
        this.chunkTags = chunkTags;
        this.chunkOf = new int[words.length];
        Arrays.fill(chunkOf, -1);
        List<Chunk> out = new ArrayList<>();
        int i = 0;
        while (i < chunkTags.length) {
            String c = chunkTags[i];
            if (c.equals("O")) {
                i++;
                continue;
            }
            String type = c.substring(2);
            int end = i + 1;
            while (end < chunkTags.length && chunkTags[end].startsWith("I-") && chunkTags[end].regionMatches(2, type, 0, type.length())
                    && chunkTags[end].length() == type.length() + 2) {
                end++;
            }
            for (int k = i; k < end; k++) {
                chunkOf[k] = out.size();
            }
            out.add(new Chunk(type, i, end, head(type, i, end)));
            i = end;
        }
        this.chunks = Collections.unmodifiableList(out);
    }

    private int head(String type, int start, int end) {
        if (type.equals("NP")) {
            for (int k = end - 1; k >= start; k--) {
                if (tags[k].startsWith("NN") || tags[k].startsWith("PRP") || tags[k].equals("CD")) {
                    return k;
                }
            }
        }
        return end - 1;
    }

    public int size() {
        return words.length;
    }

    public String word(int i) {
        return words[i];
    }

    /** The Penn Treebank tag of token i: NN, NNS, NNP, VBD, VBN, JJ, IN, ... */
    public String tag(int i) {
        return tags[i];
    }

    public String[] tags() {
        return tags.clone();
    }

    /** The chunker's tag of token i: B-NP, I-NP, B-VP, O, ... */
    public String chunkTag(int i) {
        return chunkTags[i];
    }

    public List<Chunk> chunks() {
        return chunks;
    }

    public List<Chunk> nps() {
        List<Chunk> out = new ArrayList<>();
        for (Chunk c : chunks) {
            if (c.isNp()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The chunk covering token i, or null ("O" tokens: punctuation, some conjunctions). */
    public Chunk chunkAt(int i) {
        return chunkOf[i] < 0 ? null : chunks.get(chunkOf[i]);
    }

    /** The noun phrase covering token i, or null. */
    public Chunk npAt(int i) {
        Chunk c = chunkAt(i);
        return c != null && c.isNp() ? c : null;
    }

    public boolean isNoun(int i) {
        return tags[i].startsWith("NN");
    }

    /** VB, VBD, VBG, VBN, VBP, VBZ (and MD, the modals). */
    public boolean isVerb(int i) {
        return tags[i].startsWith("VB") || tags[i].equals("MD");
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            Chunk c = chunkAt(i);
            if (c != null && c.start == i) {
                b.append('[').append(c.type).append(' ');
            }
            b.append(words[i]).append('/').append(tags[i]);
            b.append(c != null && c.end == i + 1 ? "] " : " ");
        }
        return b.toString().trim();
    }
}
