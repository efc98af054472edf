package uk.childrenscomplaints.complaint.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.childrenscomplaints.clock.infrastructure.BankHolidaySource;
import uk.childrenscomplaints.clock.infrastructure.TimescalePolicyFile;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.casework.HandlingComplaints;
import uk.childrenscomplaints.complaint.application.casework.Role;
import uk.childrenscomplaints.complaint.application.casework.StaffMember;
import uk.childrenscomplaints.complaint.application.deadlines.DeadlineNotices;
import uk.childrenscomplaints.complaint.application.deadlines.Notifications;
import uk.childrenscomplaints.complaint.application.deadlines.Recipients;
import uk.childrenscomplaints.complaint.application.deadlines.RelayingOwedNotifications;
import uk.childrenscomplaints.complaint.application.deadlines.SendingOwedNotifications;
import uk.childrenscomplaints.complaint.application.intake.RequestingStage2ByComplainant;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.DomainEvent;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.model.TeamName;

/**
 * The staff use cases wired over a repository, with the mail and events they send caught for inspection. The outbox
 * relay is played after every stored change, synchronously, as the table's stream plays it in AWS.
 */
public final class Workflow {
    /** Friday 20 March 2026, mid-morning. */
    public static final Clock FRI_2026_03_20 = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);

    public static final TimescalePolicy POLICY =
            TimescalePolicyFile.bundledPolicy(BankHolidaySource.bundled().calendar());

    public static final StaffMember OFFICER =
            new StaffMember("officer@council.test", Set.of(Role.COMPLAINTS_TEAM), Set.of());
    public static final StaffMember HUNTINGDON_MANAGER = new StaffMember(
            "sam.manager@council.test", Set.of(Role.RESPONDING_MANAGER), Set.of(new TeamName("Huntingdon")));
    public static final StaffMember KINSHIP_MANAGER = new StaffMember(
            "kim.manager@council.test", Set.of(Role.RESPONDING_MANAGER), Set.of(new TeamName("Kinship")));
    public static final StaffMember DIRECTOR =
            new StaffMember("director@council.test", Set.of(Role.DIRECTOR), Set.of());
    public static final StaffMember NOBODY = new StaffMember("visitor@council.test", Set.of(), Set.of());

    public final List<Email> mail = new CopyOnWriteArrayList<>();
    public final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    public final HandlingComplaints handling;
    public final RequestingStage2ByComplainant complainant;

    public Workflow(Complaints complaints, Clock clock) {
        SendingOwedNotifications sending = new SendingOwedNotifications(
                complaints,
                mail::add,
                events::add,
                new Notifications("Example Council", "complaints@council.test"),
                new DeadlineNotices(new Recipients("complaints@council.test", Map.of()), "Example Council"));
        RelayingOwedNotifications relay = new RelayingOwedNotifications(complaints, sending);
        // The use cases no longer send (decision 035): each stored change is relayed as the table's stream would.
        this.handling = new HandlingComplaints(new RelayedComplaints(complaints, relay), POLICY, clock);
        this.complainant = new RequestingStage2ByComplainant(complaints, handling);
    }
}
