package se.ekonomiuppfoljning.app.reports;

/** Text as both formats can carry it: control characters that no document may hold are dropped. */
final class DocumentText {

    private DocumentText() {}

    /** Keeps line breaks and tabs; drops other C0 controls, DEL to U+009F and the non-characters U+FFFE/U+FFFF. */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = (c < 0x20 && c != '\n' && c != '\t')
                    || (c >= 0x7F && c <= 0x9F)
                    || c == 0xFFFE
                    || c == 0xFFFF
                    || (Character.isSurrogate(c) && !pairedSurrogate(text, i));
            if (drop && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
