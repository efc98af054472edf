package uk.childrenscomplaints.workflow.priming;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.crac.Resource;
import uk.childrenscomplaints.entrypoint.ApiFunction;
import uk.childrenscomplaints.workflow.WorkflowApp;

/**
 * Run in a JVM of its own by {@link StaffPrimingIT}: starts the staff function on the stand-ins, runs its CRaC
 * resources' {@code beforeCheckpoint} as SnapStart would (or not), then logs one complaint through the API as a member
 * of the complaints team and prints how many classes that first real request loaded.
 *
 * <p>Arguments: {@code primed|unprimed dynamoEndpoint sesEndpoint busEndpoint table}.
 */
public final class FirstStaffPostAfterPriming {
    private FirstStaffPostAfterPriming() {}

    public static void main(String[] args) throws Exception {
        Map<String, Object> p = new HashMap<>(WorkflowApp.SETTINGS);
        p.put("aws.services.dynamodb.endpoint-override", args[1]);
        p.put("aws.services.sesv2.endpoint-override", args[2]);
        p.put("aws.services.eventbridge.endpoint-override", args[3]);
        p.put("complaints.table-name", args[4]);
        // The logged complaint in events/ was received on Monday 4 January 2027.
        p.put("test.clock.instant", "2027-01-04T10:00:00Z");
        try (ApplicationContext context =
                ApplicationContext.builder().properties(p).start()) {
            ApiFunction function = new ApiFunction(context);
            if (args[0].equals("primed")) {
                for (Resource resource : context.getBeansOfType(Resource.class)) {
                    resource.beforeCheckpoint(null);
                }
            }
            APIGatewayV2HTTPEvent post = WorkflowApp.logComplaint(
                    WorkflowApp.OFFICER, "Huntingdon", UUID.randomUUID().toString());
            MockLambdaContext lambda = new MockLambdaContext();
            long before = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
            int status = function.handleRequest(post, lambda).getStatusCode();
            long after = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
            System.out.println("FIRST_POST status=" + status + " new_classes=" + (after - before));
        }
        System.exit(0);
    }
}
