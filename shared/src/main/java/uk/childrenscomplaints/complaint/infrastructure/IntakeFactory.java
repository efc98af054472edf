package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.deadlines.AcknowledgementCap;
import uk.childrenscomplaints.complaint.application.deadlines.KeyedHash;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.complaint.application.intake.SubmissionLimits;
import uk.childrenscomplaints.complaint.application.intake.SubmittingComplaint;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.IdempotencyKeys;
import uk.childrenscomplaints.complaint.application.ports.LimitCounters;
import uk.childrenscomplaints.complaint.model.Teams;

/** The intake's idempotency keys, abuse limits and the submission use case (decisions 018 and 019). */
@Factory
public class IntakeFactory {

    @Singleton
    IdempotencyKeys idempotencyKeys(DynamoDbClient dynamo, ComplaintsConfiguration config) {
        return new DynamoDbIdempotencyKeys(dynamo, config.tableName());
    }

    @Singleton
    LimitCounters limitCounters(DynamoDbClient dynamo, ComplaintsConfiguration config) {
        return new DynamoDbLimitCounters(dynamo, config.tableName());
    }

    /** Under the service's secret (the status links'), so a counter's name says nothing without it. */
    @Singleton
    KeyedHash keyedHash(ServiceSecret secret) {
        return new KeyedHash(secret.bytes());
    }

    @Singleton
    AcknowledgementCap acknowledgementCap(
            LimitCounters counters, KeyedHash hash, IntakeConfiguration intake, Clock clock) {
        return new AcknowledgementCap(counters, hash, intake.acknowledgementsPerAddressPerDay(), clock);
    }

    @Singleton
    SubmittingComplaint submittingComplaint(
            Complaints complaints,
            TimescalePolicy policy,
            Teams teams,
            SendingOwedNotifications sending,
            IdempotencyKeys keys,
            LimitCounters counters,
            KeyedHash hash,
            IntakeConfiguration intake,
            Clock clock) {
        return new SubmittingComplaint(
                complaints,
                policy,
                teams,
                sending,
                keys,
                intake.periods(),
                new SubmissionLimits(
                        counters,
                        hash,
                        intake.submissionsPerSourcePerHour(),
                        intake.submissionsPerEmailPerDay(),
                        clock),
                clock);
    }
}
