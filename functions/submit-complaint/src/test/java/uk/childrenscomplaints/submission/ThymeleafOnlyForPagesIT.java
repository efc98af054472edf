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
import org.thymeleaf.TemplateEngine;
import uk.childrenscomplaints.entrypoint.ApiFunction;
import uk.childrenscomplaints.local.standins.LocalAws;
import uk.childrenscomplaints.local.standins.LocalEventBus;
import uk.childrenscomplaints.web.LazyThymeleafViews;
import uk.childrenscomplaints.web.testing.FunctionAppExtension;

/**
 * No template engine on a JSON route until a page is rendered (issue 17, decision 038). The context is built as the
 * Lambda runtime builds it, every singleton created at start, so a bean that built Thymeleaf eagerly would show here.
 */
class ThymeleafOnlyForPagesIT {
    /** Monday 30 November 2026, 10:00 in London (GMT). */
    private static final String MON_2026_11_30 = "2026-11-30T10:00:00Z";

    @RegisterExtension
    static final FunctionAppExtension function = SubmissionApp.extension();

    private final LocalAws aws;
    private final LocalEventBus bus;

    ThymeleafOnlyForPagesIT(LocalAws aws, LocalEventBus bus) {
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

    /** Ours built, or Micronaut's own engine made (as it was, at start, before decision 038). */
    private static boolean thymeleafBuilt(ApplicationContext context) {
        return context.findBean(LazyThymeleafViews.class)
                        .map(LazyThymeleafViews::isBuilt)
                        .orElse(false)
                || !context.getActiveBeanRegistrations(TemplateEngine.class).isEmpty();
    }

    @Test
    void jsonPostsOnMon_2026_11_30LeaveThymeleafUnbuiltAndTheFormPageStillRendersAfterwards() {
        try (ApplicationContext context = lambdaContext()) {
            ApiFunction handler = new ApiFunction(context);
            assertThat(thymeleafBuilt(context)).as("after start").isFalse();

            var accepted = handler.handleRequest(SubmissionApp.jsonPost(), new MockLambdaContext());
            assertThat(accepted.getStatusCode()).isEqualTo(201);
            assertThat(body(accepted)).contains("\"receivedOn\":\"2026-11-30\"");
            var refused = handler.handleRequest(
                    SubmissionApp.jsonPost("{\"email\":\"not an address\"}", "key-refused-0001"),
                    new MockLambdaContext());
            assertThat(refused.getStatusCode()).isEqualTo(400);
            assertThat(body(refused)).contains("\"errors\"");
            assertThat(thymeleafBuilt(context)).as("after JSON requests").isFalse();

            var page = handler.handleRequest(SubmissionApp.formGet(), new MockLambdaContext());
            assertThat(page.getStatusCode()).isEqualTo(200);
            assertThat(body(page)).contains("<form").contains("</html>");
            assertThat(context.getBean(LazyThymeleafViews.class).isBuilt())
                    .as("after a page")
                    .isTrue();
        }
    }
}
