package uk.childrenscomplaints.observability;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.function.aws.event.AfterExecutionEvent;
import jakarta.inject.Singleton;

/** A scheduled handler's invocation is over: its request id and complaint must not label the next one's lines. */
@Singleton
public class ClearLogContextAfterExecution implements ApplicationEventListener<AfterExecutionEvent> {
    @Override
    public void onApplicationEvent(AfterExecutionEvent event) {
        LogContext.clear();
    }
}
