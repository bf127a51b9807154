// Test entity named as in Atlassian's table-naming documentation, whose table is AO_28BE2D_MY_OBJECT.
package io.followthrough.devhost.ao;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Mutator;

public interface MyObject extends Entity {

    @Accessor("dueOn")
    String getDueDate();

    @Mutator("dueOn")
    void setDueDate(String dueDate);
}
