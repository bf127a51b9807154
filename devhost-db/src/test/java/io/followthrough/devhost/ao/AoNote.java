// Test entity: a note attached to a macro, with the column names the tests query by.
package io.followthrough.devhost.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

@Table("Note")
public interface AoNote extends Entity {

    @Indexed
    String getMacroId();

    void setMacroId(String macroId);

    String getTitle();

    void setTitle(String title);

    int getWeight();

    void setWeight(int weight);
}
