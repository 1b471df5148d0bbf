package dev.storybrief.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Preformatted text among the article's paragraphs is what the author shows as typed (a request, a log line, a piece of
 * code): it stays even when it is mostly addresses, which in a paragraph would mark a link dump or structured data.
 */
class PreformattedTextTest {

    @Test
    void aRequestShownAsTypedStaysInTheArticle() {
        String html = "<html><head><title>A simple HTTP request with sockets</title></head><body><nav><a href='/'>Home"
                + "</a> <a href='/about'>About</a></nav><article><h1>A simple HTTP request with sockets</h1>"
                + "<div class='entry-content'><p>The socket module gives access to the BSD socket interface, which is"
                + " available on all modern Unix systems, on Windows and on macOS.</p><p>By default the target is the"
                + " search engine's home page. This demo sends the following request to it:</p>"
                + "<pre>GET / HTTP/1.1\\r\\nHost:www.example.com\\r\\n\\r\\n</pre><p>And you will receive the reply"
                + " of the server, which the demo prints line by line in its window.</p>"
                + "<p>https://www.example.com/a https://www.example.com/b https://www.example.com/c</p>"
                + "<p>Here is the code that sends the request and reads the reply until the server closes the"
                + " connection.</p></div></article></body></html>";

        String text = new HtmlArticleExtractor().extract(html, null).text();

        assertThat(text).contains("Host:www.example.com", "This demo sends the following request")
                .doesNotContain("https://www.example.com/b");
    }
}
