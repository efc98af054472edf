package uk.childrenscomplaints.local.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An {@code AWS::Serverless::Function} as the local runtime needs it. {@code environment} holds the template's
 * values unresolved (a {@code !Ref} is still a map); {@link TemplateValues} turns them into local strings.
 */
public record LambdaFunction(
        String logicalId,
        String handler,
        String codeUri,
        Duration timeout,
        int memoryMb,
        Map<String, Object> environment,
        List<HttpRoute> routes) {

    /** The class part of {@code Handler}, which may be a class or {@code Class::method}. */
    public String handlerClass() {
        int separator = handler.indexOf("::");
        return separator < 0 ? handler : handler.substring(0, separator);
    }
}
