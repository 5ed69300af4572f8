package dev.feedpipe.extract.internal.text;

/**
 * Character classes the extractor cares about, by code point ranges: this runs for every character
 * of every article, and {@link Character.UnicodeScript#of} (a binary search) was its hottest spot.
 */
public final class Scripts {

    private Scripts() {}

    /** Han, kana, Hangul, CJK punctuation and full-width forms: text written without spaces between words. */
    public static boolean isCjk(int codePoint) {
        if (codePoint < 0x1100) {
            return false;
        }
        return isCjkWordCharacter(codePoint)
                || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }

    /** A character counted as one word on its own: CJK ideographs, kana, Hangul. */
    public static boolean isCjkWordCharacter(int codePoint) {
        if (codePoint < 0x1100) {
            return false;
        }
        return isHan(codePoint) || isKana(codePoint) || isHangul(codePoint);
    }

    public static boolean isHan(int codePoint) {
        return (codePoint >= 0x4E00 && codePoint <= 0x9FFF)
                || (codePoint >= 0x3400 && codePoint <= 0x4DBF)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0x20000 && codePoint <= 0x3134F)
                || (codePoint >= 0x2E80 && codePoint <= 0x2FDF)
                || codePoint == 0x3005
                || codePoint == 0x3007;
    }

    public static boolean isKana(int codePoint) {
        return (codePoint >= 0x3040 && codePoint <= 0x30FF && codePoint != 0x30FB)
                || (codePoint >= 0x31F0 && codePoint <= 0x31FF)
                || (codePoint >= 0xFF66 && codePoint <= 0xFF9F);
    }

    public static boolean isHangul(int codePoint) {
        return (codePoint >= 0xAC00 && codePoint <= 0xD7AF)
                || (codePoint >= 0x1100 && codePoint <= 0x11FF)
                || (codePoint >= 0x3130 && codePoint <= 0x318F);
    }

    /** Letters and digits of scripts that separate words with spaces (Latin, Greek, Cyrillic, digits). */
    public static boolean isWordCharacter(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'a' && codePoint <= 'z')
                    || (codePoint >= 'A' && codePoint <= 'Z')
                    || (codePoint >= '0' && codePoint <= '9');
        }
        return Character.isLetterOrDigit(codePoint) && !isCjkWordCharacter(codePoint);
    }
}
