package uk.childrenscomplaints.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Priming's synthetic requests are refused, found missing or answered 401 on purpose. Their log lines would read as
 * real requests' failures in the function's logs, so while priming runs, lines from the priming thread are dropped;
 * priming logs one line of its own afterwards. Without logback (never in a function) nothing is dropped.
 */
public final class QuietWhilePriming extends TurboFilter {
    private final Thread priming;

    private QuietWhilePriming(Thread priming) {
        this.priming = priming;
    }

    /** Runs {@code work} on this thread with its log lines dropped. */
    public static void run(Runnable work) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext logback)) {
            work.run();
            return;
        }
        QuietWhilePriming quiet = new QuietWhilePriming(Thread.currentThread());
        logback.addTurboFilter(quiet);
        try {
            work.run();
        } finally {
            logback.getTurboFilterList().remove(quiet);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        return Thread.currentThread() == priming ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
