package uk.childrenscomplaints.submission;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

/**
 * The client's address as API Gateway saw it ({@code requestContext.http.sourceIp}), not a header the client could
 * write. Used only for the per-source submission limit, which stores a keyed hash of it; never logged.
 */
final class SourceAddress {
    private SourceAddress() {}

    static String of(APIGatewayV2HTTPEvent event) {
        if (event == null
                || event.getRequestContext() == null
                || event.getRequestContext().getHttp() == null) {
            return null;
        }
        return event.getRequestContext().getHttp().getSourceIp();
    }
}
