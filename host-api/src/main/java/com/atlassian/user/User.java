package com.atlassian.user;

import java.security.Principal;

public interface User extends Entity, Principal {
    String getFullName();

    String getEmail();
}
