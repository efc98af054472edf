package uk.childrenscomplaints.submission;

import io.micronaut.function.aws.proxy.ApiGatewayServletRequest;
import io.micronaut.http.HttpRequest;
import io.micronaut.servlet.http.ServletHttpRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The request body as sent (after API Gateway's base64 is undone). A form body is read here rather than bound by
 * the framework, which turns {@code application/x-www-form-urlencoded} into a map and refuses a byte[] parameter.
 */
final class RawBody {
    private RawBody() {}

    static byte[] of(HttpRequest<?> request) {
        if (request instanceof ServletHttpRequest<?, ?> servlet) {
            try (InputStream in = servlet.getInputStream()) {
                return in.readAllBytes();
            } catch (ApiGatewayServletRequest.EmptyBodyException e) {
                // API Gateway sends no body at all for an empty form: the form again, with its error summary.
                return new byte[0];
            } catch (IOException e) {
                throw new UncheckedIOException("request body could not be read", e);
            }
        }
        return request.getBody(byte[].class).orElse(new byte[0]);
    }
}
