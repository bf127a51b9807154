package io.followthrough.core.outcome;

import io.followthrough.core.port.Person;
import java.time.LocalDate;
import java.util.Optional;

/** What an ft-outcome macro's parameters say, with the owner resolved; parts are empty when they could not be read. */
public record OutcomeDeclaration(Optional<String> title, Optional<Person> owner, Optional<LocalDate> due,
                                 Optional<String> measure) {
}
