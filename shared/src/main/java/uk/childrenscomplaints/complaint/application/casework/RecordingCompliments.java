package uk.childrenscomplaints.complaint.application.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.childrenscomplaints.clock.model.CouncilTime;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.ReceivedDates;
import uk.childrenscomplaints.complaint.application.ports.Compliments;
import uk.childrenscomplaints.complaint.model.Compliment;
import uk.childrenscomplaints.complaint.model.TeamName;
import uk.childrenscomplaints.complaint.model.Teams;

/**
 * Compliments about a team, recorded by the complaints team (or a responding manager for their own team) and counted
 * in the annual report. On success the result is {@code Done} with no complaint.
 */
public final class RecordingCompliments {
    /** The longest compliment text kept, in characters as sent (before trimming), from the API or the page. */
    public static final int MAX_TEXT = 5000;
    /** Who a compliment is from is a name or a description, like a complainant's name (a 120,000-character one was taken). */
    public static final int MAX_FROM = 200;

    private static final ZoneId LONDON = CouncilTime.ZONE;

    private final Compliments compliments;
    private final Teams teams;
    private final Clock clock;

    public RecordingCompliments(Compliments compliments, Teams teams, Clock clock) {
        this.compliments = compliments;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * Records the compliment, or says why not: first whether {@code who} may record for the team
     * ({@link Permissions#mayRecordComplimentFor}), then every problem with what was sent ({@link #problems}).
     */
    public CaseResult record(StaffMember who, TeamName team, LocalDate receivedOn, String fromWhom, String text) {
        if (!Permissions.mayRecordComplimentFor(who, team)) {
            return new CaseResult.Forbidden("your role does not allow recording this compliment");
        }
        List<FieldError> errors = problems(team, receivedOn, fromWhom, text);
        if (!errors.isEmpty()) {
            return new CaseResult.Invalid(errors);
        }
        compliments.add(new Compliment(
                UUID.randomUUID().toString(),
                teams.find(team.value()).orElseThrow(),
                receivedOn,
                fromWhom.trim(),
                text.trim()));
        return new CaseResult.Done(null);
    }

    /**
     * Every problem with a compliment as sent, field by field ({@code team}, {@code receivedOn}, {@code fromWhom},
     * {@code text}), with the messages the API and the page both show. A page that could not read the date itself
     * passes null and shows its own message for the date instead of the {@code receivedOn} one.
     */
    public List<FieldError> problems(TeamName team, LocalDate receivedOn, String fromWhom, String text) {
        List<FieldError> errors = new ArrayList<>();
        if (team == null || teams.find(team.value()).isEmpty()) {
            errors.add(new FieldError("team", "Choose one of the council's teams"));
        }
        if (receivedOn == null) {
            errors.add(new FieldError("receivedOn", "Enter the date the compliment was received"));
        } else if (receivedOn.isAfter(LocalDate.now(clock.withZone(LONDON)))) {
            errors.add(new FieldError("receivedOn", "The date cannot be in the future"));
        } else if (receivedOn.isBefore(ReceivedDates.DEFAULT_EARLIEST)) {
            errors.add(new FieldError("receivedOn", ReceivedDates.tooEarly(ReceivedDates.DEFAULT_EARLIEST)));
        }
        Optional<FieldError> hiddenFrom = FieldError.hiddenCharacter("fromWhom", "From", fromWhom);
        Optional<FieldError> hiddenText = FieldError.hiddenCharacter("text", "What the compliment says", text);
        hiddenFrom.ifPresent(errors::add);
        hiddenText.ifPresent(errors::add);
        if (fromWhom == null || fromWhom.isBlank()) {
            errors.add(new FieldError("fromWhom", "Say who the compliment is from"));
        } else if (hiddenFrom.isEmpty() && fromWhom.length() > MAX_FROM) {
            errors.add(new FieldError("fromWhom", "From must be " + MAX_FROM + " characters or fewer"));
        }
        if (hiddenText.isEmpty() && text != null && text.length() > MAX_TEXT) {
            errors.add(new FieldError("text", "What the compliment says must be " + MAX_TEXT + " characters or fewer"));
        }
        if (text == null || text.isBlank()) {
            errors.add(new FieldError("text", "Enter what the compliment says"));
        }
        return errors;
    }

    /** Compliments received in the period that {@code who} may see, oldest first. */
    public List<Compliment> list(StaffMember who, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return List.of();
        }
        return compliments.receivedBetween(from, to).stream()
                .filter(c -> Permissions.maySeeTeam(who, c.team()))
                .sorted(Comparator.comparing(Compliment::receivedOn))
                .toList();
    }
}
