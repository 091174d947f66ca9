package dev.escalation.extract;

import dev.escalation.model.EventFamily;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.escalation.records.EventType;
import dev.escalation.records.Incident;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores the coder against the labelled evaluation set (see eval/README.md) and prints precision,
 * recall and field accuracies. Run alone with {@code -Dtest=EvaluationTest}.
 */
class EvaluationTest {
    private static final String EVAL = "/dev/escalation/extract/eval/";
    /** The shared real-data folder, next to the repository; override with -Descalation.realdata=DIR. */
    private static final Path REALDATA = Path.of(System.getProperty("escalation.realdata", "../../shared/realdata"))
            .resolve("news_articles_2020.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Gold(EventType type, String country, LocalDate date, String actorSide, String targetSide, Integer fatalities,
                boolean retaliation, boolean optional, String note) {
    }

    private static final class Tally {
        int required;
        int found;
        int matched;
        int falsePositives;
        int typeOk;
        int actorOk;
        int targetOk;
        int fatalitiesOk;
        int retaliationOk;

        double precision() {
            return matched + falsePositives == 0 ? 1.0 : (double) matched / (matched + falsePositives);
        }

        double recall() {
            return required == 0 ? 1.0 : (double) matched / required;
        }

        String ratio(int ok) {
            return String.format("%.2f (%d/%d)", matched == 0 ? 0.0 : (double) ok / matched, ok, matched);
        }
    }

    @Test
    void precisionAndRecallOnTheLabelledSet() throws IOException {
        Map<String, JsonNode> real = realArticles();
        Tally all = new Tally();
        Map<String, Tally> bySource = new HashMap<>();
        int skipped = 0;
        StringBuilder report = new StringBuilder();
        for (JsonNode row : labels()) {
            String source = row.get("source").asText();
            String ref = row.get("ref").asText();
            String body = text(source, ref, real);
            if (body == null) {
                skipped++;
                continue;
            }
            List<Incident> coded = TestArticles.CODER.code(TestArticles.article(ref, row.get("published").asText(), body));
            List<Gold> gold = new ArrayList<>();
            row.get("incidents").forEach(g -> gold.add(gold(g)));
            Tally t = bySource.computeIfAbsent(source, k -> new Tally());
            score(ref, gold, coded, List.of(all, t), report);
        }
        System.out.println(report);
        if (skipped > 0) {
            System.out.println("skipped " + skipped + " realdata articles: " + REALDATA + " not found (see eval/README.md)");
        }
        bySource.forEach((source, t) -> System.out.printf("%-9s precision %.2f  recall %.2f  (%d matched, %d false, %d labelled)%n",
                source, t.precision(), t.recall(), t.matched, t.falsePositives, t.required));
        System.out.printf("ALL       precision %.2f  recall %.2f  (%d coded, %d matched, %d false, %d labelled)%n",
                all.precision(), all.recall(), all.found, all.matched, all.falsePositives, all.required);
        System.out.println("accuracy over matched pairs: eventType " + all.ratio(all.typeOk) + ", actorSide " + all.ratio(all.actorOk)
                + ", targetSide " + all.ratio(all.targetOk) + ", fatalities " + all.ratio(all.fatalitiesOk)
                + ", isRetaliation " + all.ratio(all.retaliationOk));
        assertTrue(all.precision() >= 0.90, "precision target 0.90");
        assertTrue(all.recall() >= 0.85, "recall target 0.85");
    }

