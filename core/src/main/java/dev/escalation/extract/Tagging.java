package dev.escalation.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.chunker.ChunkerContextGenerator;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.TagDictionary;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.TokenTag;

/**
 * The part-of-speech and noun-phrase stage: Apache OpenNLP's English maxent tagger and chunker
 * (the 1.5 models, Penn Treebank tags, CoNLL-2000 chunks), run on the few sentences the dictionary
 * gate lets through. Build one and share it: the models are read once per JVM and are read-only;
 * what OpenNLP keeps per call (context generators, the beam's scratch array) lives in one
 * {@link ThreadLocal} worker per thread, so {@link #tag} is safe from many threads.
 *
 * <p>Decoding. OpenNLP's stock taggers search a beam (3 for tags, 10 for chunks); {@link #standard()}
 * decodes greedily instead (beam 0 below: the best valid outcome at each token, in a loop of this
 * class's own, with the weights read from {@link FlatMaxent}'s flat arrays rather than OpenNLP's
 * HashMap). Greedy gives the same tags as OpenNLP's beam of 1 and 99.6% of the stock beams' tags
 * (97.8% of their noun phrases) on the evaluation event sentences, at 4-8 times the speed;
 * bench/.../TaggingBench measures the configurations against each other.
 *
 * <p>Tokens. The project's {@link Tokenizer} differs from Penn Treebank tokenization; the words are
 * mapped one to one (token indices never shift) before the models see them, see {@link #modelWord}:
 * curly and straight double quotes become {@code ``}/{@code ''}, dashes {@code --}, an acronym that
 * lost its last period at a sentence end ("U.S") gets it back, and a contraction the tokenizer kept
 * whole ("didn't") is tagged as its verb ("did"). Words the tokenizer split at a hyphen
 * ("Iranian-backed", "U.S.-led") are retagged as a compound adjective when the coder says which
 * tokens were joined ({@link #tag(String[], boolean[])}): the second part's VBN/VBD becomes JJ, so
 * "Iranian-backed militant groups" stays one noun phrase and "backed" is not read as a verb.
 */
public final class Tagging {

    /** How to decode: a beam size per model, 0 for this class's own greedy loop (the fastest). */
    public record Decoding(int posBeam, int chunkBeam) {
        /** OpenNLP's defaults: POSTaggerME searches a beam of 3, ChunkerME one of 10. */
        public static final Decoding STOCK = new Decoding(3, 10);
        public static final Decoding GREEDY = new Decoding(0, 0);

        public Decoding {
            if (posBeam < 0 || chunkBeam < 0) {
                throw new IllegalArgumentException("a beam size is 0 (greedy) or more: " + posBeam + ", " + chunkBeam);
            }
        }
    }

    private static final String POS_MODEL = "/en-pos-maxent.bin";
    private static final String CHUNK_MODEL = "/en-chunker.bin";

    /** The models, read once (about 8 MB of jar, a second or so) on first use. */
    private static final class Models {
        static final POSModel POS = load(POS_MODEL, POSModel::new);
        static final ChunkerModel CHUNK = load(CHUNK_MODEL, ChunkerModel::new);
        static final FlatMaxent POS_FLAT = new FlatMaxent(POS.getArtifact("pos.model"));
        static final FlatMaxent CHUNK_FLAT = new FlatMaxent(CHUNK.getArtifact("chunker.model"));
    }

    private static final class Standard {
        static final Tagging INSTANCE = new Tagging(Decoding.GREEDY);
    }

