package uk.childrenscomplaints.reports;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsFactory;

/** A report run built with {@code test.clock.instant} runs as if it were that moment, send leases included. */
@Factory
@Requires(property = "test.clock.instant")
public class ReportClockFactory {

    @Singleton
    @Replaces(value = Clock.class, factory = ComplaintsFactory.class)
    public Clock fixedClock(@Value("${test.clock.instant}") String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
