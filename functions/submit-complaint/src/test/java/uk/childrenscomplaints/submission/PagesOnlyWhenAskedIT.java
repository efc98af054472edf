package uk.childrenscomplaints.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.childrenscomplaints.submission.SubmissionApp.body;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.childrenscomplaints.entrypoint.ApiFunction;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.web.CompiledPageViews;
import uk.childrenscomplaints.web.LazyThymeleafViews;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * Nothing of the pages on a JSON route until a page is rendered (issue 17, decisions 038 and 044), and no template
 * engine at all: the pages are compiled into Java at build time. The context is built as the Lambda runtime builds it,
 * every singleton created at start, so a bean that loaded the pages eagerly would show here.
 */
class PagesOnlyWhenAskedIT {
    /** Monday 30 November 2026, 10:00 in London (GMT). */
    private static final String MON_2026_11_30 = "2026-11-30T10:00:00Z";

    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    private final LocalAws aws;
    private final LocalEventBus bus;

    PagesOnlyWhenAskedIT(LocalAws aws, LocalEventBus bus) {
        this.aws = aws;
        this.bus = bus;
    }

    /** The submission function's context as Lambda builds it (eager singletons), on this test's stand-ins. */
    private ApplicationContext lambdaContext() {
        Map<String, Object> p = new HashMap<>(SubmissionApp.SETTINGS);
        p.put("aws.services.dynamodb.endpoint-override", aws.dynamoEndpoint().toString());
        p.put("aws.services.sesv2.endpoint-override", aws.sesEndpoint().toString());
        p.put("aws.services.eventbridge.endpoint-override", bus.endpoint().toString());
        p.put("complaints.table-name", function.table());
        p.put("test.clock.instant", MON_2026_11_30);
        ApplicationContextBuilder builder = ApplicationContext.builder().properties(p);
        LambdaApplicationContextBuilder.setLambdaConfiguration(builder);
        return builder.start();
    }

    private static boolean pagesLoaded(ApplicationContext context) {
        return context.getBean(CompiledPageViews.class).isBuilt();
    }

    @Test
    void jsonPostsOnMon_2026_11_30LeaveThePagesUnloadedAndTheFormPageStillRendersAfterwards() {
        try (ApplicationContext context = lambdaContext()) {
            ApiFunction handler = new ApiFunction(context);
            assertThat(context.containsBean(LazyThymeleafViews.class))
                    .as("a Thymeleaf renderer")
                    .isFalse();
            assertThat(pagesLoaded(context)).as("after start").isFalse();

            var accepted = handler.handleRequest(SubmissionApp.jsonPost(), new MockLambdaContext());
            assertThat(accepted.getStatusCode()).isEqualTo(201);
            assertThat(body(accepted)).contains("\"receivedOn\":\"2026-11-30\"");
            var refused = handler.handleRequest(
                    SubmissionApp.jsonPost("{\"email\":\"not an address\"}", "key-refused-0001"),
                    new MockLambdaContext());
            assertThat(refused.getStatusCode()).isEqualTo(400);
            assertThat(body(refused)).contains("\"errors\"");
            assertThat(pagesLoaded(context)).as("after JSON requests").isFalse();

            var page = handler.handleRequest(SubmissionApp.formGet(), new MockLambdaContext());
            assertThat(page.getStatusCode()).isEqualTo(200);
            assertThat(body(page)).contains("<form").contains("</html>");
            assertThat(pagesLoaded(context)).as("after a page").isTrue();
        }
    }
}
