package uk.childrenscomplaints.entrypoint;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.util.Map;
import java.util.Optional;
import uk.childrenscomplaints.complaint.infrastructure.FunctionContexts;
import uk.childrenscomplaints.web.HeaderScreen;

/**
 * The Lambda entry point of both HTTP functions: Micronaut's, after {@link HeaderScreen} (issue 13). Micronaut refuses
 * a header value holding a control character by throwing while it reads the request, and again while it writes the
 * error answer: a 500 with no body. API Gateway passes such values on, so they are answered here first, with a 400 in
 * the documented shape naming the header (never quoting it). Outside {@code uk.childrenscomplaints.web}, which knows
 * no AWS or Lambda types ({@code WebSupportKnowsNoAwsTest}).
 */
public class ApiFunction extends APIGatewayV2HTTPEventFunction {

    /** As Lambda starts it. */
    public ApiFunction() {
        super();
        HttpPriming.register(this);
    }

    /** On a context of the caller's (tests). */
    public ApiFunction(ApplicationContext context) {
        super(context);
        HttpPriming.register(this);
    }

    /** As Lambda starts it: each singleton built on first use, so this function builds only what it reaches. */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return FunctionContexts.lambda();
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent input, Context context) {
        Optional<String> bad = HeaderScreen.firstBadHeader(input.getHeaders(), input.getCookies());
        if (bad.isPresent()) {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(400)
                    .withHeaders(Map.of("Content-Type", "application/json", "Cache-Control", "no-store"))
                    .withBody(HeaderScreen.refusal(bad.get()))
                    .withIsBase64Encoded(false)
                    .build();
        }
        input.setHeaders(HeaderScreen.trimmed(input.getHeaders()));
        input.setCookies(HeaderScreen.readableCookies(input.getCookies()));
        return super.handleRequest(input, context);
    }
}
