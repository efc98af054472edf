package uk.childrenscomplaints.mailevents;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What the handler did with one SES event, as logged: ids, codes and counts only, never an address.
 *
 * @param kind what SES said happened ({@code bounced}, {@code spam}, {@code delivered}...), or {@code unusable}
 * @param status what became of it ({@code RECORDED}, {@code ALREADY_RECORDED}, {@code NO_CHANGE},
 *     {@code CONFIRMED} and {@code ALREADY_MARKED} for a "sent" event, {@code NO_MARKER} for one naming no mark,
 *     {@code NOT_ABOUT_A_COMPLAINT}, {@code COMPLAINT_NOT_FOUND}, {@code MALFORMED}, {@code CONFLICT},
 *     {@code UNUSABLE})
 * @param reason why an event could not be read; empty otherwise
 * @param messageId SES's id of the email; empty when the event had none
 * @param complaintId the complaint the email was about (its {@code complaint-id} tag); empty when none
 * @param recipients how many recipients the event named
 * @param recorded how many failures went on the complaint's timeline (or marks made, for a "sent" event)
 * @param teamNotified how many emails went to the complaints team about it
 */
@Serdeable
public record MailEventResult(
        String kind,
        String status,
        String reason,
        String messageId,
        String complaintId,
        int recipients,
        int recorded,
        int teamNotified) {}
