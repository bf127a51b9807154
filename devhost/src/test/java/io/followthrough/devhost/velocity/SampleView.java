// A plugin view object for template tests: some methods allowlisted, some not.
package io.followthrough.devhost.velocity;

import java.util.Iterator;
import java.util.List;

public final class SampleView implements Iterable<String> {

    public String getTitle() {
        return "Ship it";
    }

    public boolean isDone() {
        return true;
    }

    public String shout(String word) {
        return word.toUpperCase() + "!";
    }

    public String getStatementHtml() {
        return "<em>trusted</em>";
    }

    public String getSecret() {
        return "secret";
    }

    public void setNote(String note) {
        throw new AssertionError("must not be called: " + note);
    }

    @Override
    public Iterator<String> iterator() {
        return List.of("a", "b").iterator();
    }
}
