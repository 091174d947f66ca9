package dev.escalation.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.extract.EventCoder;
import dev.escalation.feeds.FeedFormat;
import dev.escalation.feeds.FeedReader;
import dev.escalation.feeds.FeedReport;
import dev.escalation.records.Article;
import dev.escalation.records.Incident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Scores the event coder on a labelled set of real articles (evaluation/extraction/), as the
 * labelling guide says, separately for the development half and the held-out half. The split is
 * fixed by the article id: held-out when the first hex digit of SHA-256(id) is 0-7.
 *
 * <p>Per-article detail is only ever produced for the development half: the held-out half is
 * scored, never read.
 */
public final class ExtractionEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Half { DEV, HELD_OUT }

    private final Map<String, List<Label>> labels;
    private final Map<String, Article> articles;
    /** The labelled set (its label file's name) each article comes from, for the per-set rows. */
    private final Map<String, String> setOf = new LinkedHashMap<>();
    private final Map<String, Map<Half, Tally>> bySet = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ExtractionEvaluation(Map<String, List<Label>> labels, Map<String, Article> articles) {
        this.labels = labels;
        this.articles = articles;
    }

    /** Reads the label files and article files (each a file, or a folder of {@code *.jsonl}). */
    public static ExtractionEvaluation read(Path labelsPath, Path articlesPath) {
        Map<String, List<Label>> labels = new LinkedHashMap<>();
        Map<String, Article> articles = new LinkedHashMap<>();
        ExtractionEvaluation e = new ExtractionEvaluation(labels, articles);
        for (Path file : files(labelsPath)) {
            try {
                int n = 0;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode row = JSON.readTree(line);
                    String ref = row.get("ref").asText();
                    List<Label> list = new ArrayList<>();
                    row.path("incidents").forEach(g -> list.add(Label.parse(ref, g)));
                    labels.put(ref, list);
                    e.setOf.put(ref, file.getFileName().toString().replaceFirst("\\.jsonl$", ""));
                }
            } catch (IOException | RuntimeException ex) {
                e.problems.add(file + ": " + ex.getMessage());
            }
        }
        for (Path file : files(articlesPath)) {
            FeedReport report = new FeedReport();
            try (FeedReader reader = FeedReader.open(file, FeedFormat.ARTICLES, report, null)) {
                while (reader.hasNext()) {
                    Article a = (Article) reader.next().value();
                    articles.put(a.getId(), a);
                }
            } catch (IOException ex) {
                e.problems.add(file + ": " + ex.getMessage());
            }
            report.problems().forEach(p -> e.problems.add(p.toString()));
        }
        return e;
    }

    private static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** HELD_OUT when the first hex digit of SHA-256(id) is 0-7, else DEV. */
    public static Half half(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return (h[0] & 0xff) >>> 4 <= 7 ? Half.HELD_OUT : Half.DEV;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<String> problems() {
        return problems;
    }

    /** Codes every labelled article and scores it; {@code detail} receives per-article lines for the development half only. */
    public Map<Half, Tally> run(EventCoder coder, StringBuilder detail) {
        Map<Half, Tally> tallies = new LinkedHashMap<>();
        tallies.put(Half.DEV, new Tally());
        tallies.put(Half.HELD_OUT, new Tally());
        for (Map.Entry<String, List<Label>> e : labels.entrySet()) {
            Article article = articles.get(e.getKey());
            if (article == null) {
                problems.add("labels for " + e.getKey() + " but no such article");
                continue;
            }
            Half half = half(e.getKey());
            List<Incident> coded;
            try {
                coded = coder.code(article);
            } catch (RuntimeException ex) {
                problems.add("article " + e.getKey() + ": the coder threw " + ex);
                coded = List.of();
            }
            StringBuilder out = half == Half.DEV && detail != null ? detail : null;
            tallies.get(half).score(e.getKey(), e.getValue(), coded, out);
            bySet.computeIfAbsent(setOf.get(e.getKey()), k -> new LinkedHashMap<>(Map.of(Half.DEV, new Tally(), Half.HELD_OUT, new Tally())))
                    .get(half).score(e.getKey(), e.getValue(), coded, null);
        }
        return tallies;
    }

    /** Precision and recall of each labelled set on both halves, after {@link #run}: which kinds of text the coder reads worst. */
    public String setTable() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%-34s %-22s %-22s%n", "by set: precision / recall / sides", "dev", "held-out"));
        bySet.forEach((set, t) -> row(s, set, pr(t.get(Half.DEV)), pr(t.get(Half.HELD_OUT))));
        return s.toString();
    }

    private static String pr(Tally t) {
        return t.extracted == 0 && t.required == 0 ? "-"
                : String.format("%d/%d  %d/%d  %d/%d", t.precise, t.extracted, t.recalled, t.required, t.sidesOk, t.recalled);
    }

    /** The two halves side by side, as printed by {@code extract --evaluate}. */
    public static String table(Map<Half, Tally> t) {
        Tally d = t.get(Half.DEV);
        Tally h = t.get(Half.HELD_OUT);
        StringBuilder s = new StringBuilder();
        s.append(String.format("%-34s %-22s %-22s%n", "", "dev", "held-out"));
        row(s, "articles (with no incident)", d.articles + " (" + d.emptyArticles + ")", h.articles + " (" + h.emptyArticles + ")");
        row(s, "labels required (optional)", d.required + " (" + d.optional + ")", h.required + " (" + h.optional + ")");
        row(s, "incidents extracted", String.valueOf(d.extracted), String.valueOf(h.extracted));
        row(s, "precision", Tally.ratio(d.precise, d.extracted), Tally.ratio(h.precise, h.extracted));
        row(s, "recall", Tally.ratio(d.recalled, d.required), Tally.ratio(h.recalled, h.required));
        row(s, "F1", String.format("%.3f", d.f1()), String.format("%.3f", h.f1()));
        row(s, "type accuracy", Tally.ratio(d.typeOk, d.recalled), Tally.ratio(h.typeOk, h.recalled));
        row(s, "side accuracy (actor and target)", Tally.ratio(d.sidesOk, d.recalled), Tally.ratio(h.sidesOk, h.recalled));
        row(s, "country accuracy", Tally.ratio(d.countryOk, d.countryBase), Tally.ratio(h.countryOk, h.countryBase));
        row(s, "date within a day", Tally.ratio(d.dateOk, d.dateBase), Tally.ratio(h.dateOk, h.dateBase));
        row(s, "fatalities accuracy", Tally.ratio(d.fatalitiesOk, d.recalled), Tally.ratio(h.fatalitiesOk, h.recalled));
        row(s, "retaliation accuracy", Tally.ratio(d.retaliationOk, d.recalled), Tally.ratio(h.retaliationOk, h.recalled));
        row(s, "required OTHER found", Tally.ratio(d.otherFound, d.otherRequired), Tally.ratio(h.otherFound, h.otherRequired));
        row(s, "duplicates (same label twice)", String.valueOf(d.duplicates), String.valueOf(h.duplicates));
        row(s, "false: in articles with no incident", String.valueOf(d.falseInEmpty), String.valueOf(h.falseInEmpty));
        row(s, "false: a label's country or date off", String.valueOf(d.falseNear), String.valueOf(h.falseNear));
        row(s, "false: a label's family off", String.valueOf(d.falseFamily), String.valueOf(h.falseFamily));
        countRows(s, d.familySwaps, h.familySwaps);
        row(s, "false: no label near", String.valueOf(d.falseOther), String.valueOf(h.falseOther));
        row(s, "missed: article gave no incident", d.missedArticleSilent + " of " + (d.required - d.recalled),
                h.missedArticleSilent + " of " + (h.required - h.recalled));
        row(s, "actor side: unknown / wrong", d.actorUnknown + " / " + d.actorWrong, h.actorUnknown + " / " + h.actorWrong);
        row(s, "target side: unknown / wrong", d.targetUnknown + " / " + d.targetWrong, h.targetUnknown + " / " + h.targetWrong);
        countRows(s, d.sideSwaps, h.sideSwaps);
        s.append("precision: extracted matching a required or optional label; recall: required non-OTHER labels matched;\n");
        s.append("type, sides, fatalities, retaliation: over recalled labels; country (date): over labels some incident\n");
        s.append("matches on everything but the country (date).\n");
        return s.toString();
    }

    /** One indented row per key of either half's counts ("armed clash > remote fire"), in key order. */
    private static void countRows(StringBuilder s, Map<String, Integer> dev, Map<String, Integer> held) {
        Set<String> keys = new TreeSet<>(dev.keySet());
        keys.addAll(held.keySet());
        keys.forEach(k -> row(s, "  " + k, String.valueOf(dev.getOrDefault(k, 0)), String.valueOf(held.getOrDefault(k, 0))));
    }

    private static void row(StringBuilder s, String name, String dev, String held) {
        s.append(String.format("%-34s %-22s %-22s%n", name, dev, held));
    }
}
