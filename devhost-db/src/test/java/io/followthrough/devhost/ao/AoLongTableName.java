// Test entity whose table name, AO_5033A6_NAME_BEYOND_THE_LIMIT, is 31 characters: one too many.
package io.followthrough.devhost.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

@Table("NameBeyondTheLimit")
public interface AoLongTableName extends Entity {

    String getLabel();

    void setLabel(String label);
}
