package uk.childrenscomplaints.observability;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import uk.childrenscomplaints.complaint.model.Route;
import uk.childrenscomplaints.observability.EmbeddedMetrics.Metric;
import uk.childrenscomplaints.observability.EmbeddedMetrics.Unit;

/**
 * The metrics the operations team's alarms and dashboard read (docs/architecture.md, "Logs and metrics"): their names,
 * units and dimensions are a contract with template.yaml, so they are spelled here once. Handlers and controllers
 * call these with the counts their use cases already return.
 */
@Singleton
public class BusinessMetrics {
    public static final String COMPLAINTS_RECEIVED = "ComplaintsReceived";
    public static final String ROUTE = "Route";
    public static final String REMINDERS_SENT = "RemindersSent";
    public static final String CHASERS_SENT = "ChasersSent";
    public static final String STAGE2_ENTITLEMENTS_FLAGGED = "Stage2EntitlementsFlagged";
    public static final String OWED_NOTIFICATIONS = "OwedNotifications";
    public static final String OLDEST_OWED_NOTIFICATION_MINUTES = "OldestOwedNotificationMinutes";
    public static final String SWEEP_SUCCEEDED = "SweepSucceeded";
    public static final String OVERDUE_COMPLAINTS = "OverdueComplaints";
    public static final String SWEEP_FAILED_NOTICES = "SweepFailedNotices";
    public static final String REPORTS_SENT = "ReportsSent";

    /** The Route dimension's values for the public function's two ways in. */
    public static final String ONLINE_FORM = "online-form";

    public static final String API = "api";
    /** The form for children and young people (issue 16): online too, but counted apart to see whether it is used. */
    public static final String CHILDRENS_FORM = "childrens-form";

    private final EmbeddedMetrics emf;

    public BusinessMetrics(EmbeddedMetrics emf) {
        this.emf = emf;
    }

    /** One new complaint (never a repeat of one already stored), by the route it came. */
    public void complaintReceived(String route) {
        emf.publish(List.of(Metric.count(COMPLAINTS_RECEIVED, 1)), ROUTE, route);
    }

    /** The Route dimension for a complaint staff logged: the route they recorded, in the dimension's spelling. */
    public static String routeOf(Route route) {
        return route == Route.ONLINE ? ONLINE_FORM : route.code().replace('_', '-');
    }

    /**
     * What one sweep did. {@code SweepSucceeded} is 1 only when it finished without a failed notice (a day off
     * counts: the schedule fires every day and the alarm wants a success in every 24 hours).
     *
     * @param overdue open complaints past the council's deadline ({@code Complaint.isOverdue}) as a working day's
     *     sweep found them; empty on a day off, when the sweep reads nothing, so the dashboard never shows a false 0
     * @param oldestOwedMinutes how long the longest-owed notification has waited; 0 when nothing is owed
     */
    public void sweep(
            boolean succeeded,
            OptionalInt overdue,
            int reminded,
            int chased,
            int flagged,
            int failed,
            int owed,
            long oldestOwedMinutes) {
        List<Metric> metrics = new ArrayList<>(List.of(
                Metric.count(REMINDERS_SENT, reminded),
                Metric.count(CHASERS_SENT, chased),
                Metric.count(STAGE2_ENTITLEMENTS_FLAGGED, flagged),
                Metric.count(SWEEP_FAILED_NOTICES, failed),
                Metric.count(OWED_NOTIFICATIONS, owed),
                new Metric(OLDEST_OWED_NOTIFICATION_MINUTES, Unit.NONE, Math.max(0, oldestOwedMinutes)),
                Metric.count(SWEEP_SUCCEEDED, succeeded ? 1 : 0)));
        overdue.ifPresent(n -> metrics.add(Metric.count(OVERDUE_COMPLAINTS, n)));
        emf.publish(metrics);
    }

    /** Reports and summaries that went (not those already sent before). */
    public void reportsSent(int sent) {
        emf.publish(List.of(Metric.count(REPORTS_SENT, sent)));
    }
}
