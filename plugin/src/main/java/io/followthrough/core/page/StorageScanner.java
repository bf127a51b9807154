package io.followthrough.core.page;

import java.util.List;
import java.util.function.Predicate;

/**
 * Finds our macros in a Confluence storage-format body, with their parameters and body text, in one
 * forward pass and without building a DOM.
 *
 * <p>Macros are found wherever they are, also inside other macros' bodies, layouts and tables, but
 * not inside CDATA sections or comments: code macros often hold storage format as literal text.
 * The scan never throws: damaged markup yields what can still be read.
 *
 * <p><b>Fallback ids.</b> A macro saved without {@code ac:macro-id} gets
 * {@code "fallback-" + pageId + "-" + name + "-" + n}, where {@code n} counts, from 1, the macros of
 * that name without an id from the top of the page. The same body therefore always yields the same
 * ids, but inserting such a macro above another changes the other's id, so its item is seen as
 * removed and a new one created.
 *
 * <p>Ours nested inside {@value #MAX_NESTED_OURS} of ours are not reported: real pages never nest
 * them that deep, and as each level's body text holds all levels below it, a hostile page could
 * otherwise make the result grow with the square of its size.
 */
public final class StorageScanner {
    static final int MAX_NESTED_OURS = 8;

    /**
     * Our macros on a page.
     *
     * @param storage the page body; null reads as empty
     * @param pageId  the page, for fallback ids
     * @param names   which macro names are ours
     */
    public PageMacros find(String storage, long pageId, Predicate<String> names) {
        List<FoundMacro> found = storage == null ? List.of() : new MacroPass(storage, pageId, names).run();
        return new PageMacros(found);
    }

    /** The fallback id of the {@code ordinal}-th (from 1) macro of this name without an id on the page. */
    public static String fallbackId(long pageId, String name, int ordinal) {
        return "fallback-" + pageId + "-" + name + "-" + ordinal;
    }
}
