package dev.storybrief.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, headless, with a fresh profile and nothing that reaches the network on its
 * own. Missing binaries fail the test with the command that installs them: the page test must not silently skip.
 */
final class HeadlessChromium {
    private HeadlessChromium() {
    }

    /** A driver for a new headless Chromium whose profile lives in {@code profile}. */
    static ChromeDriver start(Path profile) {
        Path browser = find("storybrief.chromium", List.of("chromium", "chromium-browser", "google-chrome"));
        Path driver = find("storybrief.chromedriver", List.of("chromedriver"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static Path find(String property, List<String> names) {
        String configured = System.getProperty(property);
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return Path.of(configured);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new AssertionError(names.get(0) + " is not installed (looked for " + names + " on PATH and -D" + property
                + "); the page test needs it: apt-get install -y chromium chromium-driver");
    }

    /** A fresh, empty profile folder. */
    static Path freshProfile() {
        try {
            return Files.createTempDirectory("storybrief-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
