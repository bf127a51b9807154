package io.followthrough.devhost.fixtureplugin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** Fixture plugin entity: one text column in the table AO_xxxxxx_FX_NOTE. */
@Table("FxNote")
public interface AoFixtureNote extends Entity {
    String getText();

    void setText(String text);
}