    /** One-to-one matching: required labels first, each taking the closest coded incident (same type, then nearest date). */
    private static void score(String ref, List<Gold> gold, List<Incident> coded, List<Tally> tallies, StringBuilder report) {
        List<Incident> free = new ArrayList<>(coded);
        List<Gold> ordered = new ArrayList<>(gold);
        ordered.sort((a, b) -> Boolean.compare(a.optional(), b.optional()));
        report.append("== ").append(ref).append('\n');
        for (Gold g : ordered) {
            Incident best = null;
            for (Incident i : free) {
                if (matches(g, i) && (best == null || closer(g, i, best))) {
                    best = i;
                }
            }
            if (best != null) {
                free.remove(best);
            }
            if (g.optional()) {
                if (best != null) {
                    report.append("   optional ").append(brief(best)).append('\n');
                }
                continue;
            }
            for (Tally t : tallies) {
                t.required++;
                if (best != null) {
                    t.matched++;
                    t.typeOk += g.type() == best.getEventType() ? 1 : 0;
                    t.actorOk += Objects.equals(g.actorSide(), best.getActorSide()) ? 1 : 0;
                    t.targetOk += Objects.equals(g.targetSide(), best.getTargetSide()) ? 1 : 0;
                    t.fatalitiesOk += Objects.equals(g.fatalities(), best.getFatalities()) ? 1 : 0;
                    t.retaliationOk += g.retaliation() == best.getIsRetaliation() ? 1 : 0;
                }
            }
            report.append(best == null ? "   MISSED  " + g : "   ok      " + brief(best) + differences(g, best)).append('\n');
        }
        for (Tally t : tallies) {
            t.found += coded.size();
            t.falsePositives += free.size();
        }
        for (Incident i : free) {
            report.append("   FALSE   ").append(brief(i)).append("  <- ").append(i.getEvidence()).append('\n');
        }
    }

    private static boolean matches(Gold g, Incident i) {
        return g.country().equals(i.getCountryCode()) && EventFamily.of(g.type()) == EventFamily.of(i.getEventType())
                && Math.abs(g.date().toEpochDay() - i.getEventDate().toEpochDay()) <= 1;
    }

    private static boolean closer(Gold g, Incident a, Incident b) {
        int sa = (g.type() == a.getEventType() ? 0 : 2) + (g.date().equals(a.getEventDate()) ? 0 : 1);
        int sb = (g.type() == b.getEventType() ? 0 : 2) + (g.date().equals(b.getEventDate()) ? 0 : 1);
        return sa < sb;
    }

    private static String differences(Gold g, Incident i) {
        StringBuilder d = new StringBuilder();
        if (g.type() != i.getEventType()) {
            d.append(" type:").append(g.type());
        }
        if (!Objects.equals(g.actorSide(), i.getActorSide())) {
            d.append(" actor:").append(g.actorSide());
        }
        if (!Objects.equals(g.targetSide(), i.getTargetSide())) {
            d.append(" target:").append(g.targetSide());
        }
        if (!Objects.equals(g.fatalities(), i.getFatalities())) {
            d.append(" fatalities:").append(g.fatalities());
        }
        if (g.retaliation() != i.getIsRetaliation()) {
            d.append(" retaliation:").append(g.retaliation());
        }
        return d.length() == 0 ? "" : "  (label" + d + ")";
    }

    private static String brief(Incident i) {
        return i.getEventType() + " " + i.getCountryCode() + " " + i.getEventDate() + " " + i.getActorSide() + "->" + i.getTargetSide()
                + " fatalities=" + i.getFatalities() + " retaliation=" + i.getIsRetaliation();
    }

    private static Gold gold(JsonNode g) {
        return new Gold(EventType.valueOf(g.get("type").asText()), g.get("country").asText(), LocalDate.parse(g.get("date").asText()),
                nullable(g, "actorSide"), nullable(g, "targetSide"),
                g.hasNonNull("fatalities") ? g.get("fatalities").asInt() : null,
                g.path("retaliation").asBoolean(false), g.path("optional").asBoolean(false), nullable(g, "note"));
    }

    private static String nullable(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static List<JsonNode> labels() throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (InputStream in = EvaluationTest.class.getResourceAsStream(EVAL + "labels.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
        }
        return rows;
    }

    private static Map<String, JsonNode> realArticles() throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        if (Files.isRegularFile(REALDATA)) {
            for (String line : Files.readAllLines(REALDATA)) {
                if (!line.isBlank()) {
                    JsonNode n = JSON.readTree(line);
                    byId.put(n.get("id").asText(), n);
                }
            }
        }
        return byId;
    }

    private static String text(String source, String ref, Map<String, JsonNode> real) throws IOException {
        return switch (source) {
            case "seed" -> Files.readString(TestArticles.SEEDS.resolve(ref));
            case "realdata" -> real.containsKey(ref) ? real.get(ref).get("text").asText() : null;
            case "own" -> {
                try (InputStream in = EvaluationTest.class.getResourceAsStream(EVAL + "articles/" + ref)) {
                    yield new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            default -> throw new IllegalArgumentException("unknown source " + source);
        };
    }

}
