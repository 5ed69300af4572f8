package dev.feedpipe.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsafeCharactersTest {

    @Test
    void aFieldMayNotHoldWhatXmlForbidsUnpairedSurrogatesOrBidiControls() {
        assertThat(UnsafeCharacters.inField("a\u0000b"))
                .hasValue("holds U+0000 at character 2, a control character XML 1.0 forbids");
        assertThat(UnsafeCharacters.inField("\u000b")).isPresent();
        assertThat(UnsafeCharacters.inField("x\uffff")).isPresent();
        assertThat(UnsafeCharacters.inField("x\ud800"))
                .hasValueSatisfying(p -> assertThat(p).contains("unpaired surrogate"));
        assertThat(UnsafeCharacters.inField("\udc00x")).isPresent();
        assertThat(UnsafeCharacters.inField("report\u202efdp.exe"))
                .hasValueSatisfying(p -> assertThat(p).contains("U+202E"));
        assertThat(UnsafeCharacters.inField("\u2066x\u2069")).isPresent();

        assertThat(UnsafeCharacters.inField("标题\t 😀 \u200f שלום \u0085 \ufffd"))
                .isEmpty();
        assertThat(UnsafeCharacters.inField(null)).isEmpty();
    }

    @Test
    void aBodyMayHoldControlsButNoUnpairedSurrogate() {
        assertThat(UnsafeCharacters.inBody("page one\u000cpage two\u0000 \u202e"))
                .isEmpty();
        assertThat(UnsafeCharacters.inBody("ok 😀 then \ud83d"))
                .hasValueSatisfying(p -> assertThat(p).startsWith("holds U+D83D"));
    }

    @Test
    void cleaningAFieldSpacesControlsDropsNoncharactersAndBidiControlsAndReplacesUnpairedSurrogates() {
        assertThat(UnsafeCharacters.cleanField("a\u0000b\u000bc\uffffd\u202e\u2066e\ud800f😀"))
                .isEqualTo("a b cde\ufffdf😀");
        String clean = "标题 \u200f😀";
        assertThat(UnsafeCharacters.cleanField(clean)).isSameAs(clean);
    }

    @Test
    void xmlSafeKeepsBidiControlsButNothingXmlForbids() {
        assertThat(UnsafeCharacters.xmlSafe("a\u0001\u202eb\ufffe")).isEqualTo("a \u202eb");
    }
}
