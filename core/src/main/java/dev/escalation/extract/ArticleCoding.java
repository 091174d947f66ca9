package dev.escalation.extract;

import dev.escalation.extract.Segmentation.Passage;
import dev.escalation.records.Article;
import dev.escalation.records.Incident;

import java.util.ArrayList;
import java.util.List;

/**
 * Codes one article as a pipeline of plain stages, reading it sentence by sentence and keeping
 * what a reader keeps ({@link Reading}). The body arrives normalised ({@link TextNormalizer}, in
 * {@link EventCoder}). Then, in order:
 * <ol>
 *   <li>{@link Segmentation}: tokens, sentences, dateline and page furniture left out, and a cheap
 *       gate: a sentence with no event, casualty or threat word is only remembered (its speaker's
 *       side and its day date).</li>
 *   <li>part of speech and chunks: {@link #chunk} builds the {@link Sentence} (dictionary matches,
 *       noun phrases, places, dates, clauses). A tagger and chunker stage plugs in there.</li>
 *   <li>per clause, {@link Triggers} finds the events it reports; {@link Dating} dates each,
 *       {@link Arguments} finds its agent and target, {@link Retaliation} marks what it answers,
 *       {@link Placing} locates it and {@link Events} merges it into the incidents told so far.
 *       Dates come before places because an undated "the strikes" refers back; arguments come
 *       before places because a country named as the target locates the event.</li>
 *   <li>per sentence, after its events: {@link Threats} notes its threats and {@link Casualties}
 *       counts its dead and injured for the incidents it just told.</li>
 *   <li>once the article is read: retaliation causes are named after the incidents they answer,
 *       threats are placed where their authors fight, and {@link Emitting} writes the incidents.</li>
 * </ol>
 */
final class ArticleCoding {
    private final Reading reading;
    private final Dating dating;
    private final Retaliation retaliation;
    private final Events events;
    private final Threats threats;
    private final Casualties casualties;

    ArticleCoding(Dictionaries dict, Article article) {
        this.reading = new Reading(dict, article);
        this.dating = new Dating(reading);
        this.retaliation = new Retaliation(reading);
        this.events = new Events(reading);
        this.threats = new Threats(reading, dating);
        this.casualties = new Casualties(reading);
    }

    List<Incident> incidents() {
        Segmentation segmentation = new Segmentation(reading.dict, reading.body);
        reading.datelineCountry = segmentation.datelineCountry();
        reading.theatre = segmentation.theatre();
        for (Passage p : segmentation.passages()) {
            reading.frame(segmentation.tokens, p.from(), p.to());
            if (segmentation.mayReport(p)) {
                code(p.index(), chunk(segmentation.tokens, p));
            } else {
                reading.remember(segmentation.tokens, p.from(), p.to());
            }
        }
        events.placeUnplaced();
        events.mergeToldFirstInSummary();
        events.completeSides();
        retaliation.resolveCauses();
        threats.resolve();
        return new Emitting(reading).incidents();
    }

    /** The part-of-speech and chunk stage: today the dictionary-driven {@link Sentence}. */
    private Sentence chunk(List<Token> tokens, Passage p) {
        return new Sentence(reading.dict, reading.body, tokens, p.from(), p.to(), reading.reference(), reading.theatre, reading.framed());
    }

    private void code(int index, Sentence s) {
        List<Draft> touched = new ArrayList<>();
        List<Mention> told = new ArrayList<>();
        for (int seg = 0; seg < s.segments(); seg++) {
            for (Mention m : Triggers.mentions(s, seg)) {
                dating.date(s, m);
                if (m.relativeUnresolved) {
                    continue; // "five days later", with nothing dated to count from
                }
                Mention before = told.isEmpty() ? null : told.get(told.size() - 1);
                Triggers.typeOfAntecedent(s, m, before);
                Arguments.assign(s, m);
                Arguments.asPartOf(s, m, before);
                Arguments.intercepted(s, m, before);
                Arguments.fromDiscourse(reading, s, m);
                retaliation.cue(s, m);
                events.tell(index, s, m, Placing.places(s, m), touched);
                told.add(m);
            }
        }
        if (!told.isEmpty()) {
            events.tellListed(index, s, told, touched);
            events.tellDated(index, s, told, touched);
        } else {
            events.claimed(index, s); // "Al Shabaab claimed responsibility": for the attack just told
        }
        threats.note(index, s);
        casualties.count(index, s, touched);
        reading.remember(index, s, touched);
    }
}
