package dev.escalation.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {

    private static List<String> sentences(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return Tokenizer.sentences(tokens).stream()
                .map(b -> text.substring(tokens.get(b[0]).start, tokens.get(b[1] - 1).end)).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertEquals(List.of(
                        "The U.S. military said Gen. Kenneth McKenzie approved the Jan. 3 strike.",
                        "Mr. Awadi said 16 were killed."),
                sentences("The U.S. military said Gen. Kenneth McKenzie approved the Jan. 3 strike. Mr. Awadi said 16 were killed."));
    }

    @Test
    void quotesAndLinesSplit() {
        assertEquals(List.of("\u201cOur response began today.", "It will continue,\u201d he said.", "Flurry of attacks", "Next line."),
                sentences("\u201cOur response began today. It will continue,\u201d he said.\nFlurry of attacks\n\nNext line."));
    }

    @Test
    void hyphensSeparateWordsAndPossessivesSplitOff() {
        List<String> words = Tokenizer.tokenize("Iran-backed Kata\u2019ib Jan 28\u2019s U.S.-led 2,500").stream().map(t -> t.raw).toList();
        assertEquals(List.of("Iran", "backed", "Kata'ib", "Jan", "28", "'s", "U.S.", "led", "2,500"), words);
    }
}
