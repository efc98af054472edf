package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.env.Environment;

/**
 * How every function's Lambda handler builds its context (decision 037): as Micronaut's
 * {@code LambdaApplicationContextBuilder} does (environments {@code function} and {@code lambda}, configuration built
 * at start) but with singletons built on first use, so a function builds only the beans its handler reaches rather
 * than every use case and SDK client on the shared classpath. Each handler overrides
 * {@code newApplicationContextBuilder()} with this. Neither an {@code ApplicationContextConfigurer} nor
 * {@code eagerInitSingletons(false)} on Micronaut's Lambda builder can say it: Micronaut applies configurers in the
 * builder's constructor, before the Lambda builder's own constructor asks for eager singletons, and
 * {@code eagerInitSingletons(false)} only ever leaves the setting as it is (micronaut-inject 4.10).
 *
 * <p>Configuration stays eager: every typed setting ({@link ComplaintsConfiguration}, the intake's, the retention
 * run's) is still bound and checked at start, so a deployment with a bad setting fails when SnapStart initialises the
 * version rather than on a complainant's request. So do {@code @Context} beans (the profile's teams) and the CRaC
 * resources, which {@code micronaut-crac} registers on the start-up event.
 */
public final class FunctionContexts {
    /** The environment Micronaut's Lambda builder adds besides {@link Environment#FUNCTION}. */
    static final String LAMBDA = "lambda";

    private FunctionContexts() {}

    /** A handler's context builder: lazy singletons, eager configuration. */
    public static ApplicationContextBuilder lambda() {
        return ApplicationContext.builder()
                .environments(Environment.FUNCTION, LAMBDA)
                .eagerInitConfiguration(true);
    }
}
