package uk.childrenscomplaints.deadlines;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.retention.RemovingPersonalData;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsConfiguration;
import uk.childrenscomplaints.complaint.infrastructure.DynamoDbRetention;

/**
 * The retention run's use case, here rather than in shared's {@code ComplaintsFactory}: only this jar's
 * {@link RetentionHandler} uses it, and every function builds all of shared's singletons at start-up.
 */
@Factory
public class RetentionFactory {

    @Singleton
    RemovingPersonalData removingPersonalData(
            Complaints complaints,
            DynamoDbClient dynamo,
            ComplaintsConfiguration config,
            RetentionConfiguration policy) {
        return new RemovingPersonalData(complaints, new DynamoDbRetention(dynamo, config.tableName()), policy.policy());
    }
}
