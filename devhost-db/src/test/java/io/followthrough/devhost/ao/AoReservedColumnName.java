// Test entity with a column named NUMBER, which Oracle reserves.
package io.followthrough.devhost.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

@Table("Reserved")
public interface AoReservedColumnName extends Entity {

    int getNumber();

    void setNumber(int number);
}
