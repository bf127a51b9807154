package io.followthrough.devhost.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * An HTML page taken apart as Sitemesh's page parser does for Confluence's decorators: the head
 * read into title and elements, the body's content kept exactly as the servlet wrote it. Only the
 * part before the body is parsed; a report page's body can be hundreds of kilobytes, and parsing
 * and writing it out again cost more than the page's own rendering.
 */
final class DecoratablePage {
    // The body's start tag, whose quoted attribute values may hold '>'.
    private static final Pattern BODY_START = Pattern.compile("<body\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", Pattern.CASE_INSENSITIVE);

    private final Document head;
    private final String body;

    private DecoratablePage(Document head, String body) {
        this.head = head;
        this.body = body;
    }

    static DecoratablePage of(String html) {
        Matcher start = BODY_START.matcher(html);
        if (!start.find()) {
            // No body tag: the parser decides where the head ends and the body begins.
            Document page = parse(html);
            return new DecoratablePage(page, page.body().html());
        }
        return new DecoratablePage(parse(html.substring(0, start.start())), html.substring(start.end(), bodyEnd(html, start.end())));
    }

    private static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().settings(ParseSettings.preserveCase));
    }

    /** Where the body's content ends: at its closing tag, else at the closing html tag, else at the end. */
    private static int bodyEnd(String html, int from) {
        for (String tag : List.of("</body", "</html")) {
            for (int i = html.length() - tag.length(); i >= from; i--) {
                if (html.regionMatches(true, i, tag, 0, tag.length())) {
                    return i;
                }
            }
        }
        return html.length();
    }

    /** The title's text, character references decoded. */
    String title() {
        return head.title();
    }

    /** The head's elements, in order. */
    List<Element> headElements() {
        return head.head().children();
    }

    /** The body's content as written. */
    String body() {
        return body;
    }
}
