package dev.feedpipe.extract.text;

/** Character classes the extractor cares about. */
public final class Scripts {

    private Scripts() {
    }

    /** Han, kana, Hangul and CJK punctuation: text written without spaces between words. */
    public static boolean isCjk(int codePoint) {
        if (codePoint >= 0x3000 && codePoint <= 0x303F) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }

    /** A character counted as one word on its own (CJK ideographs, kana, Hangul syllables). */
    public static boolean isCjkWordCharacter(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    /** Letters and digits of scripts that separate words with spaces (Latin, Greek, Cyrillic, digits). */
    public static boolean isWordCharacter(int codePoint) {
        return Character.isLetterOrDigit(codePoint) && !isCjkWordCharacter(codePoint);
    }
}
