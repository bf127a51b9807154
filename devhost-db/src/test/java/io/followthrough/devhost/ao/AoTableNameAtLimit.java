// Test entity whose table name, AO_5033A6_EXACTLY_TWENTY_CHARS, is exactly 30 characters: allowed.
package io.followthrough.devhost.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

@Table("ExactlyTwentyChars")
public interface AoTableNameAtLimit extends Entity {

    String getLabel();

    void setLabel(String label);
}
