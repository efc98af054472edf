package uk.childrenscomplaints.deadlines;

import io.micronaut.serde.annotation.Serdeable;

/** As logged: counts only, and the last date whose complaints were due. No personal data. */
@Serdeable
public record RetentionResult(
        String run,
        String lastDate,
        int anonymised,
        int changedMeanwhile,
        int refused,
        int complimentsAnonymised,
        int expiredRemoved,
        int failed) {}