    private final Decoding decoding;
    private final MaxentModel posModel;
    private final MaxentModel chunkModel;
    /** The same models in flat arrays, for the greedy loop. */
    private final FlatMaxent posFlat;
    private final FlatMaxent chunkFlat;
    private final TagDictionary tagDictionary;
    private final ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);

    public Tagging(Decoding decoding) {
        this.decoding = decoding;
        this.posModel = Models.POS.getArtifact("pos.model");
        this.chunkModel = Models.CHUNK.getArtifact("chunker.model");
        this.tagDictionary = Models.POS.getFactory().getTagDictionary();
        this.posFlat = Models.POS_FLAT;
        this.chunkFlat = Models.CHUNK_FLAT;
    }

    /** The shared stage in the recommended configuration (greedy tags and chunks). */
    public static Tagging standard() {
        return Standard.INSTANCE;
    }

    public Decoding decoding() {
        return decoding;
    }

    /** Tags and chunks one sentence's tokens. */
    public Tagged tag(String[] words) {
        return tag(words, null);
    }

    /**
     * Tags and chunks one sentence's tokens; {@code hyphenated[i]} (may be null) tells that token i
     * was joined to token i - 1 by a hyphen in the text ("Iran-backed").
     */
    public Tagged tag(String[] words, boolean[] hyphenated) {
        return tag(words, hyphenated, true);
    }

    /** As {@link #tag(String[], boolean[])}; without {@code chunked} no chunks are computed (the chunker is three quarters of the cost). */
    private Tagged tag(String[] words, boolean[] hyphenated, boolean chunked) {
        Worker w = workers.get();
        String[] model = modelWords(words);
        String[] tags = w.pos(model);
        if (hyphenated != null) {
            for (int i = 1; i < tags.length; i++) {
                if (hyphenated[i] && (tags[i].equals("VBN") || tags[i].equals("VBD"))) {
                    tags[i] = "JJ";
                }
            }
        }
        String[] chunkTags = new String[words.length];
        if (chunked) {
            chunkTags = w.chunk(model, tags);
        } else {
            Arrays.fill(chunkTags, "O");
        }
        return new Tagged(words, tags, chunkTags);
    }

    /** Part-of-speech tags only (no chunks), for the bench and for callers that need no phrases. */
    public String[] posTags(String[] words) {
        return workers.get().pos(modelWords(words));
    }

    /**
     * Tags tokens {@code [from, to)} of the coder's token list, and chunks them when {@code chunked}
     * (else the result has no chunks); the text tells which tokens a hyphen joined.
     */
    Tagged tag(List<Token> tokens, int from, int to, String text, boolean chunked) {
        String[] words = new String[to - from];
        boolean[] hyphenated = new boolean[to - from];
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            words[i - from] = t.raw;
            if (i > from) {
                Token prev = tokens.get(i - 1);
                hyphenated[i - from] = t.start == prev.end + 1 && isHyphen(text.charAt(prev.end));
            }
        }
        return tag(words, hyphenated, chunked);
    }

    /** The words of each sentence of a text as the coder's {@link Tokenizer} cuts them: for benches and tools outside the package. */
    public static List<String[]> sentences(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<String[]> out = new ArrayList<>();
        for (int[] s : Tokenizer.sentences(tokens)) {
            String[] words = new String[s[1] - s[0]];
            for (int i = s[0]; i < s[1]; i++) {
                words[i - s[0]] = tokens.get(i).raw;
            }
            out.add(words);
        }
        return out;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static String[] modelWords(String[] words) {
        String[] out = new String[words.length];
        boolean open = true;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.equals("\"")) {
                out[i] = open ? "``" : "''";
                open = !open;
            } else {
                out[i] = modelWord(w);
            }
        }
        return out;
    }

    /** A token as the Penn-trained models expect it; the same token when nothing needs mapping. */
    static String modelWord(String w) {
        switch (w) {
            case "\u201c": return "``";
            case "\u201d": return "''";
            case "\u2014", "\u2013": return "--";
            case "U.S", "U.K", "U.N": return w + ".";
            default: break;
        }
        int n = w.length();
        if (n > 3 && w.regionMatches(true, n - 3, "n't", 0, 3)) {
            String lower = w.toLowerCase(Locale.ROOT);
            return switch (lower) {
                case "won't" -> "will";
                case "can't" -> "can";
                case "shan't" -> "shall";
                default -> w.substring(0, n - 3); // didn't -> did, isn't -> is
            };
        }
        return w;
    }

    /** The per-thread part: OpenNLP's context generators and beams keep state between calls. */
    private final class Worker {
        final POSContextGenerator posContext = Models.POS.getFactory().getPOSContextGenerator(0);
        final SequenceValidator<String> posValidator = Models.POS.getFactory().getSequenceValidator();
        final ChunkerContextGenerator chunkContext = Models.CHUNK.getFactory().getContextGenerator();
        final SequenceValidator<TokenTag> chunkValidator = Models.CHUNK.getFactory().getSequenceValidator();
        final BeamSearch posBeam = decoding.posBeam() > 0 ? new BeamSearch(decoding.posBeam(), posModel) : null;
        final BeamSearch chunkBeam = decoding.chunkBeam() > 0 ? new BeamSearch(decoding.chunkBeam(), chunkModel) : null;
        final double[] posScores = new double[posModel.getNumOutcomes()];
        final double[] chunkScores = new double[chunkModel.getNumOutcomes()];

        String[] pos(String[] words) {
            if (posBeam != null) {
                return posBeam.bestSequence(words, null, posContext, posValidator).getOutcomes().toArray(new String[0]);
            }
            String[] tags = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                double[] scores = posFlat.score(posContext.getContext(i, words, tags, null), posScores);
                String[] allowed = tagDictionary == null ? null : tagDictionary.getTags(words[i]);
                tags[i] = posFlat.outcome(best(scores, allowed, posFlat));
            }
            return tags;
        }

        String[] chunk(String[] words, String[] tags) {
            if (chunkBeam != null) {
                return chunkBeam.bestSequence(TokenTag.create(words, tags), new Object[0], chunkContext, chunkValidator)
                        .getOutcomes().toArray(new String[0]);
            }
            String[] chunks = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                double[] scores = chunkFlat.score(chunkContext.getContext(i, words, tags, chunks), chunkScores);
                chunks[i] = chunkFlat.outcome(bestChunk(scores, i == 0 ? null : chunks[i - 1]));
            }
            return chunks;
        }

        /** The best chunk tag that may follow {@code prev}: I-X only after B-X or I-X (OpenNLP's own rule). */
        private int bestChunk(double[] scores, String prev) {
            int top = argmax(scores);
            if (validChunk(chunkFlat.outcome(top), prev)) {
                return top;
            }
            int best = -1;
            for (int p = 0; p < scores.length; p++) {
                if ((best < 0 || scores[p] > scores[best]) && validChunk(chunkFlat.outcome(p), prev)) {
                    best = p;
                }
            }
            return best;
        }
    }

    /** The best outcome the tag dictionary allows for the word (any, when it does not list the word). */
    private static int best(double[] scores, String[] allowed, FlatMaxent model) {
        int top = argmax(scores);
        if (allowed == null || contains(allowed, model.outcome(top))) {
            return top;
        }
        int best = -1;
        for (int p = 0; p < scores.length; p++) {
            if ((best < 0 || scores[p] > scores[best]) && contains(allowed, model.outcome(p))) {
                best = p;
            }
        }
        return best < 0 ? top : best;
    }

    private static boolean validChunk(String outcome, String prev) {
        if (!outcome.startsWith("I-")) {
            return true;
        }
        return prev != null && !prev.equals("O") && prev.regionMatches(2, outcome, 2, outcome.length() - 2)
                && prev.length() == outcome.length();
    }

    private static boolean contains(String[] values, String value) {
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static int argmax(double[] scores) {
        int best = 0;
        for (int p = 1; p < scores.length; p++) {
            if (scores[p] > scores[best]) {
                best = p;
            }
        }
        return best;
    }

    private interface Loader<M> {
        M load(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, Loader<M> loader) {
        try (InputStream in = Tagging.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the OpenNLP model " + resource + " is not on the class path"
                        + " (edu.washington.cs.knowitall:opennlp-postag-models / opennlp-chunk-models)");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP model " + resource, e);
        }
    }
}
