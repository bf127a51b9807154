package io.followthrough.devhost.web;

/** The AUI dialog markup the editor script fills: a macro list, then that macro's parameter form. */
final class InsertMacroDialog {
    static final String HTML = """
            <section id="macro-browser-dialog" class="aui-dialog2 aui-dialog2-medium aui-layer" role="dialog"
                     aria-labelledby="macro-browser-title" hidden>
              <header class="aui-dialog2-header">
                <h2 class="aui-dialog2-header-main" id="macro-browser-title">Insert macro</h2>
              </header>
              <div class="aui-dialog2-content">
                <ul class="devhost-macro-list" id="macro-browser-list"></ul>
                <form class="aui" id="macro-browser-form" hidden>
                  <p class="description" id="macro-browser-desc"></p>
                  <div id="macro-browser-fields"></div>
                  <div class="field-group" id="macro-browser-body-group">
                    <label for="macro-param-body">Body</label>
                    <textarea class="textarea" id="macro-param-body" rows="4"></textarea>
                    <div class="description">Plain text; each line becomes a paragraph.</div>
                  </div>
                  <div class="aui-message aui-message-error" id="macro-browser-error" hidden></div>
                </form>
              </div>
              <footer class="aui-dialog2-footer">
                <div class="aui-dialog2-footer-actions">
                  <button class="aui-button aui-button-primary" id="macro-browser-insert" disabled>Insert</button>
                  <button class="aui-button aui-button-link" id="macro-browser-cancel">Cancel</button>
                </div>
              </footer>
            </section>
            """;

    private InsertMacroDialog() {
    }
}
