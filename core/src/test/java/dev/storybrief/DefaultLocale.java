package dev.storybrief;

import java.util.Locale;

/**
 * Runs a check under another default locale and puts every default back after it, so that a test can show that
 * machine values and English messages do not follow the JVM's locale (Arabic-Indic digits under ar-EG, "300.000"
 * under German, a dotless i under Turkish). Tests run one at a time, as surefire is configured. In core's test jar,
 * for every module's tests.
 */
public final class DefaultLocale {
    private DefaultLocale() {
    }

    /** A check that may throw, as AssertJ's do. */
    @FunctionalInterface
    public interface Check {
        /** Runs the check. */
        void run() throws Exception;
    }

    /** Runs {@code check} with {@code tag} (e.g. "tr-TR") as the default locale of every category. */
    public static void under(String tag, Check check) throws Exception {
        Locale all = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            check.run();
        } finally {
            Locale.setDefault(all);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
    }
}
