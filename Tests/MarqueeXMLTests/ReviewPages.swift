/// Web pages written for the tests, shaped like real review pages: navigation, advertising,
/// scripts, the review itself, reader comments and a footer.
enum ReviewPages {
  static let dailyReel = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Sound of Metal review &ndash; The Daily Reel</title>
      <style>body { font-family: serif; } .ad { display: none; }</style>
      <script>window.dataLayer = [{"page": "<p>review</p>"}];</script>
    </head>
    <body>
      <header>
        <nav><a href="/">Home</a> | <a href="/reviews">Reviews</a> | <a href="/about">About</a></nav>
      </header>
      <div class="ad"><script>showAd("top")</script><noscript>Enable JavaScript for ads</noscript></div>
      <main>
        <article>
          <h1>Sound of Metal</h1>
          <p class="byline">By Jo Critic &middot; 4 stars</p>
          <p>In <cite>Sound of Metal</cite>, Riz Ahmed plays Ruben, a drummer who
             loses his hearing. Darius Marder directs with <em>remarkable</em> restraint.</p>
          <blockquote>It&rsquo;s the best sound design of the year.</blockquote>
          <p>As Ruben says, <q>I&#39;m fine</q>&nbsp;&mdash; he isn&#x27;t.<br>
          The ending stays with you.</p>
          <template><p>Hidden template</p></template>
          <p hidden>Spoiler text</p>
        </article>
      </main>
      <aside class="ad">Advertisement: <a href="https://ads.example/buy?a=1&amp;b=2">Buy popcorn</a></aside>
      <section id="comments">
        <h2>Comments (2)</h2>
        <ul>
          <li><b>sam</b>: Loved <i>Sound of Metal</i>!</li>
          <li><b>alex</b>: Too   slow
              for me.</li>
        </ul>
      </section>
      <footer>&copy; 2021 The Daily Reel</footer>
    </body>
    </html>
    """

  /// The visible text of ``dailyReel``, worked out by hand from the rules.
  static let dailyReelText =
    "Home | Reviews | About\n\nSound of Metal\n\nBy Jo Critic · 4 stars\n\n"
    + "In Sound of Metal, Riz Ahmed plays Ruben, a drummer who loses his hearing. Darius Marder "
    + "directs with remarkable restraint.\n\nIt’s the best sound design of the year.\n\n"
    + "As Ruben says, I'm fine\u{A0}— he isn't.\nThe ending stays with you.\n\n"
    + "Advertisement: Buy popcorn\n\nComments (2)\n\nsam: Loved Sound of Metal!\n"
    + "alex: Too slow for me.\n\n© 2021 The Daily Reel"

  /// A blog page with sloppy markup: unclosed paragraphs and list items, misnested inline
  /// elements, a table, preformatted text, CRLF line ends and non-ASCII text.
  static let sloppyBlog =
    "<html><body>\r\n<div id=menu><a href=/>Blog</a><a href=/films>Films</a></div>\r\n"
    + "<h2>Drive My Car (2021)</h2>\r\n<p>Hamaguchi&#8217;s film is long<p>and <b>very <i>patient</b>"
    + " indeed</i>.\r\n<ul><li>Runtime: 179 min<li>Rating: ★★★★☆</ul>\r\n"
    + "<table><tr><th>Actor<th>Role<tr><td>Hidetoshi Nishijima<td>Yūsuke Kafuku</table>\r\n"
    + "<pre>\r\n  Line one\r\n    Line two</pre>\r\n"
    + "<p>Arabic: فيلم رائع — Hebrew: סרט טוב &lt;3 &unknown; 5 &gt 4</p>\r\n"
    + "<div class=comments><p>Comment by <a href='/u/ren'>Ren</a>: agreed!</div>"
}
