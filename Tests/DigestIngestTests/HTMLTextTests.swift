import Testing

@testable import DigestIngest

struct HTMLTextTests {
    @Test func brBecomesALineBreak() {
        #expect(
            HTMLText.plainText("Line one<br>Line two<br/>Line three<BR />Line four")
                == "Line one\nLine two\nLine three\nLine four")
    }

    @Test func paragraphsAreSeparatedByOneBlankLine() {
        #expect(HTMLText.plainText("<p>First</p><p>Second</p>\n<P class=\"x\">Third</P>") == "First\n\nSecond\n\nThird")
    }

    @Test func namedEntitiesAreDecoded() {
        #expect(
            HTMLText.plainText("Fish &amp; Chips &lt;b&gt; &quot;q&quot; caf&eacute; &ndash; &mdash;")
                == "Fish & Chips <b> \"q\" café – —")
    }

    @Test func numericEntitiesAreDecoded() {
        #expect(HTMLText.plainText("a &#8211; b &#x2014; c &#X41;") == "a – b — c A")
    }

    @Test func unknownEntitiesAndBareAmpersandsStayAsText() {
        #expect(HTMLText.plainText("AT&T &bogus; R&amp;D") == "AT&T &bogus; R&D")
    }

    @Test func scriptAndStyleContentsAreDropped() {
        let html = """
            <style>p { font-family: Arial; }</style>
            <script type="text/javascript">var x = 1 < 2; document.write("<p>hidden</p>");</script>
            <p>Shown</p>
            """
        #expect(HTMLText.plainText(html) == "Shown")
    }

    @Test func headAndTitleAreDropped() {
        #expect(
            HTMLText.plainText("<html><head><title>Title text</title></head><body>Body text</body></html>")
                == "Body text")
    }

    @Test func commentsAreDropped() {
        #expect(HTMLText.plainText("Before<!-- hidden comment -->After") == "BeforeAfter")
        #expect(HTMLText.plainText("Before<!-- a > b -->After") == "BeforeAfter")
    }

    @Test func listItemsBecomeBullets() {
        #expect(HTMLText.plainText("<ul><li>One</li><li>Two</li></ul>") == "- One\n- Two")
    }

    @Test func tagsAreDroppedButLinkTextKept() {
        #expect(
            HTMLText.plainText("Open the <a href=\"https://example.com\"><b>console</b></a> now")
                == "Open the console now")
    }

    @Test func sourceWhitespaceCollapsesToSingleSpaces() {
        #expect(HTMLText.plainText("a\n   b\t\tc") == "a b c")
    }

    @Test func tableCellsAreSeparatedBySpaces() {
        #expect(HTMLText.plainText("<table><tr><td>vol-1</td><td>degraded</td></tr></table>") == "vol-1 degraded")
    }

    /// `<` followed by a space or digit does not open a tag (HTML tokenizer: it is text).
    @Test(arguments: [
        ("<p>Latency < 5 ms</p>", "Latency < 5 ms"),
        ("if a < b and c > d", "if a < b and c > d"),
        ("1 < 2", "1 < 2"),
    ])
    func lessThanSignThatOpensNoTagIsKept(_ html: String, _ expected: String) {
        #expect(HTMLText.plainText(html) == expected)
    }

    @Test(arguments: [
        "<div><p>Rotate the key<b> now</div>Thanks<script>alert(1)",
        "<p>Rotate the key now</p><scr<script>ipt>alert(1)</script>Thanks",
        "<p>Rotate the key now<style>p{}</p>Thanks</style></p>Thanks",
        "<table><tr><td>Rotate the key now<td>x</table>Thanks<!-- <script>alert(1)</script> -->",
    ])
    func malformedMarkupKeepsTheTextAndDropsTheScript(_ html: String) {
        let text = HTMLText.plainText(html)
        #expect(text.contains("Rotate the key"), "\(text)")
        #expect(text.contains("Thanks"), "\(text)")
        #expect(!text.contains("alert(1)") || text.contains("ipt>alert"), "\(text)")
    }
}
