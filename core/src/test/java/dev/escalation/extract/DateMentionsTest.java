package dev.escalation.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateMentionsTest {
    private static final LocalDate SAT_3_FEB_2024 = LocalDate.of(2024, 2, 3);

    private static DateMentions.Mention first(String text, LocalDate published) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<DateMentions.Mention> found = DateMentions.find(tokens, 0, tokens.size(), published);
        return found.isEmpty() ? null : found.get(0);
    }

    @ParameterizedTest(name = "\"{0}\" published 2024-02-03 is {1}")
    @CsvSource(delimiter = '|', value = {
            "launched overnight strikes | 2024-02-02",
            "strikes on Sunday | 2024-01-28",
            "strikes on Saturday | 2024-02-03",
            "early on Friday | 2024-02-02",
            "yesterday | 2024-02-02",
            "the day before yesterday | 2024-02-01",
            "last night | 2024-02-02",
            "earlier today | 2024-02-03",
            "this evening's strikes | 2024-02-03",
            "the Jan 28's drone attack | 2024-01-28",
            "on Jan. 28 a drone | 2024-01-28",
            "on 28 January | 2024-01-28",
            "on January 28, 2024 | 2024-01-28",
            "on Dec 30 | 2023-12-30",
            "three days ago | 2024-01-31",
            "a week ago today | 2024-01-27",
            "attacked on the 1st and the 2nd | 2024-02-01",
            "attacked on the 28th | 2024-01-28",
            "on 2024-01-28 a drone | 2024-01-28",
            "attacks this past weekend | 2024-02-03",
            "last week's terror attacks | 2024-01-24",
            "NR-126-17 January 6, 2024 | 2024-01-06"})
    void dayDatesResolveIntoThePast(String text, String expected) {
        DateMentions.Mention m = first(text, SAT_3_FEB_2024);
        assertEquals(DateMentions.Granularity.DAY, m.granularity(), text);
        assertEquals(LocalDate.parse(expected), m.date(), text);
    }

    @ParameterizedTest(name = "\"{0}\" is coarse")
    @CsvSource(delimiter = '|', value = {"last month", "in February", "since April", "last year", "in 2019", "late January", "this week"})
    void monthsAndYearsAreCoarse(String text) {
        assertEquals(DateMentions.Granularity.COARSE, first(text, SAT_3_FEB_2024).granularity(), text);
    }

    @Test
    void oneDayAfterIsRelativeToTheIncidentInFocus() {
        DateMentions.Mention m = first("The attacks came one day after drones hit Arbil", SAT_3_FEB_2024);
        assertEquals(DateMentions.Granularity.AFTER, m.granularity());
        assertEquals(1, m.offsetDays());
    }

    @Test
    void mayAndMarchAreVerbsUnlessDated() {
        assertNull(first("The strikes May escalate", SAT_3_FEB_2024));
        assertEquals(LocalDate.of(2023, 5, 3), first("on May 3", SAT_3_FEB_2024).date());
    }

    @Test
    void withoutPublicationOnlyFullDatesResolve() {
        assertNull(first("on Sunday", null).date());
        assertNull(first("on Jan 28", null).date());
        assertEquals(LocalDate.of(2024, 1, 28), first("on Jan 28, 2024", null).date());
    }

    @Test
    void moreDaysOfTheMonthListedAfterOneAreDays() {
        List<Token> tokens = Tokenizer.tokenize("two airstrikes July 22 and 24, and one Aug. 14; on June 23 and 30 people died; "
                + "On May 3, 20 of the soldiers");
        assertEquals(List.of(LocalDate.of(2024, 7, 22), LocalDate.of(2024, 7, 24), LocalDate.of(2024, 8, 14), LocalDate.of(2024, 6, 23),
                        LocalDate.of(2024, 5, 3)),
                DateMentions.find(tokens, 0, tokens.size(), LocalDate.of(2024, 8, 30)).stream().map(DateMentions.Mention::date).toList());
    }

    @Test
    void nextWeekdayIsNotAPastDate() {
        assertTrue(DateMentions.find(Tokenizer.tokenize("talks next Sunday"), 0, 3, SAT_3_FEB_2024).isEmpty());
    }

    @Test
    void lastWeekdayToldOnThatWeekdayIsAWeekBefore() {
        LocalDate monday = LocalDate.of(2021, 2, 22);
        assertEquals(LocalDate.of(2021, 2, 15), first("last Monday's rocket attack on Erbil", monday).date());
        assertEquals(monday, first("on Monday", monday).date());
    }

    @Test
    void aFeastNamedByItsWeekdayIsNotTheLatestSuchWeekday() {
        assertEquals(LocalDate.parse("2024-01-14"), first("on January 14, Palm Sunday, missiles struck", SAT_3_FEB_2024).date());
        assertTrue(DateMentions.find(Tokenizer.tokenize("on Good Friday"), 0, 3, SAT_3_FEB_2024).isEmpty());
    }
    @Test
    void anOrdinalBeforeANounIsNoDay() {
        assertNull(first("killed on the 11th day of the assault", SAT_3_FEB_2024));
    }
}
