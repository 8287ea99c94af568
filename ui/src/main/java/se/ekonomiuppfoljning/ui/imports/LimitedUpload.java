package se.ekonomiuppfoljning.ui.imports;

import com.vaadin.flow.component.upload.Receiver;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The uploaded file, written to a temporary file of its own while it arrives and refused as soon as it passes the
 * limit ({@code uppfoljning.import.max-size}): the stream fails, the upload ends and the partial file is deleted, so
 * a 300 MB file past the limit never lands on disk whole. The file is deleted when the next upload starts, when
 * it has been read ({@link #open} closes and deletes it) and when the page is left ({@link #discard}).
 */
final class LimitedUpload implements Receiver {

    private final long maxBytes;
    private @Nullable Path file;

    LimitedUpload(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    @Override
    public OutputStream receiveUpload(String fileName, String mimeType) {
        discard();
        try {
            Path target = Files.createTempFile("import-upload-", ".tmp");
            file = target;
            return new Limited(Files.newOutputStream(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an upload failed for being stopped at the limit. */
    static boolean tooLarge(@Nullable Throwable reason) {
        return reason instanceof TooLarge;
    }

    /** Why an upload stopped: it passed the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("the upload is larger than " + maxBytes + " bytes");
        }
    }

    /** The uploaded file's size in bytes, 0 when there is none. */
    long size() {
        Path current = file;
        try {
            return current == null ? 0 : Files.size(current);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The uploaded file, to read once: closing the stream deletes the file. */
    InputStream open() throws IOException {
        Path current = file;
        if (current == null) {
            throw new IOException("no upload");
        }
        file = null;
        InputStream in = Files.newInputStream(current);
        return new FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    Files.deleteIfExists(current);
                }
            }
        };
    }

    /** Deletes the uploaded file, if any. */
    void discard() {
        Path current = file;
        file = null;
        if (current != null) {
            try {
                Files.deleteIfExists(current);
            } catch (IOException e) {
                current.toFile().deleteOnExit();
            }
        }
    }

    /** Counts what is written and fails past the limit, deleting the partial file. */
    private final class Limited extends FilterOutputStream {
        private long count;

        Limited(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            add(len);
            out.write(b, off, len);
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > maxBytes) {
                try {
                    out.close();
                } finally {
                    discard();
                }
                throw new TooLarge(maxBytes);
            }
        }
    }
}
