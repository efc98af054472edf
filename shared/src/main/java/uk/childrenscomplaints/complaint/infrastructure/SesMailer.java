package uk.childrenscomplaints.complaint.infrastructure;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendEmailResponse;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;
import uk.childrenscomplaints.complaint.application.ports.DeliveryFailed;
import uk.childrenscomplaints.complaint.application.ports.Email;
import uk.childrenscomplaints.complaint.application.ports.EmailTemplate;
import uk.childrenscomplaints.complaint.application.ports.Mailer;
import uk.childrenscomplaints.complaint.application.ports.MessageId;
import uk.childrenscomplaints.json.JsonText;

/**
 * Sends through SES v2 stored templates, creating each template the first time this container uses it. Nothing
 * happens at construction, so a cold start costs no SES call.
 */
public final class SesMailer implements Mailer {

    private final SesV2Client ses;
    private final String fromAddress;
    private final EmailTemplates templates;
    private final String replyTo;
    private final String configurationSet;
    private final Set<String> knownToExist = ConcurrentHashMap.newKeySet();

    public SesMailer(SesV2Client ses, String fromAddress, EmailTemplates templates) {
        this(ses, fromAddress, templates, null);
    }

    /**
     * @param replyTo where replies go (the complaints team's mailbox): the letters invite complainants to reply, and
     *     the sending identity may be an unattended address
     */
    public SesMailer(SesV2Client ses, String fromAddress, EmailTemplates templates, String replyTo) {
        this(ses, fromAddress, templates, replyTo, null);
    }

    /**
     * @param configurationSet the SES configuration set whose event destination reports bounces and complaints;
     *     null or blank sends without one (SES then publishes no events for the email)
     */
    public SesMailer(
            SesV2Client ses, String fromAddress, EmailTemplates templates, String replyTo, String configurationSet) {
        this.ses = ses;
        this.fromAddress = fromAddress;
        this.templates = templates;
        this.replyTo = replyTo;
        this.configurationSet =
                configurationSet == null || configurationSet.isBlank() ? null : configurationSet.strip();
    }

    @Override
    public void send(Email email) {
        sendForId(email);
    }

    /** The message id SES gave the accepted email: the proof it went, recorded on the complaint's timeline. */
    @Override
    public Optional<MessageId> sendForId(Email email) {
        String name = templates.sesName(email.template());
        String data = templateData(email);
        try {
            ensureTemplate(email.template(), name);
        } catch (SdkException e) {
            // No email was handed over yet: whatever became of the template, this send certainly did not go.
            throw new DeliveryFailed(
                    SdkFailures.describe(
                            "SES did not make the " + email.template().fileName() + " template", e),
                    null);
        }
        try {
            SendEmailResponse response;
            try {
                response = sendWith(name, email, data);
            } catch (SesV2Exception e) {
                if (!SesErrors.isNotFound(e)) {
                    throw e;
                }
                // Someone removed it since this container made it; make it again and try once more.
                knownToExist.remove(name);
                ensureTemplate(email.template(), name);
                response = sendWith(name, email, data);
            }
            String id = response.messageId();
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(new MessageId(id));
        } catch (SdkException e) {
            throw SesSendFailures.of(
                    "SES did not accept the " + email.template().fileName() + " email", e);
        }
    }

    /**
     * Everything a send does short of calling SES: the template's wording, its data as JSON and the request. SnapStart
     * priming runs it so the first real email pays for none of it; nothing leaves the function.
     */
    public SendEmailRequest rehearse(Email email) {
        String name = templates.sesName(email.template());
        templates.content(email.template());
        String data = templateData(email);
        SendEmailRequest.Builder request = SendEmailRequest.builder();
        request.fromEmailAddress(fromAddress)
                .destination(d -> d.toAddresses(email.to()).ccAddresses(email.cc()))
                .content(c -> c.template(t -> t.templateName(name).templateData(data)))
                .configurationSetName(configurationSet)
                .emailTags(SesTags.of(email));
        return request.build();
    }

    private void ensureTemplate(EmailTemplate template, String name) {
        if (knownToExist.contains(name)) {
            return;
        }
        EmailTemplates.Content content = templates.content(template);
        try {
            ses.createEmailTemplate(r -> r.templateName(name)
                    .templateContent(c ->
                            c.subject(content.subject()).text(content.text()).html(content.html())));
        } catch (SesV2Exception e) {
            if (!SesErrors.isAlreadyExists(e)) {
                throw e;
            }
            // Made by another container: the name carries the wording's hash, so it has exactly this wording.
        }
        knownToExist.add(name);
    }

    private SendEmailResponse sendWith(String name, Email email, String data) {
        return ses.sendEmail(r -> r.fromEmailAddress(fromAddress)
                .replyToAddresses(replyTo == null ? java.util.List.of() : java.util.List.of(replyTo))
                .destination(d -> d.toAddresses(email.to()).ccAddresses(email.cc()))
                .content(c -> c.template(t -> {
                    t.templateName(name).templateData(data);
                    if (email.marker() != null) {
                        t.headers(h ->
                                h.name(SesTags.SEND_HEADER).value(email.marker().encoded()));
                    }
                }))
                .configurationSetName(configurationSet)
                .emailTags(SesTags.of(email)));
    }

    private static String templateData(Email email) {
        try {
            return JsonText.of(HtmlTemplateData.of(email.data(), email.lists()));
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailed(
                    "Could not write the data for the " + email.template().fileName() + " email", null);
        }
    }
}
