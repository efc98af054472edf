package uk.childrenscomplaints.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last word on any exception no closer handler took (issue 13, finding 3): never the framework's 500 with the
 * exception's message. An outage (AWS unreachable, stalled past the SDK's timeouts, throttling) is a 503 with
 * {@code Retry-After}; anything else a 500 with no detail. The log line names the exception's class and its cause's,
 * and carries the request id from the log context; never the message, which can hold a token or what was sent.
 */
@Produces
@Singleton
@Requires(classes = ExceptionHandler.class)
public class UnexpectedFailures implements ExceptionHandler<Exception, HttpResponse<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailures.class);

    private final List<FailureAnswers> functions;
    private final ModelAndViewRenderer<Object, HttpRequest<?>> pages;

    public UnexpectedFailures(List<FailureAnswers> functions, ModelAndViewRenderer<Object, HttpRequest<?>> pages) {
        this.functions = List.copyOf(functions);
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        HttpRequest<?> r = request;
        FailureAnswers answers =
                functions.stream().filter(f -> f.serves(r)).findFirst().orElse(null);
        boolean outage = answers != null && answers.isOutage(exception);
        String cause = exception.getCause() == null
                ? "none"
                : exception.getCause().getClass().getName();
        if (outage) {
            LOG.warn(
                    "answered 503, a service the function needs failed: exception={} cause={} method={}",
                    exception.getClass().getName(),
                    cause,
                    request.getMethodName());
            return rendered(answers.busy(r), r);
        }
        LOG.error(
                "answered 500, unexpected failure: exception={} cause={} method={}",
                exception.getClass().getName(),
                cause,
                request.getMethodName());
        return answers == null ? ProblemList.failed() : rendered(answers.failed(r), r);
    }

    /**
     * A page answer rendered here: the views filter renders what controllers return, but not what an exception handler
     * answers. If the page itself cannot be rendered, the JSON answer is still honest and carries no detail.
     */
    private HttpResponse<?> rendered(HttpResponse<?> answer, HttpRequest<?> request) {
        if (!(answer.getBody().orElse(null) instanceof ModelAndView<?> page)) {
            return answer;
        }
        try {
            @SuppressWarnings("unchecked")
            ModelAndView<Object> view = (ModelAndView<Object>) page;
            Optional<Writable> writable = pages.render(view, request, MediaType.TEXT_HTML);
            if (writable.isPresent()) {
                StringWriter html = new StringWriter();
                writable.get().writeTo(html);
                MutableHttpResponse<String> out = HttpResponse.status(answer.status())
                        .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8")
                        .body(html.toString());
                answer.getHeaders().forEach((name, values) -> {
                    if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                        values.forEach(v -> out.header(name, v));
                    }
                });
                return out;
            }
        } catch (IOException | RuntimeException e) {
            LOG.error(
                    "the failure page could not be rendered: exception={}",
                    e.getClass().getName());
        }
        return answer.status() == HttpStatus.SERVICE_UNAVAILABLE ? ProblemList.busy("") : ProblemList.failed();
    }
}
