package dev.feedpipe.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void knownDigestsWholeAndCut() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(Sha256.hex("abc", 32)).isEqualTo(abc);
        assertThat(Sha256.hex("abc", 8)).isEqualTo(abc.substring(0, 16));
        assertThatThrownBy(() -> Sha256.hex("abc", 33)).isInstanceOf(IllegalArgumentException.class);
    }
}
