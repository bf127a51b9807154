// Sends Velocity's own log to the dev host's log instead of whichever logging library Velocity finds first.
package io.followthrough.devhost.velocity;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.log.LogChute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class Slf4jLogChute implements LogChute {

    private static final Logger LOG = LoggerFactory.getLogger("org.apache.velocity");

    @Override
    public void init(RuntimeServices runtime) {
        // Nothing to set up: the logger is the dev host's.
    }

    @Override
    public void log(int level, String message) {
        log(level, message, null);
    }

    @Override
    public void log(int level, String message, Throwable failure) {
        switch (level) {
            case ERROR_ID -> LOG.error(message, failure);
            case WARN_ID -> LOG.warn(message, failure);
            case INFO_ID -> LOG.info(message, failure);
            case DEBUG_ID -> LOG.debug(message, failure);
            default -> LOG.trace(message, failure);
        }
    }

    @Override
    public boolean isLevelEnabled(int level) {
        return switch (level) {
            case ERROR_ID -> LOG.isErrorEnabled();
            case WARN_ID -> LOG.isWarnEnabled();
            case INFO_ID -> LOG.isInfoEnabled();
            case DEBUG_ID -> LOG.isDebugEnabled();
            default -> LOG.isTraceEnabled();
        };
    }
}
