package se.ekonomiuppfoljning.imports.sie;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Finds a SIE file's encoding from a bounded prefix (the first {@value #PREFIX} bytes), read with mark/reset.
 * SIE prescribes CP437 ({@code #FORMAT PC8}) but real files are also written in UTF-8 or Latin-1:
 * a byte order mark, or valid UTF-8 multibyte sequences and no invalid ones → UTF-8; else Latin-1 when
 * its å/ä/ö/Å/Ä/Ö bytes outnumber CP437's; else CP437.
 */
final class SieEncoding {

    static final int PREFIX = 64 * 1024;
    static final Charset CP437 = Charset.forName("IBM437");

    private static final int[] LATIN1_LETTERS = {0xE5, 0xE4, 0xF6, 0xC5, 0xC4, 0xD6};
    private static final int[] CP437_LETTERS = {0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99};

    /** The outcome of looking at the prefix. */
    record Detected(Charset charset, boolean bom, boolean empty, boolean binary) {}

    private SieEncoding() {}

    /** Looks at the prefix and leaves the stream where it was, past a UTF-8 byte order mark if there is one. */
    static Detected detect(BufferedInputStream in) throws IOException {
        in.mark(PREFIX + 1);
        byte[] prefix = new byte[PREFIX];
        int length = 0;
        int n;
        while (length < PREFIX && (n = in.read(prefix, length, PREFIX - length)) > 0) {
            length += n;
        }
        in.reset();
        Detected detected = detect(prefix, length, length == PREFIX);
        if (detected.bom()) {
            in.skipNBytes(3);
        }
        return detected;
    }

    static Detected detect(byte[] bytes, int length, boolean truncated) {
        if (length == 0) {
            return new Detected(CP437, false, true, false);
        }
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, true, false, isBinary(bytes, 3, length));
        }
        boolean binary = isBinary(bytes, 0, length);
        if (isUtf8WithMultibyte(bytes, length, truncated)) {
            return new Detected(StandardCharsets.UTF_8, false, false, binary);
        }
        int latin1 = count(bytes, length, LATIN1_LETTERS);
        int cp437 = count(bytes, length, CP437_LETTERS);
        return new Detected(latin1 > cp437 ? StandardCharsets.ISO_8859_1 : CP437, false, false, binary);
    }

    /** A NUL byte, or more than 1 % control characters other than tab, line ends, form feed and DOS end-of-file. */
    private static boolean isBinary(byte[] bytes, int from, int length) {
        int controls = 0;
        for (int i = from; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0x1A) {
                controls++;
            }
        }
        return controls * 100L > (length - from);
    }

    private static boolean isUtf8WithMultibyte(byte[] bytes, int length, boolean truncated) {
        int multibyte = 0;
        int i = 0;
        while (i < length) {
            int b = bytes[i] & 0xFF;
            int continuation;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                continuation = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuation = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuation = 3;
            } else {
                return false;
            }
            if (i + continuation >= length) {
                // a sequence cut by the end of the prefix proves nothing; cut by the end of the file it is invalid
                return truncated && multibyte > 0;
            }
            for (int k = 1; k <= continuation; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            multibyte++;
            i += continuation + 1;
        }
        return multibyte > 0;
    }

    private static int count(byte[] bytes, int length, int[] values) {
        int count = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            for (int v : values) {
                if (b == v) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }
}
