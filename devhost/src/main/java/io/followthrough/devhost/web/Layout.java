package io.followthrough.devhost.web;

import io.followthrough.devhost.data.HostUser;
import java.util.Collection;

/** The host's page chrome: AUI header with the user menu, then the page content. */
final class Layout {
    private Layout() {
    }

    static String page(String title, HostUser user, Collection<String> headTags, String content) {
        StringBuilder head = new StringBuilder();
        headTags.forEach(tag -> head.append(tag).append('\n'));
        String userArea = user == null
                ? "<a class=\"aui-button aui-button-primary\" href=\"/login\">Log in</a>"
                : "<span class=\"devhost-user\" id=\"current-user\" data-username=\"" + Html.escape(user.username()) + "\">"
                  + Html.escape(user.fullName()) + "</span> <a class=\"aui-button aui-button-link\" id=\"logout\" href=\"/logout\">Log out</a>";
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>%s - Dev host</title>
                <link rel="stylesheet" href="/static/aui/aui-prototyping.css">
                <link rel="stylesheet" href="/static/devhost/devhost.css">
                <script src="/static/aui/jquery.min.js"></script>
                <script src="/static/aui/aui-prototyping.js"></script>
                %s</head>
                <body class="aui-page-focused aui-page-size-xlarge">
                <div id="page">
                <header id="header" role="banner">
                <nav class="aui-header" aria-label="site">
                <div class="aui-header-inner">
                <div class="aui-header-primary"><span class="aui-header-logo"><a href="/" class="aui-nav-imagelink devhost-logo">Confluence dev host</a></span></div>
                <div class="aui-header-secondary"><div class="devhost-user-area">%s</div></div>
                </div>
                </nav>
                </header>
                <section id="content" role="main">
                <div class="aui-page-panel"><div class="aui-page-panel-inner"><section class="aui-page-panel-content">
                %s
                </section></div></div>
                </section>
                </div>
                </body>
                </html>
                """.formatted(Html.escape(title), head, userArea, content);
    }
}
