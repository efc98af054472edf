package uk.childrenscomplaints.complaint.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import uk.childrenscomplaints.clock.model.CouncilTime;

/**
 * Removing a complaint's personal data in place (issue 15, decision 027), at the end of its retention period or early
 * on request. What identifies anyone goes: the complainant's and child's names and contact details, free text, the
 * respondents, investigators and panel members, the person key, and every timeline entry's actor and words. What the
 * statistics read stays: dates, route, procedure, relationship, age band, gender, team, issues, outcomes, stage dates,
 * costs, the Ombudsman's decision and the clock stops' dates and reason codes.
 */
public final class Anonymisation {
    /** Stands in for removed free text that the record still needs to show was there (an extension, a decision). */
    public static final String REMOVED = "[removed]";

    /**
     * Stands in for a respondent's removed address, which the record requires: the reserved {@code .invalid} domain
     * (RFC 2606) can never be delivered to, and nothing is sent about a closed complaint.
     */
    public static final String REMOVED_EMAIL = "removed@removed.invalid";

    static final String ANONYMISED = "personal data removed";

    /** The {@code retentionPolicy} recorded when the data went early, on request, rather than under a policy. */
    public static final String ON_REQUEST = "on-request";

    private Anonymisation() {}

    /** At the end of the retention period, by the scheduled run. */
    public static Decision onRetention(Complaint c, String policyVersion, Change change) {
        return anonymise(
                c,
                policyVersion,
                "Personal data removed: retention period ended (policy " + policyVersion + ")",
                change);
    }

    /** Early, on request (erasure): refused while a legal hold stands or a stage is still open. */
    public static Decision onRequest(Complaint c, String policyVersion, String reason, Change change) {
        if (reason == null || reason.isBlank()) {
            return new Decision.Refused("give the reason the personal data is removed early");
        }
        return anonymise(c, policyVersion, "Personal data removed early: " + reason.trim(), change);
    }

    private static Decision anonymise(Complaint c, String policyVersion, String detail, Change change) {
        DataProtection p = c.dataProtection();
        if (p.isAnonymised()) {
            return new Decision.Refused("the complaint's personal data was already removed on " + p.anonymisedOn());
        }
        if (p.isHeld()) {
            return new Decision.Refused("a legal hold is in place (" + p.holdReason() + "): lift it first");
        }
        if (Retention.isLive(c)) {
            return new Decision.Refused("the complaint is still open ("
                    + c.state().label() + "): close it before removing its personal data");
        }
        LocalDate on = LocalDate.ofInstant(change.at(), CouncilTime.ZONE);
        List<TimelineEntry> timeline = c.timeline().stream()
                .map(e -> new TimelineEntry(e.at(), REMOVED, e.action(), "", e.clock()))
                .toList();
        c.scrub(
                intake(c.intake()),
                parts(c.parts()),
                timeline,
                p.anonymised(on, policyVersion),
                new TimelineEntry(change.at(), change.actor(), ANONYMISED, detail));
        return new Decision.Allowed(c.state());
    }

    private static Intake intake(Intake in) {
        Complainant who = in.complainant();
        return new Intake(
                in.receivedOn(),
                in.route(),
                in.procedure(),
                new Complainant(null, null, null, null, who.relationship(), retainedKey(who.personKey())),
                in.viaAdvocate(),
                new ChildDetails(null, in.child().ageBand(), in.child().gender()),
                in.team(),
                in.issues(),
                null,
                null,
                in.matterOccurredOn(),
                in.lateMatter(),
                in.imported());
    }

    private static ComplaintParts parts(ComplaintParts p) {
        Stage1Record s1 = p.stage1() == null
                ? null
                : new Stage1Record(
                        p.stage1().dueOn(),
                        p.stage1().extendedTo(),
                        removed(p.stage1().extensionReason()),
                        p.stage1().complainantToldOfExtensionOn(),
                        p.stage1().respondedOn(),
                        removed(p.stage1().responseSummary()),
                        p.stage1().stage2RequestBy(),
                        p.stage1().reopenedOn());
        Stage2Record s2 = p.stage2() == null
                ? null
                : new Stage2Record(
                        p.stage2().requestedOn(),
                        removed(p.stage2().reasons()),
                        p.stage2().dueOn(),
                        p.stage2().limitOn(),
                        removed(p.stage2().investigatingOfficer()),
                        removed(p.stage2().independentPerson()),
                        p.stage2().costPounds(),
                        p.stage2().respondedOn(),
                        p.stage2().statementAgreedOn(),
                        p.stage2().extendedTo(),
                        removed(p.stage2().extensionReason()),
                        p.stage2().complainantToldOfExtensionOn());
        Stage3Record s3 = p.stage3() == null
                ? null
                : new Stage3Record(
                        p.stage3().requestedOn(),
                        p.stage3().panelBy(),
                        p.stage3().panelOn(),
                        p.stage3().panelMembers().stream().map(m -> REMOVED).toList(),
                        removed(p.stage3().recommendations()),
                        p.stage3().decidedOn(),
                        removed(p.stage3().decision()),
                        removed(p.stage3().reasons()),
                        p.stage3().panelBookedFor(),
                        p.stage3().reportReceivedOn());
        return new ComplaintParts(
                respondent(p.respondent()),
                respondent(p.secondRespondent()),
                s1,
                s2,
                s3,
                p.ombudsman(),
                p.issueOutcomes(),
                p.closingOutcome(),
                removed(p.closingReason()),
                p.stage2EntitledOn(),
                p.notificationsSent(),
                p.outbox(),
                null);
    }

    private static Respondent respondent(Respondent r) {
        return r == null ? null : new Respondent(REMOVED, REMOVED_EMAIL, r.absent());
    }

    private static String removed(String text) {
        return text == null ? null : REMOVED;
    }

    /**
     * The person key as kept after anonymisation: a hash of the live key, so it is no longer the key the live
     * complaints carry, yet one person's anonymised complaints still match each other. The statistics compare every
     * complaint by this form ({@code ComplaintStatistics}), live or anonymised, so removing the personal data never
     * changes the repeat-complainant figures of any period (decision 027). Idempotent.
     */
    public static String retainedKey(String personKey) {
        if (personKey == null || personKey.startsWith("anon-")) {
            return personKey;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("retained:" + personKey).getBytes(StandardCharsets.UTF_8));
            return "anon-" + HexFormat.of().formatHex(hash).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
