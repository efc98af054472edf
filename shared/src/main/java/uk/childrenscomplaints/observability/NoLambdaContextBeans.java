package uk.childrenscomplaints.observability;

import com.amazonaws.services.lambda.runtime.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.function.aws.DefaultLambdaContextFactory;
import io.micronaut.function.aws.LambdaContextFactory;
import jakarta.inject.Singleton;

/**
 * Micronaut's default registers the Lambda Context, its logger, client context and identity as singletons at the start
 * of every invocation: four registrations, each a search of every bean definition, which were two thirds of a warm
 * request's CPU in the side-by-side bench (JFR, issue 17). No bean of ours injects them: the handlers take the Context
 * as their parameter and {@link LambdaLogContext} is handed it by the same call. So nothing is registered.
 */
@Singleton
@Replaces(DefaultLambdaContextFactory.class)
public class NoLambdaContextBeans implements LambdaContextFactory {
    @Override
    public void registerSingletons(Context context) {
        // Deliberately nothing: see the class comment.
    }
}
