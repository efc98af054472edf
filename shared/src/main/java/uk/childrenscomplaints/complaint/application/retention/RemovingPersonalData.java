package uk.childrenscomplaints.complaint.application.retention;

import java.time.Instant;
import java.time.LocalDate;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.RetentionIndex;
import uk.childrenscomplaints.complaint.model.Anonymisation;
import uk.childrenscomplaints.complaint.model.Change;
import uk.childrenscomplaints.complaint.model.Complaint;
import uk.childrenscomplaints.complaint.model.Decision;
import uk.childrenscomplaints.complaint.model.RetentionPolicy;

/**
 * The weekly retention run (decision 027): every closed complaint whose retention period has ended is anonymised in
 * place, each in its own write conditional on the version read, so a complaint changed meanwhile is left for next week
 * and one anonymised already has left the index. Then compliments past their period lose their sender and words, and
 * expired short-lived items are removed. Pages through both
 * indexes; a run cut short (a timeout) leaves the rest where the next run finds them. One failure is counted and the
 * rest go on.
 */
public final class RemovingPersonalData {
    /** Who the timeline names for the scheduled run. */
    public static final String ACTOR = "retention (scheduled)";

    static final int PAGE = 100;

    private final Complaints complaints;
    private final RetentionIndex index;
    private final RetentionPolicy policy;

    public RemovingPersonalData(Complaints complaints, RetentionIndex index, RetentionPolicy policy) {
        this.complaints = complaints;
        this.index = index;
        this.policy = policy;
    }

    /** @param now the schedule's time (a late or repeated delivery works as of the time it was meant for) */
    public Counts run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, CouncilTime.ZONE);
        // A period that ran from this day or earlier has ended by today.
        LocalDate lastDate = today.minus(policy.complaints());
        int anonymised = 0;
        int changedMeanwhile = 0;
        int refused = 0;
        int failed = 0;
        String token = null;
        do {
            Complaints.Page page = index.closedBy(lastDate, token, PAGE);
            for (Complaint c : page.items()) {
                try {
                    long version = c.version();
                    Decision d = Anonymisation.onRetention(c, policy.version(), new Change(ACTOR, now));
                    if (!d.isAllowed()) {
                        refused++;
                    } else if (complaints.save(c, version) == Complaints.SaveResult.SAVED) {
                        anonymised++;
                    } else {
                        changedMeanwhile++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                }
            }
            token = page.nextPageToken();
        } while (token != null);
        int compliments = 0;
        LocalDate receivedBy = today.minus(policy.compliments());
        token = null;
        do {
            RetentionIndex.IdsPage page = index.complimentsBy(receivedBy, token, PAGE);
            for (String id : page.ids()) {
                try {
                    if (index.anonymiseCompliment(id, today, policy.version())) {
                        compliments++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                }
            }
            token = page.nextPageToken();
        } while (token != null);
        int expired = 0;
        token = null;
        do {
            RetentionIndex.ExpiredPage page = index.expiredBy(now, token, PAGE);
            for (RetentionIndex.ExpiredItem item : page.items()) {
                try {
                    if (index.removeExpired(item, now)) {
                        expired++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                }
            }
            token = page.nextPageToken();
        } while (token != null);
        return new Counts(lastDate, anonymised, changedMeanwhile, refused, compliments, expired, failed);
    }

    /**
     * @param lastDate complaints whose period runs from this day or earlier were due
     * @param changedMeanwhile saved by someone else after the index was read: left for the next run
     * @param refused found in the index but not anonymisable (a hold placed since): left alone
     * @param complimentsAnonymised compliments whose sender and words were removed
     */
    public record Counts(
            LocalDate lastDate,
            int anonymised,
            int changedMeanwhile,
            int refused,
            int complimentsAnonymised,
            int expiredRemoved,
            int failed) {
        public boolean allDone() {
            return failed == 0;
        }
    }
}
