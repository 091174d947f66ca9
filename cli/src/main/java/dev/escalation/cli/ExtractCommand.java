package dev.escalation.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.escalation.config.EngineConfig;
import dev.escalation.extract.Corroboration;
import dev.escalation.evaluation.ExtractionEvaluation;
import dev.escalation.evaluation.Tally;
import dev.escalation.extract.EventCoder;
import dev.escalation.feeds.FeedFormat;
import dev.escalation.feeds.FeedReader;
import dev.escalation.feeds.FeedRecord;
import dev.escalation.feeds.FeedReport;
import dev.escalation.feeds.RecordJson;
import dev.escalation.feeds.TextArticles;
import dev.escalation.records.Article;
import dev.escalation.records.Incident;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Articles in, incidents out, no broker: the engine's event coder and corroboration in one batch.",
                "Input: JSON lines (id, title, body|text|content, publishedAt|published_at|pub_date|date, url, source),",
                "or plain text (a .txt file, or any file with --published). Output: one JSON object per incident on",
                "stdout, articleId plus the Incident fields; a summary on stderr. Reports of one incident in several",
                "articles are merged (corroboration); a bad line is reported with its number and the rest is read."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE|-",
            description = "Articles as JSON lines, or plain-text articles (.txt, the publication date in the name "
                    + "as in article-2024-02-03-x.txt, or --published); '-' or nothing reads JSON lines from stdin.")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Read the files as plain-text articles published on DATE (YYYY-MM-DD).")
    String published;

    @Option(names = "--strict", description = "Exit non-zero (3) when any line or file was rejected; by default bad input is reported and skipped.")
    boolean strict;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Operator dictionaries (actors.tsv, places.tsv, events.tsv, cues.tsv, casualties.tsv, wars.tsv, homes.tsv, ...; README, 'Extraction') laid over the built-in ones.")
    Path dictionaries;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Engine configuration (YAML) laid over the defaults: extraction.maxBodyBytes, extraction.corroborationTolerance.")
    Path config;

    @Option(names = "--evaluate", arity = "2", paramLabel = "LABELS ARTICLES",
            description = {"Score the coder on a labelled set instead: LABELS and ARTICLES are JSON-lines files or folders of",
                    "*.jsonl (evaluation/extraction/FORMAT.md). Prints precision, recall, F1 and per-field accuracy for",
                    "the development and held-out halves side by side (held-out: first hex digit of SHA-256(id) is 0-7)."})
    List<Path> evaluate;

    @Option(names = "--detail", description = "With --evaluate: per-article detail, for the development half only.")
    boolean detail;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (evaluate != null) {
            return evaluate(out, err);
        }
        EngineConfig engine = EngineOptions.loadConfig(config);
        LocalDate publishedOn = publishedDate();
        EventCoder coder = coder();
        FeedReport report = new FeedReport();
        Corroboration.Batch batch = new Corroboration.Batch(engine.extraction().corroborationTolerance());
        Extraction run = new Extraction(coder, engine.extraction().maxBodyBytes(), report, batch);
        List<String> files = inputs == null || inputs.isEmpty() ? List.of("-") : inputs;
        requireReadable(files);
        for (String input : files) {
            run.read(input, publishedOn);
        }
        List<Incident> incidents = batch.incidents();
        for (Incident incident : incidents) {
            // the first article that reported it; the others are in sourceIds
            ObjectNode line = JsonNodeFactory.instance.objectNode().put("articleId", incident.getSourceIds().get(0));
            line.setAll(RecordJson.toJson(incident));
            out.println(line);
        }
        out.flush();
        err.printf("articles read %,d; incidents %,d (%,d further reports merged into them); articles with none %,d; rejected %,d%n",
                run.articles, incidents.size(), batch.merged(), run.withNone, report.rejected());
        report.problems().forEach(p -> err.println("  rejected " + run.name(p.file()) + ":" + p.line() + ": " + p.message()));
        if (report.rejected() > report.problems().size()) {
            err.printf("  ... and %,d more rejected%n", report.rejected() - report.problems().size());
        }
        err.flush();
        if (run.articles == 0) {
            throw CliException.nothingUsable(String.format("nothing usable: no article read (%,d rejected)", report.rejected()));
        }
        return strict && report.rejected() > 0 ? ExitCodes.BAD_INPUT : 0;
    }

    /** Every input file exists and can be read, or the run fails (exit 1) naming those that cannot, before anything is read. */
    private static void requireReadable(List<String> inputs) {
        List<String> missing = inputs.stream().filter(i -> !i.equals("-"))
                .filter(i -> !Files.isRegularFile(Path.of(i)) || !Files.isReadable(Path.of(i))).toList();
        if (!missing.isEmpty()) {
            throw new CliException(missing.stream().map(i -> i + (Files.exists(Path.of(i)) ? ": cannot read" : ": no such file"))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    private int evaluate(PrintWriter out, PrintWriter err) {
        ExtractionEvaluation evaluation = ExtractionEvaluation.read(evaluate.get(0), evaluate.get(1));
        StringBuilder detailText = detail ? new StringBuilder() : null;
        Map<ExtractionEvaluation.Half, Tally> tallies = evaluation.run(coder(), detailText);
        if (detailText != null) {
            out.print(detailText);
        }
        out.print(ExtractionEvaluation.table(tallies));
        out.println();
        out.print(evaluation.setTable());
        out.flush();
        evaluation.problems().forEach(p -> err.println("  " + p));
        err.flush();
        return 0;
    }

    private LocalDate publishedDate() {
        try {
            return published == null ? null : LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            throw CliException.usage("--published: '" + published + "' is not a date such as 2024-02-03");
        }
    }

    private EventCoder coder() {
        try {
            return dictionaries == null ? EventCoder.withDefaultDictionaries() : EventCoder.withDictionaries(dictionaries);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new CliException("--dictionaries: " + e.getMessage());
        }
    }

    /** One run over the inputs: articles coded one by one, incidents into the batch, problems into the report. */
    private static final class Extraction {
        private final EventCoder coder;
        private final int maxBodyBytes;
        private final FeedReport report;
        private final Corroboration.Batch batch;
        long articles;
        long withNone;
        private String stdinSpool;

        Extraction(EventCoder coder, int maxBodyBytes, FeedReport report, Corroboration.Batch batch) {
            this.coder = coder;
            this.maxBodyBytes = maxBodyBytes;
            this.report = report;
            this.batch = batch;
        }

        void read(String input, LocalDate published) {
            if (input.equals("-")) {
                readStdin();
                return;
            }
            Path file = Path.of(input);
            try {
                if (published != null) {
                    code(file.toString(), 0, TextArticles.read(file, published));
                } else if (file.getFileName().toString().endsWith(".txt")) {
                    code(file.toString(), 0, TextArticles.read(file));
                } else {
                    readJsonLines(file);
                }
            } catch (NoSuchFileException e) {
                report.reject(input, 0, "no such file");
            } catch (CharacterCodingException e) {
                report.reject(input, 0, "not UTF-8 text");
            } catch (IOException e) {
                report.reject(input, 0, e.getMessage());
            }
        }

        /** Standard input is spooled to a file, so the feeds' line-numbering reader reads it like any other. */
        private void readStdin() {
            try {
                Path spool = Files.createTempFile("escalation-extract-", ".jsonl");
                stdinSpool = spool.toString();
                try {
                    Files.copy(System.in, spool, StandardCopyOption.REPLACE_EXISTING);
                    readJsonLines(spool);
                } finally {
                    Files.deleteIfExists(spool);
                }
            } catch (IOException e) {
                report.reject("stdin", 0, e.getMessage());
            }
        }

        /** The name of an input for a person: the spooled file is "stdin". */
        String name(String file) {
            return file.equals(stdinSpool) ? "stdin" : file;
        }

        private void readJsonLines(Path file) throws IOException {
            try (FeedReader reader = FeedReader.open(file, FeedFormat.ARTICLES, report, null)) {
                while (reader.hasNext()) {
                    FeedRecord record = reader.next();
                    code(record.file(), record.line(), (Article) record.value());
                }
            }
        }

        private void code(String name, long line, Article article) {
            String refusal = EventCoder.refusal(article, maxBodyBytes);
            if (refusal != null) {
                report.reject(name, line, refusal);
                return;
            }
            articles++;
            List<Incident> incidents = coder.code(article);
            withNone += incidents.isEmpty() ? 1 : 0;
            incidents.forEach(batch::add);
        }
    }
}
