package uk.childrenscomplaints.local.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Fires the template's schedules at the functions' real handlers: on demand ({@link #fireNow}, "as if it were
 * 07:00 on 24 December") or, once {@link #startClock} is called, at each schedule's next fire time on the real
 * clock. The input is built as EventBridge builds it: the template's {@code Input} with the scheduler's
 * placeholders filled in, turned into the handler's own input type.
 */
public final class LocalSchedules implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalSchedules.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper()
            // Lambda's own deserialiser ignores fields the input type does not have; so does this.
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final List<LocalSchedule> schedules;
    private final Function<String, LocalFunction> functions;
    private final String region;
    private final Clock clock;
    private final Map<String, JavaType> inputTypes = new LinkedHashMap<>();
    private ScheduledExecutorService timer;

    /** What one firing returned: the schedule, the moment it stood for, and the numbers and flags of the result. */
    public record Fired(String schedule, Instant at, Map<String, Object> counts, Object result) {
        @Override
        public String toString() {
            return schedule + " at " + at + ": " + counts;
        }
    }

    /**
     * @param functions the warm {@link LocalFunction} for a logical id, shared with the HTTP bridge
     * @param region for the schedule ARN placed into inputs
     */
    public LocalSchedules(
            List<LocalSchedule> schedules, Function<String, LocalFunction> functions, String region, Clock clock) {
        this.schedules = List.copyOf(schedules);
        this.functions = functions;
        this.region = region;
        this.clock = clock;
    }

    public List<LocalSchedule> schedules() {
        return schedules;
    }

    /** The schedules a name means: the schedule's name, its end after the stack prefix, its event or its function. */
    public List<LocalSchedule> find(String selector) {
        List<LocalSchedule> found =
                schedules.stream().filter(s -> s.isCalled(selector)).toList();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No schedule called " + selector + "; the template has "
                    + schedules.stream().map(LocalSchedule::name).toList());
        }
        return found;
    }

    /** Fires the one schedule {@code selector} names, as if {@code at} were its scheduled time. */
    public Fired fireNow(String selector, Instant at) {
        List<LocalSchedule> found = find(selector);
        if (found.size() > 1) {
            throw new IllegalArgumentException(selector + " names several schedules: "
                    + found.stream().map(LocalSchedule::name).toList());
        }
        return fire(found.get(0), at);
    }

    /** Fires every schedule, disabled ones included (asking for a moment is asking for it), in template order. */
    public List<Fired> fireAll(Instant at) {
        List<Fired> fired = new ArrayList<>();
        schedules.forEach(s -> fired.add(fire(s, at)));
        return fired;
    }

    public Fired fire(LocalSchedule schedule, Instant at) {
        LocalFunction function = functions.apply(schedule.functionId());
        Instant scheduled = at.truncatedTo(ChronoUnit.SECONDS);
        Object event = JSON.convertValue(event(schedule, scheduled), inputType(function));
        Object result = function.invoke(event);
        Fired fired = new Fired(schedule.name(), scheduled, counts(result), result);
        // The schedule's name and the result's numbers only: results may carry data about children.
        LOG.log(
                System.Logger.Level.INFO,
                "schedule {0} fired for {1}: {2}",
                schedule.name(),
                scheduled,
                fired.counts());
        return fired;
    }

    /** Each enabled schedule's next fire time after {@code now}, for the start-up banner. */
    public Map<LocalSchedule, Optional<Instant>> nextFireTimes(Instant now) {
        Map<LocalSchedule, Optional<Instant>> next = new LinkedHashMap<>();
        schedules.forEach(s -> next.put(s, s.enabled() ? s.expression().nextFireAfter(now) : Optional.empty()));
        return next;
    }

    /** Fires each enabled schedule at its next fire time on the real clock, until closed. */
    public synchronized void startClock() {
        if (timer != null) {
            return;
        }
        // One thread: firings queue behind each other, as they would behind one warm Lambda instance anyway.
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "local-schedules");
            thread.setDaemon(true);
            return thread;
        });
        Instant now = clock.instant();
        schedules.stream().filter(LocalSchedule::enabled).forEach(s -> planAfter(s, now));
    }

    private synchronized void planAfter(LocalSchedule schedule, Instant after) {
        if (timer == null || timer.isShutdown()) {
            return;
        }
        schedule.expression().nextFireAfter(after).ifPresent(next -> {
            long delay = Math.max(0, Duration.between(clock.instant(), next).toMillis());
            timer.schedule(
                    () -> {
                        try {
                            fire(schedule, next);
                        } catch (RuntimeException e) {
                            // The class only: a handler's message may quote the data it failed on.
                            LOG.log(
                                    System.Logger.Level.WARNING,
                                    "schedule {0} failed for {1}: {2}",
                                    schedule.name(),
                                    next,
                                    e.getClass().getName());
                        } finally {
                            planAfter(schedule, next);
                        }
                    },
                    delay,
                    TimeUnit.MILLISECONDS);
        });
    }

    private JsonNode event(LocalSchedule schedule, Instant at) {
        String arn = (LocalSchedule.RULE.equals(schedule.type())
                        ? "arn:aws:events:" + region + ":000000000000:rule/"
                        : "arn:aws:scheduler:" + region + ":000000000000:schedule/default/")
                + schedule.name();
        try {
            if (schedule.input() != null) {
                // Scheduler fills its placeholders; a rule passes its Input through untouched.
                String input = LocalSchedule.SCHEDULER.equals(schedule.type())
                        ? schedule.input()
                                .replace("<aws.scheduler.scheduled-time>", at.toString())
                                .replace(
                                        "<aws.scheduler.execution-id>",
                                        UUID.randomUUID().toString())
                                .replace("<aws.scheduler.schedule-arn>", arn)
                                .replace("<aws.scheduler.attempt-number>", "1")
                        : schedule.input();
                return JSON.readTree(input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(schedule.name() + ": Input is not JSON", e);
        }
        if (LocalSchedule.SCHEDULER.equals(schedule.type())) {
            return JSON.createObjectNode();
        }
        // A rule without Input sends its "Scheduled Event".
        ObjectNode scheduled = JSON.createObjectNode();
        scheduled
                .put("version", "0")
                .put("id", UUID.randomUUID().toString())
                .put("detail-type", "Scheduled Event")
                .put("source", "aws.events")
                .put("account", "000000000000")
                .put("time", at.toString())
                .put("region", region);
        scheduled.putArray("resources").add(arn);
        scheduled.putObject("detail");
        return scheduled;
    }

    /** The handler's declared input type, so the event arrives as the class the handler expects. */
    private synchronized JavaType inputType(LocalFunction function) {
        LambdaFunction definition = function.definition();
        return inputTypes.computeIfAbsent(definition.logicalId(), id -> {
            Class<?> type;
            try {
                type = Class.forName(
                        definition.handlerClass(), false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(id + ": handler class is not on the classpath", e);
            }
            int separator = definition.handler().indexOf("::");
            if (separator >= 0) {
                String name = definition.handler().substring(separator + 2);
                for (Method method : type.getMethods()) {
                    if (method.getName().equals(name)
                            && (method.getParameterCount() == 1
                                    || method.getParameterCount() == 2
                                            && method.getParameterTypes()[1] == Context.class)) {
                        return JSON.getTypeFactory().constructType(method.getGenericParameterTypes()[0]);
                    }
                }
                return JSON.getTypeFactory().constructType(Object.class);
            }
            JavaType[] parameters = JSON.getTypeFactory().findTypeParameters(type, RequestHandler.class);
            return parameters.length == 2
                    ? parameters[0]
                    : JSON.getTypeFactory().constructType(Object.class);
        });
    }

    /**
     * The result's top-level numbers and flags, and which quarter's report a run is about and the day it is due
     * ({@code quarter}, {@code dueOn}), so "not due today" says when: enough to see what a run did, never what it was
     * about.
     */
    private static Map<String, Object> counts(Object result) {
        Map<String, Object> counts = new LinkedHashMap<>();
        JsonNode tree = result == null ? null : JSON.valueToTree(result);
        if (tree != null && tree.isObject()) {
            tree.fields().forEachRemaining(field -> {
                if (field.getValue().isNumber()) {
                    counts.put(field.getKey(), field.getValue().numberValue());
                } else if (field.getValue().isBoolean()) {
                    counts.put(field.getKey(), field.getValue().booleanValue());
                } else if (field.getKey().equals("quarter")
                                && field.getValue().asText().matches("\\d{4}-\\d{2} Q\\d")
                        || field.getKey().equals("dueOn")
                                && field.getValue().asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    counts.put(field.getKey(), field.getValue().asText());
                }
            });
        }
        return counts;
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
