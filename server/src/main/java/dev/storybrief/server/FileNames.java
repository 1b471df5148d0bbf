package dev.storybrief.server;

/** File names from clients made safe to use on the server's disk and to show back. */
final class FileNames {
    private static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    /**
     * The last path segment of {@code name} with anything but letters, digits, dot, dash and underscore
     * replaced, never empty, never a dot name, at most 120 characters (the extension kept).
     */
    static String safe(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String cleaned = base.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^\\.+", "");
        if (cleaned.isEmpty()) {
            cleaned = "article";
        }
        if (cleaned.length() > MAX_LENGTH) {
            int dot = cleaned.lastIndexOf('.');
            String ext = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, MAX_LENGTH - ext.length()) + ext;
        }
        return cleaned;
    }
}
