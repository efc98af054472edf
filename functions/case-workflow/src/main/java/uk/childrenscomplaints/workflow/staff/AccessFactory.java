package uk.childrenscomplaints.workflow.staff;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Period;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uk.childrenscomplaints.complaint.application.access.ExportingSubjectAccess;
import uk.childrenscomplaints.complaint.application.access.RecordingAccess;
import uk.childrenscomplaints.complaint.application.casework.HandlingComplaints;
import uk.childrenscomplaints.complaint.application.ports.ComplaintLookup;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsConfiguration;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbAccessLog;

/**
 * The access log and the subject access export, built here rather than in shared's factory because only this function
 * reads or writes them (decision 029), so no other function builds them.
 */
@Factory
public class AccessFactory {

    @Singleton
    DynamoDbAccessLog accessLog(
            DynamoDbClient dynamo,
            ComplaintsConfiguration config,
            @Value("${complaints.access-log-retention-years:6}") int retentionYears) {
        if (retentionYears < 1) {
            throw new IllegalArgumentException("ACCESS_LOG_RETENTION_YEARS must be 1 or more");
        }
        return new DynamoDbAccessLog(dynamo, config.tableName(), Period.ofYears(retentionYears));
    }

    @Singleton
    RecordingAccess recordingAccess(HandlingComplaints handling, DynamoDbAccessLog log, Clock clock) {
        return new RecordingAccess(handling, log, clock);
    }

    @Singleton
    ExportingSubjectAccess exportingSubjectAccess(
            Complaints complaints, DynamoDbAccessLog log, ComplaintLookup lookup, RecordingAccess access, Clock clock) {
        return new ExportingSubjectAccess(complaints, log, lookup, access, clock);
    }
}
