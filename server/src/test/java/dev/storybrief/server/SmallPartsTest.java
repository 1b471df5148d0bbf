package dev.storybrief.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** File names from clients, Host headers, the configuration's checks and the serve command's options. */
class SmallPartsTest {

    @Test
    void clientFileNamesBecomeSafeLocalNames() {
        assertThat(FileNames.safe("courier.txt")).isEqualTo("courier.txt");
        assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.safe("C:\\Users\\me\\story.html")).isEqualTo("story.html");
        assertThat(FileNames.safe("..")).isEqualTo("article");
        assertThat(FileNames.safe(".hidden.txt")).isEqualTo("hidden.txt");
        assertThat(FileNames.safe("a b?c*.txt")).isEqualTo("a_b_c_.txt");
        assertThat(FileNames.safe("Zürich—news.txt")).isEqualTo("Zürich_news.txt");
        assertThat(FileNames.safe(null)).isEqualTo("article");
        String longName = FileNames.safe("x".repeat(500) + ".html.gz");
        assertThat(longName).hasSize(120).endsWith(".gz");
    }

    @Test
    void hostHeadersAreReducedToTheHostName() {
        assertThat(AccessGuard.hostName("127.0.0.1:8080")).isEqualTo("127.0.0.1");
        assertThat(AccessGuard.hostName("LOCALHOST")).isEqualTo("localhost");
        assertThat(AccessGuard.hostName("[::1]:8080")).isEqualTo("[::1]");
        assertThat(AccessGuard.hostName("evil.example:80")).isEqualTo("evil.example");
    }

    @Test
    void theConfigurationRefusesNonsense() {
        ServerConfig ok = ServerConfig.defaults(Path.of("data"));
        assertThat(ok.maxRequestBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(ok.maxArticles()).isEqualTo(50);
        assertThat(ok.withToken(" ").token()).as("a blank token is no token").isNull();
        assertThatThrownBy(() -> ok.withPort(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.withLimits(10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ok.withPool(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ok.briefTimeout()).isEqualTo(java.time.Duration.ofSeconds(60));
        assertThatThrownBy(() -> ok.withBriefTimeout(java.time.Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serveHasTheDocumentedOptionsAndDefaults() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        assertThat(serve.port).isEqualTo(8080);
        assertThat(serve.bind).isEqualTo("127.0.0.1");
        assertThat(serve.data).isEqualTo(System.getProperty("user.home") + "/.storybrief");
        assertThat(serve.allowDir).isNull();
        assertThat(serve.maxArticles).isEqualTo(50);
        assertThat(serve.briefTimeoutSeconds).isEqualTo(60);
        new CommandLine(serve).parseArgs("--port", "0", "--data", "/tmp/x", "--bind", "0.0.0.0", "--allow-dir", "/srv",
                "--token", "T", "--max-request-bytes", "2048", "--max-articles", "3", "--workers", "1", "--queue", "4", "--brief-timeout", "5");
        assertThat(serve.briefTimeoutSeconds).isEqualTo(5);
        assertThat(serve.port).isZero();
        assertThat(serve.token).isEqualTo("T");
        assertThat(serve.allowDir).isEqualTo(Path.of("/srv"));
        String usage = new CommandLine(new ServeCommand()).getUsageMessage();
        assertThat(usage).contains("--port", "--data", "--bind", "--allow-dir", "--token");
    }
}
