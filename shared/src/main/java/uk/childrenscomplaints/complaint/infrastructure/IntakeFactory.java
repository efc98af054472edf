package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.EarliestReceivedDate;
import uk.childrenscomplaints.complaint.application.ReceivedDates;
import uk.childrenscomplaints.complaint.application.deadlines.AcknowledgementCap;
import uk.childrenscomplaints.complaint.application.deadlines.KeyedHash;
import uk.childrenscomplaints.complaint.application.intake.SubmissionLimits;
import uk.childrenscomplaints.complaint.application.intake.SubmittingComplaint;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.ImportedHistory;
import uk.childrenscomplaints.complaint.application.ports.IntakeGate;
import uk.childrenscomplaints.complaint.application.ports.LimitCounters;
import uk.childrenscomplaints.complaint.model.Teams;

/** The intake's idempotency keys, abuse limits and the submission use case (decisions 018 and 019). */
@Factory
public class IntakeFactory {
    static final String EARLIEST_SETTING = "EARLIEST_RECEIVED (complaints.earliest-received)";

    /**
     * The key's claim and the limits' counts in one transaction where the store has them (decision 036), and with them
     * a new complaint and its reference (decision 042).
     */
    @Singleton
    IntakeGate intakeGate(DynamoDbClient dynamo, ComplaintsConfiguration config, Clock clock) {
        return new DynamoDbIntakeGate(dynamo, config.tableName(), clock);
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
    ImportedHistory importedHistory(DynamoDbClient dynamo, ComplaintsConfiguration config) {
        return new DynamoDbImportedHistory(dynamo, config.tableName());
    }

    /** No call until staff log a complaint (the public form takes today's date): issue 17 wants that path lean. */
    @Singleton
    EarliestReceivedDate earliestReceivedDate(
            ImportedHistory history, @Value("${complaints.earliest-received:}") String configured, Clock clock) {
        return new EarliestReceivedDate(history, configuredEarliest(configured), clock);
    }

    /**
     * The setting, or {@link ReceivedDates#DEFAULT_EARLIEST} when blank; a deployment with a day before that (where
     * the working-day calendar begins) or not a date does not start, with a message naming the setting.
     */
    static LocalDate configuredEarliest(String setting) {
        if (setting == null || setting.isBlank()) {
            return ReceivedDates.DEFAULT_EARLIEST;
        }
        try {
            LocalDate day = LocalDate.parse(setting.trim());
            if (!day.isBefore(ReceivedDates.DEFAULT_EARLIEST)) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // Refused below with the same words.
        }
        throw new IllegalArgumentException("The setting " + EARLIEST_SETTING + " must be a date as YYYY-MM-DD, "
                + ReceivedDates.DEFAULT_EARLIEST + " or later");
    }

    @Singleton
    SubmittingComplaint submittingComplaint(
            Complaints complaints,
            TimescalePolicy policy,
            Teams teams,
            IntakeGate gate,
            KeyedHash hash,
            IntakeConfiguration intake,
            EarliestReceivedDate earliestReceived,
            Clock clock) {
        return new SubmittingComplaint(
                complaints,
                policy,
                teams,
                gate,
                intake.periods(),
                new SubmissionLimits(
                        hash, intake.submissionsPerSourcePerHour(), intake.submissionsPerEmailPerDay(), clock),
                earliestReceived,
                clock);
    }
}
