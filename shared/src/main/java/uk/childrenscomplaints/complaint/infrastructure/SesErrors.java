package uk.childrenscomplaints.complaint.infrastructure;

import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;

/**
 * Recognises the two SES answers the mailer recovers from. SES sends them as typed exceptions; the local SES
 * emulator names them in a {@code "type"} field the SDK does not read, so they arrive as a bare SesV2Exception
 * and are recognised by status and body instead.
 */
final class SesErrors {

    private SesErrors() {}

    static boolean isNotFound(SesV2Exception e) {
        return e instanceof NotFoundException || untyped(e, 404, "NotFoundException");
    }

    static boolean isAlreadyExists(SesV2Exception e) {
        return e instanceof AlreadyExistsException || untyped(e, 400, "AlreadyExistsException");
    }

    private static boolean untyped(SesV2Exception e, int status, String type) {
        if (e.statusCode() != status
                || e.awsErrorDetails() == null
                || e.awsErrorDetails().errorCode() != null
                || e.awsErrorDetails().rawResponse() == null) {
            return false;
        }
        return e.awsErrorDetails()
                .rawResponse()
                .asString(StandardCharsets.UTF_8)
                .contains("\"" + type + "\"");
    }
}
