package io.followthrough.core.commitment;

import io.followthrough.core.port.Person;
import java.time.LocalDate;
import java.util.Optional;

/** What an ft-action macro's parameters say, with users resolved; parts are empty when they could not be read. */
public record ActionDeclaration(Optional<Person> owner, Optional<Person> requester, Optional<LocalDate> due,
                                Optional<String> outcome, Kind kind) {
}
