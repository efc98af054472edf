package uk.childrenscomplaints.complaint.application.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.childrenscomplaints.complaint.application.FieldError;
import uk.childrenscomplaints.complaint.application.ReceivedDates;
import uk.childrenscomplaints.complaint.model.EmailAddress;
import uk.childrenscomplaints.complaint.model.Respondent;

/**
 * Checks the values in a command before any rule is asked: required fields, dates not in the future, a cost that is
 * not negative, exactly three panel members. Messages never echo what was typed.
 */
final class CaseCommandValidation {
    /** As long as a complaint's own account may be (NewComplaintValidation.MAX_TEXT). */
    static final int MAX_TEXT = 10_000;
    /** A Stage 2 investigation costs thousands; a figure past this is a slip (2147483648 was taken, issue 13). */
    static final long MAX_COST_POUNDS = 1_000_000;

    private final List<FieldError> errors = new ArrayList<>();
    private final LocalDate today;

    private CaseCommandValidation(LocalDate today) {
        this.today = today;
    }

    static List<FieldError> check(CaseCommand command, LocalDate today) {
        CaseCommandValidation v = new CaseCommandValidation(today);
        v.checkCommand(command);
        return List.copyOf(v.errors);
    }

    private void checkCommand(CaseCommand command) {
        if (command == null) {
            errors.add(new FieldError("command", "Say what to change"));
        } else if (command instanceof CaseCommand.AssignRespondents c) {
            required("respondent", c.respondent());
            if (c.respondent() != null) {
                free("respondent.name", c.respondent().name());
            }
            if (c.second() != null) {
                free("second.name", c.second().name());
            }
            address("respondent.email", c.respondent());
            address("second.email", c.second());
        } else if (command instanceof CaseCommand.RecordStage1Response c) {
            past("sentOn", c.sentOn());
            free("summary", c.summary());
        } else if (command instanceof CaseCommand.ExtendStage1 c) {
            required("newDue", c.newDue());
            text("reason", c.reason());
            past("complainantToldOn", c.complainantToldOn());
        } else if (command instanceof CaseCommand.AgreeStage2Statement c) {
            past("agreedOn", c.agreedOn());
        } else if (command instanceof CaseCommand.ExtendStage2 c) {
            required("newDue", c.newDue());
            text("reason", c.reason());
            past("complainantToldOn", c.complainantToldOn());
        } else if (command instanceof CaseCommand.RecordIssueOutcomes c) {
            if (c.outcomes() == null
                    || c.outcomes().isEmpty()
                    || c.outcomes().entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
                errors.add(new FieldError("outcomes", "Give an outcome for at least one issue"));
            }
        } else if (command instanceof CaseCommand.Withdraw c) {
            text("reason", c.reason());
        } else if (command instanceof CaseCommand.DataProtectionCommand c) {
            text("reason", c.reason());
        } else if (command instanceof CaseCommand.CloseNotInvestigated c) {
            text("reason", c.reason());
        } else if (command instanceof CaseCommand.RequestStage2 c) {
            past("requestedOn", c.requestedOn());
            text("reasons", c.reasons());
        } else if (command instanceof CaseCommand.RecordStage2Details c) {
            free("investigatingOfficer", c.investigatingOfficer());
            free("independentPerson", c.independentPerson());
            if (c.costPounds() != null && (c.costPounds() < 0 || c.costPounds() > MAX_COST_POUNDS)) {
                errors.add(new FieldError(
                        "costPounds",
                        "Enter the cost in whole pounds, from 0 to " + MAX_COST_POUNDS + ": check the figure"));
            }
        } else if (command instanceof CaseCommand.RecordStage2Response c) {
            past("respondedOn", c.respondedOn());
        } else if (command instanceof CaseCommand.RequestStage3 c) {
            past("requestedOn", c.requestedOn());
            text("reasons", c.reasons());
        } else if (command instanceof CaseCommand.RecordPanel c) {
            past("panelOn", c.panelOn());
            if (c.members() == null
                    || c.members().size() != 3
                    || c.members().stream().anyMatch(m -> m == null || m.isBlank())) {
                errors.add(new FieldError("members", "Name the panel's three members"));
            } else {
                c.members().forEach(m -> free("members", m));
            }
            text("recommendations", c.recommendations());
        } else if (command instanceof CaseCommand.RecordChiefOfficerDecision c) {
            past("decidedOn", c.decidedOn());
            text("decision", c.decision());
        } else if (command instanceof CaseCommand.ReferToOmbudsman c) {
            past("referredOn", c.referredOn());
        } else if (command instanceof CaseCommand.PauseClock c) {
            if (c.reason() == null) {
                errors.add(new FieldError("reason", "Choose why the clock is stopping from the list"));
            }
            past("pausedOn", c.pausedOn());
            if (c.note() != null && !c.note().isEmpty()) {
                free("note", c.note()); // optional, but held to the same rule as every other note
            }
        } else if (command instanceof CaseCommand.BookPanel c) {
            if (c.bookedFor() == null) {
                errors.add(new FieldError("bookedFor", "Enter the date the panel is booked for"));
            }
        } else if (command instanceof CaseCommand.RecordPanelReport c) {
            past("receivedOn", c.receivedOn());
        } else if (command instanceof CaseCommand.ResumeClock c) {
            past("resumedOn", c.resumedOn());
        } else if (command instanceof CaseCommand.RecordOmbudsmanDecision c) {
            required("decision", c.decision());
            past("decidedOn", c.decidedOn());
        } else if (command instanceof CaseCommand.Reopen c) {
            past("reopenedOn", c.reopenedOn());
            text("reason", c.reason());
        }
    }

    private void required(String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "This is required"));
        }
    }

    private void text(String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "This is required"));
        } else {
            free(field, value);
        }
    }

    /**
     * Notes, reasons and names keep the {@link uk.childrenscomplaints.complaint.model.FreeText} rule, and the length a
     * complaint's own account may have; one problem a field.
     */
    private void free(String field, String value) {
        if (errors.stream().anyMatch(e -> e.field().equals(field))) {
            return;
        }
        FieldError.hiddenCharacter(field, field, value).ifPresent(errors::add);
        if (value != null
                && value.length() > MAX_TEXT
                && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, field + " must be " + MAX_TEXT + " characters or fewer"));
        }
    }

    /** A date something already happened on: required, not after today, and not before the council's records. */
    private void past(String field, LocalDate value) {
        if (value == null) {
            errors.add(new FieldError(field, "Enter the date"));
        } else if (value.isAfter(today)) {
            errors.add(new FieldError(field, "The date cannot be in the future"));
        } else if (value.isBefore(ReceivedDates.DEFAULT_EARLIEST)) {
            errors.add(new FieldError(
                    field, "The date must be " + ReceivedDates.DEFAULT_EARLIEST + " or later: check the year"));
        }
    }

    /** A respondent's address is where reminders and chasers go: only one mailbox (issue 13, finding 5). */
    private void address(String field, Respondent respondent) {
        if (respondent != null && !EmailAddress.isValid(respondent.email())) {
            errors.add(FieldError.badEmail(field));
        }
    }
}
