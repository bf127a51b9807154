// Test entity with a column name, DESCRIPTION_OF_THE_OUTCOME_IN_FULL, of 34 characters.
package io.followthrough.devhost.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

@Table("LongColumn")
public interface AoLongColumnName extends Entity {

    String getDescriptionOfTheOutcomeInFull();

    void setDescriptionOfTheOutcomeInFull(String description);
}
