package uk.childrenscomplaints.workflow.pages.imports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.childrenscomplaints.workflow.signin.StaffSession;

/**
 * A staff page's {@code multipart/form-data} post (the import page's file upload), read from the event as API Gateway
 * delivered it: base64 when flagged, as it always is for a multipart body. Text fields are read as UTF-8; files are
 * kept as the bytes sent. A body that is not multipart, or has no boundary, reads as no fields and no files, which the
 * page then reports (a missing form token, a missing file).
 */
record MultipartBody(Map<String, String> fields, Map<String, Upload> files, int bytes) {
    private static final Pattern BOUNDARY =
            Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[;\\s]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    /** One uploaded file: the name the browser gave it (never logged) and its bytes. */
    record Upload(String filename, byte[] content) {}

    static MultipartBody parse(APIGatewayV2HTTPEvent event) {
        String contentType = StaffSession.header(event, "content-type");
        String raw = event == null || event.getBody() == null ? "" : event.getBody();
        byte[] body;
        try {
            body = event != null && event.getIsBase64Encoded()
                    ? Base64.getDecoder().decode(raw)
                    : raw.getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new MultipartBody(Map.of(), Map.of(), 0);
        }
        Matcher b = contentType == null ? null : BOUNDARY.matcher(contentType);
        if (b == null || !contentType.toLowerCase().startsWith("multipart/form-data") || !b.find()) {
            return new MultipartBody(Map.of(), Map.of(), body.length);
        }
        String boundary = b.group(1) != null ? b.group(1) : b.group(2);
        // ISO-8859-1 maps each byte to one char and back, so positions found in the text are positions in the bytes.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Upload> files = new LinkedHashMap<>();
        int at = text.indexOf(delimiter);
        while (at >= 0) {
            int partStart = at + delimiter.length();
            if (text.startsWith("--", partStart)) {
                break;
            }
            partStart = skipLineEnd(text, partStart);
            int next = text.indexOf("\r\n" + delimiter, partStart);
            if (next < 0) {
                break;
            }
            int headersEnd = text.indexOf("\r\n\r\n", partStart);
            if (headersEnd >= 0 && headersEnd < next) {
                String headers = text.substring(partStart, headersEnd);
                byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next);
                Matcher name = NAME.matcher(";" + headers);
                if (name.find()) {
                    Matcher filename = FILENAME.matcher(headers);
                    if (filename.find()) {
                        files.putIfAbsent(name.group(1), new Upload(filename.group(1), content));
                    } else {
                        fields.putIfAbsent(name.group(1), new String(content, StandardCharsets.UTF_8));
                    }
                }
            }
            at = next + 2;
        }
        return new MultipartBody(fields, files, body.length);
    }

    private static int skipLineEnd(String text, int at) {
        return text.startsWith("\r\n", at) ? at + 2 : at;
    }
}
