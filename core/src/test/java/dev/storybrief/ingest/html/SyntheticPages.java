package dev.storybrief.ingest.html;

/** Small hand-written news pages for the tests (all text invented). */
final class SyntheticPages {

    static final String[] BODY = {
        "The city council approved a new budget on Tuesday after a long debate about road repairs and school funding.",
        "Council members said the plan adds money for bus routes, while the mayor warned that property taxes could rise next year.",
        "Residents who spoke at the meeting asked for more parks, safer crossings near schools and longer library hours.",
        "The budget takes effect in January, and a first review of its spending is planned for the spring session.",
    };

    private SyntheticPages() {
    }

    /** A typical article page wrapped in navigation, share bars, related links, comments and banners. */
    static String newsPage() {
        StringBuilder body = new StringBuilder();
        for (String p : BODY) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head>
                <meta charset="utf-8">
                <title>Council passes budget | Riverside Gazette</title>
                <meta property="og:title" content="Council passes budget after long debate">
                <meta property="og:site_name" content="Riverside Gazette">
                <meta property="article:published_time" content="2021-03-04T10:15:00Z">
                <meta name="author" content="Dana Miller">
                <link rel="canonical" href="https://www.riverside-gazette.example/news/budget">
                <script>var tracking = "Subscribe now to read more of this long script text that must never appear";</script>
                <style>.x { color: red }</style>
                </head><body>
                <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies to continue reading.</div>
                <header class="site-header"><nav class="main-nav"><ul>
                  <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
                  <li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
                <main>
                <article class="story">
                  <h1>Council passes budget after long debate</h1>
                  <div class="byline">By Dana Miller</div>
                  <time datetime="2021-03-04T10:15:00Z">March 4, 2021</time>
                  <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
                  <figure><img src="council.jpg"><figcaption>Council members voting on Tuesday evening. Photo: Jane Roe</figcaption></figure>
                  <div class="story-body">
                """ + body + """
                    <div class="ad-slot">Advertisement</div>
                  </div>
                  <div class="related-stories"><h3>Related</h3><ul>
                    <li><a href="/a">Mayor announces plan to repave every street in the city within five years</a></li>
                    <li><a href="/b">School board debates the length of the new academic year at a packed meeting</a></li>
                  </ul></div>
                  <div class="newsletter-signup"><p>Sign up for our morning newsletter and get the top stories of the day delivered to your inbox.</p></div>
                </article>
                <section id="comments" class="comments"><h3>Comments</h3>
                  <div class="comment"><p>I think the council made a terrible decision and taxes will go up for all of us again this year.</p></div>
                  <div class="comment"><p>Finally some money for the buses, which have been late every single morning for the last two years.</p></div>
                </section>
                </main>
                <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/c">Storm closes coastal road for the weekend as repairs continue</a></li></ol></aside>
                <footer class="site-footer"><p>Copyright 2021 Riverside Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
                </body></html>
                """;
    }

    /** A page with no article: a section front made of headline links. */
    static String sectionFront() {
        StringBuilder sb = new StringBuilder("<html><head><title>News - Riverside Gazette</title></head><body><nav>");
        for (int i = 0; i < 5; i++) {
            sb.append("<a href='/s").append(i).append("'>Section ").append(i).append("</a> ");
        }
        sb.append("</nav><div class='river'><ul>");
        for (int i = 0; i < 30; i++) {
            sb.append("<li><a href='/story").append(i).append("'>Headline number ").append(i)
                    .append(" about events in town</a></li>");
        }
        return sb.append("</ul></div><footer>Contact us</footer></body></html>").toString();
    }
}
