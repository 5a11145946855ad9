package app.paceline.fakebotapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartTests {

  @Test
  void fieldsAndBinaryFilesAreSplitAtTheBoundaryOnly() throws Exception {
    byte[] file = {0, '\r', '\n', '-', '-', 'x', (byte) 0xff, '\r', '\n'};
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--b0und\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n1001\r\n"
        + "--b0und\r\nContent-Disposition: form-data; name=\"document\"; filename=\"a \\\"b\\\".yaml\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write("\r\n--b0und--\r\n".getBytes(StandardCharsets.UTF_8));

    List<Multipart.Part> parts = Multipart.parse(body.toByteArray(),
        Multipart.boundary("multipart/form-data; boundary=b0und"));

    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).name()).isEqualTo("chat_id");
    assertThat(parts.get(0).text()).isEqualTo("1001");
    assertThat(parts.get(1).fileName()).isEqualTo("a \"b\".yaml");
    assertThat(parts.get(1).contentType()).isEqualTo("application/octet-stream");
    assertThat(parts.get(1).data()).isEqualTo(file);
  }

  @Test
  void aQuotedBoundaryIsUnquoted() {
    assertThat(Multipart.boundary("multipart/form-data; charset=utf-8; boundary=\"a:b\"")).isEqualTo("a:b");
  }
}
