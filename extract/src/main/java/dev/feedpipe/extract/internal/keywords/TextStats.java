package dev.feedpipe.extract.internal.keywords;

import dev.feedpipe.extract.internal.text.Scripts;

/**
 * Word counts of a clean text (placeholders already removed): CJK characters count one word each,
 * runs of other letters and digits one word each.
 */
public record TextStats(int cjkCharacters, int latinWords, int kana, int hangul) {

    private static final double CJK_PER_MINUTE = 400;
    private static final double WORDS_PER_MINUTE = 220;

    public static TextStats of(String text) {
        int cjk = 0;
        int words = 0;
        int kana = 0;
        int hangul = 0;
        boolean inWord = false;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int before = previous;
            previous = codePoint;
            if (Scripts.isCjkWordCharacter(codePoint)) {
                cjk++;
                if (Scripts.isKana(codePoint)) {
                    kana++;
                } else if (Scripts.isHangul(codePoint)) {
                    hangul++;
                }
                inWord = false;
            } else if (Scripts.isWordCharacter(codePoint)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else {
                boolean decimalPoint = (codePoint == '.' || codePoint == ',')
                        && Character.isDigit(before)
                        && i < text.length()
                        && Character.isDigit(text.charAt(i));
                inWord = inWord && (codePoint == '\'' || codePoint == '-' || codePoint == '_' || decimalPoint);
            }
        }
        return new TextStats(cjk, words, kana, hangul);
    }

    public int wordCount() {
        return cjkCharacters + latinWords;
    }

    public int readingMinutes() {
        return Math.max(1, (int) Math.ceil(cjkCharacters / CJK_PER_MINUTE + latinWords / WORDS_PER_MINUTE));
    }

    /** ISO 639-1 code of the main language: zh, ja, ko, en, or und when there is no text. */
    public String language() {
        if (cjkCharacters == 0 && latinWords == 0) {
            return "und";
        }
        if (cjkCharacters >= latinWords) {
            if (hangul * 2 > cjkCharacters) {
                return "ko";
            }
            return kana * 5 > cjkCharacters ? "ja" : "zh";
        }
        return "en";
    }
}
