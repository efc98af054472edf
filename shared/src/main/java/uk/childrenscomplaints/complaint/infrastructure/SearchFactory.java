package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uk.childrenscomplaints.complaint.application.casework.FindingComplaints;
import uk.childrenscomplaints.complaint.application.ports.ComplaintLookup;
import uk.childrenscomplaints.complaint.application.ports.Complaints;

/** Staff search's lookup and use case, built on first use: only the staff function ever asks for them. */
@Factory
public class SearchFactory {

    @Singleton
    ComplaintLookup complaintLookup(DynamoDbClient dynamo, ComplaintsConfiguration config) {
        return new DynamoDbComplaintSearch(dynamo, config.tableName());
    }

    @Singleton
    FindingComplaints findingComplaints(Complaints complaints, ComplaintLookup lookup, Clock clock) {
        return new FindingComplaints(complaints, lookup, clock);
    }
}
