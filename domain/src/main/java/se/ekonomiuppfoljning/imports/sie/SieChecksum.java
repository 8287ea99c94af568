package se.ekonomiuppfoljning.imports.sie;

import java.nio.charset.Charset;
import java.util.zip.CRC32;

/**
 * The {@code #KSUMMA} checksum of SIE 4B: a CRC-32 (the ISO 3309 / zlib polynomial, as {@link CRC32}) over the
 * records between the opening {@code #KSUMMA} and the closing {@code #KSUMMA <sum>}, both excluded. Of each
 * record only the characters of the label and of each field's content count, in the file's encoding: no field
 * separators (spaces, tabs), no line ends, no quotes around fields (an escaped {@code \"} counts as the quote
 * character), no braces around object lists (the items inside them do count).
 */
final class SieChecksum {

    private final CRC32 crc = new CRC32();
    private final Charset charset;

    SieChecksum(Charset charset) {
        this.charset = charset;
    }

    void add(SieRecord record) {
        update(record.writtenLabel());
        for (SieField field : record.fields()) {
            if (field.objects() != null) {
                for (SieObject object : field.objects()) {
                    update(object.dimension());
                    update(object.id());
                }
            } else {
                update(field.text());
            }
        }
    }

    long value() {
        return crc.getValue();
    }

    /** True when the written sum matches, read as unsigned or (as some programs write it) signed 32 bits. */
    boolean matches(long written) {
        return written == value() || (written < 0 && (written & 0xFFFF_FFFFL) == value());
    }

    private void update(String text) {
        if (!text.isEmpty()) {
            crc.update(text.getBytes(charset));
        }
    }
}
