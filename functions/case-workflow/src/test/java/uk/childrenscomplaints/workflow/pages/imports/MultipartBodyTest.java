package uk.childrenscomplaints.workflow.pages.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import page's multipart reader. */
class MultipartBodyTest {
    @Test
    void aMultipartBodyKeepsTheFilesBytesExactlyAndReadsTheTokenField() {
        byte[] file = {'a', ',', (byte) 0xC3, (byte) 0xA9, '\r', '\n', (byte) 0xFF, 0, '-', '-'};
        String boundary = "----x";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntok\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        APIGatewayV2HTTPEvent e = new APIGatewayV2HTTPEvent();
        e.setHeaders(Map.of("content-type", "multipart/form-data; boundary=\"" + boundary + "\""));
        e.setBody(Base64.getEncoder().encodeToString(body));
        e.setIsBase64Encoded(true);

        MultipartBody read = MultipartBody.parse(e);

        assertThat(read.fields()).containsEntry("csrf", "tok");
        assertThat(read.files().get("file").filename()).isEqualTo("f.csv");
        assertThat(read.files().get("file").content()).containsExactly(file);
    }

    @Test
    void aBodyThatIsNotMultipartReadsAsNothing() {
        APIGatewayV2HTTPEvent e = new APIGatewayV2HTTPEvent();
        e.setHeaders(Map.of("content-type", "application/x-www-form-urlencoded"));
        e.setBody("csrf=tok");
        assertThat(MultipartBody.parse(e).fields()).isEmpty();
        assertThat(MultipartBody.parse(e).files()).isEmpty();
    }
}
