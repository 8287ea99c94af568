package se.ekonomiuppfoljning.reports;

import java.util.Arrays;

/** A rendered file: its name, media type and bytes. */
public record RenderedDocument(String fileName, String mediaType, byte[] content) {

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedDocument d
                && d.fileName.equals(fileName)
                && d.mediaType.equals(mediaType)
                && Arrays.equals(d.content, content);
    }

    @Override
    public int hashCode() {
        return fileName.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "RenderedDocument[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
